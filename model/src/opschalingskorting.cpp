#include "fondscijfers/opschalingskorting.hpp"

#include "figures.hpp"
#include "fondscijfers/keys.hpp"

namespace fondscijfers {

std::optional<Euros> opschalingskorting(Year year, Stand stand) noexcept {
    const Figure* f = detail::year_figure(keys::opschalingskorting, stand, year);
    if (!f) return std::nullopt;
    return Euros{static_cast<std::int64_t>(f->value())};
}

} // namespace fondscijfers
