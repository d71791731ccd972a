// A yearly growth rate as a fraction (0.035 is 3,5 %).
#pragma once

#include <optional>

namespace fondscijfers {

class Growth {
public:
    // Accepted: finite rates above -100 % and at most +100 % per year. Beyond that no
    // projection means anything and amounts could overflow.
    [[nodiscard]] static std::optional<Growth> from_fraction(double rate) noexcept;

    [[nodiscard]] constexpr double rate() const noexcept { return rate_; }

private:
    constexpr explicit Growth(double rate) noexcept : rate_(rate) {}
    double rate_;
};

} // namespace fondscijfers
