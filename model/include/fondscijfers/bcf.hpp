// BTW-compensatiefonds (BCF): size, declarations and the vrijval to the funds.
// Every function returns std::nullopt where the source has no figure.
#pragma once

#include "fondscijfers/amounts.hpp"
#include "fondscijfers/growth.hpp"
#include "fondscijfers/year.hpp"

#include <optional>
#include <string_view>

namespace fondscijfers {

// Who the vrijval goes to: gemeentefonds only, or gemeentefonds + provinciefonds.
enum class Deel : unsigned char { gemeenten, totaal };

// Case-insensitive "gemeenten" or "totaal"; surrounding blanks are ignored.
[[nodiscard]] std::optional<Deel> parse_deel(std::string_view text) noexcept;

// The growth of the declarations the letter assumes (Tabel 3).
[[nodiscard]] Growth bcf_default_growth() noexcept;

[[nodiscard]] std::optional<Euros> bcf_omvang(Year year) noexcept;

// Years after the current year follow the source's method: the Miljoenennota's flat line
// grown at `growth` per year, in whole thousands. Earlier years are the printed figures.
[[nodiscard]] std::optional<Euros> bcf_declaraties(Year year,
                                                   Growth growth = bcf_default_growth()) noexcept;

// omvang - declaraties; the gemeenten part is that times the gemeenten share, in whole
// thousands. May be negative (declarations above the fund).
[[nodiscard]] std::optional<Euros> bcf_vrijval(Year year, Growth growth = bcf_default_growth(),
                                               Deel deel = Deel::gemeenten) noexcept;

} // namespace fondscijfers
