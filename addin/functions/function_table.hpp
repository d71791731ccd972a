// The one description of the spreadsheet functions: names, arguments and their texts in
// Dutch and English, and the model call each is bound to. The IDL, the UNO methods, the Calc
// configuration (Function Wizard texts), the component registration, the function list of
// the reference and the tests' calls of every function are all generated from it.
#pragma once

#include <cstddef>
#include <iterator>
#include <span>
#include <string_view>

namespace fondscijfers::addin {

// Stored in every saved document as "<service>.<method>": never change these.
inline constexpr std::string_view service_name = "nl.fondscijfers.calc.Functions";
inline constexpr std::string_view implementation_name = "nl.fondscijfers.calc.FunctionsImpl";
inline constexpr std::string_view interface_module = "nl::fondscijfers::calc";
inline constexpr std::string_view interface_name = "XFunctions";
// The interface's UNO type name: the module with "." for "::", then the name.
inline constexpr std::string_view interface_type_name = "nl.fondscijfers.calc.XFunctions";
static_assert(
    [] {
        std::size_t at = 0;
        for (std::size_t i = 0; i < interface_module.size(); ++i, ++at) {
            const bool colons = interface_module.compare(i, 2, "::") == 0;
            if (interface_type_name[at] != (colons ? '.' : interface_module[i])) return false;
            if (colons) ++i;
        }
        return interface_type_name.size() == at + 1 + interface_name.size() &&
               interface_type_name[at] == '.' &&
               interface_type_name.substr(at + 1) == interface_name;
    }(),
    "interface_type_name is interface_module and interface_name");
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

// What an argument is: its IDL type, how the component converts it (addin/binary/values.hpp,
// and the portable core's conversions) and which column of the bad-input matrix tests it.
enum class ArgumentKind {
    years,      // a whole year, or a range or array of years: the result has its shape
    year,       // a whole year
    stand,      // a stand code; omitted or blank: the default stand
    stand_code, // a stand code; omitted or blank: none
    growth,     // a number above -100% and at most 100%; omitted: the stand's own
    deel,       // "gemeenten" (the default) or "totaal"
    key,        // a catalogue key or the name of a function
    field,      // a field name of CIRCULAIREINFO
    period,     // a year, or a period as text ("2019-2021"); omitted or blank: none
    filter,     // a text; omitted or blank: everything
    header,     // TRUE or 1 for a row of column names; omitted, FALSE or 0: none
};

// The one table of the argument kinds: the name the generated files, the portable core and
// tests/calc/bad_input.matrix use, the IDL type, and whether it may be omitted.
struct KindInfo {
    ArgumentKind kind;
    std::string_view name;
    std::string_view idl_type; // any, double or string
    bool optional;
};

// clang-format off
inline constexpr KindInfo argument_kinds[] = {
    {ArgumentKind::years,      "years",      "any",    false},
    {ArgumentKind::year,       "year",       "double", false},
    {ArgumentKind::stand,      "stand",      "any",    true},
    {ArgumentKind::stand_code, "stand_code", "any",    true},
    {ArgumentKind::growth,     "growth",     "any",    true},
    {ArgumentKind::deel,       "deel",       "any",    true},
    {ArgumentKind::key,        "key",        "string", false},
    {ArgumentKind::field,      "field",      "string", false},
    {ArgumentKind::period,     "period",     "any",    true},
    {ArgumentKind::filter,     "filter",     "any",    true},
    {ArgumentKind::header,     "header",     "any",    true},
};
// clang-format on

[[nodiscard]] constexpr const KindInfo& kind_info(ArgumentKind kind) noexcept {
    return argument_kinds[static_cast<std::size_t>(kind)];
}

[[nodiscard]] constexpr bool is_optional(ArgumentKind kind) noexcept {
    return kind_info(kind).optional;
}

static_assert(
    [] {
        for (std::size_t i = 0; i < std::size(argument_kinds); ++i)
            if (argument_kinds[i].kind != static_cast<ArgumentKind>(i)) return false;
        return std::size(argument_kinds) == static_cast<std::size_t>(ArgumentKind::header) + 1;
    }(),
    "argument_kinds lists every ArgumentKind once, in order");

struct Argument {
    std::string_view idl_name; // also the configuration node name: never change
    ArgumentKind kind;
    Text display_name;
    Text description;
};

// What a function returns: its cells in the tests (a list is one cell per row and column).
// An explanation is a text that is never an error: where the cell it explains is rejected,
// it is the reason (reasons.hpp).
enum class Result { number, text, list, explanation };

// How CIRCULAIREBRON and CIRCULAIREINFO explain the figures of a function of a year, given
// its name ("BCFVRIJVAL"): the figure of its key and its source, or the method with its
// inputs. `none`: the function is no figure of a year (CIRCULAIRE, CIRCULAIRESTAND, ...).
enum class Explanation { none, key, index, declaraties, vrijval };

struct Function {
    std::string_view name;   // the formula name, the same in every language
    std::string_view method; // IDL method; upper-cased it equals `name`
    Text description;
    std::span<const Argument> arguments;
    // The model call that computes the result, written with the argument names: the generated
    // UNO method converts each argument by its kind and calls it (per year for `years`). The
    // portable component calls the function of the same name in fondscijfers_core.py.
    // "year_figure(jaar, stand)" is the one reader of a year's figure of the key `reads`.
    std::string_view model_call;
    Result result;
    // The arguments of a typical call as written in a formula (API syntax: ";" and "."):
    // the tests' reference call, varied one argument at a time by the bad-input matrix.
    std::string_view example;
    // The catalogue key whose figures the function gives (CIRCULAIREINFO describes it), a
    // key of fondscijfers/keys.hpp; empty for the catalogue functions.
    std::string_view reads = {};
    Explanation explained = Explanation::none;
};

[[nodiscard]] std::span<const Function> functions() noexcept;

} // namespace fondscijfers::addin
