// Conversion of Calc's arguments into model types. Anything that is not a valid argument
// throws IllegalArgumentException, which Calc shows as Err:502.
#pragma once

#include "fondscijfers/bcf.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/growth.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

#include <com/sun/star/uno/Any.hxx>
#include <optional>
#include <string>

namespace fondscijfers::addin {

[[noreturn]] void reject(const char* why);

Year year_argument(double number);

// Optional arguments: omitted, empty (";;") or blank text mean the default.
Stand stand_argument(const css::uno::Any& argument);
Growth growth_argument(const css::uno::Any& argument);
Deel deel_argument(const css::uno::Any& argument);
// A year (2022) or a period as text ("2019-2021"); nullopt when omitted or blank.
std::optional<Period> period_argument(const css::uno::Any& argument);
// Optional text; "" when omitted or blank.
std::string filter_argument(const css::uno::Any& argument);

std::string utf8(const rtl::OUString& text);

// A figure as a cell value; no figure becomes an empty Any, which Calc shows as #N/A.
css::uno::Any cell_value(std::optional<double> value);
css::uno::Any cell_value(std::optional<Euros> value);
// Catalogue answers: unknown keys and a missing period are Err:502, no figure is #N/A.
css::uno::Any cell_value(const ValueAnswer& answer);
css::uno::Any cell_value(const TextAnswer& answer);
// One row per entry; no rows is #N/A.
css::uno::Any cell_value(const std::vector<ListRow>& rows);

} // namespace fondscijfers::addin
