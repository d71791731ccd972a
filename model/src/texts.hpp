// Numbers as the answers write them, Dutch style.
#pragma once

#include <cstdint>
#include <string>

namespace fondscijfers::detail {

// 1.036.297.000 and -1.234
[[nodiscard]] std::string dutch_digits(std::int64_t n);
// digits x 10^exponent: 0,0371 and 1.036.297.000
[[nodiscard]] std::string decimal_text(std::int64_t digits, int exponent);

} // namespace fondscijfers::detail
