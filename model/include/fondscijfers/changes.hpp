// What changed between two stands (CIRCULAIREVERSCHIL), and the stands at a glance
// (CIRCULAIRESTANDEN): the table every adviser writes after a circular.
#pragma once

#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fondscijfers {

// The figure of `name` (a key, or a function of one year such as "ACCRES" or "BCFVRIJVAL",
// with its stand's own growth and the gemeenten share) for `year` in `stand` minus the same
// figure in `previous`; without `previous`, in the newest earlier stand that has it. Exact in
// the figures' decimals. not_available when either has none; not_a_figure for ACCRESINDEX
// (an index between two years is no figure of one year).
[[nodiscard]] ValueAnswer figure_change(std::string_view name, Year year, Stand stand,
                                        std::optional<Stand> previous);

// The same difference as a sentence that names both stands, their figures and sources.
[[nodiscard]] TextAnswer figure_change_source(std::string_view name, Year year, Stand stand,
                                              std::optional<Stand> previous);

// One row of CIRCULAIRESTANDEN.
struct StandRow {
    std::string_view code;
    std::string_view title;
    std::string_view month;  // "2021-05"
    std::string_view kind;   // "volledig" or "gedeeltelijk"
    std::string functions;   // the functions of a year it has figures for: "ACCRES, ..."
    std::string documents;   // its document, then the others its figures name: "a | b"
    std::string default_for; // the functions a formula without a stand answers from it
};

inline constexpr std::size_t stand_columns = 7;
[[nodiscard]] std::span<const std::string_view, stand_columns> stand_titles() noexcept;

struct StandList {
    std::vector<StandRow> rows; // newest first
    ListHeader header;
};
[[nodiscard]] StandList stand_list(ListHeader header);

} // namespace fondscijfers
