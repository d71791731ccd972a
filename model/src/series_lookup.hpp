// Finding a printed figure by quantity, stand and year, and turning digits into values.
#pragma once

#include "fondscijfers/year.hpp"
#include "source_data.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

namespace fondscijfers::detail {

struct Printed {
    std::int64_t digits;
    int exponent;
};

[[nodiscard]] std::optional<Printed> find_printed(data::Quantity quantity, std::string_view stand,
                                                  Year year) noexcept;

// First and last year the stand has a figure for `quantity`, if any.
struct YearRange {
    int first;
    int last;
};
[[nodiscard]] std::optional<YearRange> year_range(data::Quantity quantity,
                                                  std::string_view stand) noexcept;

// 10^exponent for 0 <= exponent <= 18.
[[nodiscard]] std::int64_t power_of_ten(int exponent) noexcept;

// digits x 10^exponent for exponent >= 0 (whole euros).
[[nodiscard]] std::int64_t whole_value(Printed printed) noexcept;
// digits x 10^exponent for exponent <= 0, as the double nearest the decimal.
[[nodiscard]] double fraction_value(Printed printed) noexcept;

// 1 + digits x 10^exponent, rounded once: 3,71 % gives the double nearest 1,0371.
[[nodiscard]] double one_plus_fraction(Printed printed) noexcept;

} // namespace fondscijfers::detail
