// Plain ASCII text handling shared by the data reader, the model and the generators: blanks
// around a word, as the data files and the spreadsheet arguments allow them, ASCII lower case
// (keys and codes are ASCII; the catalogue's filter folds all of Unicode, text_codes.hpp), and
// string literals in generated files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace fondscijfers {

[[nodiscard]] constexpr bool is_blank(char c) noexcept {
    return c == ' ' || c == '\t';
}

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The text without the spaces and tabs around it.
[[nodiscard]] constexpr std::string_view trim_blanks(std::string_view text) noexcept {
    while (!text.empty() && is_blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back()))
        text.remove_suffix(1);
    return text;
}

// A hash of a code that ignores ASCII case (FNV-1a on the lowered bytes, from `seed`): the
// generator picks a seed that puts every stand code in a slot of its own, so the model finds a
// typed stand in one step however many stands there are.
[[nodiscard]] constexpr std::uint32_t code_hash(std::string_view code,
                                                std::uint32_t seed) noexcept {
    std::uint32_t hash = 2166136261U ^ seed;
    for (const char c : code) {
        hash ^= static_cast<unsigned char>(ascii_lower(c));
        hash *= 16777619U;
    }
    return hash ^ (hash >> 15); // the slot is taken from the low bits
}

// `text` in double quotes with `"` and `\` escaped: a string literal of C++, JSON and Python
// alike (the generated texts hold no control characters).
[[nodiscard]] inline std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace fondscijfers
