#include "fondscijfers/default_stand.hpp"

#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/keys.hpp"
#include "function_table.hpp"
#include "text_codes.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fondscijfers {
namespace {

using addin::Explanation;

struct Needed {
    std::string_view key;
    bool series; // needed for every year of the stand; else present
};

// What a function of a year reads: its key, or the inputs of its method.
std::vector<Needed> needed_by(const addin::Function& f) {
    const auto named = [](keys::Named k) {
        return Needed{keys::name(k), keys::named[static_cast<std::size_t>(k)].series};
    };
    using namespace keys;
    switch (f.explained) {
    case Explanation::index:
        return {named(accres_percentage)};
    case Explanation::declaraties:
        return {named(bcf_omvang), named(bcf_flat_line), named(bcf_growth)};
    case Explanation::vrijval:
        return {named(bcf_omvang), named(bcf_flat_line), named(bcf_growth),
                named(bcf_gemeenten_share)};
    case Explanation::none:
    case Explanation::key:
        break;
    }
    const auto key = keys::find(f.reads);
    return {key ? named(*key) : Needed{f.reads, true}};
}

// Whether the stand gives the key for every year from its own year to its horizon.
bool gives_whole(Stand stand, const Needed& needed) {
    const auto entry = find_entry(needed.key, stand);
    if (!entry) return false;
    if (!needed.series) return true;
    const auto first = stand.year();
    const auto last = stand.horizon();
    if (!first || !last || *last < *first) return false;
    for (int y = *first; y <= *last; ++y)
        if (!entry->figure({y, y})) return false;
    return true;
}

// Newest first; of one month a full stand first.
std::vector<Stand> by_date(std::vector<Stand> stands) {
    // std::sort with a total order: stable_sort would import new(nothrow) (tests/package).
    std::ranges::sort(stands, [](Stand a, Stand b) {
        if (a.date() != b.date()) return a.date() > b.date();
        if (a.is_full() != b.is_full()) return a.is_full();
        return a.index() < b.index();
    });
    return stands;
}

struct Order {
    std::vector<Stand> stands;
    std::size_t covering = 0;
    std::optional<Period> years;
};

// The keys of which an answer in a year needs that year's figure (one of them), as the model
// reads them (bcf.cpp: a vrijval outside the table is the stated gemeenten figure); none for
// the index, which reads the years between two.
std::vector<std::string_view> year_keys(const addin::Function& f) {
    using namespace keys;
    switch (f.explained) {
    case Explanation::index:
        return {};
    case Explanation::declaraties:
        return {name(bcf_omvang)};
    case Explanation::vrijval:
        return {name(bcf_omvang), name(bcf_vrijval_gemeenten)};
    case Explanation::none:
    case Explanation::key:
        break;
    }
    return {f.reads};
}

// The first and last year of every figure of those keys in any stand.
std::optional<Period> years_of(const std::vector<std::string_view>& keys) {
    std::optional<Period> out;
    for (const Stand s : Stand::all())
        for (const std::string_view key : keys)
            if (const auto entry = find_entry(key, s))
                for (const auto& f : entry->figures())
                    out = out ? Period{std::min(out->first, f.first_year),
                                       std::max(out->last, f.last_year)}
                              : Period{f.first_year, f.last_year};
    return out ? out : Period{0, -1}; // no figure anywhere: every period is outside
}

Order order_for(const std::vector<Needed>& needed, std::string_view name) {
    Order out;
    for (const Stand s : by_date(Stand::all()))
        if (std::ranges::all_of(needed, [&](const Needed& n) { return gives_whole(s, n); }))
            out.stands.push_back(s);
    out.covering = out.stands.size();
    for (const Stand s : stands_with(name)) // the newest full stand first
        if (std::ranges::find(out.stands, s) == out.stands.end()) out.stands.push_back(s);
    return out;
}

std::string lowered(std::string_view text) {
    std::string out(detail::trim_blanks(text));
    for (char& c : out)
        c = detail::ascii_lower(c);
    return out;
}

// Every named function and key with its order, sorted by lowered name (a sorted vector, not a
// std::map: the component imports nothing from libstdc++ beyond memory and exceptions).
using Orders = std::vector<std::pair<std::string, Order>>;

const Orders& orders() {
    static const Orders all = [] {
        Orders out;
        const auto known = [&](std::string_view name) {
            return std::ranges::any_of(out, [&](const auto& o) { return o.first == name; });
        };
        for (const auto& f : addin::functions())
            if (f.explained != Explanation::none) {
                Order order = order_for(needed_by(f), f.name);
                const auto keys = year_keys(f);
                if (!keys.empty()) order.years = years_of(keys);
                out.emplace_back(lowered(f.name), std::move(order));
            }
        for (const auto& e : all_entries())
            if (!known(e.key)) {
                Order order = order_for({{e.key, true}}, e.key);
                order.years = years_of({e.key});
                out.emplace_back(std::string(e.key), std::move(order));
            }
        std::ranges::sort(out, {}, &Orders::value_type::first);
        return out;
    }();
    return all;
}

const Order* find_order(std::string_view name) {
    std::array<char, 128> buffer{};
    name = detail::trim_blanks(name);
    if (name.size() > buffer.size()) return nullptr;
    for (std::size_t i = 0; i < name.size(); ++i)
        buffer[i] = detail::ascii_lower(name[i]);
    const std::string_view lowered_name(buffer.data(), name.size());
    const auto& all = orders();
    const auto it = std::ranges::lower_bound(
        all, lowered_name, {}, [](const auto& o) { return std::string_view(o.first); });
    return it != all.end() && it->first == lowered_name ? &it->second : nullptr;
}

} // namespace

std::span<const Stand> default_stands(std::string_view name) {
    return defaults_of(name).stands;
}

Defaults defaults_of(std::string_view name) {
    const Order* o = find_order(name);
    return o ? Defaults{o->stands, o->years} : Defaults{};
}

std::span<const Stand> covering_stands(std::string_view name) {
    const Order* o = find_order(name);
    return o ? std::span<const Stand>(o->stands).first(o->covering) : std::span<const Stand>();
}

} // namespace fondscijfers
