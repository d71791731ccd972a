// generate_portable_data <fondscijfers_data.py>: every answer of the portable component
// that the data fixes, made by the C++ model itself. The portable core looks them up; it keeps only
// the conversion of arguments, the BCF method's arithmetic (a free growth rate) and the catalogue
// filter.
//
// The answers are asked of the model for every name (key or function of a year), stand and
// candidate period: none, every period of a figure, and every single year from one before
// the first year of the data to one after its last. The model answers nothing outside them
// (its answers are figures of exactly a period, or of a year of a table).

#include "figures.hpp"
#include "fondscijfers/functions.hpp"
#include "function_table.hpp"
#include "named.hpp"
#include "text_codes.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace fondscijfers::addin {
namespace {

constexpr std::pair<std::uint16_t, std::uint16_t> fold_table[] = {
#include "fold_table.inc"
};

// A Python string literal of UTF-8 text (the module declares its encoding).
std::string text_literal(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte == 0x7F) {
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 15];
        } else {
            out += c;
        }
    }
    return out + '"';
}

std::string text_literal(const std::u32string& text) {
    std::string utf8;
    for (const char32_t c : text) {
        if (c < 0x80) {
            utf8 += static_cast<char>(c);
        } else if (c < 0x800) {
            utf8 += static_cast<char>(0xC0 | (c >> 6));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            utf8 += static_cast<char>(0xE0 | (c >> 12));
            utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            utf8 += static_cast<char>(0xF0 | (c >> 18));
            utf8 += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return text_literal(std::string_view(utf8));
}

// The double exactly: the shortest text that reads back as the same double.
std::string number_literal(double value) {
    char buffer[40];
    const auto end = std::to_chars(std::begin(buffer), std::end(buffer), value).ptr;
    std::string out(buffer, end);
    if (out.find_first_of(".e") == std::string::npos) out += ".0";
    return out;
}

std::string period_literal(std::optional<Period> p) {
    return p ? "(" + std::to_string(p->first) + ", " + std::to_string(p->last) + ")" : "None";
}

// Texts are written once, in TEXTS, and named by their index.
class Texts {
public:
    std::size_t operator()(const std::string& text) {
        const auto [it, added] = index_.try_emplace(text, list_.size());
        if (added) list_.push_back(text);
        return it->second;
    }
    const std::vector<std::string>& list() const { return list_; }

private:
    std::map<std::string, std::size_t> index_;
    std::vector<std::string> list_;
};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = ascii_lower(c);
    return out;
}

struct Domain {
    std::vector<std::string> keys;      // every key of any stand
    std::vector<std::string> functions; // the functions of a year, by formula name
    std::vector<std::optional<Period>> periods;
    int first_year = 0, last_year = 0;
};

Domain domain() {
    Domain d;
    std::set<std::string> keys;
    std::set<std::pair<int, int>> periods;
    for (const auto& e : all_entries()) {
        keys.emplace(e.key);
        for (const auto& f : Entry(e).figures())
            periods.emplace(f.first_year, f.last_year);
    }
    d.keys.assign(keys.begin(), keys.end());
    d.first_year = periods.begin()->first - 1;
    d.last_year = 0;
    for (const auto& [first, last] : periods)
        d.last_year = std::max(d.last_year, last + 1);
    for (int y = d.first_year; y <= d.last_year; ++y)
        periods.emplace(y, y);
    d.periods.emplace_back(std::nullopt);
    for (const auto& [first, last] : periods)
        d.periods.emplace_back(Period{first, last});
    for (const auto& f : functions())
        if (f.explained != Explanation::none) d.functions.emplace_back(f.name);
    return d;
}

// name -> stand -> period -> text index: the found answers of `answer(name, period, stand)`.
template <class Answer>
void write_text_answers(std::ostream& out, const Domain& d, const std::vector<std::string>& names,
                        Texts& texts, Answer&& answer) {
    out << "{\n";
    for (const auto& name : names) {
        out << "    " << text_literal(lower(name)) << ": (";
        for (const Stand s : Stand::all()) {
            out << '{';
            for (const auto& p : d.periods) {
                const TextAnswer a = answer(name, p, s);
                if (a.answer == fondscijfers::Answer::found)
                    out << period_literal(p) << ": " << texts(a.text) << ", ";
            }
            out << "}, ";
        }
        out << "),\n";
    }
    out << "}";
}

// CIRCULAIREBRON's texts (fondscijfers/explain.hpp): per name and stand the explanations with
// their holes, keyed by period and part (True: "totaal", only for a name whose function takes
// a deel); the periods without a figure are missing there and have the stand's text with
// the hole {jaar} in ABSENT, per part.
void write_explanations(std::ostream& out, const Domain& d, const std::vector<std::string>& names,
                        Texts& texts) {
    std::string absent = "{\n";
    out << "{\n";
    for (const auto& name : names) {
        const addin::Function* f = detail::named_function(name);
        std::vector<Deel> parts{Deel::gemeenten};
        if (f && detail::takes(*f, ArgumentKind::deel)) parts.push_back(Deel::totaal);
        out << "    " << text_literal(lower(name)) << ": (";
        absent += "    " + text_literal(lower(name)) + ": (";
        for (const Stand s : Stand::all()) {
            out << '{';
            for (const auto& p : d.periods)
                for (const Deel part : parts) {
                    const Explained e = explanation_template(name, p, s, part);
                    if (e.answer != fondscijfers::Answer::not_available)
                        out << '(' << period_literal(p) << ", "
                            << (part == Deel::totaal ? "True" : "False") << "): " << texts(e.text)
                            << ", ";
                }
            out << "}, ";
            absent += "(" + std::to_string(texts(absent_template(name, s, Deel::gemeenten))) +
                      ", " + std::to_string(texts(absent_template(name, s, Deel::totaal))) + "), ";
        }
        out << "),\n";
        absent += "),\n";
    }
    out << "}\nABSENT = " << absent << "}";
}

std::string figure_literal(const Figure* f) {
    return f ? "(" + std::to_string(f->digits) + ", " + std::to_string(f->exponent) + ")" : "None";
}

// The inputs of the BCF method per stand, for the portable core's arithmetic (bcf.cpp).
void write_bcf(std::ostream& out, const Domain& d) {
    out << "(\n";
    for (const Stand s : Stand::all()) {
        const auto by_year = [&](keys::Named key) {
            std::string text = "{";
            for (int y = d.first_year; y <= d.last_year; ++y)
                if (const Figure* f = detail::year_figure(key, s, Year{y}))
                    text += std::to_string(y) + ": " + figure_literal(f) + ", ";
            return text + "}";
        };
        const Figure* rate = detail::only_figure(keys::bcf_growth, s);
        out << "    {\"omvang\": " << by_year(keys::bcf_omvang)
            << ",\n     \"declaraties\": " << by_year(keys::bcf_declaraties)
            << ",\n     \"raming\": " << figure_literal(detail::only_figure(keys::bcf_flat_line, s))
            << ",\n     \"groei\": "
            << (rate ? "(" + std::to_string(rate->first_year) + ", " +
                           std::to_string(rate->last_year) + ", " + number_literal(rate->value()) +
                           ")"
                     : std::string("None"))
            << ",\n     \"aandeel\": "
            << figure_literal(detail::only_figure(keys::bcf_gemeenten_share, s))
            << ",\n     \"vrijval\": {";
        for (int y = d.first_year; y <= d.last_year; ++y)
            if (const auto v = year_figure(keys::bcf_vrijval_gemeenten, Year{y}, s))
                out << y << ": " << number_literal(*v) << ", ";
        out << "}},\n";
    }
    out << ")";
}

// Writes the answers of the tabulated functions (function_tables.inc) over every point of
// their arguments' domains: every year of the data and one more at each end, and every
// stand. It also calls them with years beyond that: an answer there would be missing from
// the table, so it is a failure.
struct Tables {
    template <class T> struct Point {
        T value;
        std::string key;
        bool outside = false;
    };
    struct Any {
        const std::string& key;
        bool outside;
        template <class T> Any(const Point<T>* p) : key(p->key), outside(p->outside) {} // NOLINT
    };

    std::ostream& out;
    std::vector<Point<Year>> year_points;
    std::vector<Point<Stand>> stand_points;
    std::vector<Point<std::optional<Stand>>> optional_stand_points;
    std::string method, failures;

    Tables(std::ostream& o, const Domain& d) : out(o) {
        for (int y = d.first_year; y <= d.last_year; ++y)
            year_points.push_back({Year{y}, std::to_string(y)});
        for (const int y :
             {d.first_year - 1, d.last_year + 1, d.first_year - 100, d.last_year + 100,
              std::numeric_limits<int>::min(), std::numeric_limits<int>::max()})
            year_points.push_back({Year{y}, std::to_string(y), true});
        optional_stand_points.push_back({std::nullopt, "None"});
        for (const Stand s : Stand::all()) {
            stand_points.push_back({s, std::to_string(s.index())});
            optional_stand_points.push_back({s, std::to_string(s.index())});
        }
    }
    const auto& years() const { return year_points; }
    const auto& stands() const { return stand_points; }
    const auto& optional_stands() const { return optional_stand_points; }

    void begin(std::string_view m) {
        method = m;
        out << "    " << text_literal(m) << ": {";
    }
    void end() { out << "},\n"; }

    void add(std::initializer_list<Any> points, const std::optional<double>& v) {
        answer(points, v ? std::optional<std::string>(number_literal(*v)) : std::nullopt);
    }
    void add(std::initializer_list<Any> points, const std::optional<Euros>& v) {
        answer(points, v ? std::optional<std::string>(number_literal(static_cast<double>(v->value)))
                         : std::nullopt);
    }
    void add(std::initializer_list<Any> points, std::string_view text) {
        answer(points, text_literal(text));
    }

private:
    void answer(std::initializer_list<Any> points, const std::optional<std::string>& literal) {
        std::string key = "(";
        bool outside = false;
        for (const Any& p : points) {
            key += p.key + ", ";
            outside = outside || p.outside;
        }
        if (!literal) return;
        if (outside) {
            failures += method + key + "): an answer beyond the data's years cannot be tabulated\n";
            return;
        }
        out << key << "): " << *literal << ", ";
    }
};

#include "function_tables.inc"

} // namespace

void write_portable_data(std::ostream& out) {
    const Domain d = domain();
    Texts texts;
    std::vector<std::string> explained = d.functions;
    explained.insert(explained.end(), d.keys.begin(), d.keys.end());

    out << "# -*- coding: utf-8 -*-\n"
           "# Generated by the C++ model at build time (addin/generator/portable_data.cpp): the\n"
           "# answers the data fixes, for the portable component to look up. Do not edit.\n"
           "# Names are keys and the functions of a year in lower case; stands are indices into\n"
           "# STANDS; periods are (first, last) or None; texts are indices into TEXTS.\n\n";
    out << "# (code, title): the default stand first.\nSTANDS = (\n";
    for (const Stand s : Stand::all())
        out << "    (" << text_literal(s.code()) << ", " << text_literal(s.title()) << "),\n";
    out << ")\n\n# Every key of some stand.\nKEYS = frozenset((\n";
    for (const auto& k : d.keys)
        out << "    " << text_literal(k) << ",\n";
    out << "))\n\n# The functions of a year that CIRCULAIREBRON and CIRCULAIREINFO explain.\n"
           "FUNCTIONS = frozenset((";
    for (const auto& f : d.functions)
        out << text_literal(lower(f)) << ", ";
    out << "))\n\n# CIRCULAIREINFO's fields, CIRCULAIRELIJST's column titles.\nINFO_FIELDS = (";
    for (const auto f : info_fields())
        out << text_literal(f) << ", ";
    out << ")\nLIST_TITLES = (";
    for (const auto t : list_titles())
        out << text_literal(t) << ", ";

    // CIRCULAIRE: key -> per stand {period: value}; None: the key's only figure, or
    // PERIOD_NEEDED when it has several. A stand without the key: None.
    out << ")\n\nPERIOD_NEEDED = \"period_needed\"\nVALUES = {\n";
    for (const auto& key : d.keys) {
        out << "    " << text_literal(key) << ": (";
        for (const Stand s : Stand::all()) {
            if (!find_entry(key, s)) {
                out << "None, ";
                continue;
            }
            out << '{';
            for (const auto& p : d.periods) {
                const ValueAnswer a = catalogue_value(key, p, s);
                if (a.answer == fondscijfers::Answer::found)
                    out << period_literal(p) << ": " << number_literal(a.value) << ", ";
                else if (a.answer == fondscijfers::Answer::period_needed)
                    out << period_literal(p) << ": PERIOD_NEEDED, ";
            }
            out << "}, ";
        }
        out << "),\n";
    }
    // The default rule (fondscijfers/default_stand.hpp): which stands answer, in order, when a
    // formula names none.
    out << "}\n\n# Name (a function of a year or a key, lower case) -> the stands a formula "
           "without\n"
           "# a stand tries, in order; the first that answers answers.\nDEFAULTS = {\n";
    for (const auto& name : explained) {
        out << "    " << text_literal(lower(name)) << ": (";
        for (const Stand s : default_stands(name))
            out << int{s.index()} << ", ";
        out << "),\n";
    }
    out << "}\n\n# The functions whose arguments are all years and stands: method -> {(argument,\n"
           "# ...): answer}, the arguments in the order of the function table (stands as\n"
           "# indices, an omitted stand_code as None).\nTABLES = {\n";
    Tables tables(out, d);
    tabulate_functions(tables);
    if (!tables.failures.empty()) throw std::runtime_error(tables.failures);
    out << "}\n\n# The BCF method's inputs per stand: figures as (digits, exponent), the growth "
           "as\n"
           "# (first year, last year, rate), the stated vrijval of past years in euros.\nBCF = ";
    write_bcf(out, d);

    out << "\n\n# CIRCULAIREBRON: name -> per stand {(period, totaal): text with holes}.\n"
           "EXPLAIN = ";
    write_explanations(out, d, explained, texts);
    out << "\n\n# CIRCULAIREINFO: field -> name -> per stand {period: text}.\nINFO = {\n";
    for (const auto field : info_fields()) {
        out << text_literal(field) << ": ";
        write_text_answers(out, d, explained, texts, [&](const std::string& n, auto p, Stand s) {
            return catalogue_info(n, field, p, s);
        });
        out << ",\n";
    }
    out << "}\n\n# CIRCULAIRELIJST: per entry its key and description folded (case and accents\n"
           "# ignored) and its row.\nLIST = (\n";
    const auto rows = catalogue_list("");
    std::size_t i = 0;
    for (const auto& e : all_entries()) {
        const ListRow& r = rows[i++];
        const std::string cells[] = {std::string(r.key),
                                     std::string(r.description),
                                     std::string(unit_name(r.unit)),
                                     r.years,
                                     std::string(r.stand),
                                     r.qualifier,
                                     r.character,
                                     std::string(r.overlaps)};
        out << "    (" << text_literal(detail::folded(e.key)) << ", "
            << text_literal(detail::folded(e.description)) << ", (";
        for (const auto& c : cells)
            out << text_literal(std::string_view(c)) << ", ";
        out << ")),\n";
    }
    // CIRCULAIREVERSCHIL(BRON): every difference the model gives, per name, stand and
    // previous stand (None: the model's own choice), per year.
    out << ")\n\n# CIRCULAIREVERSCHIL and CIRCULAIREVERSCHILBRON: (name, stand, previous or None) "
           "->\n"
           "# {year: (difference, text)}; NOT_A_FIGURE: the names the model refuses.\nCHANGES = "
           "{\n";
    std::vector<std::optional<Stand>> previous{std::nullopt};
    for (const Stand s : Stand::all())
        previous.emplace_back(s);
    std::set<std::string> refused;
    for (const auto& name : explained)
        for (const Stand s : Stand::all())
            for (const auto& p : previous) {
                std::string years;
                for (int y = d.first_year; y <= d.last_year; ++y) {
                    const ValueAnswer v = figure_change(name, Year{y}, s, p);
                    if (v.answer == fondscijfers::Answer::not_a_figure) refused.insert(lower(name));
                    if (v.answer != fondscijfers::Answer::found) continue;
                    years += std::to_string(y) + ": (" + number_literal(v.value) + ", " +
                             std::to_string(texts(figure_change_source(name, Year{y}, s, p).text)) +
                             "), ";
                }
                if (!years.empty())
                    out << "    (" << text_literal(lower(name)) << ", " << int{s.index()} << ", "
                        << (p ? std::to_string(p->index()) : "None") << "): {" << years << "},\n";
            }
    out << "}\nNOT_A_FIGURE = frozenset((";
    for (const auto& name : refused)
        out << text_literal(name) << ", ";
    // CIRCULAIRESTANDEN: fixed by the data.
    out << "))\n\n# CIRCULAIRESTANDEN: the column titles and the rows.\nSTAND_TITLES = (";
    for (const auto t : stand_titles())
        out << text_literal(t) << ", ";
    out << ")\nSTAND_ROWS = (\n";
    for (const auto& r : stand_list(ListHeader::without).rows) {
        out << "    (";
        for (const std::string_view c :
             {r.code, r.title, r.month, r.kind, std::string_view(r.functions),
              std::string_view(r.documents), std::string_view(r.default_for)})
            out << text_literal(c) << ", ";
        out << "),\n";
    }
    out << ")\n\n# The filter's folding beyond ASCII (model/src/fold_table.inc).\nFOLD = {\n";
    for (const auto& [from, to] : fold_table)
        out << "    " << from << ": " << to << ",\n";
    out << "}\n\nTEXTS = (\n";
    for (const auto& t : texts.list())
        out << "    " << text_literal(std::string_view(t)) << ",\n";
    out << ")\n";
}

} // namespace fondscijfers::addin

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " <fondscijfers_data.py>\n";
        return 2;
    }
    std::ofstream out(argv[1], std::ios::binary);
    try {
        fondscijfers::addin::write_portable_data(out);
    } catch (const std::exception& e) {
        std::cerr << "portable data: " << e.what();
        return 1;
    }
    out.close();
    if (!out) std::cerr << "cannot write " << argv[1] << '\n';
    return out ? 0 : 1;
}
