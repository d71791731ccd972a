// What the catalogue functions answer: a figure by key, the source of a figure or of a
// named function's result, and the list of keys.
#pragma once

#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/stand.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fondscijfers {

enum class Answer : unsigned char {
    found,
    not_available, // the key or function is known, but has no figure there
    unknown_key,   // no stand has this key (and it names no function)
    unknown_field, // CIRCULAIREINFO: no such field
    period_needed, // the entry has several figures: say which year or period
    not_a_figure,  // CIRCULAIREVERSCHIL: the function gives no figure of one year (ACCRESINDEX)
};

struct ValueAnswer {
    Answer answer;
    double value = 0;
};

struct TextAnswer {
    Answer answer;
    std::string text;
};

// The figure of `key` for exactly `period` (a period total is not split into years). Without
// a period the entry must hold a single figure.
[[nodiscard]] ValueAnswer catalogue_value(std::string_view key, std::optional<Period> period,
                                          Stand stand) noexcept;

// Where a figure comes from. `name` is a key, or the name of a named function such as
// "BCFVRIJVAL" (then the period is the function's year). Without a period: every source of
// the entry or function.
[[nodiscard]] TextAnswer catalogue_source(std::string_view name, std::optional<Period> period,
                                          Stand stand);

// The stands in which a named function ("ACCRES") or a key has figures: default first.
[[nodiscard]] std::vector<Stand> stands_with(std::string_view name);

// CIRCULAIRESTAND: without a stand the default stand's code, with one its title.
[[nodiscard]] std::string_view stand_answer(std::optional<Stand> stand) noexcept;

// One field of a figure or key as text (CIRCULAIREINFO): "omschrijving", "eenheid",
// "kwalificatie", "karakter", "overlap", "richting", "bron", "citaat" (case-insensitive).
// `name` is a key or a named function. Without a period, the field for the key as a whole.
// An empty text: the source states nothing of the kind (no overlap, no direction).
[[nodiscard]] TextAnswer catalogue_info(std::string_view name, std::string_view field,
                                        std::optional<Period> period, Stand stand);

// The fields CIRCULAIREINFO knows, in the order of the documentation.
[[nodiscard]] std::span<const std::string_view> info_fields() noexcept;

struct ListRow {
    std::string_view key;
    std::string_view description;
    Unit unit;
    std::string years;
    std::string_view stand;
    std::string qualifier; // "exact", or which figures are "ruim", "circa", ...
    std::string character; // "incidenteel", "structureel vanaf 2022", ... or empty
    std::string_view overlaps;
};

// One row per key and stand whose key or description contains `filter`, ignoring case and
// accents; an empty filter lists everything.
[[nodiscard]] std::vector<ListRow> catalogue_list(std::string_view filter);

// CIRCULAIRELIJST: the rows, after a row of column names when asked.
enum class ListHeader : bool { without, with };
struct CatalogueList {
    std::vector<ListRow> rows;
    ListHeader header;
};
[[nodiscard]] CatalogueList catalogue_list(std::string_view filter, ListHeader header);

// The column names, in the order of ListRow's fields.
inline constexpr std::size_t list_columns = 8;
[[nodiscard]] std::span<const std::string_view, list_columns> list_titles() noexcept;

} // namespace fondscijfers
