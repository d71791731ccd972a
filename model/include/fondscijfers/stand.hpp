// The stand (vintage) a figure belongs to, e.g. septembercirculaire 2020.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace fondscijfers {

class Stand {
public:
    // The newest full stand of the data (CIRCULAIRESTAND()). A formula that names no stand is
    // answered by the rule of fondscijfers/default_stand.hpp, which starts from newer stands
    // where they give a function's whole series.
    [[nodiscard]] static Stand standard() noexcept;

    // Case-insensitive code ("S2020", "startnota"); surrounding blanks are ignored.
    [[nodiscard]] static std::optional<Stand> parse(std::string_view code) noexcept;

    // Every stand: the default first, then newest first.
    [[nodiscard]] static std::vector<Stand> all();

    [[nodiscard]] std::string_view code() const noexcept;
    [[nodiscard]] std::string_view title() const noexcept;
    // The document the stand's figures come from, unless a figure names another.
    [[nodiscard]] std::string_view document() const noexcept;
    // When that document appeared: "2020-09".
    [[nodiscard]] std::string_view date() const noexcept;
    // The year of that month, and the last year of the stand's meerjarenraming (the years a
    // series of the stand runs over); nullopt where the file states none.
    [[nodiscard]] std::optional<int> year() const noexcept;
    [[nodiscard]] std::optional<int> horizon() const noexcept;
    // Holds every figure the named functions need, so it can be the default.
    [[nodiscard]] bool is_full() const noexcept;
    // Its figures are fixed by a checksum in its data file.
    [[nodiscard]] bool is_released() const noexcept;
    [[nodiscard]] constexpr std::uint8_t index() const noexcept { return index_; }

    friend constexpr bool operator==(Stand, Stand) noexcept = default;

private:
    friend class Entry;
    [[nodiscard]] static Stand from_index(std::uint8_t index) noexcept;
    constexpr explicit Stand(std::uint8_t index) noexcept : index_(index) {}
    std::uint8_t index_;
};

} // namespace fondscijfers
