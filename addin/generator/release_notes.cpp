// Writes the release notes of the update feed, in Dutch and English, from the data and the
// function table: what this build adds to the newest published release older than it
// (registry/releases.txt): new stands, new functions, arguments appended to a function, and
// the functions of a year whose formulas without a stand now answer from another stand.
// Fails when a stand, a function or an argument of a published release is gone: documents
// store them (names are forever).
//
// Usage: fondscijfers_release_notes <releases.txt> <version> <output directory>
//   writes release-notes-nl.html and release-notes-en.html
#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/default_stand.hpp"
#include "fondscijfers/stand.hpp"
#include "function_table.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace fondscijfers::addin;

namespace {

struct ReleasedFunction {
    std::string default_stand; // "-": the key decides
    std::vector<std::string> arguments;
};

struct Release {
    std::string version;
    std::vector<std::string> stands;
    std::map<std::string, ReleasedFunction> functions;
    std::string key_default; // the stand CIRCULAIRE answered a key from without a stand
};

std::vector<int> version_numbers(const std::string& version) {
    std::vector<int> numbers;
    std::istringstream in(version);
    std::string part;
    while (std::getline(in, part, '.')) {
        if (part.empty() || part.find_first_not_of("0123456789") != std::string::npos)
            throw std::runtime_error("not a version: \"" + version + "\"");
        numbers.push_back(std::stoi(part));
    }
    return numbers;
}

bool older(const std::string& a, const std::string& b) {
    return version_numbers(a) < version_numbers(b);
}

std::vector<Release> read_releases(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::vector<Release> releases;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        std::string word;
        words >> word;
        const auto where = path.filename().string() + ":" + std::to_string(number) + ": ";
        if (word == "release") {
            releases.push_back({});
            words >> releases.back().version;
            version_numbers(releases.back().version);
            continue;
        }
        if (releases.empty()) throw std::runtime_error(where + "a line before the first release");
        if (word == "stands") {
            for (std::string code; words >> code;)
                releases.back().stands.push_back(code);
        } else if (word == "key-default") {
            words >> releases.back().key_default;
        } else if (word == "function") {
            std::string name;
            ReleasedFunction f;
            words >> name >> f.default_stand;
            for (std::string argument; words >> argument;)
                f.arguments.push_back(argument);
            if (f.default_stand.empty()) throw std::runtime_error(where + "no default stand");
            releases.back().functions[name] = f;
        } else {
            throw std::runtime_error(where + "unknown line \"" + word + "\"");
        }
    }
    return releases;
}

const Function* function_named(std::string_view name) {
    for (const auto& f : functions())
        if (f.name == name) return &f;
    return nullptr;
}

// The stand a formula of the function without a stand answers from ("-": the key decides).
std::string default_stand(const Function& f) {
    const bool takes_stand = std::any_of(f.arguments.begin(), f.arguments.end(), [](const auto& a) {
        return a.kind == ArgumentKind::stand;
    });
    const auto order = fondscijfers::default_stands(f.name);
    return takes_stand && !order.empty() ? std::string(order.front().code()) : "-";
}

// What a published release holds that this build lacks: must be nothing.
std::vector<std::string> missing(const Release& release) {
    std::vector<std::string> gone;
    for (const auto& code : release.stands)
        if (!fondscijfers::Stand::parse(code)) gone.push_back("stand " + code);
    for (const auto& [name, old] : release.functions) {
        const auto* f = function_named(name);
        if (!f) {
            gone.push_back("function " + name);
            continue;
        }
        for (std::size_t i = 0; i < old.arguments.size(); ++i)
            if (i >= f->arguments.size() || f->arguments[i].idl_name != old.arguments[i])
                gone.push_back("argument " + std::to_string(i + 1) + " (" + old.arguments[i] +
                               ") of " + name);
    }
    return gone;
}

std::string html_escaped(std::string_view text) {
    std::string out;
    for (const char c : text)
        out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
    return out;
}

// "ACCRES(jaar; [stand])", as the function reference writes it.
std::string signature(const Function& f) {
    std::string out = std::string(f.name) + "(";
    for (std::size_t i = 0; i < f.arguments.size(); ++i) {
        const auto& a = f.arguments[i];
        out += (i ? "; " : "") + std::string(is_optional(a.kind) ? "[" : "") +
               std::string(a.idl_name) + (is_optional(a.kind) ? "]" : "");
    }
    return out + ")";
}

void write_notes(std::ostream& out, const std::string& version, const Release& previous, bool nl) {
    const auto say = [nl](std::string_view dutch, std::string_view english) {
        return std::string(nl ? dutch : english);
    };
    out << "<!DOCTYPE html>\n<html lang=\"" << (nl ? "nl" : "en") << "\">\n<head>\n"
        << "<meta charset=\"utf-8\">\n<title>Fondscijfers " << version
        << "</title>\n</head>\n<body>\n"
        << "<h1>Fondscijfers " << version << "</h1>\n<p>"
        << say("Nieuw ten opzichte van versie ", "New since version ") << previous.version
        << ".</p>\n";
    const auto list = [&out](const std::string& heading, const std::vector<std::string>& items,
                             const std::string& lead = {}) {
        if (items.empty()) return;
        out << "<h2>" << heading << "</h2>\n" << lead << "<ul>\n";
        for (const auto& item : items)
            out << "<li>" << item << "</li>\n";
        out << "</ul>\n";
    };

    std::vector<std::string> stands;
    for (const auto& s : fondscijfers::Stand::all()) {
        const auto code = std::string(s.code());
        if (std::find(previous.stands.begin(), previous.stands.end(), code) !=
            previous.stands.end())
            continue;
        std::string item = "<b>" + code + "</b>: " + html_escaped(s.title());
        if (!s.date().empty()) item += " (" + std::string(s.date()) + ")";
        stands.push_back(item);
    }
    list(say("Nieuwe standen", "New stands"), stands);

    std::vector<std::string> added, appended, moved;
    for (const auto& f : functions()) {
        const auto old = previous.functions.find(std::string(f.name));
        if (old == previous.functions.end()) {
            added.push_back("<b>" + html_escaped(signature(f)) +
                            "</b>: " + html_escaped(nl ? f.description.nl : f.description.en));
            continue;
        }
        std::string names;
        for (std::size_t i = old->second.arguments.size(); i < f.arguments.size(); ++i)
            names += (names.empty() ? "" : ", ") + std::string(f.arguments[i].idl_name);
        if (!names.empty()) appended.push_back("<b>" + std::string(f.name) + "</b>: " + names);
        const auto now = default_stand(f);
        if (now != old->second.default_stand && now != "-")
            moved.push_back("<b>" + std::string(f.name) + "</b>: " + now + " (" + "was " +
                            old->second.default_stand + ")");
    }
    // The keys of the previous release's stands whose default moved.
    std::set<std::string> keys;
    for (const auto& data : fondscijfers::all_entries()) {
        const auto code = std::string(fondscijfers::Entry(data).stand().code());
        if (std::find(previous.stands.begin(), previous.stands.end(), code) !=
            previous.stands.end())
            keys.insert(std::string(data.key));
    }
    for (const auto& key : keys) {
        const auto order = fondscijfers::default_stands(key);
        if (!order.empty() && order.front().code() != previous.key_default)
            moved.push_back("<b>CIRCULAIRE(\"" + html_escaped(key) +
                            "\")</b>: " + std::string(order.front().code()) + " (was " +
                            previous.key_default + ")");
    }
    list(say("Nieuwe functies", "New functions"), added);
    list(say("Nieuwe argumenten", "New arguments"), appended,
         say("<p>Achteraan toegevoegd en niet verplicht: bestaande formules rekenen als "
             "voorheen.</p>\n",
             "<p>Appended and optional: existing formulas compute as before.</p>\n"));
    list(say("Formules zonder stand", "Formulas without a stand"), moved,
         say("<p>Een formule zonder stand rekent bij deze functies nu met een andere stand, en "
             "kan dus andere bedragen tonen. Formules die hun stand noemen houden hun "
             "bedragen.</p>\n",
             "<p>A formula without a stand of these functions now answers from another stand, "
             "so it may show other figures. Formulas that name their stand keep their "
             "figures.</p>\n"));
    out << "<h2>" << say("Na de update", "After the update") << "</h2>\n<p>"
        << say("Start LibreOffice opnieuw. Tot dan tonen cellen met deze functies Fout:504 "
               "(of rekenen ze nog met de vorige versie); daarna zijn alle bedragen terug.",
               "Restart LibreOffice. Until then cells with these functions show Err:504 (or "
               "still compute with the previous version); then every figure is back.")
        << "</p>\n</body>\n</html>\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: " << argv[0] << " <releases.txt> <version> <output directory>\n";
        return 2;
    }
    try {
        const std::string version = argv[2];
        const auto releases = read_releases(argv[1]);
        std::vector<std::string> gone;
        for (const auto& r : releases)
            for (const auto& what : missing(r))
                gone.push_back(what + " of release " + r.version);
        if (!gone.empty()) {
            for (const auto& what : gone)
                std::cerr << "error: " << what << " is gone: documents store it, so it must stay\n";
            return 1;
        }
        const Release* previous = nullptr;
        for (const auto& r : releases)
            if (older(r.version, version) && (!previous || older(previous->version, r.version)))
                previous = &r;
        if (!previous) {
            std::cerr << "error: " << argv[1] << " lists no release older than " << version << '\n';
            return 1;
        }
        const fs::path dir = argv[3];
        fs::create_directories(dir);
        for (const bool nl : {true, false}) {
            const auto path = dir / (nl ? "release-notes-nl.html" : "release-notes-en.html");
            std::ofstream out(path, std::ios::binary);
            write_notes(out, version, *previous, nl);
            out.close();
            if (!out) {
                std::cerr << "cannot write " << path << '\n';
                return 1;
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
