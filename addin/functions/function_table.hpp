// The one description of the spreadsheet functions: names, arguments and their texts in
// Dutch and English, and the model call each is bound to. The IDL, the UNO methods, the Calc
// configuration (Function Wizard texts), the component registration, the function list of
// the reference and the tests' calls of every function are all generated from it.
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

// What an argument is: its IDL type, how the UNO shell converts it (addin/uno/arguments.hpp)
// and which column of the bad-input matrix tests it. Only `year` and `years` arguments, and
// `key` and `field`, are required; the others may be omitted, and then mean their default.
enum class ArgumentKind {
    years,      // any: a whole year, or a range or array of years: the result has its shape
    year,       // double: a whole year
    stand,      // any: a stand code; omitted or blank: the default stand
    stand_code, // any: a stand code; omitted or blank: none
    growth,     // any: a number above -100% and at most 100%; omitted: the stand's own
    deel,       // any: "gemeenten" (the default) or "totaal"
    key,        // string: a catalogue key or the name of a function
    field,      // string: a field name of CIRCULAIREINFO
    period,     // any: a year, or a period as text ("2019-2021"); omitted or blank: none
    filter,     // any: a text; omitted or blank: everything
    header,     // any: TRUE or 1 for a row of column names; omitted, FALSE or 0: none
};

[[nodiscard]] constexpr bool is_optional(ArgumentKind kind) noexcept {
    return kind != ArgumentKind::years && kind != ArgumentKind::year && kind != ArgumentKind::key &&
           kind != ArgumentKind::field;
}

struct Argument {
    std::string_view idl_name; // also the configuration node name: never change
    ArgumentKind kind;
    Text display_name;
    Text description;
};

// What a function returns: its cells in the tests (a list is one cell per row and column).
enum class Result { number, text, list };

struct Function {
    std::string_view name;   // the formula name, the same in every language
    std::string_view method; // IDL method; upper-cased it equals `name`
    Text description;
    std::span<const Argument> arguments;
    // The model call that computes the result, written with the argument names: the generated
    // UNO method converts each argument by its kind and calls it (per year for `years`). The
    // portable component calls the function of the same name in fondscijfers_core.py.
    std::string_view model_call;
    Result result;
    // The arguments of a typical call as written in a formula (API syntax: ";" and "."):
    // the tests' reference call, varied one argument at a time by the bad-input matrix.
    std::string_view example;
};

[[nodiscard]] std::span<const Function> functions() noexcept;

} // namespace fondscijfers::addin
