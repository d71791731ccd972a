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
    bool is_default = false;
    std::vector<Entry> entries;
};

// Throws DataError naming the file and line of the first problem.
File parse_file(const std::string& path, std::istream& in);
File read_file(const std::string& path);

// Checks across files: distinct stand codes, exactly one default stand.
void check_stands(const std::vector<File>& files);

} // namespace fondscijfers::catalogue
