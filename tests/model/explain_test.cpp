// CIRCULAIREBRON's explanations: short, for every name, stand, year, growth and part; and the
// texts that explain a difference of CIRCULAIREVERSCHIL.
#include "fondscijfers/changes.hpp"
#include "fondscijfers/explain.hpp"
#include "function_table.hpp"

#include <gtest/gtest.h>
#include <set>
#include <string>
#include <vector>

using namespace fondscijfers;

namespace {

// Sentences end in ". " or at the end; a Dutch amount (1.036.297) or a decimal has no space
// after its point.
std::size_t sentences(const std::string& text) {
    std::size_t n = 1;
    for (auto at = text.find(". "); at != std::string::npos; at = text.find(". ", at + 1))
        ++n;
    return n;
}

// Every name CIRCULAIREBRON knows: the functions of a year and every key of some stand.
std::vector<std::string> names() {
    std::set<std::string> out;
    for (const auto& f : addin::functions())
        if (f.explained != addin::Explanation::none) out.emplace(f.name);
    for (const auto& e : all_entries())
        out.emplace(e.key);
    return {out.begin(), out.end()};
}

std::vector<std::optional<Period>> periods() {
    std::vector<std::optional<Period>> out{std::nullopt, Period{2019, 2021}, Period{2018, 2021}};
    for (int y = 2015; y <= 2030; ++y)
        out.emplace_back(Period{y, y});
    return out;
}

} // namespace

TEST(Explanations, AtMostTwoSentencesAndThreeHundredCharacters) {
    const std::optional<Growth> growths[] = {
        std::nullopt, Growth::from_fraction(0.02), Growth::from_fraction(-0.999999),
        Growth::from_fraction(1.0), Growth::from_fraction(0.123456789)};
    std::size_t longest = 0, count = 0;
    for (const auto& name : names())
        for (const Stand s : Stand::all())
            for (const auto& p : periods())
                for (const auto& g : growths)
                    for (const Deel d : {Deel::gemeenten, Deel::totaal}) {
                        const Explained e = explain(name, p, s, g, d);
                        ++count;
                        longest = std::max(longest, e.text.size());
                        ASSERT_LE(e.text.size(), longest_explanation) << e.text;
                        ASSERT_LE(sentences(e.text), 2u) << e.text;
                        ASSERT_EQ(e.text.find('{'), std::string::npos) << e.text; // no hole left
                    }
    std::cout << count << " explanations, the longest " << longest << " bytes\n";
}

TEST(Explanations, TheCellsOwnGrowthAndPart) {
    const Stand s2020 = *Stand::parse("S2020");
    const Year y2023{2023};
    // =BCFVRIJVAL(2023; 2%; ; "S2020") is 240.999.000: the explanation names that figure.
    const auto two = Growth::from_fraction(0.02);
    ASSERT_EQ(bcf_vrijval(y2023, s2020, two)->value, 240999000);
    EXPECT_NE(explain("BCFVRIJVAL", Period{2023, 2023}, s2020, two, Deel::gemeenten)
                  .text.find("= 240.999 (x \u20ac 1.000)"),
              std::string::npos);
    // At the stand's growth: 91.164, the VNG's Tabel 3.
    EXPECT_NE(explain("BCFVRIJVAL", Period{2023, 2023}, s2020, std::nullopt, Deel::gemeenten)
                  .text.find("groei 3,5%: (4.062.880 - 3.959.644) x 0,883067 = 91.164"),
              std::string::npos);
    // Growth and part count only where the function takes them.
    EXPECT_EQ(explain("ACCRES", Period{2022, 2022}, s2020, two, Deel::totaal).text,
              explain("ACCRES", Period{2022, 2022}, s2020, std::nullopt, Deel::gemeenten).text);
    // A year without a figure lets the default rule try the next stand.
    EXPECT_EQ(explain("ACCRES", Period{2030, 2030}, s2020, std::nullopt, Deel::gemeenten).answer,
              Answer::not_available);
    EXPECT_EQ(explain("bestaat.niet", std::nullopt, s2020, std::nullopt, Deel::gemeenten).answer,
              Answer::unknown_key);
}

TEST(Explanations, TheDifferencesOfCirculaireVerschilAreShortToo) {
    for (const auto& name : names())
        for (const Stand s : Stand::all())
            for (int y = 2018; y <= 2028; ++y) {
                const TextAnswer t = figure_change_source(name, Year{y}, s, std::nullopt);
                if (t.answer != Answer::found) continue;
                ASSERT_LE(t.text.size(), longest_explanation) << t.text;
                ASSERT_LE(sentences(t.text), 2u) << t.text;
            }
}

TEST(Reasons, EverySentenceNamesWhatWasGiven) {
    using addin::Reason;
    EXPECT_EQ(reason_sentence(Reason::growth_out_of_range, {Given::Kind::number, 2.0, {}}),
              "groei 200% ligt buiten het bereik: meer dan -100% en ten hoogste 100% per jaar.");
    EXPECT_EQ(reason_sentence(Reason::year_not_whole, {Given::Kind::number, 2021.5, {}}),
              "jaar 2021,5 is geen heel jaartal: geef een jaar zoals 2022.");
    EXPECT_EQ(reason_sentence(Reason::deel_unknown, {Given::Kind::range, 0, {}}),
              "deel (een bereik) bestaat niet: geef \"gemeenten\" (of laat deel leeg) of "
              "\"totaal\".");
    for (const auto& r : addin::reasons) { // no hole is left, whatever was given
        const auto text = reason_sentence(r.reason, {Given::Kind::text, 0, "x"}, "S2020", "2021");
        EXPECT_EQ(text.find('{'), std::string::npos) << text;
        EXPECT_LE(text.size(), longest_explanation) << text;
    }
}
