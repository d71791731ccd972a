#include "fondscijfers/bcf.hpp"

#include "figures.hpp"
#include "fondscijfers/keys.hpp"
#include "text_codes.hpp"

#include <cmath>
#include <cstdint>

namespace fondscijfers {
namespace {

std::int64_t power_of_ten(int exponent) noexcept {
    std::int64_t p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

// Rounds num / den half away from zero; den > 0.
std::int64_t divide_rounded(std::int64_t num, std::int64_t den) noexcept {
    return num >= 0 ? (num + den / 2) / den : -((-num + den / 2) / den);
}

// The declarations as digits at `exponent` (thousands in Tabel 3).
std::optional<std::int64_t> declaraties_digits(Year year, Stand stand, std::optional<Growth> growth,
                                               int exponent) noexcept {
    const Figure* rate = detail::only_figure(keys::bcf_growth, stand);
    if (!rate) return std::nullopt;
    const int base_year = rate->first_year - 1; // the growth applies to the years after it
    if (year.value() <= base_year) {
        const Figure* printed = detail::year_figure(keys::bcf_declaraties, stand, year);
        if (!printed || printed->exponent != exponent) return std::nullopt;
        return printed->digits;
    }
    if (year.value() > rate->last_year) return std::nullopt;
    const Figure* flat = detail::only_figure(keys::bcf_flat_line, stand);
    if (!flat || flat->exponent != exponent) return std::nullopt;
    const double g = growth ? growth->rate() : rate->value();
    const double years = year.value() - base_year;
    return std::llround(static_cast<double>(flat->digits) * std::pow(1.0 + g, years));
}

} // namespace

std::optional<Deel> parse_deel(std::string_view text) noexcept {
    if (detail::matches_code(text, "gemeenten")) return Deel::gemeenten;
    if (detail::matches_code(text, "totaal")) return Deel::totaal;
    return std::nullopt;
}

std::optional<Growth> bcf_default_growth(Stand stand) noexcept {
    const Figure* rate = detail::only_figure(keys::bcf_growth, stand);
    return rate ? Growth::from_fraction(rate->value()) : std::nullopt;
}

std::optional<Year> bcf_base_year(Stand stand) noexcept {
    const Figure* rate = detail::only_figure(keys::bcf_growth, stand);
    return rate ? std::optional<Year>(Year{rate->first_year - 1}) : std::nullopt;
}

std::optional<Euros> bcf_omvang(Year year, Stand stand) noexcept {
    const Figure* f = detail::year_figure(keys::bcf_omvang, stand, year);
    if (!f) return std::nullopt;
    return Euros{static_cast<std::int64_t>(f->value())};
}

std::optional<Euros> bcf_declaraties(Year year, Stand stand,
                                     std::optional<Growth> growth) noexcept {
    // Only years the fund itself is known for have declarations in the table.
    const Figure* omvang = detail::year_figure(keys::bcf_omvang, stand, year);
    if (!omvang) return std::nullopt;
    const auto digits = declaraties_digits(year, stand, growth, omvang->exponent);
    if (!digits) return std::nullopt;
    return Euros{*digits * power_of_ten(omvang->exponent)};
}

std::optional<Euros> bcf_vrijval(Year year, Stand stand, std::optional<Growth> growth,
                                 Deel deel) noexcept {
    const Figure* omvang = detail::year_figure(keys::bcf_omvang, stand, year);
    if (!omvang) {
        // Outside the table: only a definitive gemeenten figure the stand states (2019).
        if (deel == Deel::totaal) return std::nullopt;
        const Figure* past = detail::year_figure(keys::bcf_vrijval_gemeenten, stand, year);
        if (!past) return std::nullopt;
        return Euros{static_cast<std::int64_t>(past->value())};
    }
    const auto declaraties = declaraties_digits(year, stand, growth, omvang->exponent);
    if (!declaraties) return std::nullopt;
    const std::int64_t totaal = omvang->digits - *declaraties;
    const std::int64_t unit = power_of_ten(omvang->exponent);
    if (deel == Deel::totaal) return Euros{totaal * unit};

    const Figure* share = detail::only_figure(keys::bcf_gemeenten_share, stand);
    if (!share || share->exponent > 0) return std::nullopt;
    // Exact: multiply by the share's digits, divide by its power of ten, round once.
    const std::int64_t gemeenten =
        divide_rounded(totaal * share->digits, power_of_ten(-share->exponent));
    return Euros{gemeenten * unit};
}

} // namespace fondscijfers
