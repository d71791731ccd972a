// Blanks around a word, as the data files and the spreadsheet arguments allow them.
#pragma once

#include <string_view>

namespace fondscijfers {

[[nodiscard]] constexpr bool is_blank(char c) noexcept {
    return c == ' ' || c == '\t';
}

// The text without the spaces and tabs around it.
[[nodiscard]] constexpr std::string_view trim_blanks(std::string_view text) noexcept {
    while (!text.empty() && is_blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back()))
        text.remove_suffix(1);
    return text;
}

} // namespace fondscijfers
