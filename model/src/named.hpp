// The functions of a year (ACCRES, BCFVRIJVAL, ...) as the function table describes them.
#pragma once

#include "function_table.hpp"

#include <string_view>

namespace fondscijfers::detail {

// The function of a year with that formula name (case and surrounding blanks ignored).
[[nodiscard]] const addin::Function* named_function(std::string_view name) noexcept;

// Whether the function has an argument of that kind (BCFVRIJVAL's growth and deel).
[[nodiscard]] bool takes(const addin::Function& f, addin::ArgumentKind kind) noexcept;

} // namespace fondscijfers::detail
