// The catalogue keys the named functions read. The dataset test checks they exist.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace fondscijfers::keys {

enum class Named : unsigned char {
    accres,
    accres_percentage,
    accres_reeel,
    accres_reeel_percentage,
    bcf_omvang,
    bcf_declaraties,
    bcf_flat_line, // the Miljoenennota's estimate the circular keeps flat after 2020
    bcf_growth,    // the growth the letter applies to it; its period is the projected years
    bcf_vrijval_gemeenten,
    bcf_gemeenten_share,
    opschalingskorting,
    count
};

inline constexpr std::array<std::string_view, static_cast<std::size_t>(Named::count)> names = {
    "accres.nominaal",
    "accres.percentage",
    "accres.reeel",
    "accres.reeel_percentage",
    "bcf.omvang",
    "bcf.declaraties",
    "bcf.declaraties.raming_miljoenennota",
    "bcf.declaraties.groei",
    "bcf.vrijval.gemeenten",
    "bcf.vrijval.aandeel_gemeenten",
    "opschalingskorting.cumulatief",
};

constexpr std::string_view name(Named key) { return names[static_cast<std::size_t>(key)]; }

using enum Named;

} // namespace fondscijfers::keys
