// Reading single figures by key for the named functions.
#pragma once

#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/year.hpp"

namespace fondscijfers::detail {

// The figure of exactly that year (not a period total), if the stand has one.
[[nodiscard]] const Figure* year_figure(std::string_view key, Stand stand, Year year) noexcept;

// The figure of an entry that holds one figure (a single year or a period).
[[nodiscard]] const Figure* only_figure(std::string_view key, Stand stand) noexcept;

// First and last single year the stand has a figure for.
[[nodiscard]] std::optional<Period> single_year_range(std::string_view key, Stand stand) noexcept;

} // namespace fondscijfers::detail
