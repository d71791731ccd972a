#include "methods.hpp"

#include "fondscijfers/functions.hpp"

namespace fondscijfers::addin {
namespace {

#include "binary_methods.inc"

} // namespace

std::span<const Method> methods() noexcept {
    return method_table;
}

} // namespace fondscijfers::addin
