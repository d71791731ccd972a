// The catalogue keys the model reads by name (the spreadsheet functions of a year and the
// inputs of the BCF method), and which of them a full stand (one that can be the default)
// must hold. The generator checks full stands against this list; model/data/FORMAT.md's key
// table is generated from it.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace fondscijfers::keys {

enum class Named : unsigned char {
    accres,
    accres_percentage,
    accres_reeel,
    accres_reeel_percentage,
    bcf_omvang,
    bcf_declaraties,
    bcf_flat_line, // the estimate the projection starts from (the circular keeps it flat)
    bcf_growth,    // the growth applied to it; its period is the projected years
    bcf_vrijval_gemeenten,
    bcf_gemeenten_share,
    opschalingskorting,
    count
};

struct NamedKey {
    std::string_view name;
    bool required;          // a full stand must hold it
    std::string_view use;   // what the model does with it besides the functions that read it
    std::string_view shape; // its unit and years (model/data/FORMAT.md)
    bool series = true;     // a figure per year; else one figure (a year or a period)
};

// clang-format off
inline constexpr std::array<NamedKey, static_cast<std::size_t>(Named::count)> named = {{
    {"accres.nominaal", true, "", "euro, per year"},
    {"accres.percentage", true, "", "fractie, per year"},
    {"accres.reeel", false, "", "euro, per year"}, // printed in Tabel 1 only
    {"accres.reeel_percentage", false, "", "fractie, per year"},
    {"bcf.omvang", true, "the years of BCFDECLARATIES and BCFVRIJVAL",
     "euro, per year; in the same multiplier as the estimate below"},
    {"bcf.declaraties", true, "the printed figures up to the base year", "euro, per year"},
    {"bcf.declaraties.raming_miljoenennota", true, "the estimate the projection starts from",
     "one euro figure for one year", false},
    {"bcf.declaraties.groei", true, "the default growth, and the years it applies to",
     "one fractie figure over a period; the year before the period is the base year", false},
    {"bcf.vrijval.gemeenten", false, "for years before the table (a definitive figure)",
     "euro, per year"},
    {"bcf.vrijval.aandeel_gemeenten", true, "the gemeenten share of the vrijval",
     "one fractie figure over a period", false},
    {"opschalingskorting.cumulatief", true, "", "euro, per year"},
}};
// clang-format on

constexpr std::string_view name(Named key) {
    return named[static_cast<std::size_t>(key)].name;
}

// The named key of that name, if it is one (the function table names keys by their text).
constexpr std::optional<Named> find(std::string_view key) {
    for (std::size_t i = 0; i < named.size(); ++i)
        if (named[i].name == key) return static_cast<Named>(i);
    return std::nullopt;
}

// The same, at compile time: a name that is no named key does not compile (generated code).
consteval Named key(std::string_view name) {
    const auto found = find(name);
    if (!found) throw "not a named key of fondscijfers/keys.hpp";
    return *found;
}

using enum Named;

} // namespace fondscijfers::keys
