#include "fondscijfers/accres.hpp"

#include "series_lookup.hpp"

#include <cstdint>

namespace fondscijfers {
namespace {

using data::Quantity;

std::optional<Euros> euros(Quantity q, Year year, Stand stand) noexcept {
    const auto printed = detail::find_printed(q, stand.code(), year);
    if (!printed) return std::nullopt;
    return Euros{detail::whole_value(*printed)};
}

std::optional<double> fraction(Quantity q, Year year, Stand stand) noexcept {
    const auto printed = detail::find_printed(q, stand.code(), year);
    if (!printed) return std::nullopt;
    return detail::fraction_value(*printed);
}

} // namespace

std::optional<Euros> accres(Year year, Stand stand) noexcept {
    return euros(Quantity::accres, year, stand);
}

std::optional<double> accres_percentage(Year year, Stand stand) noexcept {
    return fraction(Quantity::accres_percentage, year, stand);
}

std::optional<Euros> accres_reeel(Year year, Stand stand) noexcept {
    return euros(Quantity::accres_reeel, year, stand);
}

std::optional<double> accres_reeel_percentage(Year year, Stand stand) noexcept {
    return fraction(Quantity::accres_reeel_percentage, year, stand);
}

std::optional<double> accres_index(Year base, Year year, Stand stand) noexcept {
    const auto range = detail::year_range(Quantity::accres_percentage, stand.code());
    if (!range) return std::nullopt;
    // The year before the first percentage is a valid base: the first growth starts there.
    const auto covered = [&](Year y) {
        return y.value() >= range->first - 1 && y.value() <= range->last;
    };
    if (!covered(base) || !covered(year)) return std::nullopt;

    const bool forward = base <= year;
    const int from = forward ? base.value() : year.value();
    const int to = forward ? year.value() : base.value();
    double factor = 1.0;
    for (int y = from + 1; y <= to; ++y) {
        const auto printed =
            detail::find_printed(Quantity::accres_percentage, stand.code(), Year{y});
        if (!printed) return std::nullopt; // a gap: never interpolate
        factor *= detail::one_plus_fraction(*printed);
    }
    return forward ? factor : 1.0 / factor;
}

} // namespace fondscijfers
