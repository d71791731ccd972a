// The stand (vintage) a figure belongs to, e.g. septembercirculaire 2020.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace fondscijfers {

class Stand {
public:
    // The stand used when a formula names none.
    [[nodiscard]] static Stand standard() noexcept;

    // Case-insensitive code ("S2020", "startnota"); surrounding blanks are ignored.
    [[nodiscard]] static std::optional<Stand> parse(std::string_view code) noexcept;

    [[nodiscard]] std::string_view code() const noexcept;
    [[nodiscard]] std::string_view title() const noexcept;
    // The document the stand's figures come from, unless a figure names another.
    [[nodiscard]] std::string_view document() const noexcept;
    [[nodiscard]] constexpr std::uint8_t index() const noexcept { return index_; }

    friend constexpr bool operator==(Stand, Stand) noexcept = default;

private:
    friend class Entry;
    [[nodiscard]] static Stand from_index(std::uint8_t index) noexcept;
    constexpr explicit Stand(std::uint8_t index) noexcept : index_(index) {}
    std::uint8_t index_;
};

} // namespace fondscijfers
