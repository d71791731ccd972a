#include "texts.hpp"

#include <string_view>

namespace fondscijfers::detail {

std::string dutch_digits(std::int64_t n) {
    const bool negative = n < 0;
    std::string digits = std::to_string(negative ? -n : n);
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ".");
    return (negative ? "-" : "") + digits;
}

std::string decimal_text(std::int64_t digits, int exponent) {
    if (exponent >= 0) {
        for (int i = 0; i < exponent; ++i)
            digits *= 10;
        return dutch_digits(digits);
    }
    const bool negative = digits < 0;
    std::string text = std::to_string(negative ? -digits : digits);
    const auto places = static_cast<std::size_t>(-exponent);
    if (text.size() <= places) text.insert(0, places + 1 - text.size(), '0');
    std::int64_t whole = 0; // the digits before the comma (no strtoll: the component does no I/O)
    for (const char c : std::string_view(text).substr(0, text.size() - places))
        whole = whole * 10 + (c - '0');
    return (negative ? "-" : "") + dutch_digits(whole) + "," + text.substr(text.size() - places);
}

} // namespace fondscijfers::detail
