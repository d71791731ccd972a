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

struct Value {
    int first_year = 0;
    int last_year = 0;       // == first_year for a single year; else a total over the period
    std::int64_t digits = 0; // the printed number without separators
    int exponent = 0;        // value = digits x 10^exponent (euros, a fraction, persons, ...)
    Source source;
    std::string note; // e.g. how a derived value follows from stated ones
    int line = 0;
};

struct Entry {
    std::string key;
    std::string description;
    Unit unit = Unit::euro;
    std::vector<Value> values;
    int line = 0;
};

struct File {
    std::string path;
    std::string stand; // code, e.g. "S2020"
    std::string title;
    std::string document;
    std::string date;     // "2020-09": the month of the stand (of its circular); may be empty
    bool full = false;    // holds every key the named functions need: may be the default
    std::string released; // the checksum of its figures recorded at release; empty: a draft
    int full_line = 0;
    int released_line = 0;
    std::vector<Entry> entries;
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
