#include "fondscijfers/year_figure.hpp"

#include "figures.hpp"

#include <cstdint>

namespace fondscijfers {

std::optional<double> year_figure(keys::Named key, Year year, Stand stand) noexcept {
    const Figure* f = detail::year_figure(key, stand, year);
    if (!f) return std::nullopt;
    const Unit unit = detail::named_entry(key, stand)->unit;
    if (unit == Unit::euro || unit == Unit::euro_per_besluit)
        return static_cast<double>(static_cast<std::int64_t>(f->value()));
    return f->value();
}

} // namespace fondscijfers
