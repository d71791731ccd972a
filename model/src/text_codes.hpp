// Matching of the short text codes users type as arguments ("S2020", "totaal").
#pragma once

#include <string_view>

namespace fondscijfers::detail {

[[nodiscard]] std::string_view trim_blanks(std::string_view text) noexcept;

// ASCII case-insensitive equality after trimming `text`; `code` is compared as is.
[[nodiscard]] bool matches_code(std::string_view text, std::string_view code) noexcept;

} // namespace fondscijfers::detail
