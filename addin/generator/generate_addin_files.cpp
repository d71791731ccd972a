// Writes the files derived from the function table:
//   idl/<module path>/XFunctions.idl   the UNO interface Calc calls
//   CalcAddIns.xcu                     Function Wizard names and texts, nl-NL and en-US
//   fondscijfers.components            UNO component registration
//   functions.json                     the same description, for the in-Calc tests
//   description-nl.txt, -en.txt        the Extension Manager's description
//   fuzz_calls.inc                     the fuzzer's call of every function
//   fondscijfers_functions.py          what the portable (Python) component needs of the table
// Texts that name stands are completed from the compiled data ("{standen}").
#include "fondscijfers/circulaire.hpp"
#include "function_table.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace fs = std::filesystem;
using namespace fondscijfers::addin;

namespace {

std::string xml_escaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

enum class Language { nl, en };

// "S2020 (standaard), M2020, STARTNOTA": the stands with figures for `function`, default first.
std::string stand_list(std::string_view function, Language language) {
    const bool catalogue_wide = function.starts_with("CIRCULAIRE");
    const auto stands = catalogue_wide ? fondscijfers::Stand::all()
                                       : fondscijfers::stands_with(function);
    std::string out;
    for (const auto& s : stands) {
        out += (out.empty() ? "" : ", ") + std::string(s.code());
        if (s == fondscijfers::Stand::standard())
            out += language == Language::nl ? " (standaard)" : " (default)";
    }
    return out;
}

std::string expanded(std::string_view text, std::string_view function, Language language) {
    constexpr std::string_view placeholder = "{standen}";
    std::string out(text);
    if (const auto at = out.find(placeholder); at != std::string::npos)
        out.replace(at, placeholder.size(), stand_list(function, language));
    return out;
}

// The texts of one function with the stands filled in.
Text expanded(const Text& text, std::string_view function, std::string& nl, std::string& en) {
    nl = expanded(text.nl, function, Language::nl);
    en = expanded(text.en, function, Language::en);
    return {nl, en};
}

std::string idl_type(ArgumentKind kind) {
    switch (kind) {
    case ArgumentKind::year:
        return "double";
    case ArgumentKind::text:
        return "string";
    case ArgumentKind::years:
    case ArgumentKind::option:
        return "any";
    }
    return "any";
}

std::string module_path() {
    std::string path;
    for (std::size_t i = 0; i < interface_module.size(); ++i) {
        if (interface_module.compare(i, 2, "::") == 0) {
            path += '/';
            ++i;
        } else {
            path += interface_module[i];
        }
    }
    return path;
}

void write_idl(std::ostream& out) {
    out << "// Generated from addin/functions/function_table.cpp; the build checks that this file\n"
           "// matches. The method and parameter names are stored in users' documents: never\n"
           "// rename them.\n\n";
    std::string indent;
    std::string close;
    std::string rest{interface_module};
    while (!rest.empty()) {
        const auto at = rest.find("::");
        out << indent << "module " << rest.substr(0, at) << " {\n";
        close = indent + "};\n" + close;
        indent += "    ";
        rest = at == std::string::npos ? "" : rest.substr(at + 2);
    }
    out << indent << "interface " << interface_name << " : com::sun::star::uno::XInterface {\n";
    for (const auto& f : functions()) {
        out << indent << "    // " << f.name << '\n';
        out << indent << "    any " << f.method << '(';
        bool first = true;
        for (const auto& a : f.arguments) {
            out << (first ? "" : ", ") << "[in] " << idl_type(a.kind) << ' ' << a.idl_name;
            first = false;
        }
        out << ")\n"
            << indent << "        raises (com::sun::star::lang::IllegalArgumentException);\n";
    }
    out << indent << "};\n" << close;
}

void write_localized(std::ostream& out, std::string_view indent, std::string_view prop,
                     const Text& text) {
    out << indent << "<prop oor:name=\"" << prop << "\">\n"
        << indent << "  <value xml:lang=\"en-US\">" << xml_escaped(text.en) << "</value>\n"
        << indent << "  <value xml:lang=\"nl-NL\">" << xml_escaped(text.nl) << "</value>\n"
        << indent << "</prop>\n";
}

void write_xcu(std::ostream& out) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!-- Generated from addin/functions/function_table.cpp. -->\n"
           "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\"\n"
           "    xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" oor:name=\"CalcAddIns\"\n"
           "    oor:package=\"org.openoffice.Office\">\n"
           " <node oor:name=\"AddInInfo\">\n"
           "  <node oor:name=\""
        << service_name
        << "\" oor:op=\"replace\">\n"
           "   <node oor:name=\"AddInFunctions\">\n";
    for (const auto& f : functions()) {
        out << "    <node oor:name=\"" << f.method << "\" oor:op=\"replace\">\n";
        // The same name in every language. The CompatibilityName is the name the Excel filters
        // write and read (.xls, .xlsx); without it a .xls round trip turns the formula into a
        // macro call (#MACRO?). LibreOffice 7.4 also takes it as the English name: the same.
        write_localized(out, "     ", "DisplayName", {f.name, f.name});
        out << "     <prop oor:name=\"CompatibilityName\">\n"
            << "      <value xml:lang=\"en-US\">" << f.name << "</value>\n"
            << "     </prop>\n";
        write_localized(out, "     ", "Description", f.description);
        out << "     <prop oor:name=\"Category\"><value>" << category << "</value></prop>\n"
            << "     <node oor:name=\"Parameters\">\n";
        for (const auto& a : f.arguments) {
            std::string nl, en;
            out << "      <node oor:name=\"" << a.idl_name << "\" oor:op=\"replace\">\n";
            write_localized(out, "       ", "DisplayName", a.display_name);
            write_localized(out, "       ", "Description", expanded(a.description, f.name, nl, en));
            out << "      </node>\n";
        }
        out << "     </node>\n    </node>\n";
    }
    out << "   </node>\n  </node>\n </node>\n</oor:component-data>\n";
}

void write_components(std::ostream& out, std::string_view library) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<components xmlns=\"http://openoffice.org/2010/uno-components\">\n"
           "  <component loader=\"com.sun.star.loader.SharedLibrary\" environment=\"gcc3\"\n"
           "             uri=\""
        << library
        << "\">\n"
           "    <implementation name=\""
        << implementation_name
        << "\"\n"
           "                    constructor=\""
        << constructor_symbol
        << "\">\n"
           "      <service name=\""
        << service_name
        << "\"/>\n"
           "    </implementation>\n"
           "  </component>\n"
           "</components>\n";
}

std::string_view kind_name(ArgumentKind kind) {
    switch (kind) {
    case ArgumentKind::year:
        return "year";
    case ArgumentKind::years:
        return "years";
    case ArgumentKind::text:
        return "text";
    case ArgumentKind::option:
        return "option";
    }
    return "";
}

// The names the Python component registers and the methods it must implement, with their
// arguments in order (the IDL's), so that no name is typed twice.
void write_python(std::ostream& out) {
    out << "# Generated from addin/functions/function_table.cpp; do not edit.\n"
           "SERVICE = "
        << json_string(service_name) << "\nIMPLEMENTATION = "
        << json_string(portable_implementation_name)
        << "\n\n# (formula name, method, ((argument, kind), ...)); kinds: year (IDL double), years\n"
           "# (any: a year or a range), text (string), option (any, may be omitted).\n"
           "FUNCTIONS = (\n";
    for (const auto& f : functions()) {
        out << "    (" << json_string(f.name) << ", " << json_string(f.method) << ", (";
        for (const auto& a : f.arguments)
            out << '(' << json_string(a.idl_name) << ", " << json_string(kind_name(a.kind)) << "), ";
        out << ")),\n";
    }
    out << ")\n";
}

void write_text(std::ostream& out, const Text& t) {
    out << "{\"nl\": " << json_string(t.nl) << ", \"en\": " << json_string(t.en) << '}';
}

void write_json(std::ostream& out) {
    out << "{\"service\": " << json_string(service_name)
        << ",\n \"category\": " << json_string(category) << ",\n \"functions\": [\n";
    bool first_function = true;
    for (const auto& f : functions()) {
        out << (first_function ? "" : ",\n") << "  {\"name\": " << json_string(f.name)
            << ", \"method\": " << json_string(f.method) << ", \"description\": ";
        write_text(out, f.description);
        out << ",\n   \"arguments\": [";
        bool first = true;
        for (const auto& a : f.arguments) {
            out << (first ? "" : ", ") << "\n    {\"name\": " << json_string(a.idl_name)
                << ", \"optional\": " << (a.kind == ArgumentKind::option ? "true" : "false")
                << ", \"idl_type\": " << json_string(idl_type(a.kind)) << ", \"display_name\": ";
            write_text(out, a.display_name);
            out << ", \"description\": ";
            std::string nl, en;
            write_text(out, expanded(a.description, f.name, nl, en));
            out << '}';
            first = false;
        }
        out << "]}";
        first_function = false;
    }
    out << "\n]}\n";
}

// The Extension Manager shows this text under the extension's name when it is selected.
void write_description(std::ostream& out, Language language) {
    const bool nl = language == Language::nl;
    out << (nl ? "De cijfers van het gemeentefonds als rekenbladfuncties, elk bedrag herleidbaar "
                 "tot bron en stand. In de functie-assistent (Ctrl+F2) onder Financieel.\n"
               : "The figures of the Dutch municipalities fund (gemeentefonds) as spreadsheet "
                 "functions, each traceable to its source and stand. In the Function Wizard "
                 "(Ctrl+F2) under Financial.\n");
    out << (nl ? "Functies: " : "Functions: ");
    bool first = true;
    for (const auto& f : functions()) {
        out << (first ? "" : ", ") << f.name;
        first = false;
    }
    out << (nl ? ".\nStanden: " : ".\nStands: ");
    first = true;
    for (const auto& s : fondscijfers::Stand::all()) {
        out << (first ? "" : "; ") << s.code() << " (" << s.title()
            << (s == fondscijfers::Stand::standard() ? (nl ? ", standaard" : ", the default") : "")
            << ")";
        first = false;
    }
    out << (nl ? ".\nNiet uitgegeven door de VNG of een ministerie.\n"
               : ".\nNot published by VNG or by any ministry.\n");
}

// fuzz/fuzz_functions.cpp calls every function through this: each argument made by the
// fuzzer's Input from its IDL type, so a new function is fuzzed without an edit there.
void write_fuzz_calls(std::ostream& out) {
    out << "// Generated from addin/functions/function_table.cpp.\n"
           "constexpr int function_count = "
        << functions().size()
        << ";\n\n"
           "css::uno::Any call_function(int n, Input& in,\n"
           "                            nl::fondscijfers::calc::XFunctions& functions) {\n"
           "    switch (n) {\n";
    int n = 0;
    for (const auto& f : functions()) {
        out << "    case " << n++ << ": return functions." << f.method << '(';
        bool first = true;
        for (const auto& a : f.arguments) {
            const std::string type = idl_type(a.kind);
            out << (first ? "" : ", ")
                << (type == "double"   ? "in.number()"
                    : type == "string" ? "in.text()"
                                       : "in.value()");
            first = false;
        }
        out << ");\n";
    }
    out << "    }\n    return {};\n}\n";
}

template <class Writer> bool write_file(const fs::path& path, Writer&& writer) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    writer(out);
    out.close();
    if (!out) std::cerr << "cannot write " << path << '\n';
    return static_cast<bool>(out);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: " << argv[0] << " <output directory> <library path in the .oxt>\n";
        return 2;
    }
    const fs::path dir = argv[1];
    const std::string library = argv[2];
    const bool ok = write_file(dir / "idl" / module_path() / (std::string(interface_name) + ".idl"),
                               write_idl) &&
                    write_file(dir / "CalcAddIns.xcu", write_xcu) &&
                    write_file(dir / "fondscijfers.components",
                               [&](std::ostream& o) { write_components(o, library); }) &&
                    write_file(dir / "functions.json", write_json) &&
                    write_file(dir / "description-nl.txt",
                               [](std::ostream& o) { write_description(o, Language::nl); }) &&
                    write_file(dir / "description-en.txt",
                               [](std::ostream& o) { write_description(o, Language::en); }) &&
                    write_file(dir / "fuzz_calls.inc", write_fuzz_calls) &&
                    write_file(dir / "fondscijfers_functions.py", write_python);
    return ok ? 0 : 1;
}
