#include "fondscijfers/stand.hpp"

#include "catalogue_data.hpp"
#include "text_codes.hpp"

#include <cstddef>

namespace fondscijfers {

Stand Stand::standard() noexcept {
    return Stand{static_cast<std::uint8_t>(data::catalogue().default_stand)};
}

std::optional<Stand> Stand::parse(std::string_view code) noexcept {
    const auto stands = data::catalogue().stands;
    for (std::size_t i = 0; i < stands.size(); ++i)
        if (detail::matches_code(code, stands[i].code)) return Stand{static_cast<std::uint8_t>(i)};
    return std::nullopt;
}

Stand Stand::from_index(std::uint8_t index) noexcept {
    return Stand{index};
}

std::string_view Stand::code() const noexcept {
    return data::catalogue().stands[index_].code;
}
std::string_view Stand::title() const noexcept {
    return data::catalogue().stands[index_].title;
}
std::string_view Stand::document() const noexcept {
    return data::catalogue().stands[index_].document;
}

} // namespace fondscijfers
