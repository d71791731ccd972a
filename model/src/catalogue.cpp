#include "fondscijfers/catalogue.hpp"

#include "catalogue_data.hpp"
#include "text_codes.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace fondscijfers {
namespace {

constexpr std::size_t max_key_length = 128;

// Keys are stored in lowercase; the user's text is trimmed and lowered once.
std::optional<std::string_view> normalized_key(std::string_view text,
                                               std::array<char, max_key_length>& buffer) noexcept {
    text = detail::trim_blanks(text);
    if (text.empty() || text.size() > buffer.size()) return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        buffer[i] = ascii_lower(c);
    }
    return std::string_view(buffer.data(), text.size());
}

std::span<const EntryData> stand_entries(std::uint8_t stand) noexcept {
    const auto& catalogue = data::catalogue();
    const auto& info = catalogue.stands[stand];
    return catalogue.entries.subspan(info.first_entry, info.entry_count);
}

const EntryData* find_in(std::span<const EntryData> entries, std::string_view key) noexcept {
    const auto it = std::ranges::lower_bound(entries, key, {}, &EntryData::key);
    return it != entries.end() && it->key == key ? &*it : nullptr;
}

} // namespace

std::string period_text(Period p) {
    return p.first == p.last ? std::to_string(p.first)
                             : std::to_string(p.first) + "-" + std::to_string(p.last);
}

std::optional<Period> parse_period(std::string_view text) noexcept {
    text = detail::trim_blanks(text);
    const auto number = [](std::string_view s) -> std::optional<int> {
        if (s.empty() || s.size() > 4) return std::nullopt;
        int n = 0;
        for (const char c : s) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    const auto dash = text.find('-');
    const auto first = number(detail::trim_blanks(text.substr(0, dash)));
    if (!first) return std::nullopt;
    if (dash == std::string_view::npos) return Period{*first, *first};
    const auto last = number(detail::trim_blanks(text.substr(dash + 1)));
    if (!last || *last <= *first) return std::nullopt;
    return Period{*first, *last};
}

double Figure::value() const noexcept {
    // One correctly rounded operation: 371 x 10^-4 gives the double nearest 0,0371.
    const double scale = std::pow(10.0, std::abs(exponent));
    return exponent >= 0 ? static_cast<double>(digits) * scale
                         : static_cast<double>(digits) / scale;
}

Stand Entry::stand() const noexcept {
    return Stand::from_index(data_->stand_index);
}

std::span<const Figure> Entry::figures() const noexcept {
    return data::catalogue().figures.subspan(data_->first_figure, data_->figure_count);
}

const Figure* Entry::figure(Period period) const noexcept {
    for (const auto& f : figures())
        if (f.period() == period) return &f;
    return nullptr;
}

std::string Entry::years() const {
    std::string out;
    const auto append = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
    std::optional<Period> run; // consecutive single years are shown as one range
    const auto flush = [&] {
        if (run) append(period_text(*run));
        run.reset();
    };
    std::vector<int> single;
    for (const auto& f : figures())
        if (f.first_year == f.last_year) single.push_back(f.first_year);
    std::ranges::sort(single);
    for (const int y : single) {
        if (run && y == run->last + 1) {
            run->last = y;
        } else {
            flush();
            run = Period{y, y};
        }
    }
    flush();
    for (const auto& f : figures())
        if (f.first_year != f.last_year) append(period_text(f.period()) + " (periode)");
    return out;
}

std::string Entry::source(const Figure& f) const {
    std::string out(f.document.empty() ? stand().document() : f.document);
    out += ", ";
    out += f.place;
    if (!f.quote.empty()) out += ": \u201c" + std::string(f.quote) + "\u201d";
    if (!f.note.empty()) out += " (" + std::string(f.note) + ")";
    return out;
}

std::optional<Entry> find_entry(std::string_view key, Stand stand) noexcept {
    std::array<char, max_key_length> buffer{};
    const auto normal = normalized_key(key, buffer);
    if (!normal) return std::nullopt;
    const EntryData* e = find_in(stand_entries(stand.index()), *normal);
    return e ? std::optional<Entry>(Entry(*e)) : std::nullopt;
}

bool is_known_key(std::string_view key) noexcept {
    std::array<char, max_key_length> buffer{};
    const auto normal = normalized_key(key, buffer);
    if (!normal) return false;
    return std::ranges::any_of(all_entries(), [&](const EntryData& e) { return e.key == *normal; });
}

std::span<const EntryData> all_entries() noexcept {
    return data::catalogue().entries;
}

} // namespace fondscijfers
