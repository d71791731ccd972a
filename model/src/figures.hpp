// Reading single figures for the named functions. Their keys are resolved once per stand,
// so a lookup is an index and a short scan of the entry's figures.
#pragma once

#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/keys.hpp"
#include "fondscijfers/year.hpp"

namespace fondscijfers::detail {

// The entry of a named key in a stand, if the stand has it.
[[nodiscard]] const EntryData* named_entry(keys::Named key, Stand stand) noexcept;

// The figure of exactly that year (not a period total), if the stand has one.
[[nodiscard]] const Figure* year_figure(keys::Named key, Stand stand, Year year) noexcept;

// The figure of an entry that holds one figure (a single year or a period).
[[nodiscard]] const Figure* only_figure(keys::Named key, Stand stand) noexcept;

// First and last single year the stand has a figure for.
[[nodiscard]] std::optional<Period> single_year_range(keys::Named key, Stand stand) noexcept;

} // namespace fondscijfers::detail
