// The catalogue keys the named functions read, and which of them a full stand (one that can
// be the default) must hold. The generator checks full stands against this list.
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
    bcf_flat_line, // the estimate the projection starts from (the circular keeps it flat)
    bcf_growth,    // the growth applied to it; its period is the projected years
    bcf_vrijval_gemeenten,
    bcf_gemeenten_share,
    opschalingskorting,
    count
};

struct NamedKey {
    std::string_view name;
    bool required; // a full stand must hold it
};

inline constexpr std::array<NamedKey, static_cast<std::size_t>(Named::count)> named = {{
    {"accres.nominaal", true},
    {"accres.percentage", true},
    {"accres.reeel", false}, // printed in Tabel 1 only
    {"accres.reeel_percentage", false},
    {"bcf.omvang", true},
    {"bcf.declaraties", true},
    {"bcf.declaraties.raming_miljoenennota", true},
    {"bcf.declaraties.groei", true},
    {"bcf.vrijval.gemeenten", false}, // definitive vrijval of past years, where stated
    {"bcf.vrijval.aandeel_gemeenten", true},
    {"opschalingskorting.cumulatief", true},
}};

constexpr std::string_view name(Named key) {
    return named[static_cast<std::size_t>(key)].name;
}

using enum Named;

} // namespace fondscijfers::keys
