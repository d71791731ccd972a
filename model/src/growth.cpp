#include "fondscijfers/growth.hpp"

#include <cmath>

namespace fondscijfers {

std::optional<Growth> Growth::from_fraction(double rate) noexcept {
    if (!std::isfinite(rate) || rate <= -1.0 || rate > 1.0) return std::nullopt;
    return Growth{rate};
}

} // namespace fondscijfers
