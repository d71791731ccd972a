// Conversion of Calc's arguments into model types. Anything that is not a valid argument
// throws IllegalArgumentException, which Calc shows as Err:502.
#pragma once

#include "fondscijfers/bcf.hpp"
#include "fondscijfers/growth.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

#include <com/sun/star/uno/Any.hxx>
#include <optional>

namespace fondscijfers::addin {

[[noreturn]] void reject(const char* why);

Year year_argument(double number);

// Optional arguments: omitted, empty (";;") or blank text mean the default.
Stand stand_argument(const css::uno::Any& argument);
Growth growth_argument(const css::uno::Any& argument);
Deel deel_argument(const css::uno::Any& argument);

// A figure as a cell value; no figure becomes an empty Any, which Calc shows as #N/A.
css::uno::Any cell_value(std::optional<double> value);
css::uno::Any cell_value(std::optional<Euros> value);

} // namespace fondscijfers::addin
