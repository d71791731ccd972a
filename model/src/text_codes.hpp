// Matching of the short text codes users type as arguments ("S2020", "totaal").
#pragma once

#include "plain_text.hpp"

#include <string>
#include <string_view>

namespace fondscijfers::detail {

using fondscijfers::ascii_lower; // plain_text.hpp
using fondscijfers::trim_blanks;

// ASCII case-insensitive equality after trimming `text`; `code` is compared as is.
[[nodiscard]] bool matches_code(std::string_view text, std::string_view code) noexcept;

} // namespace fondscijfers::detail

namespace fondscijfers::detail {

// The text as code points with case and accents ignored (reëel, REËEL and reeel are equal,
// and the decomposed e + U+0308 too: combining marks are dropped); for the catalogue's filter.
[[nodiscard]] std::u32string folded(std::string_view utf8);

// Whether `text`, folded, contains `part` (folded already). An empty part is in every text.
[[nodiscard]] bool contains_folded(std::string_view text, std::u32string_view part);

} // namespace fondscijfers::detail
