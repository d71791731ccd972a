// The compiled catalogue, as the generator writes it (build/.../catalogue_data.cpp).
#pragma once

#include "fondscijfers/catalogue.hpp"

#include <cstddef>
#include <span>
#include <string_view>

namespace fondscijfers::data {

using fondscijfers::EntryData;
using fondscijfers::Figure;
using fondscijfers::Unit;

struct StandInfo {
    std::string_view code;
    std::string_view title;
    std::string_view document;
};

struct Catalogue {
    std::span<const StandInfo> stands;
    std::size_t default_stand;
    std::span<const EntryData> entries; // by stand, then key
    std::span<const Figure> figures;    // each entry's figures together
};

const Catalogue& catalogue() noexcept;

} // namespace fondscijfers::data
