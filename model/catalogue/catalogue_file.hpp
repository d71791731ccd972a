// Parsing and validation of the catalogue data files (model/data/*.txt): one file per
// source stand. The generator compiles them into the model; the tests read them too.
// The format is described in model/data/FORMAT.md.
#pragma once

#include "fondscijfers/unit.hpp"

#include <cstdint>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace fondscijfers::catalogue {

// "file:line: message"
class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

using fondscijfers::Unit;
using fondscijfers::unit_name;

struct Source {
    std::string document; // empty: the file's document
    std::string place;    // chapter, section, table, row
    std::string quote;    // verbatim phrase, may be empty
};

// How the source states an amount, before the number: "ruim € 60 miljoen".
inline constexpr std::string_view qualifiers[] = {
    "ruim",       "circa",    "ongeveer",    "bijna",    "meer dan",
    "minder dan", "maximaal", "ten hoogste", "minimaal", "naar schatting"};
inline constexpr std::string_view characters[] = {"incidenteel", "structureel"};
inline constexpr std::string_view directions[] = {"toevoeging",    "korting", "uitname",
                                                  "terugbetaling", "tekort",  "overschot"};

struct Value {
    int first_year = 0;
    int last_year = 0;       // == first_year for a single year; else a total over the period
    int from_year = 0;       // "vanaf 2022": every year from then to the stand's horizon; else 0
    std::int64_t digits = 0; // the printed number without separators
    int exponent = 0;        // value = digits x 10^exponent (euros, a fraction, persons, ...)
    std::string qualifier;   // empty: exact; else one of `qualifiers`
    Source source;
    std::string note; // e.g. how a derived value follows from stated ones
    int line = 0;
};

struct Overlap {
    std::string key;  // another key holding (partly) the same money
    std::string note; // how, e.g. "2021: dezelfde € 300 mln"
    int line = 0;
};

// One key as a stand file states it, with the lines to name in errors; the generator
// compiles it into the model's table (fondscijfers::Entry reads it there).
struct FileEntry {
    std::string key;
    std::string description;
    Unit unit = Unit::euro;
    std::string character; // incidenteel, structureel; empty: not stated
    std::string direction; // toevoeging, korting, uitname, ...; empty: not stated
    std::vector<Overlap> overlaps;
    std::vector<Value> values;
    int line = 0;
};

struct File {
    std::string path;
    std::string stand; // code, e.g. "S2020"
    std::string title;
    std::string document;
    std::string date;     // "2020-09": the month of the stand (of its circular); may be empty
    int horizon = 0;      // the last year of its meerjarenraming: "vanaf" amounts run to it
    bool full = false;    // holds every key the named functions need: may be the default
    std::string released; // the checksum of its figures recorded at release; empty: a draft
    int full_line = 0;
    int released_line = 0;
    std::vector<FileEntry> entries;
};

// Throws DataError naming the file and line of the first problem.
File parse_file(const std::string& path, std::istream& in);
File read_file(const std::string& path);

// The checksum of a stand's figures: keys, units, years and values, in any file order.
// Texts (descriptions, sources, notes) are not part of it.
std::string figures_checksum(const File& file);

// Checks within and across files: distinct stand codes; a full stand holds the keys the
// named functions read, in the shape they need; a released stand's figures still match its
// checksum. Orders the files as the model numbers the stands: the default stand (the newest
// full stand) first, then by date, newest first.
void check_stands(std::vector<File>& files);

} // namespace fondscijfers::catalogue
