#include "fondscijfers/explain.hpp"

#include "figures.hpp"
#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/keys.hpp"
#include "named.hpp"
#include "text_codes.hpp"
#include "texts.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

namespace fondscijfers {
namespace {

using addin::Explanation;
using addin::Reason;
using detail::dutch_digits;
using detail::in_unit;
using detail::short_source;

std::string replaced(std::string text, std::string_view hole, std::string_view by) {
    for (auto at = text.find(hole); at != std::string::npos; at = text.find(hole, at + by.size()))
        text.replace(at, hole.size(), by);
    return text;
}

std::string in_quotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string stand_codes() {
    std::string out;
    for (const Stand s : Stand::all())
        out += (out.empty() ? "" : ", ") + std::string(s.code());
    return out;
}

std::string where(Stand stand) {
    return ", stand " + std::string(stand.code());
}

Explained period_needed(std::string_view label, Stand stand, const std::string& years) {
    return {Answer::period_needed,
            reason_sentence(Reason::period_needed, {Given::Kind::name, 0, std::string(label)},
                            stand.code(), years)};
}

Explained not_available() {
    return {Answer::not_available, {}}; // explanation_template's caller writes absent_template
}

std::string years_of(std::initializer_list<keys::Named> named, Stand stand);

std::string single_years(std::string_view key, Stand stand) {
    const auto named = keys::find(key);
    return named ? years_of({*named}, stand) : std::string();
}

// A figure as printed: "ACCRES 2022, stand S2020: € 1.036.297.000. Bron: ..., H1 Financiën,
// Tabel 2."
// A function (`label` is its name) gives single years only; a key also its period totals.
Explained key_explanation(std::string_view label, std::string_view key,
                          std::optional<Period> period, Stand stand, bool function = false) {
    const auto entry = find_entry(key, stand);
    if (!entry) return not_available();
    const Figure* f = nullptr;
    if (period)
        f = entry->figure(*period);
    else if (entry->figures().size() == 1)
        f = &entry->figures().front();
    else
        return period_needed(label, stand, function ? single_years(key, stand) : entry->years());
    if (!f) return not_available();
    return {Answer::found, std::string(label) + " " + period_text(f->period()) + where(stand) +
                               ": " + detail::amount_text(entry->unit(), *f) + ". " +
                               short_source(*f, stand)};
}

std::string years_of(keys::Named key, Stand stand) {
    const auto entry = find_entry(keys::name(key), stand);
    return entry ? entry->years() : std::string();
}

// The single years of the keys' figures in the stand, as runs: "2019-2025".
std::string years_of(std::initializer_list<keys::Named> named, Stand stand) {
    std::vector<int> years;
    for (const auto key : named)
        if (const auto entry = find_entry(keys::name(key), stand))
            for (const auto& f : entry->figures())
                if (f.first_year == f.last_year) years.push_back(f.first_year);
    std::ranges::sort(years);
    years.erase(std::unique(years.begin(), years.end()), years.end());
    std::string out;
    for (auto it = years.begin(); it != years.end();) {
        const int first = *it;
        int last = first;
        while (++it != years.end() && *it == last + 1)
            ++last;
        out += (out.empty() ? "" : ", ") + period_text({first, last});
    }
    return out;
}

Explained index_explanation(std::optional<Period> period, Stand stand) {
    if (!detail::named_entry(keys::accres_percentage, stand)) return not_available();
    if (!period)
        return period_needed("ACCRESINDEX", stand, years_of(keys::accres_percentage, stand));
    if (period->first != period->last) return not_available();
    const Figure* f = detail::year_figure(keys::accres_percentage, stand, Year{period->first});
    if (!f) return not_available();
    std::int64_t one = 1;
    for (int i = 0; i < -f->exponent; ++i)
        one *= 10;
    const std::string year = std::to_string(period->first);
    return {Answer::found, "ACCRESINDEX tot en met " + year + where(stand) +
                               ": het product van (1 + accrespercentage) over de jaren na het "
                               "basisjaar; voor " +
                               year + ": 1 + " + detail::decimal_text(f->digits, f->exponent) +
                               " = " + detail::decimal_text(one + f->digits, f->exponent) + ". " +
                               short_source(*f, stand)};
}

// The BCF method's inputs in a stand and year of its table.
struct Projection {
    const Figure* omvang;
    const Figure* flat;
    const Figure* share;
    Year base;
    bool projected; // after the base year: the declaraties follow from the growth
};

std::optional<Projection> projection(Year year, Stand stand) {
    const Figure* omvang = detail::year_figure(keys::bcf_omvang, stand, year);
    const Figure* flat = detail::only_figure(keys::bcf_flat_line, stand);
    const auto base = bcf_base_year(stand);
    if (!omvang || !flat || !base) return std::nullopt;
    return Projection{omvang, flat, detail::only_figure(keys::bcf_gemeenten_share, stand), *base,
                      year.value() > base->value()};
}

// "3.571.372 x (1 + {groei})^(2023 - 2020)"
std::string projection_formula(const Projection& p, Year year) {
    return dutch_digits(p.flat->digits) + " x (1 + {groei})^(" + std::to_string(year.value()) +
           " - " + std::to_string(p.base.value()) + ")";
}

std::optional<Year> single_year(std::optional<Period> period) {
    if (!period || period->first != period->last) return std::nullopt;
    return Year{period->first};
}

Explained declaraties_explanation(std::optional<Period> period, Stand stand) {
    if (!period)
        return period_needed("BCFDECLARATIES", stand,
                             years_of({keys::bcf_omvang, keys::bcf_declaraties}, stand));
    const auto year = single_year(period);
    const auto p = year ? projection(*year, stand) : std::nullopt;
    if (!p || !p->projected)
        return key_explanation("BCFDECLARATIES", keys::name(keys::bcf_declaraties), period, stand,
                               true);
    return {Answer::found, "BCFDECLARATIES " + std::to_string(year->value()) + where(stand) +
                               ", groei {groei}: " + projection_formula(*p, *year) +
                               " = {declaraties} " + detail::table_unit(p->omvang->exponent) +
                               ". " + short_source(*p->omvang, stand)};
}

Explained vrijval_explanation(std::optional<Period> period, Stand stand, Deel deel) {
    const bool totaal = deel == Deel::totaal;
    const std::string label = totaal ? "BCFVRIJVAL totaal" : "BCFVRIJVAL";
    if (!period) {
        const std::string years =
            totaal ? years_of({keys::bcf_omvang}, stand)
                   : years_of({keys::bcf_omvang, keys::bcf_vrijval_gemeenten}, stand);
        if (years.empty()) return not_available();
        return period_needed(label, stand, years);
    }
    const auto year = single_year(period);
    const auto p = year ? projection(*year, stand) : std::nullopt;
    // Outside the table only a definitive gemeenten figure the stand states (2019).
    if (!p) {
        if (totaal) return not_available();
        return key_explanation(label, keys::name(keys::bcf_vrijval_gemeenten), period, stand, true);
    }
    if (!totaal && !p->share) return not_available();
    const int e = p->omvang->exponent;
    std::string declaraties = "{declaraties}", vrijval = "{vrijval}";
    if (!p->projected) {
        const auto d = bcf_declaraties(*year, stand);
        const auto v = bcf_vrijval(*year, stand, std::nullopt, deel);
        if (!d || !v) return not_available();
        declaraties = dutch_digits(in_unit(d->value, e));
        vrijval = dutch_digits(in_unit(v->value, e));
    }
    std::string text = label + " " + std::to_string(year->value()) + where(stand) +
                       (p->projected ? ", groei {groei}: " : ": ");
    const std::string difference = dutch_digits(p->omvang->digits) + " - " + declaraties;
    text += totaal ? difference
                   : "(" + difference + ") x " +
                         detail::decimal_text(p->share->digits, p->share->exponent);
    text += " = " + vrijval + " " + detail::table_unit(e);
    if (p->projected) text += "; declaraties = " + projection_formula(*p, *year);
    return {Answer::found, text + ". " + short_source(*p->omvang, stand)};
}

// The years the name has figures in: the BCF method's where it computes or reads them.
std::string years_for(const addin::Function* f, std::string_view name, Stand stand, Deel deel) {
    if (!f) {
        const auto entry = find_entry(name, stand);
        return entry ? entry->years() : std::string();
    }
    switch (f->explained) {
    case Explanation::declaraties:
        return years_of({keys::bcf_omvang, keys::bcf_declaraties}, stand);
    case Explanation::vrijval:
        if (deel == Deel::totaal) return years_of({keys::bcf_omvang}, stand);
        return years_of({keys::bcf_omvang, keys::bcf_vrijval_gemeenten}, stand);
    case Explanation::none:
    case Explanation::key:
    case Explanation::index:
        break;
    }
    return single_years(f->reads, stand);
}

const addin::Function* function_of(std::string_view name) {
    return detail::named_function(name);
}

std::string label_of(const addin::Function* f, std::string_view name, Deel deel) {
    if (!f) { // a key as the catalogue writes it
        std::string key(detail::trim_blanks(name));
        for (char& c : key)
            c = detail::ascii_lower(c);
        return key;
    }
    if (f->explained == Explanation::vrijval && deel == Deel::totaal)
        return std::string(f->name) + " totaal";
    return std::string(f->name);
}

// A name's deel counts only where its function takes one.
Deel effective_deel(const addin::Function* f, Deel deel) {
    return f && detail::takes(*f, addin::ArgumentKind::deel) ? deel : Deel::gemeenten;
}

} // namespace

Explained explanation_template(std::string_view name, std::optional<Period> period, Stand stand,
                               Deel deel) {
    const addin::Function* f = function_of(name);
    deel = effective_deel(f, deel);
    if (!f) {
        if (!is_known_key(name))
            return {Answer::unknown_key, reason_sentence(Reason::unknown_key, {Given::Kind::text, 0,
                                                                               std::string(name)})};
        const auto entry = find_entry(name, stand);
        return key_explanation(entry ? entry->key() : name, name, period, stand);
    }
    switch (f->explained) {
    case Explanation::index:
        return index_explanation(period, stand);
    case Explanation::declaraties:
        return declaraties_explanation(period, stand);
    case Explanation::vrijval:
        return vrijval_explanation(period, stand, deel);
    case Explanation::none:
    case Explanation::key:
        break;
    }
    return key_explanation(f->name, f->reads, period, stand, true);
}

std::string absent_template(std::string_view name, Stand stand, Deel deel) {
    const addin::Function* f = function_of(name);
    deel = effective_deel(f, deel);
    const std::string label = label_of(f, name, deel);
    const std::string years = years_for(f, name, stand, deel);
    if (!years.empty())
        return label + " heeft in stand " + std::string(stand.code()) +
               " geen bedrag voor {jaar}; wel voor " + years + ".";
    std::string others;
    for (const Stand s : Stand::all())
        if (!years_for(f, name, s, deel).empty())
            others += (others.empty() ? "" : ", ") + std::string(s.code());
    return label + " heeft geen bedragen in stand " + std::string(stand.code()) +
           (others.empty() ? std::string(".") : "; wel in " + others + ".");
}

Explained explain(std::string_view name, std::optional<Period> period, Stand stand,
                  std::optional<Growth> growth, Deel deel) {
    const addin::Function* f = function_of(name);
    deel = effective_deel(f, deel);
    if (!f || !detail::takes(*f, addin::ArgumentKind::growth)) growth = std::nullopt;
    Explained out = explanation_template(name, period, stand, deel);
    if (out.answer == Answer::not_available) {
        out.text = absent_template(name, stand, deel);
        if (period) out.text = replaced(std::move(out.text), "{jaar}", period_text(*period));
        return out;
    }
    if (out.text.find("{groei}") == std::string::npos) return out;
    // The holes of a projected year: the figures under the growth asked, or the stand's.
    const Year year{period->first};
    const Figure* omvang = detail::year_figure(keys::bcf_omvang, stand, year);
    const auto rate = growth ? std::optional<Growth>(growth) : bcf_default_growth(stand);
    const auto d = bcf_declaraties(year, stand, growth);
    const auto v = bcf_vrijval(year, stand, growth, deel);
    if (!omvang || !rate || !d || !v)
        return {Answer::not_available, absent_template(name, stand, deel)};
    out.text = replaced(std::move(out.text), "{groei}", detail::growth_text(rate->rate()));
    out.text = replaced(std::move(out.text), "{declaraties}",
                        dutch_digits(in_unit(d->value, omvang->exponent)));
    out.text = replaced(std::move(out.text), "{vrijval}",
                        dutch_digits(in_unit(v->value, omvang->exponent)));
    return out;
}

std::string reason_sentence(Reason reason, const Given& given, std::string_view stand,
                            std::string_view years) {
    const auto& info = addin::reason_info(reason);
    std::string shown;
    switch (given.kind) {
    case Given::Kind::none:
        shown = addin::shown_nothing;
        break;
    case Given::Kind::range:
        shown = addin::shown_range;
        break;
    case Given::Kind::text:
        shown = in_quotes(given.text);
        break;
    case Given::Kind::name:
        shown = given.text;
        break;
    case Given::Kind::number:
        shown = info.shown == addin::Shown::percent ? detail::growth_text(given.number)
                                                    : detail::number_text(given.number);
        break;
    }
    std::string text = replaced(std::string(info.sentence), "{waarde}", shown);
    text = replaced(std::move(text), "{stand}", stand);
    text = replaced(std::move(text), "{jaren}", years);
    if (text.find("{standen}") != std::string::npos)
        text = replaced(std::move(text), "{standen}", stand_codes());
    if (text.find("{velden}") != std::string::npos) {
        std::string fields;
        for (const auto field : info_fields())
            fields += (fields.empty() ? "" : ", ") + std::string(field);
        text = replaced(std::move(text), "{velden}", fields);
    }
    return text;
}

} // namespace fondscijfers
