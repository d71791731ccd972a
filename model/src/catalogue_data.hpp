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
    std::string_view date; // "2020-09"
    int horizon;           // the last year of its meerjarenraming; 0: not stated
    bool full;             // may be the default: holds every key the named functions need
    bool released;         // its figures are checked against the checksum in its file
};

struct Catalogue {
    std::span<const StandInfo> stands;  // the default stand (the newest full one) first
    std::span<const EntryData> entries; // by stand, then key
    std::span<const Figure> figures;    // each entry's figures together
};

const Catalogue& catalogue() noexcept;

} // namespace fondscijfers::data
