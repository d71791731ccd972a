#include "fondscijfers/year.hpp"

#include <cmath>
#include <limits>

namespace fondscijfers {
namespace {

// rtl::math::approxEqual, as Calc compares numbers: equal, or within 2^-48 relative. A year
// computed with floating-point noise (2021 * 1,1 / 1,1) is that year.
bool approx_equal(double a, double b) noexcept {
    if (a == b) return true;
    if (a == 0.0 || b == 0.0) return false;
    const double d = std::fabs(a - b);
    constexpr double e48 = 1.0 / (16777216.0 * 16777216.0);
    return d < std::fabs(a) * e48 && d < std::fabs(b) * e48;
}

} // namespace

std::optional<Year> Year::from_number(double number) noexcept {
    if (!std::isfinite(number)) return std::nullopt;
    const double whole = std::nearbyint(number);
    if (!approx_equal(number, whole)) return std::nullopt; // 2021,5 is no year
    constexpr double lowest = std::numeric_limits<int>::min();
    constexpr double highest = std::numeric_limits<int>::max();
    if (whole <= lowest) return Year{std::numeric_limits<int>::min()};
    if (whole >= highest) return Year{std::numeric_limits<int>::max()};
    return Year{static_cast<int>(whole)};
}

} // namespace fondscijfers
