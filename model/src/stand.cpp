#include "fondscijfers/stand.hpp"

#include "catalogue_data.hpp"
#include "text_codes.hpp"

#include <cstddef>

namespace fondscijfers {
namespace {

const data::StandInfo& info(std::uint8_t index) noexcept {
    return data::catalogue().stands[index];
}

} // namespace

Stand Stand::standard() noexcept {
    return Stand{0}; // the generator puts the default first
}

std::optional<Stand> Stand::parse(std::string_view code) noexcept {
    // One slot per code (catalogue_data.hpp): the time does not grow with the stands.
    const auto& catalogue = data::catalogue();
    const std::string_view text = detail::trim_blanks(code);
    const std::uint32_t hash = code_hash(text, catalogue.stand_seed);
    const int slot = catalogue.stand_slots[hash & (catalogue.stand_slots.size() - 1)];
    if (slot == 0) return std::nullopt;
    const auto index = static_cast<std::uint8_t>(slot - 1);
    if (!detail::matches_code(text, catalogue.stands[index].code)) return std::nullopt;
    return Stand{index};
}

std::vector<Stand> Stand::all() {
    std::vector<Stand> out;
    for (std::size_t i = 0; i < data::catalogue().stands.size(); ++i)
        out.push_back(Stand{static_cast<std::uint8_t>(i)});
    return out;
}

Stand Stand::from_index(std::uint8_t index) noexcept {
    return Stand{index};
}

std::string_view Stand::code() const noexcept {
    return info(index_).code;
}
std::string_view Stand::title() const noexcept {
    return info(index_).title;
}
std::string_view Stand::document() const noexcept {
    return info(index_).document;
}
std::string_view Stand::date() const noexcept {
    return info(index_).date;
}
std::optional<int> Stand::year() const noexcept {
    const std::string_view date = info(index_).date;
    if (date.size() < 4) return std::nullopt;
    int year = 0;
    for (const char c : date.substr(0, 4))
        year = year * 10 + (c - '0'); // the generator accepts only JJJJ-MM
    return year;
}
std::optional<int> Stand::horizon() const noexcept {
    const int horizon = info(index_).horizon;
    return horizon ? std::optional<int>(horizon) : std::nullopt;
}
bool Stand::is_full() const noexcept {
    return info(index_).full;
}
bool Stand::is_released() const noexcept {
    return info(index_).released;
}

} // namespace fondscijfers
