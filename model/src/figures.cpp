#include "figures.hpp"

#include <algorithm>

namespace fondscijfers::detail {

const Figure* year_figure(std::string_view key, Stand stand, Year year) noexcept {
    const auto entry = find_entry(key, stand);
    return entry ? entry->figure({year.value(), year.value()}) : nullptr;
}

const Figure* only_figure(std::string_view key, Stand stand) noexcept {
    const auto entry = find_entry(key, stand);
    return entry && entry->figures().size() == 1 ? &entry->figures().front() : nullptr;
}

std::optional<Period> single_year_range(std::string_view key, Stand stand) noexcept {
    const auto entry = find_entry(key, stand);
    if (!entry) return std::nullopt;
    std::optional<Period> range;
    for (const auto& f : entry->figures()) {
        if (f.first_year != f.last_year) continue;
        range =
            range ? Period{std::min(range->first, f.first_year), std::max(range->last, f.last_year)}
                  : f.period();
    }
    return range;
}

} // namespace fondscijfers::detail
