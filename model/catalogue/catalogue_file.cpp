#include "catalogue_file.hpp"

#include "fondscijfers/keys.hpp"
#include "plain_text.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

namespace fondscijfers::catalogue {
namespace {

constexpr int earliest_year = 2000;
constexpr int latest_year = 2100;

class Reader {
public:
    Reader(std::string path, std::istream& in) : path_(std::move(path)), in_(in) {}

    File parse() {
        file_.path = path_;
        std::string raw;
        while (std::getline(in_, raw)) {
            ++line_;
            if (!raw.empty() && raw.back() == '\r') raw.pop_back();
            const std::string_view text = trim(raw);
            if (text.empty() || text.front() == '#') continue;
            statement(text);
        }
        finish_entry();
        if (file_.stand.empty()) fail(0, "the file names no stand (a 'stand' line)");
        if (file_.title.empty()) fail(0, "the file has no 'titel'");
        if (file_.document.empty()) fail(0, "the file has no 'document'");
        if (file_.entries.empty()) fail(0, "the file has no entries");
        return std::move(file_);
    }

private:
    [[noreturn]] void fail(int line, const std::string& message) const {
        throw DataError(path_ + ":" + std::to_string(line) + ": " + message);
    }
    [[noreturn]] void fail(const std::string& message) const { fail(line_, message); }

    static std::string_view trim(std::string_view s) { return trim_blanks(s); }

    void statement(std::string_view text) {
        const auto end = text.find_first_of(" \t");
        const std::string_view word = text.substr(0, end);
        const std::string_view rest = end == std::string_view::npos ? "" : trim(text.substr(end));
        if (!word.empty() && word.front() >= '0' && word.front() <= '9')
            return value_line(word, rest);
        if (rest.empty()) fail("'" + std::string(word) + "' needs a value");
        const std::string value(rest);
        if (word == "stand") return header(file_.stand, value, word);
        if (word == "titel") return header(file_.title, value, word);
        if (word == "datum") return date(value);
        if (word == "horizon") {
            if (entry_) fail("'horizon' belongs before the first entry");
            if (file_.horizon) fail("'horizon' given twice");
            file_.horizon = year(value);
            return;
        }
        if (word == "volledig") {
            if (value != "ja") fail("'volledig' takes only 'ja'");
            if (file_.full) fail("'volledig' given twice");
            file_.full = true;
            file_.full_line = line_;
            return;
        }
        if (word == "vrijgegeven") {
            header(file_.released, value, word);
            file_.released_line = line_;
            return;
        }
        if (word == "document" && !entry_) return header(file_.document, value, word);
        if (word == "sleutel") return start_entry(value);
        if (!entry_)
            fail("'" + std::string(word) + "' outside an entry (start one with 'sleutel')");
        if (word == "vanaf") return value_line(text.substr(0, end), rest);
        if (word == "omschrijving") return once(entry_->description, value, word);
        if (word == "karakter") return one_of(entry_->character, value, word, characters);
        if (word == "richting") return one_of(entry_->direction, value, word, directions);
        if (word == "overlap") return overlap(value);
        if (word == "eenheid") return unit(value);
        if (word == "document") return source_field(Level::document, value);
        if (word == "plaats") return source_field(Level::place, value);
        if (word == "citaat") return source_field(Level::quote, value);
        fail("unknown keyword '" + std::string(word) + "'");
    }

    void header(std::string& field, const std::string& value, std::string_view word) {
        if (entry_) fail("'" + std::string(word) + "' belongs before the first entry");
        if (!field.empty()) fail("'" + std::string(word) + "' given twice");
        if (word == "stand" && !valid_stand(value))
            fail("stand code must be A-Z and 0-9: " + value);
        field = value;
    }

    void date(const std::string& value) {
        const bool shape = value.size() == 7 && value[4] == '-' &&
                           std::ranges::all_of(value.substr(0, 4) + value.substr(5),
                                               [](char c) { return c >= '0' && c <= '9'; });
        if (!shape || value.substr(5) < "01" || value.substr(5) > "12")
            fail("datum must be a year and month, e.g. 2020-09: " + value);
        header(file_.date, value, "datum");
    }

    template <std::size_t N>
    void one_of(std::string& field, const std::string& value, std::string_view word,
                const std::string_view (&allowed)[N]) {
        if (std::ranges::find(allowed, value) == std::end(allowed)) {
            std::string list;
            for (const auto a : allowed)
                list += (list.empty() ? "" : ", ") + std::string(a);
            fail("'" + std::string(word) + "' takes one of: " + list);
        }
        once(field, value, word);
    }

    void overlap(const std::string& value) {
        Overlap o;
        o.line = line_;
        const auto bar = value.find('|');
        o.key = std::string(trim(std::string_view(value).substr(0, bar)));
        if (bar != std::string::npos)
            o.note = std::string(trim(std::string_view(value).substr(bar + 1)));
        if (!valid_key(o.key)) fail("'overlap' names a key: " + o.key);
        if (o.key == entry_->key) fail("an entry does not overlap itself");
        entry_->overlaps.push_back(std::move(o));
    }

    void once(std::string& field, const std::string& value, std::string_view word) {
        if (!field.empty()) fail("'" + std::string(word) + "' given twice in this entry");
        if (!entry_->values.empty()) fail("'" + std::string(word) + "' after the values");
        field = value;
    }

    void unit(const std::string& value) {
        if (unit_seen_) fail("'eenheid' given twice in this entry");
        if (!entry_->values.empty()) fail("'eenheid' after the values");
        for (const Unit u : fondscijfers::all_units) {
            if (value == unit_name(u)) {
                entry_->unit = u;
                unit_seen_ = true;
                return;
            }
        }
        fail("unknown eenheid '" + value + "' (euro, fractie, personen, aantal, euro_per_besluit)");
    }

    // A source field applies to the value lines that follow it. The fields nest: a new
    // document resets place and quote, a new place resets the quote.
    enum class Level { document, place, quote };
    void source_field(Level level, const std::string& value) {
        if (level == Level::document) {
            source_ = Source{.document = value, .place = {}, .quote = {}};
        } else if (level == Level::place) {
            source_.place = value;
            source_.quote.clear();
        } else {
            source_.quote = value;
        }
    }

    static bool valid_stand(std::string_view code) {
        return !code.empty() && std::ranges::all_of(code, [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        });
    }

    static bool valid_key(std::string_view key) {
        int parts = 0;
        std::size_t start = 0;
        while (true) {
            const auto dot = key.find('.', start);
            const auto part = key.substr(start, dot == std::string_view::npos ? dot : dot - start);
            if (part.empty()) return false;
            for (const char c : part)
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
            ++parts;
            if (dot == std::string_view::npos) break;
            start = dot + 1;
        }
        return parts >= 2;
    }

    void start_entry(const std::string& key) {
        finish_entry();
        if (file_.stand.empty() || file_.title.empty() || file_.document.empty())
            fail("'stand', 'titel' and 'document' come before the first entry");
        if (!valid_key(key))
            fail("key '" + key +
                 "' must be lowercase words of a-z, 0-9, _ joined by dots "
                 "(at least two)");
        if (!keys_.insert(key).second) fail("key '" + key + "' is used twice in this file");
        FileEntry entry;
        entry.key = key;
        entry.line = line_;
        file_.entries.push_back(std::move(entry));
        entry_ = &file_.entries.back();
        source_ = Source{};
        unit_seen_ = false;
    }

    void finish_entry() {
        if (!entry_) return;
        const int line = entry_->line;
        if (entry_->description.empty())
            fail(line, "entry '" + entry_->key + "' has no omschrijving");
        if (!unit_seen_) fail(line, "entry '" + entry_->key + "' has no eenheid");
        if (entry_->values.empty()) fail(line, "entry '" + entry_->key + "' has no values");
        entry_ = nullptr;
    }

    int year(std::string_view text) const {
        int y = 0;
        if (text.size() != 4 ||
            !std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; }))
            fail("'" + std::string(text) + "' is not a year");
        for (const char c : text)
            y = y * 10 + (c - '0');
        if (y < earliest_year || y > latest_year)
            fail("year " + std::to_string(y) + " outside " + std::to_string(earliest_year) + "-" +
                 std::to_string(latest_year));
        return y;
    }

    void value_line(std::string_view years, std::string_view rest) {
        if (!entry_) fail("a value outside an entry");
        if (!unit_seen_) fail("'eenheid' comes before the values");
        if (source_.place.empty()) fail("a value needs a 'plaats' (its source) before it");
        Value v;
        v.line = line_;
        if (years == "vanaf") { // "vanaf 2022  150 mln": structural, to the horizon
            const auto space = rest.find_first_of(" \t");
            v.from_year = v.first_year = v.last_year = year(rest.substr(0, space));
            rest = space == std::string_view::npos ? "" : trim(rest.substr(space));
        } else {
            const auto dash = years.find('-');
            v.first_year = year(years.substr(0, dash));
            v.last_year =
                dash == std::string_view::npos ? v.first_year : year(years.substr(dash + 1));
            if (v.last_year <= v.first_year && dash != std::string_view::npos)
                fail("a period runs from an earlier to a later year");
        }
        for (const auto q : qualifiers) {
            if (rest.starts_with(q) && rest.size() > q.size() &&
                (rest[q.size()] == ' ' || rest[q.size()] == '\t')) {
                v.qualifier = std::string(q);
                rest = trim(rest.substr(q.size()));
                break;
            }
        }

        if (const auto bar = rest.find('|'); bar != std::string_view::npos) {
            v.note = std::string(trim(rest.substr(bar + 1)));
            if (v.note.empty()) fail("'|' without a note");
            rest = trim(rest.substr(0, bar));
        }
        number(rest, v);
        for (const auto& other : entry_->values)
            if (other.first_year == v.first_year && other.last_year == v.last_year)
                fail("the entry already has a value for " +
                     (v.from_year ? std::to_string(v.from_year) : std::string(years)));
        v.source = source_;
        entry_->values.push_back(std::move(v));
    }

    // "1.036.297 duizend", "658,3 mln", "-4 mld", "3,71 %", "2.500"
    void number(std::string_view text, Value& v) const {
        const auto space = text.find_first_of(" \t");
        std::string_view digits = text.substr(0, space);
        const std::string_view multiplier =
            space == std::string_view::npos ? "" : trim(text.substr(space));
        if (digits.empty()) fail("a value line needs a number");
        if (digits.back() == '%') { // "3,71%" written without a space
            if (!multiplier.empty()) fail("'%' and a multiplier together");
            digits.remove_suffix(1);
            return number(std::string(digits) + " %", v);
        }
        const bool negative = digits.front() == '-';
        if (negative) digits.remove_prefix(1);
        std::int64_t n = 0;
        int decimals = -1;
        int group = -1; // digits since the last thousands dot
        for (const char c : digits) {
            if (c >= '0' && c <= '9') {
                if (n > (std::numeric_limits<std::int64_t>::max() - 9) / 10)
                    fail("number too large");
                n = n * 10 + (c - '0');
                if (decimals >= 0) ++decimals;
                if (group >= 0) ++group;
            } else if (c == '.' && decimals < 0 && (group < 0 || group == 3)) {
                group = 0;
            } else if (c == ',' && decimals < 0 && (group < 0 || group == 3)) {
                decimals = 0;
                group = -1;
            } else {
                fail("'" + std::string(digits) +
                     "' is not a number in Dutch notation (1.036.297 / 658,3)");
            }
        }
        if ((group >= 0 && group != 3) || decimals == 0 || digits.front() == '.' ||
            digits.front() == ',')
            fail("'" + std::string(digits) +
                 "' is not a number in Dutch notation (1.036.297 / 658,3)");

        int scale = 0;
        const Unit u = entry_->unit;
        if (multiplier == "%") {
            if (u != Unit::fractie) fail("'%' belongs to eenheid fractie");
            scale = -2;
        } else if (u == Unit::fractie) {
            if (!multiplier.empty()) fail("eenheid fractie takes '%' or a plain fraction");
        } else if (multiplier == "mld") {
            scale = 9;
        } else if (multiplier == "mln") {
            scale = 6;
        } else if (multiplier == "duizend") {
            scale = 3;
        } else if (!multiplier.empty()) {
            fail("unknown multiplier '" + std::string(multiplier) + "' (mld, mln, duizend, %)");
        }
        v.digits = negative ? -n : n;
        v.exponent = scale - std::max(decimals, 0);
        if (u != Unit::fractie && v.exponent < 0)
            fail("'" + std::string(text) + "' is not a whole number of " +
                 std::string(unit_name(u)));
    }

    std::string path_;
    std::istream& in_;
    int line_ = 0;
    File file_;
    FileEntry* entry_ = nullptr;
    Source source_;
    bool unit_seen_ = false;
    std::set<std::string> keys_;
};

} // namespace

File parse_file(const std::string& path, std::istream& in) {
    return Reader(path, in).parse();
}

File read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataError(path + ":0: cannot open the file");
    return parse_file(path, in);
}

std::string figures_checksum(const File& file) {
    // FNV-1a (64 bit) over a canonical text: it guards against accidents, not attacks.
    std::vector<std::string> lines;
    for (const auto& e : file.entries)
        for (const auto& v : e.values)
            lines.push_back(e.key + ' ' + std::string(unit_name(e.unit)) + ' ' +
                            std::to_string(v.first_year) + '-' + std::to_string(v.last_year) + ' ' +
                            std::to_string(v.digits) + "e" + std::to_string(v.exponent));
    std::ranges::sort(lines);
    std::uint64_t hash = 14695981039346656037ull;
    for (const auto& line : lines)
        for (const char c : line + '\n') {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211ull;
        }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

namespace {

[[noreturn]] void fail_at(const File& f, int line, const std::string& message) {
    throw DataError(f.path + ":" + std::to_string(line) + ": " + message);
}

const FileEntry* find_key(const File& f, std::string_view key) {
    const auto it = std::ranges::find(f.entries, key, &FileEntry::key);
    return it == f.entries.end() ? nullptr : &*it;
}

// The shape the named functions rely on, wherever a stand holds these keys.
void check_named_keys(const File& f) {
    for (const auto& k : keys::named)
        if (f.full && k.required && !find_key(f, k.name))
            fail_at(f, f.full_line,
                    "a full stand ('volledig ja') must hold '" + std::string(k.name) +
                        "': the named functions read it (see FORMAT.md)");
    const auto one_figure = [&](keys::Named key, Unit unit, bool period) -> const Value* {
        const FileEntry* e = find_key(f, keys::name(key));
        if (!e) return nullptr;
        const bool is_period =
            e->values.size() == 1 && e->values[0].first_year != e->values[0].last_year;
        if (e->unit != unit || e->values.size() != 1 || is_period != period)
            fail_at(f, e->line,
                    "'" + e->key + "' must hold one figure " +
                        (period ? "over a period" : "for one year") + " in eenheid " +
                        std::string(unit_name(unit)) + " (the named functions read it)");
        return &e->values[0];
    };
    one_figure(keys::bcf_growth, Unit::fractie, true);
    one_figure(keys::bcf_gemeenten_share, Unit::fractie, true);
    if (const Value* flat = one_figure(keys::bcf_flat_line, Unit::euro, false)) {
        if (const FileEntry* omvang = find_key(f, keys::name(keys::bcf_omvang)))
            for (const auto& v : omvang->values)
                if (v.exponent != flat->exponent)
                    fail_at(f, v.line,
                            "'bcf.omvang' must be written in the same unit (mln, duizend) as "
                            "'bcf.declaraties.raming_miljoenennota'");
    }
}

// "vanaf 2022" stands for every year from 2022 to the stand's horizon.
void expand_structural(File& f) {
    for (auto& e : f.entries) {
        std::vector<Value> expanded;
        for (const auto& v : e.values) {
            if (!v.from_year) {
                expanded.push_back(v);
                continue;
            }
            if (!f.horizon)
                fail_at(f, v.line, "'vanaf' needs the stand's 'horizon' (its last year)");
            if (v.from_year > f.horizon)
                fail_at(f, v.line,
                        "'vanaf " + std::to_string(v.from_year) + "' lies after the horizon");
            for (int y = v.from_year; y <= f.horizon; ++y) {
                Value one = v;
                one.first_year = one.last_year = y;
                expanded.push_back(std::move(one));
            }
        }
        for (std::size_t i = 0; i < expanded.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (expanded[i].first_year == expanded[j].first_year &&
                    expanded[i].last_year == expanded[j].last_year)
                    fail_at(f, expanded[i].line,
                            "the entry already has a value for " +
                                std::to_string(expanded[i].first_year) +
                                (expanded[i].first_year == expanded[i].last_year
                                     ? ""
                                     : "-" + std::to_string(expanded[i].last_year)));
        e.values = std::move(expanded);
    }
}

// Overlaps name keys of the same stand, and are stated on both sides.
void check_overlaps(const File& f) {
    for (const auto& e : f.entries) {
        for (const auto& o : e.overlaps) {
            const FileEntry* other = find_key(f, o.key);
            if (!other)
                fail_at(f, o.line, "'overlap' names '" + o.key + "', which this stand lacks");
            if (std::ranges::find(other->overlaps, e.key, &Overlap::key) == other->overlaps.end())
                fail_at(f, o.line,
                        "'" + o.key + "' must name '" + e.key + "' as its overlap too (line " +
                            std::to_string(other->line) + ")");
        }
    }
}

} // namespace

void check_stands(std::vector<File>& files) {
    for (auto& f : files) {
        expand_structural(f);
        check_overlaps(f);
    }
    std::set<std::string> codes;
    std::map<std::string, const File*> full_by_date;
    for (const auto& f : files) {
        if (!codes.insert(f.stand).second)
            throw DataError(f.path + ":0: stand " + f.stand + " is also defined by another file");
        check_named_keys(f);
        if (!f.released.empty() && f.released != figures_checksum(f))
            fail_at(f, f.released_line,
                    "the figures of released stand " + f.stand + " changed (checksum now " +
                        figures_checksum(f) +
                        "). A released stand never changes: publish a new stand instead");
        if (f.full && f.date.empty())
            fail_at(f, f.full_line, "a full stand needs a 'datum': the newest is the default");
        if (f.full && !full_by_date.emplace(f.date, &f).second)
            fail_at(f, f.full_line,
                    "two full stands have datum " + f.date + ": which one is the default?");
    }
    if (full_by_date.empty())
        throw DataError((files.empty() ? std::string("catalogue") : files.front().path) +
                        ":0: no stand says 'volledig ja': there is no default stand");
    const File* newest = full_by_date.rbegin()->second;
    const std::string default_code = newest->stand;
    std::ranges::sort(files, [&](const File& a, const File& b) {
        const bool a_default = a.stand == default_code, b_default = b.stand == default_code;
        if (a_default != b_default) return a_default;
        if (a.date != b.date) return a.date > b.date; // undated stands last
        return a.stand < b.stand;
    });
}

} // namespace fondscijfers::catalogue
