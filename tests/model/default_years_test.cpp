// The default rule's short cut (Defaults::for_period, default_stand.hpp) changes no answer:
// for every function of the table, every key and every year from 1990 to 2110, asking only the
// stands the year allows gives what asking every candidate gives. Runs on the shipped data and
// on the test stand's (tests/package/fixture_new_default.cmake).
#include "fondscijfers/changes.hpp"
#include "fondscijfers/default_stand.hpp"
#include "fondscijfers/functions.hpp"
#include "function_table.hpp"

#include <gtest/gtest.h>
#include <set>
#include <string>

using namespace fondscijfers;

namespace {

using addin::Explanation;

constexpr int first_year = 1990, last_year = 2110;

template <class T> bool same(const std::optional<T>& a, const std::optional<T>& b) {
    return a == b;
}
bool same(const ValueAnswer& a, const ValueAnswer& b) {
    return a.answer == b.answer && a.value == b.value;
}
bool same(const TextAnswer& a, const TextAnswer& b) {
    return a.answer == b.answer && a.text == b.text;
}

// The call with every candidate and with those the period allows; the count of periods for
// which the short cut asked fewer stands, so that the test shows it was taken.
struct Check {
    int shortened = 0;
    template <class Call>
    void operator()(const Defaults& d, std::optional<Period> period, const std::string& what,
                    Call&& call) {
        const auto full = in_stand(std::nullopt, d.stands, call);
        const auto allowed = d.for_period(period);
        if (allowed.size() < d.stands.size()) ++shortened;
        EXPECT_TRUE(same(full, in_stand(std::nullopt, allowed, call)))
            << what << " " << (period ? period_text(*period) : "-");
    }
};

} // namespace

TEST(DefaultYears, TheShortCutChangesNoAnswerOfANamedFunction) {
    Check check;
    const std::optional<Growth> growths[] = {std::nullopt, Growth::from_fraction(0.02),
                                             Growth::from_fraction(-0.5)};
    for (const auto& f : addin::functions()) {
        if (f.explained == Explanation::none) continue;
        const Defaults d = defaults_of(f.name);
        ASSERT_FALSE(d.stands.empty()) << f.name;
        const std::string name(f.name);
        for (int y = first_year; y <= last_year; ++y) {
            const Year year{y};
            const Period p{y, y};
            switch (f.explained) {
            case Explanation::key: {
                const auto key = keys::find(f.reads);
                ASSERT_TRUE(key) << f.reads;
                check(d, p, name, [&](Stand s) { return year_figure(*key, year, s); });
                break;
            }
            case Explanation::index:
                for (const int base : {2019, 2021})
                    check(d, Period{base, base}, name,
                          [&](Stand s) { return accres_index(Year{base}, year, s); });
                break;
            case Explanation::declaraties:
                for (const auto& g : growths)
                    check(d, p, name, [&](Stand s) { return bcf_declaraties(year, s, g); });
                break;
            case Explanation::vrijval:
                for (const auto& g : growths)
                    for (const Deel deel : {Deel::gemeenten, Deel::totaal})
                        check(d, p, name, [&](Stand s) { return bcf_vrijval(year, s, g, deel); });
                break;
            case Explanation::none:
                break;
            }
            check(d, p, name + " bron", [&](Stand s) { return catalogue_source(name, p, s); });
            check(d, p, name + " verschil",
                  [&](Stand s) { return figure_change(name, year, s, std::nullopt); });
        }
    }
    EXPECT_GT(check.shortened, 0);
}

TEST(DefaultYears, TheShortCutChangesNoAnswerOfAKey) {
    Check check;
    std::set<std::string_view> keys;
    std::set<std::pair<int, int>> periods; // every stated period, and each shifted by a year
    for (const auto& e : all_entries()) {
        keys.insert(e.key);
        for (const auto& f : Entry(e).figures())
            for (const int shift : {-1, 0, 1})
                periods.insert({f.first_year + shift, f.last_year + shift});
    }
    for (int y = first_year; y <= last_year; ++y)
        periods.insert({y, y});
    for (const std::string_view key : keys) {
        const Defaults d = defaults_of(key);
        ASSERT_FALSE(d.stands.empty()) << key;
        const std::string what(key);
        for (const auto& [first, last] : periods) {
            const Period p{first, last};
            check(d, p, what, [&](Stand s) { return catalogue_value(key, p, s); });
            check(d, p, what + " bron", [&](Stand s) { return catalogue_source(key, p, s); });
            for (const std::string_view field : {"omschrijving", "kwalificatie", "bron"})
                check(d, p, what + " " + std::string(field),
                      [&](Stand s) { return catalogue_info(key, field, p, s); });
            if (first == last)
                check(d, p, what + " verschil",
                      [&](Stand s) { return figure_change(key, Year{first}, s, std::nullopt); });
        }
    }
    EXPECT_GT(check.shortened, 0);
}
