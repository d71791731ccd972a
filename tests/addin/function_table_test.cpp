// The function table is the one description everything else is generated from; these are
// the rules Calc and stored documents impose on it.
#include "fondscijfers/circulaire.hpp"
#include "function_table.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace fondscijfers::addin;

namespace {

std::string upper(std::string_view s) {
    std::string out(s);
    std::ranges::transform(out, out.begin(), [](unsigned char c) { return std::toupper(c); });
    return out;
}

} // namespace

TEST(FunctionTable, TheFunctionSetOfTheFirstRelease) {
    // Names are stored in documents: this list may grow, never change.
    std::set<std::string> names;
    for (const auto& f : functions())
        names.emplace(f.name);
    const std::set<std::string> released = {
        "ACCRES",      "ACCRESPERCENTAGE", "ACCRESREEEL",    "ACCRESREEELPERCENTAGE",
        "ACCRESINDEX", "BCFOMVANG",        "BCFDECLARATIES", "BCFVRIJVAL"};
    EXPECT_TRUE(std::ranges::includes(names, released));
    EXPECT_EQ(names.size(), functions().size()) << "duplicate function name";
}

TEST(FunctionTable, StoredNameIsTheFormulaName) {
    for (const auto& f : functions())
        EXPECT_EQ(upper(f.method), f.name);
}

TEST(FunctionTable, EveryTextIsThereInBothLanguages) {
    for (const auto& f : functions()) {
        SCOPED_TRACE(std::string(f.name));
        EXPECT_FALSE(f.description.nl.empty());
        EXPECT_FALSE(f.description.en.empty());
        EXPECT_NE(f.description.nl, f.description.en);
        std::set<std::string_view> arg_names;
        for (const auto& a : f.arguments) {
            EXPECT_TRUE(arg_names.insert(a.idl_name).second) << "duplicate argument";
            EXPECT_FALSE(a.display_name.nl.empty());
            EXPECT_FALSE(a.display_name.en.empty());
            EXPECT_FALSE(a.description.nl.empty());
            EXPECT_FALSE(a.description.en.empty());
        }
    }
}

TEST(FunctionTable, OptionalArgumentsComeLast) {
    for (const auto& f : functions()) {
        bool optional_seen = false;
        for (const auto& a : f.arguments) {
            if (is_optional(a.kind))
                optional_seen = true;
            else
                EXPECT_FALSE(optional_seen) << f.name << ": required after optional";
        }
    }
}

// What the Function Wizard shows without cutting a text off (LibreOffice 7.4, its default size,
// Dutch interface; measured with tools/measure_wizard.py, docs/development.md): about three
// lines of 60 characters for a function, two for an argument. The limits leave room for
// wrapping at word boundaries and for wider fonts.
constexpr std::size_t wizard_function_chars = 150;
constexpr std::size_t wizard_argument_chars = 110;

namespace {

std::size_t characters(std::string_view utf8) {
    return static_cast<std::size_t>(
        std::ranges::count_if(utf8, [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

// The texts the generator wrote into functions.json, in order: every "nl" and "en" string
// of a "description" (function and argument descriptions, "{standen}" expanded).
std::vector<std::pair<std::string, bool>> generated_descriptions() {
    std::ifstream in(FONDSCIJFERS_FUNCTIONS_JSON, std::ios::binary);
    const std::string json{std::istreambuf_iterator<char>(in), {}};
    std::vector<std::pair<std::string, bool>> out;
    const auto read_string = [&](std::size_t at) {
        std::string s;
        for (std::size_t i = at + 1; i < json.size() && json[i] != '"'; ++i) {
            if (json[i] == '\\') ++i;
            s += json[i];
        }
        return s;
    };
    constexpr std::string_view marker = "\"description\": {";
    for (auto at = json.find(marker); at != std::string::npos; at = json.find(marker, at + 1)) {
        // An argument's description follows its "display_name"; a function's does not.
        const auto line_start = json.rfind('\n', at);
        const bool argument = json.find("\"display_name\"", line_start) < at;
        for (const std::string_view lang : {"\"nl\": ", "\"en\": "}) {
            const auto value = json.find(lang, at) + lang.size();
            out.emplace_back(read_string(value), argument);
        }
    }
    return out;
}

} // namespace

TEST(FunctionTable, WizardShowsEveryTextWhole) {
    const auto texts = generated_descriptions();
    std::size_t expected = 0;
    for (const auto& f : functions())
        expected += 2 * (1 + f.arguments.size());
    ASSERT_EQ(texts.size(), expected) << FONDSCIJFERS_FUNCTIONS_JSON;
    for (const auto& [text, argument] : texts) {
        EXPECT_LE(characters(text), argument ? wizard_argument_chars : wizard_function_chars)
            << text;
        EXPECT_EQ(text.find("{standen}"), std::string::npos) << text;
    }
}

TEST(FunctionTable, TextsSayNoOptionalTheWizardAlreadySays) {
    for (const auto& f : functions())
        for (const auto& a : f.arguments)
            for (const auto text : {a.description.nl, a.description.en}) {
                EXPECT_FALSE(text.starts_with("Optioneel")) << text;
                EXPECT_FALSE(text.starts_with("Optional")) << text;
            }
}

TEST(FunctionTable, FunctionTextsAreOneSentence) {
    for (const auto& f : functions())
        for (const auto text : {f.description.nl, f.description.en}) {
            EXPECT_TRUE(text.ends_with(".")) << text;
            EXPECT_EQ(text.find(". "), std::string_view::npos)
                << "more than one sentence: " << text;
        }
}

// CIRCULAIREBRON and CIRCULAIREINFO explain every function that gives figures per year (the
// named functions of model/src/circulaire.cpp): a function added to the table and not there
// fails here.
TEST(FunctionTable, EveryYearFunctionHasItsSource) {
    for (const auto& f : functions()) {
        // A function of a key (CIRCULAIREVERSCHIL) is explained through its key.
        if (std::ranges::none_of(f.arguments,
                                 [](const Argument& a) { return a.kind == ArgumentKind::years; }) ||
            std::ranges::any_of(f.arguments,
                                [](const Argument& a) { return a.kind == ArgumentKind::key; }))
            continue;
        // In every stand with its figures, whichever stand is the default.
        const auto stands = fondscijfers::stands_with(f.name);
        EXPECT_FALSE(stands.empty()) << f.name;
        for (const auto stand : stands)
            EXPECT_EQ(fondscijfers::catalogue_source(f.name, std::nullopt, stand).answer,
                      fondscijfers::Answer::found)
                << f.name << ' ' << stand.code();
    }
}
