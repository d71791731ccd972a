#include "fondscijfers/year.hpp"

#include <cmath>
#include <limits>

namespace fondscijfers {

std::optional<Year> Year::from_number(double number) noexcept {
    if (!std::isfinite(number) || std::trunc(number) != number) return std::nullopt;
    constexpr double lowest = std::numeric_limits<int>::min();
    constexpr double highest = std::numeric_limits<int>::max();
    if (number <= lowest) return Year{std::numeric_limits<int>::min()};
    if (number >= highest) return Year{std::numeric_limits<int>::max()};
    return Year{static_cast<int>(number)};
}

} // namespace fondscijfers
