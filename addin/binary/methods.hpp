// The methods of XFunctions in the IDL's order, each bound to its model call (generated from
// the function table, binary_methods.inc): what both shells call, the binary-UNO component
// that ships and the benchmark's C++ UNO one.
#pragma once

#include "values.hpp"

#include <span>

namespace fondscijfers::addin {

[[nodiscard]] std::span<const Method> methods() noexcept;

} // namespace fondscijfers::addin
