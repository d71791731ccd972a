// A calendar year as the spreadsheet functions accept it.
#pragma once

#include <compare>
#include <optional>

namespace fondscijfers {

class Year {
public:
    constexpr explicit Year(int value) noexcept : value_(value) {}

    // Only whole, finite numbers are years: 2021 is, 2021.5 and NaN are not. A number within
    // Calc's approximate equality of a whole number is that number (2021 * 1,1 / 1,1).
    // Whole numbers beyond the int range saturate; no figure lives there.
    [[nodiscard]] static std::optional<Year> from_number(double number) noexcept;

    [[nodiscard]] constexpr int value() const noexcept { return value_; }
    friend constexpr auto operator<=>(Year, Year) noexcept = default;

private:
    int value_;
};

} // namespace fondscijfers
