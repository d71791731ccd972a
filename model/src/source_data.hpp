// The shape of the compiled source data. Figures are stored as printed: digits and a
// decimal exponent (1.036.297 in a "x € 1.000" table is {1036297, 3}; 3,71 % is {371, -4}).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace fondscijfers::data {

enum class Quantity : unsigned char {
    accres,                  // euros
    accres_percentage,       // fraction
    accres_reeel,            // euros
    accres_reeel_percentage, // fraction
    bcf_omvang,              // euros
    bcf_declaraties,         // euros; current-year estimate only
    bcf_vrijval_gemeenten,   // euros; definitive figures of past years
};

struct Figure {
    std::int64_t digits;
    int exponent;
    std::string_view source;
};

inline constexpr std::size_t max_series_length = 8;

// The printed values of one table row (or one sentence), consecutive years.
struct Values {
    std::array<std::int64_t, max_series_length> digits{};
    std::size_t size = 0;

    template <std::size_t N>
    consteval Values(const std::int64_t (&printed)[N]) : size(N) { // NOLINT: implicit on purpose
        static_assert(N > 0 && N <= max_series_length);
        for (std::size_t i = 0; i < N; ++i)
            digits[i] = printed[i];
    }
};

struct Series {
    Quantity quantity;
    std::string_view stand;
    int first_year;
    int exponent;
    Values values;
    std::string_view source;
};

struct StandInfo {
    std::string_view code;
    std::string_view title;
};

// The source's method for the BCF declarations after the current year.
struct BcfProjection {
    std::string_view stand;
    int current_year;       // printed figures up to here; exponent origin of the growth
    Figure flat_line;       // declarations the circular keeps flat (euros)
    Figure default_growth;  // growth the letter applies (fraction)
    Figure gemeenten_share; // part of the vrijval for the gemeentefonds (fraction)
};

struct Dataset {
    std::string_view document; // what every `source` text is relative to
    std::span<const StandInfo> stands;
    std::string_view default_stand;
    std::span<const Series> series;
    std::span<const BcfProjection> bcf_projections;
};

// Everything compiled in; defined in data/.
const Dataset& dataset() noexcept;

} // namespace fondscijfers::data
