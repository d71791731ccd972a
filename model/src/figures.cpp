#include "figures.hpp"

#include "catalogue_data.hpp"

#include <algorithm>
#include <vector>

namespace fondscijfers::detail {
namespace {

constexpr std::size_t key_count = static_cast<std::size_t>(keys::Named::count);

// A named key in one stand, with its single-year figures indexed by year.
struct Resolved {
    const EntryData* entry = nullptr;
    int first_year = 0;
    std::vector<const Figure*> by_year; // nullptr where the year has no figure
};

// [stand][key], built on first use.
const std::vector<Resolved>& resolved() noexcept {
    static const std::vector<Resolved> table = [] {
        const auto& catalogue = data::catalogue();
        std::vector<Resolved> t(catalogue.stands.size() * key_count);
        for (const auto& e : catalogue.entries) {
            const auto it = std::ranges::find(keys::named, e.key, &keys::NamedKey::name);
            if (it == keys::named.end()) continue;
            auto& r =
                t[e.stand_index * key_count + static_cast<std::size_t>(it - keys::named.begin())];
            r.entry = &e;
            const auto range = Entry(e).figures();
            int first = 0, last = -1;
            for (const auto& f : range) {
                if (f.first_year != f.last_year) continue;
                first = last < first ? f.first_year : std::min(first, f.first_year);
                last = std::max(last, f.first_year);
            }
            r.first_year = first;
            r.by_year.assign(static_cast<std::size_t>(std::max(last - first + 1, 0)), nullptr);
            for (const auto& f : range)
                if (f.first_year == f.last_year)
                    r.by_year[static_cast<std::size_t>(f.first_year - first)] = &f;
        }
        return t;
    }();
    return table;
}

const Resolved& resolve(keys::Named key, Stand stand) noexcept {
    return resolved()[stand.index() * key_count + static_cast<std::size_t>(key)];
}

} // namespace

const EntryData* named_entry(keys::Named key, Stand stand) noexcept {
    return resolve(key, stand).entry;
}

const Figure* year_figure(keys::Named key, Stand stand, Year year) noexcept {
    const Resolved& r = resolve(key, stand);
    // 64-bit: saturated years must not overflow the subtraction.
    const std::int64_t offset = std::int64_t{year.value()} - r.first_year;
    if (offset < 0 || offset >= static_cast<std::int64_t>(r.by_year.size())) return nullptr;
    return r.by_year[static_cast<std::size_t>(offset)];
}

const Figure* only_figure(keys::Named key, Stand stand) noexcept {
    const EntryData* e = named_entry(key, stand);
    return e && e->figure_count == 1 ? &data::catalogue().figures[e->first_figure] : nullptr;
}

std::optional<Period> single_year_range(keys::Named key, Stand stand) noexcept {
    const EntryData* e = named_entry(key, stand);
    if (!e) return std::nullopt;
    std::optional<Period> range;
    for (const auto& f : Entry(*e).figures()) {
        if (f.first_year != f.last_year) continue;
        range =
            range ? Period{std::min(range->first, f.first_year), std::max(range->last, f.last_year)}
                  : f.period();
    }
    return range;
}

} // namespace fondscijfers::detail
