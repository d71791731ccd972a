// The unit of a catalogue figure; the same names are used in the data files.
#pragma once

#include <array>
#include <string_view>

namespace fondscijfers {

enum class Unit : unsigned char { euro, fractie, personen, aantal, euro_per_besluit };

inline constexpr std::array all_units = {Unit::euro, Unit::fractie, Unit::personen, Unit::aantal,
                                         Unit::euro_per_besluit};

[[nodiscard]] constexpr std::string_view unit_name(Unit unit) noexcept {
    switch (unit) {
    case Unit::euro:
        return "euro";
    case Unit::fractie:
        return "fractie";
    case Unit::personen:
        return "personen";
    case Unit::aantal:
        return "aantal";
    case Unit::euro_per_besluit:
        return "euro_per_besluit";
    }
    return "";
}

} // namespace fondscijfers
