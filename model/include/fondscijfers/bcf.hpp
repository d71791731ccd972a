// BTW-compensatiefonds (BCF): size, declarations and the vrijval to the funds, per stand.
// The method's inputs (the estimate it starts from, the growth and the years it applies to,
// the gemeenten share) are figures of the stand. Every function returns std::nullopt where
// the stand has no figure.
#pragma once

#include "fondscijfers/amounts.hpp"
#include "fondscijfers/growth.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

#include <optional>
#include <string_view>

namespace fondscijfers {

// Who the vrijval goes to: gemeentefonds only, or gemeentefonds + provinciefonds.
enum class Deel : unsigned char { gemeenten, totaal };

// Case-insensitive "gemeenten" or "totaal"; surrounding blanks are ignored.
[[nodiscard]] std::optional<Deel> parse_deel(std::string_view text) noexcept;

// The growth of the declarations the stand's source assumes (Tabel 3: 3,5 %).
[[nodiscard]] std::optional<Growth> bcf_default_growth(Stand stand) noexcept;

// The year the projection starts from: the years after it are grown.
[[nodiscard]] std::optional<Year> bcf_base_year(Stand stand) noexcept;

[[nodiscard]] std::optional<Euros> bcf_omvang(Year year, Stand stand) noexcept;

// Years after the base year follow the source's method: the estimate grown at `growth`
// (default: the stand's) per year, in the table's unit. Earlier years are the printed figures.
[[nodiscard]] std::optional<Euros> bcf_declaraties(Year year, Stand stand,
                                                   std::optional<Growth> growth = {}) noexcept;

// omvang - declaraties; the gemeenten part is that times the gemeenten share, rounded in the
// table's unit. May be negative (declarations above the fund). Years before the table: the
// definitive gemeenten figure where the stand states one.
[[nodiscard]] std::optional<Euros> bcf_vrijval(Year year, Stand stand,
                                               std::optional<Growth> growth = {},
                                               Deel deel = Deel::gemeenten) noexcept;

} // namespace fondscijfers
