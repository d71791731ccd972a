// The Windows component called as LibreOffice calls it, without LibreOffice: loads
// fondscijfers.dll (beside the stand-ins of sal3.dll and cppu3.dll, uno_stand_in.cpp), asks it
// for its environment and factory, creates the component through the factory's dispatcher
// (XSingleComponentFactory::createInstanceWithContext) and calls its methods through the
// component's dispatcher with member descriptions made here, as core reflection makes them.
//
//   dispatcher_calls <fondscijfers.dll> < calls
//
// First it prints the checks of the component itself ("check <what> ok" or "FAIL <what>"),
// then answers one call per line of standard input:
//   <method> TAB <position> TAB <parameter types, one letter each: d double, s string, a any>
//            TAB <argument>...
// an argument being `void` (an empty any), `d:<number>`, `s:<UTF-8 in hex>`, or for a range
// `m:<rows>x<columns>:<element>,...` of such elements. It prints for each call
// `<method> TAB value TAB <result>` (a result written as an argument is, Calc's error values
// as `e:<code>`) or `<method> TAB exception TAB <type> TAB <message in hex>`. Each call is made
// twice: a different second answer, or a text, sequence or any left allocated after it, is
// reported as FAIL (tests/windows/run_dispatcher.py reads all this).
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <rtl/ustring.h>
#include <sstream>
#include <string>
#include <typelib/typedescription.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/sequence2.h>
#include <vector>
#include <windows.h>

extern "C" __declspec(dllimport) long fondscijfers_stand_in_live();

namespace {

constexpr const char* implementation = "nl.fondscijfers.calc.FunctionsImpl";
constexpr const char* functions_interface = "nl.fondscijfers.calc.XFunctions";
int failures = 0;

void check(bool ok, const std::string& what) {
    std::cout << (ok ? "check " + what + " ok" : "FAIL " + what) << '\n';
    if (!ok) ++failures;
}

std::string ascii(rtl_uString* text) {
    std::string out;
    for (sal_Int32 i = 0; i < text->length; ++i) {
        const auto c = static_cast<char16_t>(text->buffer[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

rtl_uString* text(const std::string& utf8) {
    rtl_uString* made = nullptr;
    rtl_string2UString(&made, utf8.data(), static_cast<sal_Int32>(utf8.size()),
                       RTL_TEXTENCODING_UTF8, 0);
    return made;
}

std::string hex(const std::string& bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (const unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::string unhex(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i + 1 < text.size(); i += 2)
        out += static_cast<char>(std::stoi(text.substr(i, 2), nullptr, 16));
    return out;
}

typelib_TypeDescriptionReference* of_class(typelib_TypeClass type_class) {
    return *typelib_static_type_getByTypeClass(type_class);
}

typelib_TypeDescriptionReference* sequence_of(typelib_TypeDescriptionReference* element) {
    typelib_TypeDescriptionReference* type = nullptr;
    typelib_static_sequence_type_init(&type, element);
    return type;
}

typelib_TypeDescriptionReference* matrix_type() {
    static typelib_TypeDescriptionReference* const type =
        sequence_of(sequence_of(of_class(typelib_TypeClass_ANY)));
    return type;
}

typelib_TypeDescriptionReference* named(typelib_TypeClass type_class, const char* name) {
    typelib_TypeDescriptionReference* type = nullptr;
    typelib_typedescriptionreference_newByAsciiName(&type, type_class, name);
    return type;
}

// The description of an interface and of its methods, as the type library gives them: only
// what a dispatcher reads (the member's name and position, its interface, its parameters).
struct Interface {
    typelib_InterfaceTypeDescription description{};
    explicit Interface(const char* name) {
        description.aBase.eTypeClass = typelib_TypeClass_INTERFACE;
        description.aBase.nRefCount = 1;
        description.aBase.pTypeName = text(name);
        description.aBase.pWeakRef = named(typelib_TypeClass_INTERFACE, name);
    }
};

struct Member {
    typelib_InterfaceMethodTypeDescription description{};
    std::vector<typelib_MethodParameter> parameters;
    Member(Interface& owner, const std::string& method, sal_Int32 position,
           typelib_TypeDescriptionReference* result,
           const std::vector<typelib_TypeDescriptionReference*>& types) {
        const std::string name = ascii(owner.description.aBase.pTypeName) + "::" + method;
        auto& base = description.aBase.aBase;
        base.eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
        base.nRefCount = 1;
        base.pTypeName = text(name);
        description.aBase.nPosition = position;
        description.aBase.pMemberName = text(method);
        description.pReturnTypeRef = result;
        description.pInterface = &owner.description;
        for (auto* type : types)
            parameters.push_back({nullptr, type, true, false});
        description.nParams = static_cast<sal_Int32>(parameters.size());
        description.pParams = parameters.data();
    }
    Member(const Member&) = delete;
    ~Member() {
        rtl_uString_release(description.aBase.aBase.pTypeName);
        rtl_uString_release(description.aBase.pMemberName);
    }
    const typelib_TypeDescription* get() const { return &description.aBase.aBase; }
};

// The exception a call raised: its type and message, then destructed.
std::string exception_of(uno_Any* exception) {
    std::string type = ascii(exception->pType->pTypeName);
    std::string message = hex(ascii(*static_cast<rtl_uString**>(exception->pData)));
    uno_any_destruct(exception, nullptr);
    return "exception\t" + type + "\t" + message;
}

std::string number(double value) {
    if (std::isnan(value))
        return "e:" + std::to_string(std::bit_cast<std::uint64_t>(value) & 0xFFFF);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "d:%.17g", value);
    return buffer;
}

std::string shown(const uno_Any& value) {
    switch (value.pType->eTypeClass) {
    case typelib_TypeClass_VOID:
        return "void";
    case typelib_TypeClass_DOUBLE:
        return number(*static_cast<const double*>(value.pData));
    case typelib_TypeClass_STRING:
        return "s:" + hex(ascii(*static_cast<rtl_uString* const*>(value.pData)));
    case typelib_TypeClass_SEQUENCE: {
        if (!typelib_typedescriptionreference_equals(value.pType, matrix_type()))
            return "other:" + ascii(value.pType->pTypeName);
        const auto* rows = *static_cast<uno_Sequence* const*>(value.pData);
        std::string cells;
        sal_Int32 columns = 0;
        for (sal_Int32 r = 0; r < rows->nElements; ++r) {
            const auto* row = reinterpret_cast<uno_Sequence* const*>(rows->elements)[r];
            columns = row->nElements;
            for (sal_Int32 c = 0; c < row->nElements; ++c)
                cells += (cells.empty() ? "" : ",") +
                         shown(reinterpret_cast<const uno_Any*>(row->elements)[c]);
        }
        return "m:" + std::to_string(rows->nElements) + "x" + std::to_string(columns) + ":" + cells;
    }
    default:
        return "other:" + ascii(value.pType->pTypeName);
    }
}

// An argument as Calc gives it, owned here.
struct Argument {
    double number = 0;
    rtl_uString* string = nullptr;
    uno_Any any{};
    char kind;
    Argument(char parameter, const std::string& written) : kind(parameter) {
        if (kind == 'd') number = std::stod(written.substr(2));
        if (kind == 's') string = text(unhex(written.substr(2)));
        if (kind == 'a') construct(&any, written);
    }
    Argument(const Argument&) = delete;
    ~Argument() {
        if (kind == 's') rtl_uString_release(string);
        if (kind == 'a') uno_any_destruct(&any, nullptr);
    }
    void* address() {
        return kind == 'd'   ? static_cast<void*>(&number)
               : kind == 's' ? static_cast<void*>(&string)
                             : &any;
    }

    static void construct(uno_Any* out, const std::string& written) {
        if (written == "void") return uno_any_construct(out, nullptr, nullptr, nullptr);
        if (written.starts_with("d:")) {
            double value = std::stod(written.substr(2));
            return uno_type_any_construct(out, &value, of_class(typelib_TypeClass_DOUBLE), nullptr);
        }
        if (written.starts_with("s:")) {
            rtl_uString* value = text(unhex(written.substr(2)));
            uno_type_any_construct(out, &value, of_class(typelib_TypeClass_STRING), nullptr);
            return rtl_uString_release(value);
        }
        // m:<rows>x<columns>:<element>,...
        const auto x = written.find('x'), colon = written.find(':', 2);
        const auto rows = std::stoi(written.substr(2, x - 2)),
                   columns = std::stoi(written.substr(x + 1, colon - x - 1));
        std::stringstream elements(written.substr(colon + 1));
        typelib_TypeDescriptionReference* row_type = sequence_of(of_class(typelib_TypeClass_ANY));
        std::vector<uno_Sequence*> row_sequences;
        for (int r = 0; r < rows; ++r) {
            uno_Sequence* row = nullptr;
            uno_type_sequence_construct(&row, row_type, nullptr, columns, nullptr);
            for (int c = 0; c < columns; ++c) {
                std::string element;
                std::getline(elements, element, ',');
                auto* cell = reinterpret_cast<uno_Any*>(row->elements) + c;
                uno_any_destruct(cell, nullptr);
                construct(cell, element);
            }
            row_sequences.push_back(row);
        }
        uno_Sequence* matrix = nullptr;
        uno_type_sequence_construct(&matrix, matrix_type(), row_sequences.data(), rows, nullptr);
        for (auto* row : row_sequences)
            uno_type_destructData(&row, row_type, nullptr);
        uno_type_any_construct(out, &matrix, matrix_type(), nullptr);
        uno_type_destructData(&matrix, matrix_type(), nullptr);
    }
};

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream in(line);
    for (std::string field; std::getline(in, field, '\t');)
        fields.push_back(field);
    return fields;
}

// One call of a method of XFunctions; its answer as a line.
std::string call(uno_Interface* component, Interface& functions,
                 const std::vector<std::string>& fields) {
    const std::string parameters = fields.size() > 2 ? fields[2] : "";
    std::vector<typelib_TypeDescriptionReference*> types;
    std::vector<std::unique_ptr<Argument>> arguments;
    std::vector<void*> pointers;
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const char kind = parameters[i];
        types.push_back(of_class(kind == 'd'   ? typelib_TypeClass_DOUBLE
                                 : kind == 's' ? typelib_TypeClass_STRING
                                               : typelib_TypeClass_ANY));
        arguments.push_back(
            std::make_unique<Argument>(kind, 3 + i < fields.size() ? fields[3 + i] : "void"));
        pointers.push_back(arguments.back()->address());
    }
    const Member member(functions, fields[0], std::stoi(fields[1]), of_class(typelib_TypeClass_ANY),
                        types);
    uno_Any result;
    uno_Any exception_memory;
    uno_Any* exception = &exception_memory;
    component->pDispatcher(component, member.get(), &result, pointers.data(), &exception);
    if (exception) return exception_of(exception);
    std::string answer = "value\t" + shown(result);
    uno_any_destruct(&result, nullptr);
    return answer;
}

// A call of an interface member with no or one argument whose result is `Result`.
template <class Result>
bool dispatch(uno_Interface* object, const Member& member, Result* result, void* argument,
              std::string* raised) {
    void* arguments[] = {argument};
    uno_Any exception_memory;
    uno_Any* exception = &exception_memory;
    object->pDispatcher(object, member.get(), result, arguments, &exception);
    if (!exception) return true;
    *raised = exception_of(exception);
    return false;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: dispatcher_calls <fondscijfers.dll> < calls\n";
        return 2;
    }
    std::cout.setf(std::ios::unitbuf);
    HMODULE library = LoadLibraryA(argv[1]);
    if (!library) {
        std::cout << "FAIL LoadLibrary " << argv[1] << " (error " << GetLastError() << ")\n";
        return 1;
    }
    using Environment = void (*)(const char**, void**);
    using Factory = void* (*)(const char*, void*, void*);
    auto environment = reinterpret_cast<Environment>(
        reinterpret_cast<void*>(GetProcAddress(library, "component_getImplementationEnvironment")));
    auto get_factory = reinterpret_cast<Factory>(
        reinterpret_cast<void*>(GetProcAddress(library, "component_getFactory")));
    check(environment && get_factory, "exports");
    if (!environment || !get_factory) return 1;
    const char* name = nullptr;
    environment(&name, nullptr);
    check(name && std::strcmp(name, "uno") == 0, "environment is uno");
    check(get_factory("nl.fondscijfers.calc.Other", nullptr, nullptr) == nullptr,
          "no factory for another name");
    auto* factory = static_cast<uno_Interface*>(get_factory(implementation, nullptr, nullptr));
    check(factory != nullptr, "factory");
    if (!factory) return 1;

    Interface xinterface("com.sun.star.uno.XInterface");
    Interface xfactory("com.sun.star.lang.XSingleComponentFactory");
    Interface xservice_info("com.sun.star.lang.XServiceInfo");
    Interface xfunctions(functions_interface);
    typelib_TypeDescriptionReference* interface_ref =
        named(typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface");
    typelib_TypeDescriptionReference* type_ref = of_class(typelib_TypeClass_TYPE);
    typelib_TypeDescriptionReference* string_ref = of_class(typelib_TypeClass_STRING);
    std::string raised;

    const Member create(xfactory, "createInstanceWithContext", 3, interface_ref, {interface_ref});
    uno_Interface* context = nullptr;
    uno_Interface* component = nullptr;
    check(dispatch(factory, create, &component, &context, &raised) && component,
          "createInstanceWithContext " + raised);
    if (!component) return 1;

    const Member query(xinterface, "queryInterface", 0, of_class(typelib_TypeClass_ANY),
                       {type_ref});
    typelib_TypeDescriptionReference* asked = xfunctions.description.aBase.pWeakRef;
    uno_Any answer;
    if (dispatch(component, query, &answer, &asked, &raised)) {
        check(answer.pType->eTypeClass == typelib_TypeClass_INTERFACE &&
                  *static_cast<uno_Interface**>(answer.pData) == component,
              "queryInterface(XFunctions) is the component");
        uno_any_destruct(&answer, nullptr);
    } else {
        check(false, "queryInterface(XFunctions) " + raised);
    }
    typelib_TypeDescriptionReference* unknown =
        named(typelib_TypeClass_INTERFACE, "com.sun.star.sheet.XCellRange");
    if (dispatch(component, query, &answer, &unknown, &raised)) {
        check(answer.pType->eTypeClass == typelib_TypeClass_VOID,
              "queryInterface(another) is empty");
        uno_any_destruct(&answer, nullptr);
    } else {
        check(false, "queryInterface(another) " + raised);
    }
    const Member implementation_name(xservice_info, "getImplementationName", 3, string_ref, {});
    rtl_uString* implementation_text = nullptr;
    if (dispatch(component, implementation_name, &implementation_text, nullptr, &raised)) {
        check(ascii(implementation_text) == implementation, "getImplementationName");
        rtl_uString_release(implementation_text);
    } else {
        check(false, "getImplementationName " + raised);
    }
    const Member supports(xservice_info, "supportsService", 4, of_class(typelib_TypeClass_BOOLEAN),
                          {string_ref});
    rtl_uString* service = text("nl.fondscijfers.calc.Functions");
    sal_Bool supported = false;
    check(dispatch(component, supports, &supported, &service, &raised) && supported,
          "supportsService");
    rtl_uString_release(service);

    for (std::string line; std::getline(std::cin, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const auto fields = split(line);
        const std::string first = call(component, xfunctions, fields);
        const long before = fondscijfers_stand_in_live();
        const std::string second = call(component, xfunctions, fields);
        const long left = fondscijfers_stand_in_live() - before;
        std::cout << fields[0] << '\t' << first << '\n';
        if (second != first)
            check(false, fields[0] + " answered differently the second time: " + second);
        if (left != 0) check(false, fields[0] + " left " + std::to_string(left) + " allocations");
    }

    component->release(component);
    factory->release(factory);
    check(true, "released");
    return failures == 0 ? 0 : 1;
}
