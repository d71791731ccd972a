// The function table is the one description everything else is generated from; these are
// the rules Calc and stored documents impose on it.
#include "function_table.hpp"

#include <algorithm>
#include <cctype>
#include <gtest/gtest.h>
#include <set>
#include <string>

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
            if (a.kind == ArgumentKind::option)
                optional_seen = true;
            else
                EXPECT_FALSE(optional_seen) << f.name << ": required after optional";
        }
    }
}
