#include "fondscijfers/accres.hpp"

#include "figures.hpp"
#include "fondscijfers/keys.hpp"

#include <cmath>

namespace fondscijfers {
namespace {

std::optional<Euros> euros(keys::Named key, Year year, Stand stand) noexcept {
    const Figure* f = detail::year_figure(key, stand, year);
    if (!f) return std::nullopt;
    return Euros{static_cast<std::int64_t>(f->value())};
}

std::optional<double> fraction(keys::Named key, Year year, Stand stand) noexcept {
    const Figure* f = detail::year_figure(key, stand, year);
    if (!f) return std::nullopt;
    return f->value();
}

// 1 + digits x 10^exponent, rounded once: 3,71 % gives the double nearest 1,0371.
double one_plus(const Figure& f) noexcept {
    const double one = std::pow(10.0, -f.exponent);
    return (one + static_cast<double>(f.digits)) / one;
}

} // namespace

std::optional<Euros> accres(Year year, Stand stand) noexcept {
    return euros(keys::accres, year, stand);
}

std::optional<double> accres_percentage(Year year, Stand stand) noexcept {
    return fraction(keys::accres_percentage, year, stand);
}

std::optional<Euros> accres_reeel(Year year, Stand stand) noexcept {
    return euros(keys::accres_reeel, year, stand);
}

std::optional<double> accres_reeel_percentage(Year year, Stand stand) noexcept {
    return fraction(keys::accres_reeel_percentage, year, stand);
}

std::optional<double> accres_index(Year base, Year year, Stand stand) noexcept {
    const auto range = detail::single_year_range(keys::accres_percentage, stand);
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
        const Figure* f = detail::year_figure(keys::accres_percentage, stand, Year{y});
        if (!f || f->exponent > 0) return std::nullopt; // a gap: never interpolate
        factor *= one_plus(*f);
    }
    return forward ? factor : 1.0 / factor;
}

} // namespace fondscijfers
