// The compiled catalogue, as the generator writes it (build/.../catalogue_data.cpp).
#pragma once

#include "fondscijfers/catalogue.hpp"

#include <cstddef>
#include <cstdint>
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
    std::size_t first_entry, entry_count; // its entries in Catalogue::entries
};

struct Catalogue {
    std::span<const StandInfo> stands;  // the default stand (the newest full one) first
    std::span<const EntryData> entries; // by stand, then key
    std::span<const Figure> figures;    // each entry's figures together
    // Stand codes by code_hash (plain_text.hpp): slot hash & (size - 1) holds the stand's
    // index + 1, or 0; the size is a power of two.
    std::uint32_t stand_seed;
    std::span<const std::uint8_t> stand_slots;
};

const Catalogue& catalogue() noexcept;

} // namespace fondscijfers::data
