// The opschalingskorting: the cumulative cut on the gemeentefonds, per year and stand.
#pragma once

#include "fondscijfers/amounts.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

#include <optional>

namespace fondscijfers {

// The cumulative korting in euros, positive. Stand S2020: after the incidental scrapping of
// the rise in 2020 and 2021; ORIGINEEL: the original schedule. No figure: std::nullopt.
[[nodiscard]] std::optional<Euros> opschalingskorting(Year year, Stand stand) noexcept;

} // namespace fondscijfers
