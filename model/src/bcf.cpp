#include "fondscijfers/bcf.hpp"

#include "figures.hpp"
#include "keys.hpp"
#include "text_codes.hpp"

#include <cmath>
#include <cstdint>

namespace fondscijfers {
namespace {

// The BCF figures belong to the default stand (the Miljoenennota 2021 of the circular).
Stand bcf_stand() noexcept {
    return Stand::standard();
}

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
std::optional<std::int64_t> declaraties_digits(Year year, Growth growth, int exponent) noexcept {
    const Figure* rate = detail::only_figure(keys::bcf_growth, bcf_stand());
    if (!rate) return std::nullopt;
    const int current_year = rate->first_year - 1; // growth applies after the current year
    if (year.value() <= current_year) {
        const Figure* printed = detail::year_figure(keys::bcf_declaraties, bcf_stand(), year);
        if (!printed || printed->exponent != exponent) return std::nullopt;
        return printed->digits;
    }
    if (year.value() > rate->last_year) return std::nullopt;
    const Figure* flat = detail::only_figure(keys::bcf_flat_line, bcf_stand());
    if (!flat || flat->exponent != exponent) return std::nullopt;
    const double years = year.value() - current_year;
    return std::llround(static_cast<double>(flat->digits) * std::pow(1.0 + growth.rate(), years));
}

} // namespace

std::optional<Deel> parse_deel(std::string_view text) noexcept {
    if (detail::matches_code(text, "gemeenten")) return Deel::gemeenten;
    if (detail::matches_code(text, "totaal")) return Deel::totaal;
    return std::nullopt;
}

Growth bcf_default_growth() noexcept {
    // Read from the catalogue once; the dataset test checks that it is there.
    static const Growth growth = [] {
        const Figure* rate = detail::only_figure(keys::bcf_growth, bcf_stand());
        return *Growth::from_fraction(rate ? rate->value() : 0.0);
    }();
    return growth;
}

std::optional<Euros> bcf_omvang(Year year) noexcept {
    const Figure* f = detail::year_figure(keys::bcf_omvang, bcf_stand(), year);
    if (!f) return std::nullopt;
    return Euros{static_cast<std::int64_t>(f->value())};
}

std::optional<Euros> bcf_declaraties(Year year, Growth growth) noexcept {
    const Figure* flat = detail::only_figure(keys::bcf_flat_line, bcf_stand());
    if (!flat) return std::nullopt;
    const auto digits = declaraties_digits(year, growth, flat->exponent);
    if (!digits) return std::nullopt;
    // Only years the fund itself is known for have declarations in the table.
    if (!detail::year_figure(keys::bcf_omvang, bcf_stand(), year)) return std::nullopt;
    return Euros{*digits * power_of_ten(flat->exponent)};
}

std::optional<Euros> bcf_vrijval(Year year, Growth growth, Deel deel) noexcept {
    const Figure* omvang = detail::year_figure(keys::bcf_omvang, bcf_stand(), year);
    if (!omvang) {
        // Before the table: only the definitive gemeenten figure (text, 2019).
        if (deel == Deel::totaal) return std::nullopt;
        const Figure* past = detail::year_figure(keys::bcf_vrijval_gemeenten, bcf_stand(), year);
        if (!past) return std::nullopt;
        return Euros{static_cast<std::int64_t>(past->value())};
    }
    const auto declaraties = declaraties_digits(year, growth, omvang->exponent);
    if (!declaraties) return std::nullopt;
    const std::int64_t totaal = omvang->digits - *declaraties;
    const std::int64_t unit = power_of_ten(omvang->exponent);
    if (deel == Deel::totaal) return Euros{totaal * unit};

    const Figure* share = detail::only_figure(keys::bcf_gemeenten_share, bcf_stand());
    if (!share || share->exponent > 0) return std::nullopt;
    // Exact: multiply by the share's digits, divide by its power of ten, round once.
    const std::int64_t gemeenten =
        divide_rounded(totaal * share->digits, power_of_ten(-share->exponent));
    return Euros{gemeenten * unit};
}

} // namespace fondscijfers
