#include "text_codes.hpp"

#include <algorithm>

namespace fondscijfers::detail {
namespace {

constexpr bool is_blank(char c) noexcept {
    return c == ' ' || c == '\t';
}
constexpr char ascii_lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

} // namespace

std::string_view trim_blanks(std::string_view text) noexcept {
    while (!text.empty() && is_blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back()))
        text.remove_suffix(1);
    return text;
}

bool matches_code(std::string_view text, std::string_view code) noexcept {
    return std::ranges::equal(trim_blanks(text), code,
                              [](char a, char b) { return ascii_lower(a) == ascii_lower(b); });
}

} // namespace fondscijfers::detail
