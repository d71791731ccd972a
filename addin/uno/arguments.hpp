// Conversion of Calc's arguments into model types. Anything that is not a valid argument is
// rejected: the method then returns the error of its reason (reasons.hpp: Err:502 by
// IllegalArgumentException, the others as Calc's error value), or for an explanation
// (CIRCULAIREBRON) the reason's sentence.
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

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <optional>
#include <string>

namespace fondscijfers::addin {

// A rejected argument, on its way to the method that converts it (the generated methods
// catch it): why, and what was given.
struct Rejection {
    Reason reason;
    Given given;
};

[[noreturn]] void reject(Reason why);

// What was given, for the reason's sentence.
Given given_of(const css::uno::Any& value);
Given given_of(const rtl::OUString& value);
Given given_of(double value);

// The cell of a rejected call: Err:502 (IllegalArgumentException is thrown) or the reason's
// error value.
css::uno::Any rejected(const Rejection& rejection);
// An explanation's cell for a rejected argument: the reason's sentence.
css::uno::Any explained(const Rejection& rejection);
// An explanation is a text, whatever it explains.
css::uno::Any cell_value(const Explained& explanation);

Year year_argument(double number);

// Optional arguments: omitted, empty (";;") or blank text mean the default.
// A stand; nullopt when omitted or blank (then the default rule of default_stand.hpp).
std::optional<Stand> optional_stand_argument(const css::uno::Any& argument);
// nullopt when omitted: the stand's own growth.
std::optional<Growth> growth_argument(const css::uno::Any& argument);
Deel deel_argument(const css::uno::Any& argument);
// A year (2022) or a period as text ("2019-2021"); nullopt when omitted or blank.
std::optional<Period> period_argument(const css::uno::Any& argument);
// Optional text; "" when omitted or blank.
std::string filter_argument(const css::uno::Any& argument);
// Optional yes/no: a number (TRUE is 1, FALSE 0); omitted or empty is no.
ListHeader header_argument(const css::uno::Any& argument);

// UTF-8; a text with a lone surrogate is rejected (Err:502).
std::string utf8(const rtl::OUString& text);

// Every number returned to Calc passes here: a NaN or an infinity would show as #NUM! or as
// a plausible wrong number; it is rejected instead (Err:502), as LibreOffice's own add-ins do.
double finite(double value);

// A figure as a cell value; no figure becomes an empty Any, which Calc shows as #N/A.
css::uno::Any cell_value(std::optional<double> value);
css::uno::Any cell_value(std::optional<Euros> value);

// The value Calc stores for #N/A inside an array result (an empty Any there is an empty cell).
double not_available_in_array() noexcept;
double array_element(std::optional<double> value);
double array_element(std::optional<Euros> value) noexcept;
// A catalogue answer in an array: unknown names are Err:502 for the whole array.
double array_element(const ValueAnswer& answer);

// Calls `figure(Year)` for a year, or for every year of a range or inline array; then the
// result is an array of the same shape with #N/A where there is no figure. An empty cell in
// the range gives #N/A there; anything else that is not a whole year is Err:502.
template <class Figure> css::uno::Any for_each_year(const css::uno::Any& years, Figure&& figure);
// Catalogue answers: unknown keys and a missing period are Err:502, no figure is #N/A.
css::uno::Any cell_value(const ValueAnswer& answer);
css::uno::Any cell_value(const TextAnswer& answer);
// One row per entry, after a row of column names when asked; no rows is #N/A.
css::uno::Any cell_value(const CatalogueList& list);
// One row per stand, after a row of column names when asked.
css::uno::Any cell_value(const StandList& list);
css::uno::Any cell_value(std::string_view text);

// A year in a range: nullopt for an empty cell; throws for anything else but a whole year.
std::optional<Year> year_in_array(const css::uno::Any& element);
// A single year given as `any`: a number, or a whole number written as text.
Year year_argument(const css::uno::Any& argument);

// An argument converted by its kind in the function table (the generated component methods
// call this). `years` arguments are converted year by year, by for_each_year.
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

template <class Figure> css::uno::Any for_each_year(const css::uno::Any& years, Figure&& figure) {
    using Matrix = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;
    if (years.getValueTypeClass() != css::uno::TypeClass_SEQUENCE)
        return cell_value(figure(year_argument(years)));
    Matrix in;
    if (!(years >>= in)) reject(Reason::years_not_range);
    Matrix out(in.getLength());
    css::uno::Sequence<css::uno::Any>* out_row = out.getArray();
    for (const auto& row : in) {
        css::uno::Sequence<css::uno::Any> values(row.getLength());
        css::uno::Any* value = values.getArray();
        for (const auto& element : row) {
            const auto year = year_in_array(element);
            *value++ <<= year ? array_element(figure(*year)) : not_available_in_array();
        }
        *out_row++ = values;
    }
    return css::uno::Any(out);
}

} // namespace fondscijfers::addin
