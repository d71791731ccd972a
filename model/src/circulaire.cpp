#include "fondscijfers/circulaire.hpp"

#include "figures.hpp"
#include "fondscijfers/bcf.hpp"
#include "fondscijfers/keys.hpp"
#include "function_table.hpp"
#include "text_codes.hpp"
#include "texts.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace fondscijfers {
namespace {

using detail::amount_text;
using detail::decimal_text;
using detail::dutch_digits;
using detail::in_unit;
using detail::percent_text;
using detail::place_of;
using detail::table_unit;

// Ends a sentence: a full stop unless the text already ends with one or a question mark.
std::string sentence(std::string text) {
    if (text.empty() || (text.back() != '.' && text.back() != '?')) text += '.';
    return text;
}

std::string all_sources(const Entry& entry) {
    std::vector<std::string> seen;
    for (const auto& f : entry.figures()) {
        auto s = entry.source(f);
        if (std::ranges::find(seen, s) == seen.end()) seen.push_back(std::move(s));
    }
    std::string out = seen.size() == 1 ? "Bron: " : "Bronnen: ";
    for (std::size_t i = 0; i < seen.size(); ++i)
        out += (i ? " | " : "") + seen[i];
    return sentence(out);
}

// "accres.nominaal 2022, stand S2020: € 1.036.297.000. Bron: <document>, <place>: “quote”."
// `label` is what the formula named: the key, or the function ("ACCRES").
TextAnswer key_source(std::string_view key, std::optional<Period> period, Stand stand,
                      std::string_view label = {}) {
    const auto entry = find_entry(key, stand);
    if (!entry) return {Answer::not_available, {}};
    const std::string name(label.empty() ? entry->key() : label);
    const std::string where = ", stand " + std::string(stand.code());
    if (!period)
        return {Answer::found,
                name + where + ", jaren " + entry->years() + ". " + all_sources(*entry)};
    const Figure* f = entry->figure(*period);
    if (!f) return {Answer::not_available, {}};
    return {Answer::found, name + " " + period_text(*period) + where + ": " +
                               amount_text(entry->unit(), *f) + ". " +
                               sentence("Bron: " + entry->source(*f))};
}

TextAnswer index_source(std::optional<Period> period, Stand stand) {
    const std::string method = ": het product van (1 + accrespercentage) over de jaren na het "
                               "basisjaar tot en met het jaar";
    const std::string where = ", stand " + std::string(stand.code());
    if (!period) {
        const auto entry = find_entry(keys::name(keys::accres_percentage), stand);
        if (!entry) return {Answer::not_available, {}};
        return {Answer::found, "ACCRESINDEX" + where + method + ". " + all_sources(*entry)};
    }
    if (period->first != period->last) return {Answer::not_available, {}};
    const Figure* f = detail::year_figure(keys::accres_percentage, stand, Year{period->first});
    if (!f) return {Answer::not_available, {}};
    std::int64_t one = 1;
    for (int i = 0; i < -f->exponent; ++i)
        one *= 10;
    const std::string year = std::to_string(period->first);
    return {Answer::found,
            "ACCRESINDEX tot en met " + year + where + method + "; voor " + year + ": 1 + " +
                decimal_text(f->digits, f->exponent) + " = " +
                decimal_text(one + f->digits, f->exponent) + ". " +
                sentence("Bron: " + std::string(stand.document()) + ", " + place_of(f))};
}

// A single year that BCFOMVANG knows in the stand (the years of Tabel 3).
bool in_table(const Period& p, Stand stand) {
    return p.first == p.last && detail::year_figure(keys::bcf_omvang, stand, Year{p.first});
}

// "3.571.372 x (1 + 3,5%)^(2023 - 2020)", `year` empty: "jaar".
std::string projection_formula(Stand stand, const std::string& year) {
    const Figure* flat = detail::only_figure(keys::bcf_flat_line, stand);
    const Figure* rate = detail::only_figure(keys::bcf_growth, stand);
    const auto base = bcf_base_year(stand);
    if (!flat || !rate || !base) return "?";
    return decimal_text(flat->digits, 0) + " x (1 + " + percent_text(*rate) + ")^(" + year + " - " +
           std::to_string(base->value()) + ")";
}

std::string projection_sources(Stand stand) {
    return "raming: " + place_of(detail::only_figure(keys::bcf_flat_line, stand)) +
           "; groei: " + place_of(detail::only_figure(keys::bcf_growth, stand));
}

TextAnswer declaraties_source(std::optional<Period> period, Stand stand) {
    const auto base = bcf_base_year(stand);
    if (!base) return {Answer::not_available, {}};
    const bool projected = period && in_table(*period, stand) && period->first > base->value();
    if (period && !projected)
        return key_source(keys::name(keys::bcf_declaraties), period, stand, "BCFDECLARATIES");
    const std::string where = ", stand " + std::string(stand.code());
    const std::string document(stand.document());
    if (!projected) {
        const auto entry = find_entry(keys::name(keys::bcf_declaraties), stand);
        const Figure* flat = detail::only_figure(keys::bcf_flat_line, stand);
        if (!entry || !flat) return {Answer::not_available, {}};
        return {Answer::found,
                "BCFDECLARATIES" + where + ": tot en met " + std::to_string(base->value()) +
                    " de tabel, daarna " + projection_formula(stand, "jaar") + ", afgerond " +
                    table_unit(flat->exponent) + ". " +
                    sentence("Bron: " + document + ", " + place_of(&entry->figures().front()) +
                             "; " + projection_sources(stand))};
    }
    const Year year{period->first};
    const Figure* omvang = detail::year_figure(keys::bcf_omvang, stand, year);
    const auto result = bcf_declaraties(year, stand);
    if (!omvang || !result) return {Answer::not_available, {}};
    return {Answer::found, "BCFDECLARATIES " + std::to_string(year.value()) + where + " = " +
                               projection_formula(stand, std::to_string(year.value())) + " = " +
                               dutch_digits(in_unit(result->value, omvang->exponent)) + " " +
                               table_unit(omvang->exponent) + ". " +
                               sentence("Bron: " + document + ", " + projection_sources(stand))};
}

TextAnswer vrijval_source(std::optional<Period> period, Stand stand) {
    // Outside the table only a definitive gemeenten figure the stand states (2019).
    if ((period && !in_table(*period, stand)) || !detail::named_entry(keys::bcf_omvang, stand))
        return key_source(keys::name(keys::bcf_vrijval_gemeenten), period, stand, "BCFVRIJVAL");
    const Figure* share = detail::only_figure(keys::bcf_gemeenten_share, stand);
    const auto base = bcf_base_year(stand);
    if (!share || !base) return {Answer::not_available, {}};
    const std::string where = ", stand " + std::string(stand.code());
    const std::string document(stand.document());
    const std::string share_text = decimal_text(share->digits, share->exponent);
    const auto omvang_entry = find_entry(keys::name(keys::bcf_omvang), stand);
    if (!omvang_entry) return {Answer::not_available, {}};
    // Omvang and declaraties are rows of the same table.
    const std::string sources =
        "omvang en declaraties: " + place_of(&omvang_entry->figures().front()) +
        "; aandeel gemeenten: " + place_of(share);
    if (!period) {
        const Figure* flat = detail::only_figure(keys::bcf_flat_line, stand);
        return {
            Answer::found,
            "BCFVRIJVAL" + where + " = (omvang - declaraties) x " + share_text +
                " (aandeel gemeenten), per jaar " + (flat ? table_unit(flat->exponent) : "") +
                "; declaraties na " + std::to_string(base->value()) + " = " +
                projection_formula(stand, "jaar") + ". " +
                sentence("Bron: " + document + ", " + sources + "; " + projection_sources(stand))};
    }
    const Year year{period->first};
    const Figure* omvang = detail::year_figure(keys::bcf_omvang, stand, year);
    const auto declaraties = bcf_declaraties(year, stand);
    const auto vrijval = bcf_vrijval(year, stand);
    if (!omvang || !declaraties || !vrijval) return {Answer::not_available, {}};
    const int e = omvang->exponent;
    const bool projected = year.value() > base->value();
    return {Answer::found,
            "BCFVRIJVAL " + std::to_string(year.value()) + where + " = (" +
                dutch_digits(in_unit(omvang->digits, 0)) + " - " +
                dutch_digits(in_unit(declaraties->value, e)) + ") x " + share_text + " = " +
                dutch_digits(in_unit(vrijval->value, e)) + " " + table_unit(e) +
                ": (omvang - declaraties) x aandeel gemeenten" +
                (projected
                     ? "; declaraties = " + projection_formula(stand, std::to_string(year.value()))
                     : std::string()) +
                ". " +
                sentence("Bron: " + document + ", " + sources +
                         (projected ? "; " + projection_sources(stand) : std::string()))};
}

using addin::Explanation;

// A function of a year as the function table describes it: its name, how its figures are
// explained, and the key it reads.
struct NamedFunction {
    std::string_view name;
    Explanation method;
    keys::Named key;
};

const std::vector<NamedFunction>& named_functions() {
    static const std::vector<NamedFunction> list = [] {
        std::vector<NamedFunction> out;
        for (const auto& f : addin::functions()) {
            const auto key = keys::find(f.reads); // the generator rejects a key that is none
            if (f.explained != Explanation::none && key) out.push_back({f.name, f.explained, *key});
        }
        return out;
    }();
    return list;
}

const NamedFunction* named_function(std::string_view name) {
    for (const auto& f : named_functions())
        if (detail::matches_code(name, f.name)) return &f;
    return nullptr;
}

// The key a named function's figures belong to, for CIRCULAIREINFO.
std::string_view info_key(std::string_view name) {
    const NamedFunction* f = named_function(name);
    return f ? keys::name(f->key) : name;
}

std::string qualifier_of(const Figure& f) {
    return f.qualifier.empty() ? "exact" : std::string(f.qualifier);
}

std::string character_of(const Entry& e, const Figure& f) {
    if (f.first_year != f.last_year)
        return (e.unit() == Unit::fractie ? "over de periode " : "totaal over ") +
               period_text(f.period());
    if (f.from_year) return "structureel vanaf " + std::to_string(f.from_year);
    return std::string(e.character());
}

// For the key as a whole: "exact", or the years with another qualifier ("ruim: 2021").
std::string qualifier_summary(const Entry& e) {
    std::string out;
    for (const auto& f : e.figures())
        if (!f.qualifier.empty())
            out += (out.empty() ? "" : "; ") + std::string(f.qualifier) + ": " +
                   period_text(f.period());
    return out.empty() ? "exact" : out;
}

std::string character_summary(const Entry& e) {
    for (const auto& f : e.figures())
        if (f.from_year) return "structureel vanaf " + std::to_string(f.from_year);
    if (e.figures().size() == 1) return character_of(e, e.figures().front());
    return std::string(e.character());
}

std::string quotes_of(const Entry& e) {
    std::vector<std::string_view> seen;
    std::string out;
    for (const auto& f : e.figures())
        if (!f.quote.empty() && std::ranges::find(seen, f.quote) == seen.end()) {
            seen.push_back(f.quote);
            out += (out.empty() ? "" : " | ") + std::string(f.quote);
        }
    return out;
}

constexpr std::string_view fields[] = {"omschrijving", "eenheid",    "kwalificatie",
                                       "karakter",     "overlap",    "richting",
                                       "bron",         "berekening", "citaat"};

// The source texts end in their sources: "<figure or formula>. Bron: ..." (or "Bronnen:").
// What comes before is the computation, for a figure the model computes.
std::string computation(const std::string& source) {
    for (const std::string_view mark : {". Bron: ", ". Bronnen: "})
        if (const auto at = source.find(mark); at != std::string::npos) return source.substr(0, at);
    return source;
}

// Whether CIRCULAIREBRON's long text of the name is a computation: the index, and the BCF
// method's years in its table (before them BCFVRIJVAL gives a stated figure).
bool is_computed(const NamedFunction& f, std::optional<Period> period, Stand stand) {
    const auto base = bcf_base_year(stand);
    switch (f.method) {
    case Explanation::index:
        return true;
    case Explanation::declaraties:
        return !period || (base && in_table(*period, stand) && period->first > base->value());
    case Explanation::vrijval:
        return detail::named_entry(keys::bcf_omvang, stand) &&
               (!period || in_table(*period, stand));
    case Explanation::none:
    case Explanation::key:
        break;
    }
    return false;
}

} // namespace

ValueAnswer catalogue_value(std::string_view key, std::optional<Period> period,
                            Stand stand) noexcept {
    const auto entry = find_entry(key, stand);
    if (!entry) return {is_known_key(key) ? Answer::not_available : Answer::unknown_key};
    const Figure* f = nullptr;
    if (period) {
        f = entry->figure(*period);
    } else {
        if (entry->figures().size() != 1) return {Answer::period_needed};
        f = &entry->figures().front();
    }
    if (!f) return {Answer::not_available};
    return {Answer::found, f->value()};
}

TextAnswer catalogue_source(std::string_view name, std::optional<Period> period, Stand stand) {
    if (const NamedFunction* f = named_function(name)) {
        switch (f->method) {
        case Explanation::none:
        case Explanation::key:
            return key_source(keys::name(f->key), period, stand, f->name);
        case Explanation::index:
            return index_source(period, stand);
        case Explanation::declaraties:
            return declaraties_source(period, stand);
        case Explanation::vrijval:
            return vrijval_source(period, stand);
        }
    }
    if (!is_known_key(name)) return {Answer::unknown_key, {}};
    return key_source(name, period, stand);
}

std::vector<Stand> stands_with(std::string_view name) {
    std::vector<Stand> out;
    const NamedFunction* f = named_function(name);
    for (const Stand s : Stand::all()) {
        // The vrijval is computed from the table of bcf.omvang, or read where it is stated.
        const bool has =
            f ? detail::named_entry(f->key, s) ||
                    (f->method == Explanation::vrijval && detail::named_entry(keys::bcf_omvang, s))
              : find_entry(name, s).has_value();
        if (has) out.push_back(s);
    }
    return out;
}

std::string_view stand_answer(std::optional<Stand> stand) noexcept {
    return stand ? stand->title() : Stand::standard().code();
}

TextAnswer catalogue_info(std::string_view name, std::string_view field,
                          std::optional<Period> period, Stand stand) {
    const auto known = std::ranges::find_if(
        fields, [&](std::string_view f) { return detail::matches_code(field, f); });
    if (known == std::end(fields)) return {Answer::unknown_field, {}};
    const std::string_view which = *known;
    if (!named_function(name) && !is_known_key(name)) return {Answer::unknown_key, {}};
    if (which == "bron") return catalogue_source(name, period, stand);
    if (which == "berekening") {
        // Empty for a figure as printed; for a computed one its formula with the inputs.
        const NamedFunction* f = named_function(name);
        TextAnswer source = catalogue_source(name, period, stand);
        if (source.answer == Answer::found)
            source.text = f && is_computed(*f, period, stand) ? computation(source.text) : "";
        return source;
    }

    const auto entry = find_entry(info_key(name), stand);
    if (!entry) return {Answer::not_available, {}};
    const Figure* figure = period ? entry->figure(*period) : nullptr;
    if (period && !figure) return {Answer::not_available, {}};
    const auto text = [&]() -> std::string {
        if (which == "omschrijving") return std::string(entry->description());
        if (which == "eenheid") return std::string(unit_name(entry->unit()));
        if (which == "overlap") return std::string(entry->overlaps());
        if (which == "richting") return std::string(entry->direction());
        if (which == "kwalificatie")
            return figure ? qualifier_of(*figure) : qualifier_summary(*entry);
        if (which == "karakter")
            return figure ? character_of(*entry, *figure) : character_summary(*entry);
        return figure ? std::string(figure->quote) : quotes_of(*entry); // citaat
    };
    return {Answer::found, text()};
}

std::span<const std::string_view> info_fields() noexcept {
    return fields;
}

std::vector<ListRow> catalogue_list(std::string_view filter) {
    filter = detail::trim_blanks(filter);
    const std::u32string part = detail::folded(filter);
    std::vector<ListRow> rows;
    // A filter of accents only (a lone combining mark) names no letter: nothing, not all.
    if (part.empty() && !filter.empty()) return rows;
    for (const auto& data : all_entries()) {
        const Entry e(data);
        if (!detail::contains_folded(e.key(), part) &&
            !detail::contains_folded(e.description(), part))
            continue;
        rows.push_back({e.key(), e.description(), e.unit(), e.years(), e.stand().code(),
                        qualifier_summary(e), character_summary(e), e.overlaps()});
    }
    return rows;
}

CatalogueList catalogue_list(std::string_view filter, ListHeader header) {
    return {catalogue_list(filter), header};
}

std::span<const std::string_view, list_columns> list_titles() noexcept {
    static constexpr std::string_view titles[list_columns] = {
        "sleutel", "omschrijving", "eenheid",  "jaren",
        "stand",   "kwalificatie", "karakter", "overlap"};
    return titles;
}

} // namespace fondscijfers
