#include "series_lookup.hpp"

#include <algorithm>
#include <array>
#include <cassert>

namespace fondscijfers::detail {
namespace {

constexpr auto powers_of_ten = [] {
    std::array<std::int64_t, 19> p{};
    p[0] = 1;
    for (std::size_t i = 1; i < p.size(); ++i)
        p[i] = p[i - 1] * 10;
    return p;
}();

} // namespace

std::optional<Printed> find_printed(data::Quantity quantity, std::string_view stand,
                                    Year year) noexcept {
    for (const auto& s : data::dataset().series) {
        if (s.quantity != quantity || s.stand != stand) continue;
        // Compare in 64 bits: saturated years must not overflow the subtraction.
        const std::int64_t offset = std::int64_t{year.value()} - s.first_year;
        if (offset >= 0 && offset < static_cast<std::int64_t>(s.values.size))
            return Printed{s.values.digits[static_cast<std::size_t>(offset)], s.exponent};
    }
    return std::nullopt;
}

std::optional<YearRange> year_range(data::Quantity quantity, std::string_view stand) noexcept {
    std::optional<YearRange> range;
    for (const auto& s : data::dataset().series) {
        if (s.quantity != quantity || s.stand != stand) continue;
        const int last = s.first_year + static_cast<int>(s.values.size) - 1;
        range = range ? YearRange{std::min(range->first, s.first_year), std::max(range->last, last)}
                      : YearRange{s.first_year, last};
    }
    return range;
}

std::int64_t power_of_ten(int exponent) noexcept {
    assert(exponent >= 0 && exponent < 19);
    return powers_of_ten[static_cast<std::size_t>(exponent)];
}

std::int64_t whole_value(Printed printed) noexcept {
    assert(printed.exponent >= 0 && printed.exponent < 19);
    return printed.digits * powers_of_ten[static_cast<std::size_t>(printed.exponent)];
}

double fraction_value(Printed printed) noexcept {
    assert(printed.exponent <= 0 && printed.exponent > -19);
    // One correctly rounded division: 371 / 10000.0 is the double nearest 0,0371.
    return static_cast<double>(printed.digits) /
           static_cast<double>(powers_of_ten[static_cast<std::size_t>(-printed.exponent)]);
}

double one_plus_fraction(Printed printed) noexcept {
    assert(printed.exponent <= 0 && printed.exponent > -19);
    const std::int64_t one = powers_of_ten[static_cast<std::size_t>(-printed.exponent)];
    return static_cast<double>(one + printed.digits) / static_cast<double>(one);
}

} // namespace fondscijfers::detail
