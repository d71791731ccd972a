#include "named.hpp"

#include "text_codes.hpp"

#include <algorithm>

namespace fondscijfers::detail {

const addin::Function* named_function(std::string_view name) noexcept {
    for (const auto& f : addin::functions())
        if (f.explained != addin::Explanation::none && matches_code(name, f.name)) return &f;
    return nullptr;
}

bool takes(const addin::Function& f, addin::ArgumentKind kind) noexcept {
    return std::ranges::any_of(f.arguments,
                               [&](const addin::Argument& a) { return a.kind == kind; });
}

} // namespace fondscijfers::detail
