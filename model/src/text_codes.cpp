#include "text_codes.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace fondscijfers::detail {

bool matches_code(std::string_view text, std::string_view code) noexcept {
    return std::ranges::equal(trim_blanks(text), code,
                              [](char a, char b) { return ascii_lower(a) == ascii_lower(b); });
}

} // namespace fondscijfers::detail

namespace fondscijfers::detail {
namespace {

constexpr std::pair<std::uint16_t, std::uint16_t> fold_table[] = {
#include "fold_table.inc"
};

char32_t fold(char32_t c) {
    if (c < 0x80) return static_cast<unsigned char>(ascii_lower(static_cast<char>(c)));
    const auto it = std::lower_bound(std::begin(fold_table), std::end(fold_table), c,
                                     [](const auto& pair, char32_t x) { return pair.first < x; });
    return it != std::end(fold_table) && it->first == c ? it->second : c;
}

} // namespace

std::u32string folded(std::string_view utf8) {
    std::u32string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        const int length = byte < 0x80       ? 1
                           : byte >> 5 == 6  ? 2
                           : byte >> 4 == 14 ? 3
                           : byte >> 3 == 30 ? 4
                                             : 0;
        char32_t c = length == 1   ? byte
                     : length == 2 ? byte & 0x1F
                     : length == 3 ? byte & 0x0F
                                   : byte & 0x07;
        bool valid = length > 0 && i + static_cast<std::size_t>(length) <= utf8.size();
        for (int k = 1; valid && k < length; ++k) {
            const auto next = static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]);
            valid = next >> 6 == 2;
            c = c << 6 | (next & 0x3F);
        }
        const char32_t f = valid ? fold(c) : U'\uFFFD';
        if (f != 0) out.push_back(f); // 0: a combining mark, dropped as the accent it is
        i += valid ? static_cast<std::size_t>(length) : 1;
    }
    return out;
}

bool contains_folded(std::string_view text, std::u32string_view part) {
    return folded(text).find(part) != std::u32string::npos;
}

} // namespace fondscijfers::detail
