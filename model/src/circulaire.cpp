#include "fondscijfers/circulaire.hpp"

#include "fondscijfers/bcf.hpp"

#include "figures.hpp"
#include "keys.hpp"
#include "text_codes.hpp"

#include <algorithm>
#include <array>

namespace fondscijfers {
namespace {

std::string all_sources(const Entry& entry) {
    std::vector<std::string> seen;
    for (const auto& f : entry.figures()) {
        auto s = entry.source(f);
        if (std::ranges::find(seen, s) == seen.end()) seen.push_back(std::move(s));
    }
    std::string out;
    for (const auto& s : seen)
        out += (out.empty() ? "" : " | ") + s;
    return out;
}

// The source of one key's figure, or all of its sources without a period.
TextAnswer key_source(std::string_view key, std::optional<Period> period, Stand stand) {
    const auto entry = find_entry(key, stand);
    if (!entry) return {Answer::not_available, {}};
    if (!period) return {Answer::found, all_sources(*entry)};
    const Figure* f = entry->figure(*period);
    if (!f) return {Answer::not_available, {}};
    return {Answer::found, entry->source(*f)};
}

std::string must(const TextAnswer& a) {
    return a.answer == Answer::found ? a.text : "?";
}

TextAnswer index_source(std::optional<Period> period, Stand stand) {
    const auto percentages = key_source(keys::name(keys::accres_percentage), period, stand);
    if (percentages.answer != Answer::found) return percentages;
    return {Answer::found,
            "Berekend: product van (1 + accrespercentage) over de jaren na basisjaar tot en met "
            "jaar. Accrespercentage: " +
                percentages.text};
}

std::string projection_text(Stand stand) {
    const auto base = bcf_base_year(stand);
    return "berekend volgens de methode van de bron: raming " +
           must(key_source(keys::name(keys::bcf_flat_line), std::nullopt, stand)) +
           " x (1 + groei)^(jaar - " + (base ? std::to_string(base->value()) : "?") +
           "), afgerond in de eenheid van de tabel; standaardgroei: " +
           must(key_source(keys::name(keys::bcf_growth), std::nullopt, stand));
}

// A single year that BCFOMVANG knows in the stand (the years of Tabel 3).
bool in_table(const Period& p, Stand stand) {
    return p.first == p.last && detail::year_figure(keys::bcf_omvang, stand, Year{p.first});
}

TextAnswer declaraties_source(std::optional<Period> period, Stand stand) {
    const auto base = bcf_base_year(stand);
    if (!base) return {Answer::not_available, {}};
    const bool projected = period && in_table(*period, stand) && period->first > base->value();
    if (period && !projected) return key_source(keys::name(keys::bcf_declaraties), period, stand);
    const std::string method = projection_text(stand);
    if (projected) return {Answer::found, "Declaraties BCF " + method};
    return {Answer::found, "Declaraties BCF: " +
                               must(key_source(keys::name(keys::bcf_declaraties), std::nullopt,
                                               stand)) +
                               "; na " + std::to_string(base->value()) + " " + method};
}

TextAnswer vrijval_source(std::optional<Period> period, Stand stand) {
    // Outside the table only a definitive gemeenten figure the stand states (2019).
    if (period && !in_table(*period, stand))
        return key_source(keys::name(keys::bcf_vrijval_gemeenten), period, stand);
    if (!detail::named_entry(keys::bcf_omvang, stand))
        return key_source(keys::name(keys::bcf_vrijval_gemeenten), period, stand);
    const auto declaraties = declaraties_source(period, stand);
    if (declaraties.answer != Answer::found) return declaraties;
    return {Answer::found,
            "Berekend: omvang BCF min declaraties. Omvang: " +
                must(key_source(keys::name(keys::bcf_omvang), period, stand)) +
                ". Declaraties: " + declaraties.text + ". Deel gemeenten: x " +
                must(key_source(keys::name(keys::bcf_gemeenten_share), std::nullopt, stand))};
}

enum class Method : unsigned char { key, index, declaraties, vrijval };

struct NamedFunction {
    std::string_view name;
    Method method;
    keys::Named key;                        // the key it reads (Method::key) or starts from
    std::optional<keys::Named> also = {};   // a further key that gives figures
};

constexpr NamedFunction named_functions[] = {
    {"ACCRES", Method::key, keys::accres},
    {"ACCRESPERCENTAGE", Method::key, keys::accres_percentage},
    {"ACCRESREEEL", Method::key, keys::accres_reeel},
    {"ACCRESREEELPERCENTAGE", Method::key, keys::accres_reeel_percentage},
    {"ACCRESINDEX", Method::index, keys::accres_percentage},
    {"BCFOMVANG", Method::key, keys::bcf_omvang},
    {"BCFDECLARATIES", Method::declaraties, keys::bcf_declaraties},
    {"BCFVRIJVAL", Method::vrijval, keys::bcf_omvang, keys::bcf_vrijval_gemeenten},
    {"OPSCHALINGSKORTING", Method::key, keys::opschalingskorting},
};

const NamedFunction* named_function(std::string_view name) {
    for (const auto& f : named_functions)
        if (detail::matches_code(name, f.name)) return &f;
    return nullptr;
}

std::string period_text(Period p) {
    return p.first == p.last ? std::to_string(p.first)
                             : std::to_string(p.first) + "-" + std::to_string(p.last);
}

// The key a named function's figures belong to, for CIRCULAIREINFO.
std::string_view info_key(std::string_view name) {
    const NamedFunction* f = named_function(name);
    if (!f) return name;
    switch (f->method) {
    case Method::vrijval:
        return keys::name(keys::bcf_vrijval_gemeenten);
    case Method::key:
    case Method::index:
    case Method::declaraties:
        return keys::name(f->key);
    }
    return name;
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

constexpr std::string_view fields[] = {"omschrijving", "eenheid",  "kwalificatie", "karakter",
                                       "overlap",      "richting", "bron",         "citaat"};

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
        case Method::key:
            return key_source(keys::name(f->key), period, stand);
        case Method::index:
            return index_source(period, stand);
        case Method::declaraties:
            return declaraties_source(period, stand);
        case Method::vrijval:
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
        const bool has = f ? detail::named_entry(f->key, s) ||
                                 (f->also && detail::named_entry(*f->also, s))
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
    const auto known = std::ranges::find_if(fields, [&](std::string_view f) {
        return detail::matches_code(field, f);
    });
    if (known == std::end(fields)) return {Answer::unknown_field, {}};
    const std::string_view which = *known;
    if (!named_function(name) && !is_known_key(name)) return {Answer::unknown_key, {}};
    if (which == "bron") return catalogue_source(name, period, stand);

    const auto entry = find_entry(info_key(name), stand);
    if (!entry) return {Answer::not_available, {}};
    const Figure* figure = period ? entry->figure(*period) : nullptr;
    if (period && !figure) return {Answer::not_available, {}};
    const auto text = [&]() -> std::string {
        if (which == "omschrijving") return std::string(entry->description());
        if (which == "eenheid") return std::string(unit_name(entry->unit()));
        if (which == "overlap") return std::string(entry->overlaps());
        if (which == "richting") return std::string(entry->direction());
        if (which == "kwalificatie") return figure ? qualifier_of(*figure) : qualifier_summary(*entry);
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
    std::vector<ListRow> rows;
    for (const auto& data : all_entries()) {
        const Entry e(data);
        if (!detail::contains_folded(e.key(), filter) &&
            !detail::contains_folded(e.description(), filter))
            continue;
        rows.push_back({e.key(), e.description(), e.unit(), e.years(), e.stand().code(),
                        qualifier_summary(e), character_summary(e), e.overlaps()});
    }
    return rows;
}

} // namespace fondscijfers
