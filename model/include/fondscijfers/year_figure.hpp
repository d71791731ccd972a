// The one reader of a year's figure of a named key: the spreadsheet functions that give a
// figure as printed (ACCRES, BCFOMVANG, OPSCHALINGSKORTING, ...) are bound to it by the
// function table, with the key each reads.
#pragma once

#include "fondscijfers/keys.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

#include <optional>

namespace fondscijfers {

// The figure of exactly that year (not a period total): whole euros for a key in euros, else
// the number as it stands (a fraction). No figure: std::nullopt.
[[nodiscard]] std::optional<double> year_figure(keys::Named key, Year year, Stand stand) noexcept;

} // namespace fondscijfers
