// The catalogue keys the named functions read. The dataset test checks they exist.
#pragma once

#include <string_view>

namespace fondscijfers::keys {

inline constexpr std::string_view accres = "accres.nominaal";
inline constexpr std::string_view accres_percentage = "accres.percentage";
inline constexpr std::string_view accres_reeel = "accres.reeel";
inline constexpr std::string_view accres_reeel_percentage = "accres.reeel_percentage";

inline constexpr std::string_view bcf_omvang = "bcf.omvang";
inline constexpr std::string_view bcf_declaraties = "bcf.declaraties";
// The Miljoenennota's estimate the circular keeps flat after the current year.
inline constexpr std::string_view bcf_flat_line = "bcf.declaraties.raming_miljoenennota";
// The growth the letter applies to it; its period is the projected years.
inline constexpr std::string_view bcf_growth = "bcf.declaraties.groei";
inline constexpr std::string_view bcf_vrijval_gemeenten = "bcf.vrijval.gemeenten";
inline constexpr std::string_view bcf_gemeenten_share = "bcf.vrijval.aandeel_gemeenten";

inline constexpr std::string_view opschalingskorting = "opschalingskorting.cumulatief";

} // namespace fondscijfers::keys
