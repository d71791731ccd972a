// Value types returned by the model.
#pragma once

#include <compare>
#include <cstdint>

namespace fondscijfers {

// A whole number of euros (never thousands).
struct Euros {
    std::int64_t value;
    friend constexpr auto operator<=>(Euros, Euros) noexcept = default;
};

} // namespace fondscijfers
