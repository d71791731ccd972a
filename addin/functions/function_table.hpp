// The one description of the spreadsheet functions: names, arguments and their texts in
// Dutch and English. The IDL, the Calc configuration (Function Wizard texts), the
// component registration and the test expectations are all generated from it.
#pragma once

#include <span>
#include <string_view>

namespace fondscijfers::addin {

// Stored in every saved document as "<service>.<method>": never change these.
inline constexpr std::string_view service_name = "nl.fondscijfers.calc.Functions";
inline constexpr std::string_view implementation_name = "nl.fondscijfers.calc.FunctionsImpl";
inline constexpr std::string_view interface_module = "nl::fondscijfers::calc";
inline constexpr std::string_view interface_name = "XFunctions";
inline constexpr std::string_view constructor_symbol =
    "nl_fondscijfers_calc_FunctionsImpl_get_implementation";
// The portable (Python) implementation of the same service, for platforms without a native
// build (docs/platforms.md).
inline constexpr std::string_view portable_implementation_name =
    "nl.fondscijfers.calc.PortableFunctionsImpl";

// Calc knows a fixed set of categories (Database, Date&Time, Financial, Information, Logical,
// Mathematical, Matrix, Statistical, Spreadsheet, Text, Add-In). "Financial" ("Financieel"):
// where a budget adviser looks, among some sixty money functions, instead of "Add-In"
// ("Invoegtoepassing") among some fifty engineering functions (docs/functions.md).
inline constexpr std::string_view category = "Financial";

struct Text {
    std::string_view nl;
    std::string_view en;
};

enum class ArgumentKind {
    year,   // required number (IDL double); whole numbers only
    years,  // required year, or a range or array of years (IDL any): the result has its shape
    text,   // required text (IDL string)
    option, // optional text or number (IDL any); omitted and empty mean the default
};

struct Argument {
    std::string_view idl_name; // also the configuration node name: never change
    ArgumentKind kind;
    Text display_name;
    Text description;
};

struct Function {
    std::string_view name;   // the formula name, the same in every language
    std::string_view method; // IDL method; upper-cased it equals `name`
    Text description;
    std::span<const Argument> arguments;
};

[[nodiscard]] std::span<const Function> functions() noexcept;

} // namespace fondscijfers::addin
