#include "fondscijfers/stand.hpp"

#include "source_data.hpp"
#include "text_codes.hpp"

#include <cstddef>

namespace fondscijfers {

Stand Stand::standard() noexcept {
    // The dataset is checked by the tests to name a default stand it contains.
    static const Stand fallback = *parse(data::dataset().default_stand);
    return fallback;
}

std::optional<Stand> Stand::parse(std::string_view code) noexcept {
    const auto stands = data::dataset().stands;
    for (std::size_t i = 0; i < stands.size(); ++i)
        if (detail::matches_code(code, stands[i].code)) return Stand{static_cast<std::uint8_t>(i)};
    return std::nullopt;
}

std::string_view Stand::code() const noexcept {
    return data::dataset().stands[index_].code;
}
std::string_view Stand::title() const noexcept {
    return data::dataset().stands[index_].title;
}

} // namespace fondscijfers
