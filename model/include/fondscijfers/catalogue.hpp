// The catalogue: every figure of the source documents, by key, stand and year or period.
#pragma once

#include "fondscijfers/stand.hpp"
#include "fondscijfers/unit.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace fondscijfers {

// A single year (first == last) or a period whose figure is a total over its years.
struct Period {
    int first;
    int last;
    friend constexpr bool operator==(Period, Period) noexcept = default;
};

// "2021" or "2019-2021"; surrounding blanks ignored.
[[nodiscard]] std::optional<Period> parse_period(std::string_view text) noexcept;
// The other way round: "2021" or "2019-2021".
[[nodiscard]] std::string period_text(Period period);

// One printed (or derived and documented) figure with its source.
struct Figure {
    int first_year;
    int last_year;
    std::int64_t digits; // value = digits x 10^exponent
    int exponent;
    std::string_view document; // empty: the stand's document
    std::string_view place;
    std::string_view quote;
    std::string_view note;
    std::string_view qualifier; // as the source states it ("ruim", "circa"); empty: exact
    int from_year;              // structural "vanaf <from_year>" to the stand's horizon; else 0

    [[nodiscard]] constexpr Period period() const noexcept { return {first_year, last_year}; }
    // Euros, a fraction or a count; exact for whole numbers up to 2^53.
    [[nodiscard]] double value() const noexcept;
};

// One key in one stand.
struct EntryData {
    std::string_view key;
    std::uint8_t stand_index;
    std::string_view description;
    Unit unit;
    std::string_view character;     // incidenteel, structureel; empty: not stated
    std::string_view direction;     // toevoeging, korting, uitname, ...; empty: not stated
    std::string_view overlaps;      // other keys of the stand with (partly) the same money: "a, b"
    std::string_view overlap_notes; // "a: how; b: how"
    std::uint32_t first_figure;
    std::uint32_t figure_count;
};

class Entry {
public:
    explicit Entry(const EntryData& data) noexcept : data_(&data) {}

    [[nodiscard]] std::string_view key() const noexcept { return data_->key; }
    [[nodiscard]] std::string_view description() const noexcept { return data_->description; }
    [[nodiscard]] Unit unit() const noexcept { return data_->unit; }
    [[nodiscard]] std::string_view character() const noexcept { return data_->character; }
    [[nodiscard]] std::string_view direction() const noexcept { return data_->direction; }
    [[nodiscard]] std::string_view overlaps() const noexcept { return data_->overlaps; }
    [[nodiscard]] std::string_view overlap_notes() const noexcept { return data_->overlap_notes; }
    [[nodiscard]] Stand stand() const noexcept;
    [[nodiscard]] std::span<const Figure> figures() const noexcept;
    // The figure for exactly this year or period; a year inside a total has none.
    [[nodiscard]] const Figure* figure(Period period) const noexcept;
    // "2018-2025", "2015-2022, 2025", "2019-2021 (totaal)"
    [[nodiscard]] std::string years() const;
    // Where the figure comes from, as one line of text.
    [[nodiscard]] std::string source(const Figure& figure) const;

private:
    const EntryData* data_;
};

// The key in that stand (keys match ignoring case and surrounding blanks).
[[nodiscard]] std::optional<Entry> find_entry(std::string_view key, Stand stand) noexcept;
// Whether any stand has the key.
[[nodiscard]] bool is_known_key(std::string_view key) noexcept;
// Every entry, by stand in catalogue order, then by key.
[[nodiscard]] std::span<const EntryData> all_entries() noexcept;

} // namespace fondscijfers
