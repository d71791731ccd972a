// Writes the files derived from the function table:
//   idl/<module path>/XFunctions.idl   the UNO interface Calc calls
//   CalcAddIns.xcu                     Function Wizard names and texts, nl-NL and en-US
//   fondscijfers.components            UNO component registration (and -windows: the DLL's)
//   functions.json                     the same description, for the in-Calc tests
//   description-nl.txt, -en.txt        the Extension Manager's description
//   function_calls.inc                 a call of every function, for the fuzzer and tests
//   fondscijfers_functions.py          what the portable (Python) component needs of the table
//   function_tables.inc                the calls that tabulate functions for the portable data
//   binary_methods.inc                 the component's methods, each bound to its model call
//   cpp_methods.inc                    the same as C++ UNO methods, for the benchmark
//   functions-reference.md             the function list of docs/functions.md
//   keys-reference.md                  the key table of model/data/FORMAT.md
// Texts that name stands are completed from the compiled data ("{standen}").
#include "fondscijfers/bcf.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/default_stand.hpp"
#include "fondscijfers/keys.hpp"
#include "function_table.hpp"
#include "plain_text.hpp"
#include "reasons.hpp"
#include "texts.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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

enum class Language { nl, en };

// "S2020 (standaard), M2020, STARTNOTA": the stands with figures for `function`, default first.
std::string stand_list(std::string_view function, Language language) {
    const bool catalogue_wide = function.starts_with("CIRCULAIRE");
    const auto stands =
        catalogue_wide ? fondscijfers::Stand::all() : fondscijfers::stands_with(function);
    // A function of a year has its own default (default_stand.hpp); a catalogue function
    // follows the key it is given, so no stand is marked.
    const auto order = fondscijfers::default_stands(function);
    const auto marked = order.empty() ? fondscijfers::Stand::standard() : order.front();
    std::string out;
    for (const auto& s : stands) {
        out += (out.empty() ? "" : ", ") + std::string(s.code());
        if (!catalogue_wide && s == marked)
            out += language == Language::nl ? " (standaard)" : " (default)";
    }
    return out;
}

// "3,5% in S2020": the growth of the declaraties in the stand the BCF functions answer from
// when the formula names none.
std::string default_growth(Language language) {
    const auto order = fondscijfers::default_stands("BCFDECLARATIES");
    const auto stand = order.empty() ? fondscijfers::Stand::standard() : order.front();
    const auto growth = fondscijfers::bcf_default_growth(stand);
    if (!growth) throw std::runtime_error("the BCF functions' default stand has no growth");
    std::string rate = fondscijfers::detail::growth_text(growth->rate());
    if (language == Language::en) std::ranges::replace(rate, ',', '.');
    return rate + " in " + std::string(stand.code());
}

// "{standen}": the stand list; "{standaard}": the stand the function answers from when the
// formula names none (its first by the default rule); "{groei}": default_growth.
std::string expanded(std::string_view text, std::string_view function, Language language) {
    std::string out(text);
    for (const std::string_view placeholder : {"{standen}", "{standaard}", "{groei}"}) {
        const auto at = out.find(placeholder);
        if (at == std::string::npos) continue;
        const auto order = fondscijfers::default_stands(function);
        const auto marked = order.empty() ? fondscijfers::Stand::standard() : order.front();
        out.replace(at, placeholder.size(),
                    placeholder == "{standen}"     ? stand_list(function, language)
                    : placeholder == "{standaard}" ? std::string(marked.code())
                                                   : default_growth(language));
    }
    return out;
}

// The texts of one function with the stands filled in.
Text expanded(const Text& text, std::string_view function, std::string& nl, std::string& en) {
    nl = expanded(text.nl, function, Language::nl);
    en = expanded(text.en, function, Language::en);
    return {nl, en};
}

// How an argument of a kind crosses UNO: its IDL type, its C++ parameter type in the
// component, and how the generated calls (function_calls.inc) take it from their source.
struct UnoType {
    std::string_view idl;
    std::string_view cpp_parameter;
    std::string_view read;
};

UnoType uno_type(ArgumentKind kind) {
    const std::string_view idl = kind_info(kind).idl_type;
    if (idl == "double") return {idl, "double", "in.number()"};
    if (idl == "string") return {idl, "const OUString&", "in.text()"};
    return {idl, "const Any&", "in.value()"};
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
            out << (first ? "" : ", ") << "[in] " << uno_type(a.kind).idl << ' ' << a.idl_name;
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

// The functions of one service: the shipped one, or one of the benchmark's, whose function
// names start with `prefix` ("CPPACCRES").
void write_service_xcu(std::ostream& out, std::string_view service, std::string_view prefix) {
    out << "  <node oor:name=\"" << service
        << "\" oor:op=\"replace\">\n"
           "   <node oor:name=\"AddInFunctions\">\n";
    for (const auto& f : functions()) {
        const std::string name = std::string(prefix) + std::string(f.name);
        const Text shown{name, name};
        out << "    <node oor:name=\"" << f.method << "\" oor:op=\"replace\">\n";
        // The same name in every language. The CompatibilityName is the name the Excel filters
        // write and read (.xls, .xlsx); without it a .xls round trip turns the formula into a
        // macro call (#MACRO?). LibreOffice 7.4 also takes it as the English name: the same.
        write_localized(out, "     ", "DisplayName", shown);
        out << "     <prop oor:name=\"CompatibilityName\">\n"
            << "      <value xml:lang=\"en-US\">" << name << "</value>\n"
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
    out << "   </node>\n  </node>\n";
}

void write_xcu_head(std::ostream& out) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!-- Generated from addin/functions/function_table.cpp. -->\n"
           "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\"\n"
           "    xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" oor:name=\"CalcAddIns\"\n"
           "    oor:package=\"org.openoffice.Office\">\n"
           " <node oor:name=\"AddInInfo\">\n";
}

void write_xcu(std::ostream& out) {
    write_xcu_head(out);
    write_service_xcu(out, service_name, "");
    out << " </node>\n</oor:component-data>\n";
}

// The benchmark package's two copies of the component (bench/CMakeLists.txt).
void write_bench_xcu(std::ostream& out) {
    write_xcu_head(out);
    write_service_xcu(out, "nl.fondscijfers.bench.CppFunctions", "CPP");
    write_service_xcu(out, "nl.fondscijfers.bench.BinaryFunctions", "BIN");
    out << " </node>\n</oor:component-data>\n";
}

// The library's objects live in binary UNO (environment "uno"): the loader asks it for its
// factory by the implementation name (component_getFactory).
void write_components(std::ostream& out, std::string_view library) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<components xmlns=\"http://openoffice.org/2010/uno-components\">\n"
           "  <component loader=\"com.sun.star.loader.SharedLibrary\" environment=\"uno\"\n"
           "             uri=\""
        << library
        << "\">\n"
           "    <implementation name=\""
        << implementation_name
        << "\">\n"
           "      <service name=\""
        << service_name
        << "\"/>\n"
           "    </implementation>\n"
           "  </component>\n"
           "</components>\n";
}

std::string_view kind_name(ArgumentKind kind) {
    return kind_info(kind).name;
}

std::string_view result_name(Result result) {
    switch (result) {
    case Result::number:
        return "number";
    case Result::text:
        return "text";
    case Result::list:
        return "list";
    case Result::explanation:
        return "explanation";
    }
    return "";
}

// "bcf_vrijval(jaar, stand, groei, deel)": the model function and the argument names in the
// order it takes them.
struct ModelCall {
    std::string function;
    std::vector<std::string> arguments;
};

// The model function that reads a year's figure of the function's key (year_figure.hpp).
constexpr std::string_view year_reader = "year_figure";

bool is_identifier(std::string_view name) {
    return !name.empty() && !(name[0] >= '0' && name[0] <= '9') &&
           name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
}

std::optional<ModelCall> parse_call(std::string_view call) {
    const auto open = call.find('(');
    if (open == std::string_view::npos || !call.ends_with(')')) return std::nullopt;
    ModelCall out{std::string(call.substr(0, open)), {}};
    std::string_view rest = call.substr(open + 1, call.size() - open - 2);
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        std::string_view name = rest.substr(0, comma);
        while (name.starts_with(' '))
            name.remove_prefix(1);
        out.arguments.emplace_back(name);
        rest = comma == std::string_view::npos ? "" : rest.substr(comma + 1);
    }
    return out;
}

// What the Python component needs of the table: the names it registers, and per method its
// arguments in order (the IDL's) with their kinds and the model call, already parsed, so that
// no name is typed twice and no call parsed twice.
void write_python(std::ostream& out) {
    using fondscijfers::quoted;
    out << "# Generated from addin/functions/function_table.cpp; do not edit.\n"
           "SERVICE = "
        << quoted(service_name) << "\nIMPLEMENTATION = " << quoted(portable_implementation_name)
        << "\n\n# (formula name, method, ((argument, kind), ...), (model function, (argument, "
           "...)),\n"
           "#  result, example, the key it reads or \"\");\n"
           "# see Function and ArgumentKind in addin/functions/function_table.hpp.\n"
           "FUNCTIONS = (\n";
    for (const auto& f : functions()) {
        out << "    (" << quoted(f.name) << ", " << quoted(f.method) << ", (";
        for (const auto& a : f.arguments)
            out << '(' << quoted(a.idl_name) << ", " << quoted(kind_name(a.kind)) << "), ";
        const auto call = parse_call(f.model_call); // checked in main()
        out << "), (" << quoted(call->function) << ", (";
        for (const auto& name : call->arguments)
            out << quoted(name) << ", ";
        out << ")), " << quoted(result_name(f.result)) << ", " << quoted(f.example) << ", "
            << quoted(f.reads) << "),\n";
    }
    out << ")\n\n# Argument kind -> (IDL type, optional): argument_kinds of function_table.hpp.\n"
           "KINDS = {\n";
    for (const auto& k : argument_kinds)
        out << "    " << quoted(k.name) << ": (" << quoted(k.idl_type) << ", "
            << (k.optional ? "True" : "False") << "),\n";
    out << "}\n\n# Why an argument is rejected: addin/functions/reasons.hpp.\nREASONS = {\n";
    out << "# name -> (Calc's error code, shown as percent, the Dutch sentence, the message)\n";
    for (const auto& r : reasons)
        out << "    " << quoted(r.name) << ": (" << static_cast<int>(r.error) << ", "
            << (r.shown == Shown::percent ? "True" : "False") << ", " << quoted(r.sentence) << ", "
            << quoted(r.text) << "),\n";
    out << "}\nSHOWN_NOTHING = " << quoted(shown_nothing)
        << "\nSHOWN_RANGE = " << quoted(shown_range) << "\n";
}

void write_text(std::ostream& out, const Text& t) {
    out << "{\"nl\": " << fondscijfers::quoted(t.nl) << ", \"en\": " << fondscijfers::quoted(t.en)
        << '}';
}

void write_json(std::ostream& out) {
    out << "{\"service\": " << fondscijfers::quoted(service_name)
        << ",\n \"category\": " << fondscijfers::quoted(category) << ",\n \"functions\": [\n";
    bool first_function = true;
    for (const auto& f : functions()) {
        out << (first_function ? "" : ",\n") << "  {\"name\": " << fondscijfers::quoted(f.name)
            << ", \"method\": " << fondscijfers::quoted(f.method)
            << ", \"result\": " << fondscijfers::quoted(result_name(f.result))
            << ", \"example\": " << fondscijfers::quoted(f.example) << ", \"description\": ";
        write_text(out, f.description);
        out << ",\n   \"arguments\": [";
        bool first = true;
        for (const auto& a : f.arguments) {
            out << (first ? "" : ", ") << "\n    {\"name\": " << fondscijfers::quoted(a.idl_name)
                << ", \"kind\": " << fondscijfers::quoted(kind_name(a.kind))
                << ", \"optional\": " << (is_optional(a.kind) ? "true" : "false")
                << ", \"idl_type\": " << fondscijfers::quoted(uno_type(a.kind).idl)
                << ", \"display_name\": ";
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

// The fuzzer and the native side of portable_matches_native call every function through
// this: each argument taken from `in` by its IDL type, in order, so that a new function is
// called without an edit there.
void write_function_calls(std::ostream& out) {
    out << "// Generated from addin/functions/function_table.cpp.\n"
           "constexpr int function_count = "
        << functions().size() << ";\n\n// The IDL method of each function, in the table's order.\n"
        << "constexpr std::string_view function_methods[function_count] = {";
    for (const auto& f : functions())
        out << '"' << f.method << "\", ";
    out << "};\n\n"
           "// Calls function `n`; `in` gives the arguments: in.number(), in.text(), in.value().\n"
           "template <class Arguments>\n"
           "css::uno::Any call_function(int n, Arguments& in,\n"
           "                            nl::fondscijfers::calc::XFunctions& functions) {\n"
           "    switch (n) {\n";
    int n = 0;
    for (const auto& f : functions()) {
        out << "    case " << n++ << ": {\n";
        for (const auto& a : f.arguments)
            out << "        const auto " << a.idl_name << " = " << uno_type(a.kind).read << ";\n";
        out << "        return functions." << f.method << '(';
        bool first = true;
        for (const auto& a : f.arguments) {
            out << (first ? "" : ", ") << a.idl_name;
            first = false;
        }
        out << ");\n    }\n";
    }
    out << "    }\n    return {};\n}\n";
}

// The model call must use every argument once, by its name, and a function may have one
// `years` argument (the one its result takes the shape of).
bool check_model_call(const Function& f) {
    const auto call = parse_call(f.model_call);
    bool ok = call && is_identifier(call->function) && call->arguments.size() == f.arguments.size();
    int years = 0;
    for (const auto& a : f.arguments) {
        years += a.kind == ArgumentKind::years;
        ok = ok && std::ranges::count(call->arguments, std::string(a.idl_name)) == 1;
    }
    if (!ok || years > 1) {
        std::cerr << "function table: " << f.name << ": the model call \"" << f.model_call
                  << "\" must name each of its arguments once (at most one of kind years)\n";
        return false;
    }
    // A function that reads a key names one of fondscijfers/keys.hpp and says how
    // CIRCULAIREBRON explains it; the one reader of a year's figure needs its key.
    const bool reads = !f.reads.empty();
    if (reads != (f.explained != Explanation::none) ||
        (reads && !fondscijfers::keys::find(f.reads)) ||
        (call->function == year_reader && !reads)) {
        std::cerr << "function table: " << f.name << ": \"" << f.reads
                  << "\" must be a key of fondscijfers/keys.hpp, given with its explanation"
                     " (and for "
                  << year_reader << ")\n";
        return false;
    }
    return true;
}

// The model call as C++: the one reader of a year's figure takes the function's key first.
std::string model_expression(const Function& f) {
    std::string call = "fondscijfers::" + std::string(f.model_call);
    if (parse_call(f.model_call)->function == year_reader)
        call.insert(call.find('(') + 1,
                    "fondscijfers::keys::key(" + fondscijfers::quoted(f.reads) + "), ");
    return call;
}

// A function whose arguments all have finite domains (years, stands) has a fixed answer for
// each of them: the portable component gets its table instead of its code.
bool is_tabulated(const Function& f) {
    return std::ranges::all_of(f.arguments, [](const Argument& a) {
        return a.kind == ArgumentKind::years || a.kind == ArgumentKind::year ||
               a.kind == ArgumentKind::stand || a.kind == ArgumentKind::stand_code;
    });
}

// function_tables.inc, for the portable data generator (portable_data.cpp): per tabulated
// function, its model call over every point of its arguments' domains.
void write_function_tables(std::ostream& out) {
    out << "// Generated from addin/functions/function_table.cpp, included by portable_data.cpp.\n"
           "template <class Tables> void tabulate_functions(Tables& w) {\n";
    for (const auto& f : functions()) {
        if (!is_tabulated(f)) continue;
        out << "    w.begin(\"" << f.method << "\");\n";
        std::string indent = "    ";
        std::string points;
        for (const auto& a : f.arguments) {
            const std::string name(a.idl_name);
            const std::string domain = a.kind == ArgumentKind::stand        ? "stands"
                                       : a.kind == ArgumentKind::stand_code ? "optional_stands"
                                                                            : "years";
            out << indent << "for (const auto& " << name << "_at : w." << domain << "()) {\n"
                << indent << "    const auto& " << name << " = " << name << "_at.value;\n";
            indent += "    ";
            points += (points.empty() ? "" : ", ") + ("&" + name + "_at");
        }
        out << indent << "w.add({" << points << "}, " << model_expression(f) << ");\n";
        for (std::size_t i = 0; i < f.arguments.size(); ++i) {
            indent.resize(indent.size() - 4);
            out << indent << "}\n";
        }
        out << "    w.end();\n";
    }
    out << "}\n";
}

// How the generated binary-UNO method reads an argument of a kind from its pArgs.
std::string_view binary_parameter(ArgumentKind kind) {
    const std::string_view idl = kind_info(kind).idl_type;
    if (idl == "double") return "double_parameter";
    if (idl == "string") return "string_parameter";
    return "any_parameter";
}

// The methods of the component (addin/binary/): each reads its arguments from pArgs,
// converts them by their kind (addin/binary/values.hpp) and constructs the model call's
// result as a cell value; a `years` argument is converted per year, so that a range gives an
// array. Then the table of the methods in the IDL's order, which the dispatcher indexes.
void write_binary_methods(std::ostream& out) {
    out << "// Generated from addin/functions/function_table.cpp, included by\n"
           "// addin/binary/methods.cpp.\n";
    for (const auto& f : functions()) {
        out << "\n// " << f.name << "\nvoid " << f.method
            << "(void* const* arguments, uno_Any* result) {\n";
        const Argument* years = nullptr;
        const Argument* stand = nullptr; // omitted: the default rule (default_stand.hpp)
        const Argument* key = nullptr;
        std::size_t index = 0;
        for (const auto& a : f.arguments) {
            out << "    const auto& " << a.idl_name << "_in = " << binary_parameter(a.kind)
                << "(arguments[" << index++ << "]);\n";
            if (a.kind == ArgumentKind::years) years = &a;
            if (a.kind == ArgumentKind::stand) stand = &a;
            if (a.kind == ArgumentKind::key) key = &a;
        }
        for (const auto& a : f.arguments)
            if (&a != years)
                out << "    const auto " << a.idl_name << (&a == stand ? "_named" : "")
                    << " = checked_argument<ArgumentKind::" << kind_name(a.kind) << ">("
                    << a.idl_name << "_in);\n";
        std::string call = model_expression(f);
        if (stand) {
            // The stands a name follows are fixed by the data: looked up once per function,
            // or per call when the name is an argument.
            const std::string name(stand->idl_name);
            std::string defaults = "stand_defaults";
            if (key)
                defaults = "fondscijfers::defaults_of(" + std::string(key->idl_name) + ")";
            else
                out << "    static const auto stand_defaults = fondscijfers::defaults_of(\""
                    << f.name << "\");\n";
            // The year asked (of a range, each year): outside every stand's years only the
            // first candidate is asked.
            const auto asked = [&](ArgumentKind kind) {
                const auto it = std::ranges::find(f.arguments, kind, &Argument::kind);
                return it == f.arguments.end() ? nullptr : &*it;
            };
            if (const Argument* y = years ? years : asked(ArgumentKind::year))
                defaults += ".for_year(" + std::string(y->idl_name) + ")";
            else if (const Argument* p = asked(ArgumentKind::period))
                defaults += ".for_period(" + std::string(p->idl_name) + ")";
            call = "fondscijfers::in_stand(" + name + "_named, " + defaults +
                   ", [&](fondscijfers::Stand " + name + ") { return " + call + "; })";
        }
        if (years)
            out << "    for_each_year(result, " << years->idl_name << "_in, [&](Year "
                << years->idl_name << ") { return " << call << "; });\n";
        else
            out << "    cell_value(result, " << call << ");\n";
        out << "}\n";
    }
    out << "\nconstexpr Method method_table[] = {\n";
    for (const auto& f : functions())
        out << "    {" << f.method << ", " << (f.result == Result::explanation ? "true" : "false")
            << "},\n";
    out << "};\n";
}

// The C++ UNO shell of the benchmark package (bench/extension/cpp_component.cpp), today's
// way of writing a component, for the comparison: each method passes its arguments, which
// have binary UNO's layout, to the same method of the table.
void write_cpp_methods(std::ostream& out) {
    out << "// Generated from addin/functions/function_table.cpp, included in the class of\n"
           "// bench/extension/cpp_component.cpp.\n";
    std::size_t number = 0;
    for (const auto& f : functions()) {
        out << "\nAny SAL_CALL " << f.method << '(';
        bool first = true;
        for (const auto& a : f.arguments) {
            out << (first ? "" : ", ") << uno_type(a.kind).cpp_parameter << ' ' << a.idl_name;
            first = false;
        }
        out << ") override {\n    void* arguments[] = {";
        first = true;
        for (const auto& a : f.arguments) {
            const std::string_view idl = kind_info(a.kind).idl_type;
            const std::string name(a.idl_name);
            out << (first ? "" : ", ")
                << (idl == "double"   ? "const_cast<double*>(&" + name + ")"
                    : idl == "string" ? "const_cast<rtl_uString**>(&" + name + ".pData)"
                                      : "const_cast<Any*>(&" + name + ")");
            first = false;
        }
        out << "};\n    return call(" << number++ << ", arguments);\n}\n";
    }
}

// "ACCRES(jaar; [stand])": the function as the reference writes it.
std::string signature(const Function& f) {
    std::string out = std::string(f.name) + '(';
    bool first = true;
    for (const auto& a : f.arguments) {
        out += (first ? "" : "; ") + (is_optional(a.kind) ? '[' + std::string(a.idl_name) + ']'
                                                          : std::string(a.idl_name));
        first = false;
    }
    return out + ')';
}

// The example call as a Dutch Calc shows it: "; " between arguments, a decimal comma.
std::string example_formula(const Function& f) {
    std::string out = "=" + std::string(f.name) + '(';
    bool in_text = false;
    for (const char c : f.example) {
        if (c == '"') in_text = !in_text;
        out += in_text || (c != ';' && c != '.') ? std::string(1, c) : c == ';' ? "; " : ",";
    }
    return out + ')';
}

// The function list of docs/functions.md (cmake --build build --target update-docs).
void write_reference(std::ostream& out) {
    out << "| Function | Returns | Example | Stands with figures (default first) |\n"
           "|---|---|---|---|\n";
    for (const auto& f : functions())
        out << "| `" << signature(f) << "` | " << f.description.en << " | `" << example_formula(f)
            << "` | " << stand_list(f.name, Language::en) << " |\n";
}

// The key table of model/data/FORMAT.md: the keys the model reads by name, which functions
// read each (the function table) and what else the model does with it (keys.hpp).
void write_key_table(std::ostream& out) {
    out << "| Key | Used by | Full stand | Shape |\n|---|---|---|---|\n";
    for (const auto& k : fondscijfers::keys::named) {
        std::string used;
        for (const auto& f : functions())
            if (f.reads == k.name) used += (used.empty() ? "" : ", ") + std::string(f.name);
        if (!k.use.empty()) used += (used.empty() ? "" : ": ") + std::string(k.use);
        out << "| `" << k.name << "` | " << used << " | " << (k.required ? "required" : "optional")
            << " | " << k.shape << " |\n";
    }
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
    if (argc != 3 && argc != 4) {
        std::cerr << "usage: " << argv[0]
                  << " <output directory> <library path in the .oxt> [<Windows library path>]\n";
        return 2;
    }
    bool table_ok = true;
    for (const auto& f : functions())
        table_ok = check_model_call(f) && table_ok;
    if (!table_ok) return 1;
    const fs::path dir = argv[1];
    const std::string library = argv[2];
    const bool ok =
        write_file(dir / "idl" / module_path() / (std::string(interface_name) + ".idl"),
                   write_idl) &&
        write_file(dir / "CalcAddIns.xcu", write_xcu) &&
        write_file(dir / "bench-functions.xcu", write_bench_xcu) &&
        write_file(dir / "fondscijfers.components",
                   [&](std::ostream& o) { write_components(o, library); }) &&
        (argc < 4 || write_file(dir / "fondscijfers-windows.components",
                                [&](std::ostream& o) { write_components(o, argv[3]); })) &&
        write_file(dir / "functions.json", write_json) &&
        write_file(dir / "description-nl.txt",
                   [](std::ostream& o) { write_description(o, Language::nl); }) &&
        write_file(dir / "description-en.txt",
                   [](std::ostream& o) { write_description(o, Language::en); }) &&
        write_file(dir / "function_calls.inc", write_function_calls) &&
        write_file(dir / "fondscijfers_functions.py", write_python) &&
        write_file(dir / "function_tables.inc", write_function_tables) &&
        write_file(dir / "binary_methods.inc", write_binary_methods) &&
        write_file(dir / "cpp_methods.inc", write_cpp_methods) &&
        write_file(dir / "functions-reference.md", write_reference) &&
        write_file(dir / "keys-reference.md", write_key_table);
    return ok ? 0 : 1;
}
