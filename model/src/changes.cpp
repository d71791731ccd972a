#include "fondscijfers/changes.hpp"

#include "figures.hpp"
#include "fondscijfers/bcf.hpp"
#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/default_stand.hpp"
#include "fondscijfers/keys.hpp"
#include "function_table.hpp"
#include "named.hpp"
#include "text_codes.hpp"
#include "texts.hpp"

#include <algorithm>
#include <cstdint>

namespace fondscijfers {
namespace {

using addin::Explanation;

// An exact figure: digits x 10^exponent, with its unit and where it is printed.
struct Amount {
    std::int64_t digits;
    int exponent;
    Unit unit;
    std::string where;
};

// Shortly, as CIRCULAIREBRON names a source (the full one is CIRCULAIREINFO's "bron").
std::string where_printed(const Entry& entry, const Figure& f) {
    return detail::short_document(f.document.empty() ? entry.stand().document() : f.document) +
           ", " + detail::short_place(f.place);
}

std::optional<Amount> printed(std::string_view key, Year year, Stand stand) {
    const auto entry = find_entry(key, stand);
    if (!entry) return std::nullopt;
    const Figure* f = entry->figure({year.value(), year.value()});
    if (!f) return std::nullopt;
    return Amount{f->digits, f->exponent, entry->unit(), where_printed(*entry, *f)};
}

std::optional<Amount> computed(std::optional<Euros> euros, Stand stand) {
    if (!euros) return std::nullopt;
    const auto entry = find_entry(keys::name(keys::bcf_omvang), stand);
    const std::string table = entry ? where_printed(*entry, entry->figures().front()) : "";
    return Amount{euros->value, 0, Unit::euro, "berekend met de BCF-methode uit " + table};
}

// The figure `name` gives in that stand, if it has one.
std::optional<Amount> amount(std::string_view name, Year year, Stand stand) {
    const addin::Function* f = detail::named_function(name);
    if (!f) return printed(name, year, stand);
    switch (f->explained) {
    case Explanation::declaraties:
        return computed(bcf_declaraties(year, stand), stand);
    case Explanation::vrijval:
        if (detail::named_entry(keys::bcf_omvang, stand))
            return computed(bcf_vrijval(year, stand), stand);
        return printed(keys::name(keys::bcf_vrijval_gemeenten), year, stand);
    case Explanation::none:
    case Explanation::key:
    case Explanation::index:
        break;
    }
    return printed(f->reads, year, stand);
}

// The newest stand before `stand` (by month) that has the figure.
std::optional<Stand> previous_with(std::string_view name, Year year, Stand stand) {
    std::optional<Stand> best;
    for (const Stand s : Stand::all()) {
        if (s.date().empty() || s.date() >= stand.date() || !amount(name, year, s)) continue;
        if (!best || s.date() > best->date() || (s.date() == best->date() && s.is_full())) best = s;
    }
    return best;
}

struct Change {
    Answer answer;
    Stand stand{Stand::standard()};
    Stand previous{Stand::standard()};
    std::optional<Amount> now = {}, before = {};
    std::int64_t digits = 0; // the difference, in the smaller exponent of the two
    int exponent = 0;
};

Change change(std::string_view name, Year year, Stand stand, std::optional<Stand> previous) {
    const addin::Function* f = detail::named_function(name);
    if (f && f->explained == Explanation::index) return {Answer::not_a_figure};
    if (!f && !is_known_key(name)) return {Answer::unknown_key};
    if (!previous) previous = previous_with(name, year, stand);
    if (!previous) return {Answer::not_available};
    Change c{Answer::not_available, stand, *previous, amount(name, year, stand),
             amount(name, year, *previous)};
    if (!c.now || !c.before || c.now->unit != c.before->unit) return c;
    // In the finer of the two exponents: 3,1% - 3,65% is exactly -0,55%.
    c.exponent = std::min(c.now->exponent, c.before->exponent);
    const auto scaled = [&](const Amount& a) {
        std::int64_t d = a.digits;
        for (int i = c.exponent; i < a.exponent; ++i)
            d *= 10;
        return d;
    };
    c.digits = scaled(*c.now) - scaled(*c.before);
    c.answer = Answer::found;
    return c;
}

std::string amount_text(Unit unit, std::int64_t digits, int exponent) {
    if (unit == Unit::euro || unit == Unit::euro_per_besluit)
        return "\u20ac " + detail::decimal_text(digits, exponent);
    if (unit == Unit::fractie) return detail::decimal_text(digits, exponent + 2) + "%";
    return detail::decimal_text(digits, exponent);
}

std::string name_of(std::string_view name) {
    const addin::Function* f = detail::named_function(name);
    if (f) return std::string(f->name);
    std::string key(detail::trim_blanks(name)); // as the catalogue writes it
    for (char& c : key)
        c = detail::ascii_lower(c);
    return key;
}

} // namespace

ValueAnswer figure_change(std::string_view name, Year year, Stand stand,
                          std::optional<Stand> previous) {
    const Change c = change(name, year, stand, previous);
    if (c.answer != Answer::found) return {c.answer};
    const Figure difference{0, 0, c.digits, c.exponent, {}, {}, {}, {}, {}, 0};
    const double value = difference.value();
    // Euros are whole, as every function gives them.
    if (c.now->unit == Unit::euro || c.now->unit == Unit::euro_per_besluit)
        return {Answer::found, static_cast<double>(static_cast<std::int64_t>(value))};
    return {Answer::found, value};
}

TextAnswer figure_change_source(std::string_view name, Year year, Stand stand,
                                std::optional<Stand> previous) {
    const Change c = change(name, year, stand, previous);
    if (c.answer != Answer::found) return {c.answer, {}};
    const Unit unit = c.now->unit;
    const std::string now(c.stand.code()), before(c.previous.code());
    // One source once: a stand compared with itself, or two stands citing the same table.
    const std::string sources = c.now->where == c.before->where
                                    ? "Bron van beide: " + c.now->where + "."
                                    : "Bronnen: " + now + ": " + c.now->where + "; " + before +
                                          ": " + c.before->where + ".";
    return {Answer::found, name_of(name) + " " + std::to_string(year.value()) + ": " + now + " " +
                               amount_text(unit, c.now->digits, c.now->exponent) + " min " +
                               before + " " +
                               amount_text(unit, c.before->digits, c.before->exponent) + " = " +
                               amount_text(unit, c.digits, c.exponent) + ". " + sources};
}

std::span<const std::string_view, stand_columns> stand_titles() noexcept {
    static constexpr std::string_view titles[stand_columns] = {
        "stand", "titel", "maand", "soort", "functies", "documenten", "standaard voor"};
    return titles;
}

StandList stand_list(ListHeader header) {
    std::vector<Stand> stands = Stand::all();
    std::ranges::sort(stands, [](Stand a, Stand b) {
        return a.date() != b.date() ? a.date() > b.date() : a.index() < b.index();
    });
    StandList out{{}, header};
    for (const Stand s : stands) {
        StandRow row{s.code(), s.title(),
                     s.date(), s.is_full() ? "volledig" : "gedeeltelijk",
                     {},       std::string(s.document()),
                     {}};
        const auto add = [](std::string& list, std::string_view item) {
            list += (list.empty() ? "" : ", ") + std::string(item);
        };
        for (const auto& f : addin::functions()) {
            if (f.explained == Explanation::none) continue;
            const auto with = stands_with(f.name);
            if (std::ranges::find(with, s) != with.end()) add(row.functions, f.name);
            const auto order = default_stands(f.name);
            if (!order.empty() && order.front() == s) add(row.default_for, f.name);
        }
        std::vector<std::string_view> seen{s.document()};
        for (const auto& e : all_entries()) {
            if (e.stand_index != s.index()) continue;
            for (const auto& f : Entry(e).figures())
                if (!f.document.empty() && std::ranges::find(seen, f.document) == seen.end()) {
                    seen.push_back(f.document);
                    row.documents += " | " + std::string(f.document);
                }
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace fondscijfers
