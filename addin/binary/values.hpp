// Calc's arguments and results in binary UNO, the C ABI of uno_Any, rtl_uString and
// uno_Sequence, converted to and from the model's types. Only the SDK's C headers: the
// component's boundary is plain C (docs/development.md, "Design"), so the same source
// builds for Linux and, with mingw-w64, for Windows.
//
// Anything that is not a valid argument is rejected: the method then gives the error of its
// reason (reasons.hpp: Err:502 as IllegalArgumentException, the others as Calc's error
// value), or for an explanation (CIRCULAIREBRON) the reason's sentence.
#pragma once

#include "fondscijfers/bcf.hpp"
#include "fondscijfers/changes.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/explain.hpp"
#include "fondscijfers/growth.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"
#include "function_table.hpp"
#include "reasons.hpp"

#include <cstdint>
#include <optional>
#include <rtl/ustring.h>
#include <span>
#include <string>
#include <string_view>
#include <typelib/typedescription.h>
#include <uno/any2.h>
#include <uno/sequence2.h>
#include <vector>

namespace fondscijfers::addin {

// A rejected argument, on its way to the method that converts it: why, and what was given.
struct Rejection {
    Reason reason;
    Given given;
};

[[noreturn]] void reject(Reason why);

// What was given, for the reason's sentence.
Given given_of(const uno_Any& value);
Given given_of(rtl_uString* value);
Given given_of(double value);

// The types of the values Calc exchanges with an add-in (static: never released).
typelib_TypeDescriptionReference* double_type() noexcept;
typelib_TypeDescriptionReference* string_type() noexcept;
typelib_TypeDescriptionReference* row_type() noexcept;    // []any
typelib_TypeDescriptionReference* matrix_type() noexcept; // [][]any, a range or an array

// A text this code owns (released at the end of its scope).
class UString {
public:
    explicit UString(std::string_view utf8);
    UString(const UString&) = delete;
    UString& operator=(const UString&) = delete;
    ~UString();
    rtl_uString* get() const noexcept { return text_; }
    rtl_uString** address() noexcept { return &text_; }

private:
    rtl_uString* text_ = nullptr;
};

// UTF-8; a text with a lone surrogate is rejected (Err:502).
std::string utf8(rtl_uString* text);

// An argument of the IDL type `any`, as the method's pArgs gives it.
inline const uno_Any& any_parameter(void* argument) noexcept {
    return *static_cast<const uno_Any*>(argument);
}
inline double double_parameter(void* argument) noexcept {
    return *static_cast<const double*>(argument);
}
inline rtl_uString* string_parameter(void* argument) noexcept {
    return *static_cast<rtl_uString* const*>(argument);
}

bool is_double(const uno_Any& value) noexcept;
bool is_sequence(const uno_Any& value) noexcept;

// A range or inline array given as `any`, read in place; anything else that is a sequence
// is rejected (years_not_range).
class MatrixView {
public:
    explicit MatrixView(const uno_Any& value);
    std::size_t rows() const noexcept;
    std::span<const uno_Any> row(std::size_t r) const noexcept;

private:
    const uno_Sequence* rows_;
};

// A [][]any built row by row, then put into the result (owned until then: a rejection half
// way leaks nothing).
class MatrixBuilder {
public:
    explicit MatrixBuilder(std::size_t rows); // the rows it will have
    MatrixBuilder(const MatrixBuilder&) = delete;
    MatrixBuilder& operator=(const MatrixBuilder&) = delete;
    ~MatrixBuilder();
    // A new row of `length` empty values, to be set in place.
    std::span<uno_Any> add_row(std::size_t length);
    // Constructs `out` (raw memory) as the any of the matrix.
    void put(uno_Any* out) const;

private:
    std::vector<uno_Sequence*> rows_;
};

// Sets an element of a row (an empty any until then).
void set_element(uno_Any& element, double value);
void set_element(uno_Any& element, std::string_view utf8_text);

// Results: each constructs `out`, raw memory, once, after everything that can be rejected.
void put_empty(uno_Any* out) noexcept; // #N/A in a cell
void put_number(uno_Any* out, double value) noexcept;
void put_text(uno_Any* out, std::string_view utf8_text);

// Calc's error value with that code (a quiet NaN with the code as payload).
double error_value(std::uint16_t code) noexcept;

Year year_argument(double number);
// A single year given as `any`: a number, or a whole number written as text.
Year year_argument(const uno_Any& argument);
// A year in a range: nullopt for an empty cell; rejects anything else but a whole year.
std::optional<Year> year_in_array(const uno_Any& element);

// Optional arguments: omitted, empty (";;") or blank text mean the default.
// A stand; nullopt when omitted or blank (then the default rule of default_stand.hpp).
std::optional<Stand> optional_stand_argument(const uno_Any& argument);
// nullopt when omitted: the stand's own growth.
std::optional<Growth> growth_argument(const uno_Any& argument);
Deel deel_argument(const uno_Any& argument);
// A year (2022) or a period as text ("2019-2021"); nullopt when omitted or blank.
std::optional<Period> period_argument(const uno_Any& argument);
// Optional text; "" when omitted or blank.
std::string filter_argument(const uno_Any& argument);
// Optional yes/no: a number (TRUE is 1, FALSE 0); omitted or empty is no.
ListHeader header_argument(const uno_Any& argument);

// Every number returned to Calc passes here: a NaN or an infinity would show as #NUM! or as
// a plausible wrong number; it is rejected instead (Err:502), as LibreOffice's own add-ins do.
double finite(double value);

// The value Calc stores for #N/A inside an array result (an empty any there is an empty cell).
double not_available_in_array() noexcept;
double array_element(std::optional<double> value);
double array_element(std::optional<Euros> value) noexcept;
// A catalogue answer in an array: unknown names are Err:502 for the whole array.
double array_element(const ValueAnswer& answer);

// A figure as a cell value; no figure becomes an empty any, which Calc shows as #N/A.
void cell_value(uno_Any* out, std::optional<double> value);
void cell_value(uno_Any* out, std::optional<Euros> value);
// Catalogue answers: unknown keys and a missing period are Err:502, no figure is #N/A.
void cell_value(uno_Any* out, const ValueAnswer& answer);
void cell_value(uno_Any* out, const TextAnswer& answer);
// One row per entry, after a row of column names when asked; no rows is #N/A.
void cell_value(uno_Any* out, const CatalogueList& list);
// One row per stand, after a row of column names when asked.
void cell_value(uno_Any* out, const StandList& list);
void cell_value(uno_Any* out, std::string_view text);
// An explanation is a text, whatever it explains.
void cell_value(uno_Any* out, const Explained& explanation);

// Calls `figure(Year)` for a year, or for every year of a range or inline array; then the
// result is an array of the same shape with #N/A where there is no figure. An empty cell in
// the range gives #N/A there; anything else that is not a whole year is Err:502.
template <class Figure> void for_each_year(uno_Any* out, const uno_Any& years, Figure&& figure);

// An argument converted by its kind in the function table (the generated methods call this).
// `years` arguments are converted year by year, by for_each_year.
template <ArgumentKind kind, class Uno> auto argument(const Uno& value) {
    using enum ArgumentKind;
    static_assert(kind != years, "a range of years is converted per year: for_each_year");
    if constexpr (kind == year)
        return year_argument(value);
    else if constexpr (kind == stand || kind == stand_code)
        return optional_stand_argument(value);
    else if constexpr (kind == growth)
        return growth_argument(value);
    else if constexpr (kind == deel)
        return deel_argument(value);
    else if constexpr (kind == key || kind == field)
        return utf8(value);
    else if constexpr (kind == period)
        return period_argument(value);
    else if constexpr (kind == filter)
        return filter_argument(value);
    else if constexpr (kind == header)
        return header_argument(value);
}

// argument<kind>, recording what was given when it is rejected.
template <ArgumentKind kind, class Uno> auto checked_argument(const Uno& value) {
    try {
        return argument<kind>(value);
    } catch (Rejection& r) {
        r.given = given_of(value);
        throw;
    }
}

template <class Figure> void for_each_year(uno_Any* out, const uno_Any& years, Figure&& figure) {
    if (!is_sequence(years)) return cell_value(out, figure(year_argument(years)));
    const MatrixView in(years);
    MatrixBuilder result(in.rows());
    for (std::size_t r = 0; r < in.rows(); ++r) {
        const auto row = in.row(r);
        auto values = result.add_row(row.size());
        for (std::size_t c = 0; c < row.size(); ++c) {
            const auto year = year_in_array(row[c]);
            set_element(values[c], year ? array_element(figure(*year)) : not_available_in_array());
        }
    }
    result.put(out);
}

// One method of the interface: converts its arguments (pArgs, in the IDL's order), asks the
// model and constructs the result (generated, binary_methods.inc).
struct Method {
    void (*body)(void* const* arguments, uno_Any* result);
    bool explains; // CIRCULAIREBRON: a rejection gives the reason's sentence, not an error
};

// A method called: its result constructed in `result`, or (Err:502) the exception's message.
struct Outcome {
    bool illegal_argument = false;
    std::string_view message; // English, from reasons.hpp
};
Outcome call(const Method& method, void* const* arguments, uno_Any* result);

} // namespace fondscijfers::addin
