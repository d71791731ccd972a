// Numbers and figures as the answers write them, Dutch style.
#pragma once

#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/stand.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace fondscijfers::detail {

// 1.036.297.000 and -1.234
[[nodiscard]] std::string dutch_digits(std::int64_t n);
// digits x 10^exponent: 0,0371 and 1.036.297.000
[[nodiscard]] std::string decimal_text(std::int64_t digits, int exponent);
// A fraction as a percentage: 3,71%
[[nodiscard]] std::string percent_text(const Figure& f);
// A growth rate as a percentage with at most six significant digits: 2%, 3,5%, -0,25%. The
// portable core writes it by the same rule (printf's %.6g), so both give the same text.
[[nodiscard]] std::string growth_text(double rate);
// A number the user gave, as Calc writes it in Dutch (printf's %.15g): 2021,5 and 1e+300.
[[nodiscard]] std::string number_text(double number);
// "€ 1.036.297.000", "0,0371 (3,71%)", with the source's qualifier ("ruim € 60.000.000").
[[nodiscard]] std::string amount_text(Unit unit, const Figure& f);
// The unit of a table's figures: "(x € 1.000)".
[[nodiscard]] std::string table_unit(int exponent);
// Euros in a table's unit (10^exponent), exactly: the table's figures are whole there.
[[nodiscard]] std::int64_t in_unit(std::int64_t euros, int exponent);
// Where a figure of a named key is printed, shortly: its place (and its document when that
// is not the stand's).
[[nodiscard]] std::string place_of(const Figure* f);
// The short forms of CIRCULAIREBRON: a document without its address and subdivisions, a
// place as its chapter and table.
[[nodiscard]] std::string short_document(std::string_view document);
[[nodiscard]] std::string short_place(std::string_view place);
// "Bron: <document>, <chapter>, <table>."
[[nodiscard]] std::string short_source(const Figure& f, Stand stand);

} // namespace fondscijfers::detail
