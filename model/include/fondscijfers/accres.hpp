// Accres of the algemene uitkering (gemeentefonds), per year and stand.
// Every function returns std::nullopt where the source has no figure. The spreadsheet
// functions read the printed figures through year_figure (year_figure.hpp); these typed
// readers are the model's C++ interface.
#pragma once

#include "fondscijfers/amounts.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

#include <optional>

namespace fondscijfers {

[[nodiscard]] std::optional<Euros> accres(Year year, Stand stand) noexcept;
[[nodiscard]] std::optional<double> accres_percentage(Year year, Stand stand) noexcept;
[[nodiscard]] std::optional<Euros> accres_reeel(Year year, Stand stand) noexcept;
[[nodiscard]] std::optional<double> accres_reeel_percentage(Year year, Stand stand) noexcept;

// Product of (1 + accrespercentage) over the years after `base` up to `year`; the inverse
// when year < base; 1 when equal. Both years must lie within the stand's accres series
// (or be the year before its first year); otherwise there is no index.
[[nodiscard]] std::optional<double> accres_index(Year base, Year year, Stand stand) noexcept;

} // namespace fondscijfers
