#include "fondscijfers/bcf.hpp"

#include "series_lookup.hpp"
#include "text_codes.hpp"

#include <cmath>
#include <cstdint>

namespace fondscijfers {
namespace {

using data::Quantity;

const data::BcfProjection& projection() noexcept {
    // One BCF method per dataset; its stand is the default stand (checked by the tests).
    return data::dataset().bcf_projections.front();
}

detail::Printed printed(const data::Figure& f) noexcept {
    return {f.digits, f.exponent};
}

// Rounds num / den half away from zero; den > 0.
std::int64_t divide_rounded(std::int64_t num, std::int64_t den) noexcept {
    return num >= 0 ? (num + den / 2) / den : -((-num + den / 2) / den);
}

// The declarations in the table's own unit (thousands for Tabel 3).
std::optional<std::int64_t> declaraties_digits(Year year, Growth growth, int exponent) noexcept {
    const auto& method = projection();
    if (year.value() <= method.current_year) {
        const auto p = detail::find_printed(Quantity::bcf_declaraties, method.stand, year);
        if (!p || p->exponent != exponent) return std::nullopt;
        return p->digits;
    }
    // Projected years exist only as far as the fund itself is known.
    if (!detail::find_printed(Quantity::bcf_omvang, method.stand, year)) return std::nullopt;
    const double flat = static_cast<double>(method.flat_line.digits);
    const double years = year.value() - method.current_year;
    return std::llround(flat * std::pow(1.0 + growth.rate(), years));
}

} // namespace

std::optional<Deel> parse_deel(std::string_view text) noexcept {
    if (detail::matches_code(text, "gemeenten")) return Deel::gemeenten;
    if (detail::matches_code(text, "totaal")) return Deel::totaal;
    return std::nullopt;
}

Growth bcf_default_growth() noexcept {
    static const Growth growth =
        *Growth::from_fraction(detail::fraction_value(printed(projection().default_growth)));
    return growth;
}

std::optional<Euros> bcf_omvang(Year year) noexcept {
    const auto p = detail::find_printed(Quantity::bcf_omvang, projection().stand, year);
    if (!p) return std::nullopt;
    return Euros{detail::whole_value(*p)};
}

std::optional<Euros> bcf_declaraties(Year year, Growth growth) noexcept {
    const auto& method = projection();
    const int exponent = method.flat_line.exponent;
    const auto digits = declaraties_digits(year, growth, exponent);
    if (!digits) return std::nullopt;
    return Euros{detail::whole_value({*digits, exponent})};
}

std::optional<Euros> bcf_vrijval(Year year, Growth growth, Deel deel) noexcept {
    const auto& method = projection();
    // Past years: only the definitive gemeenten figure is known (text, 2019).
    if (const auto p = detail::find_printed(Quantity::bcf_vrijval_gemeenten, method.stand, year)) {
        if (deel == Deel::totaal) return std::nullopt;
        return Euros{detail::whole_value(*p)};
    }
    const auto omvang = detail::find_printed(Quantity::bcf_omvang, method.stand, year);
    if (!omvang) return std::nullopt;
    const auto declaraties = declaraties_digits(year, growth, omvang->exponent);
    if (!declaraties) return std::nullopt;

    const std::int64_t totaal = omvang->digits - *declaraties;
    if (deel == Deel::totaal) return Euros{detail::whole_value({totaal, omvang->exponent})};

    // The share is a decimal fraction: multiply by its digits, divide by its power of ten.
    const auto& share = method.gemeenten_share;
    const std::int64_t gemeenten =
        divide_rounded(totaal * share.digits, detail::power_of_ten(-share.exponent));
    return Euros{detail::whole_value({gemeenten, omvang->exponent})};
}

} // namespace fondscijfers
