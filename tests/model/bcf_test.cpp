// Tabel 3 of the letter, cell by cell, and the letter's method under other growth rates.
#include "fondscijfers/bcf.hpp"

#include <cmath>
#include <gtest/gtest.h>

using namespace fondscijfers;

namespace {

const Stand s2020 = *Stand::parse("S2020");

// Tabel 3 as printed (x € 1.000), 2020-2025.
constexpr std::int64_t omvang[] = {3'680'663, 3'812'354, 3'953'710,
                                   4'062'880, 4'176'655, 4'307'762};
constexpr std::int64_t declaraties[] = {3'571'330, 3'696'370, 3'825'743,
                                        3'959'644, 4'098'232, 4'241'670};
constexpr std::int64_t vrijval[] = {109'333, 115'984, 127'967, 103'236, 78'423, 66'092};
constexpr std::int64_t aandeel_gemeenten[] = {96'548, 102'422, 113'003, 91'164, 69'253, 58'364};

// Miljoenennota 2021, BCF raming 2021 (x € 1.000): the circular's flat line.
constexpr double flat_line = 3'571'372;
// The product's gemeenten share (see the data file); the test checks it lies in the
// interval that reproduces every printed cell.
constexpr double share = 0.883067;

std::int64_t euros(std::optional<Euros> e) {
    EXPECT_TRUE(e.has_value());
    return e ? e->value : -1;
}

Growth growth(double g) {
    return *Growth::from_fraction(g);
}

// Independent of the model: the letter's method written out directly.
std::int64_t expected_declaraties_thousands(int year, double g) {
    return static_cast<std::int64_t>(std::llround(flat_line * std::pow(1 + g, year - 2020)));
}
std::int64_t round_half_away(double x) {
    return static_cast<std::int64_t>(std::llround(x));
}

} // namespace

TEST(Tabel3, EveryPrintedCellAtDefaultGrowth) {
    for (int i = 0; i < 6; ++i) {
        const Year y{2020 + i};
        SCOPED_TRACE(y.value());
        EXPECT_EQ(euros(bcf_omvang(y, s2020)), omvang[i] * 1000);
        EXPECT_EQ(euros(bcf_declaraties(y, s2020)), declaraties[i] * 1000);
        EXPECT_EQ(euros(bcf_vrijval(y, s2020, *bcf_default_growth(s2020), Deel::totaal)),
                  vrijval[i] * 1000);
        EXPECT_EQ(euros(bcf_vrijval(y, s2020)), aandeel_gemeenten[i] * 1000);
    }
}

TEST(Tabel3, PrintedRowsAreConsistent) {
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(vrijval[i], omvang[i] - declaraties[i]);
}

TEST(Tabel3, TextFigures2020) {
    // "€ 3.680,7 miljoen in het BCF", "declaraties op € 3.571,3 miljoen", "vrijval ... € 109,3
    // miljoen", "gemeentelijk aandeel hierin bedraagt € 96,5 miljoen".
    const auto millions_1dp = [](std::int64_t e) { return (e + 50'000) / 100'000; };
    const Year y{2020};
    EXPECT_EQ(millions_1dp(euros(bcf_omvang(y, s2020))), 36'807);
    EXPECT_EQ(millions_1dp(euros(bcf_declaraties(y, s2020))), 35'713);
    EXPECT_EQ(millions_1dp(euros(bcf_vrijval(y, s2020, *bcf_default_growth(s2020), Deel::totaal))),
              1'093);
    EXPECT_EQ(millions_1dp(euros(bcf_vrijval(y, s2020))), 965);
}

TEST(Tabel3, ShareLiesInTheReproducingInterval) {
    // Every share s with round(vrijval * s) == aandeel for all six years lies in [lo, hi).
    double lo = 0, hi = 1;
    for (int i = 0; i < 6; ++i) {
        lo = std::max(lo, (static_cast<double>(aandeel_gemeenten[i]) - 0.5) /
                              static_cast<double>(vrijval[i]));
        hi = std::min(hi, (static_cast<double>(aandeel_gemeenten[i]) + 0.5) /
                              static_cast<double>(vrijval[i]));
    }
    EXPECT_NEAR(lo, 0.8830658, 1e-7);
    EXPECT_NEAR(hi, 0.8830675, 1e-7);
    EXPECT_GE(share, lo);
    EXPECT_LT(share, hi);
}

TEST(BcfDeclaraties, ExplicitDefaultGrowthEqualsOmitted) {
    EXPECT_DOUBLE_EQ(bcf_default_growth(s2020)->rate(), 0.035);
    EXPECT_EQ(bcf_base_year(s2020), Year{2020});
    for (int y = 2019; y <= 2026; ++y)
        EXPECT_EQ(bcf_declaraties(Year{y}, s2020, growth(0.035)), bcf_declaraties(Year{y}, s2020));
}

TEST(BcfDeclaraties, ZeroGrowthIsTheCircularsFlatLine) {
    for (int y = 2021; y <= 2025; ++y)
        EXPECT_EQ(euros(bcf_declaraties(Year{y}, s2020, growth(0))), 3'571'372'000);
    EXPECT_EQ(euros(bcf_declaraties(Year{2020}, s2020, growth(0))), 3'571'330'000);
}

TEST(BcfDeclaraties, OtherGrowthRates) {
    for (const double g : {0.02, 0.05, -0.01, 0.001, -0.5, 1.0}) {
        for (int y = 2021; y <= 2025; ++y) {
            SCOPED_TRACE(testing::Message() << g << " " << y);
            EXPECT_EQ(euros(bcf_declaraties(Year{y}, s2020, growth(g))),
                      expected_declaraties_thousands(y, g) * 1000);
        }
    }
}

TEST(BcfVrijval, OtherGrowthRatesFollowFromOmvangMinusDeclaraties) {
    for (const double g : {0.0, 0.02, 0.05, -0.01}) {
        for (int i = 1; i < 6; ++i) {
            const int y = 2020 + i;
            SCOPED_TRACE(testing::Message() << g << " " << y);
            const std::int64_t totaal = omvang[i] - expected_declaraties_thousands(y, g);
            EXPECT_EQ(euros(bcf_vrijval(Year{y}, s2020, growth(g), Deel::totaal)), totaal * 1000);
            EXPECT_EQ(euros(bcf_vrijval(Year{y}, s2020, growth(g), Deel::gemeenten)),
                      round_half_away(static_cast<double>(totaal) * share) * 1000);
        }
    }
}

TEST(BcfVrijval, CanBeNegative) {
    // At 5 % growth the 2025 declarations (3.571.372 x 1,05^5 = 4.558.076,24) exceed the fund:
    // 4.307.762 - 4.558.076 = -250.314; gemeenten -250.314 x 0,883067 = -221.044,03.
    const auto totaal = euros(bcf_vrijval(Year{2025}, s2020, growth(0.05), Deel::totaal));
    EXPECT_EQ(totaal, -250'314'000);
    EXPECT_EQ(euros(bcf_vrijval(Year{2025}, s2020, growth(0.05))), -221'044'000);
}

TEST(BcfVrijval, PastYearsIgnoreGrowth) {
    for (const double g : {0.0, 0.035, 0.5, -0.9}) {
        EXPECT_EQ(euros(bcf_vrijval(Year{2019}, s2020, growth(g))), 112'400'000);
        EXPECT_EQ(euros(bcf_vrijval(Year{2020}, s2020, growth(g))), 96'548'000);
        EXPECT_EQ(euros(bcf_vrijval(Year{2020}, s2020, growth(g), Deel::totaal)), 109'333'000);
        EXPECT_EQ(euros(bcf_declaraties(Year{2020}, s2020, growth(g))), 3'571'330'000);
    }
}

TEST(Bcf, NoFigureIsNotAvailable) {
    EXPECT_FALSE(bcf_omvang(Year{2019}, s2020));
    EXPECT_FALSE(bcf_omvang(Year{2026}, s2020));
    EXPECT_FALSE(bcf_declaraties(Year{2019}, s2020));
    EXPECT_FALSE(bcf_declaraties(Year{2026}, s2020));
    EXPECT_FALSE(bcf_vrijval(Year{2019}, s2020, *bcf_default_growth(s2020), Deel::totaal));
    EXPECT_FALSE(bcf_vrijval(Year{2018}, s2020));
    EXPECT_FALSE(bcf_vrijval(Year{2026}, s2020));
    EXPECT_FALSE(bcf_vrijval(*Year::from_number(1e12), s2020));
    EXPECT_FALSE(bcf_declaraties(*Year::from_number(-1e12), s2020));
}

TEST(Bcf, OtherStands) {
    // S2019: the septembercirculaire 2019 expected € 31,6 mln less than the definitive
    // € 112,4 mln of 2019; M2020 (the meicirculaire) settled that definitive figure.
    const Stand s2019 = *Stand::parse("S2019");
    const Stand m2020 = *Stand::parse("M2020");
    EXPECT_EQ(euros(bcf_vrijval(Year{2019}, s2019)), 112'400'000 - 31'600'000);
    EXPECT_EQ(euros(bcf_vrijval(Year{2019}, m2020)), 112'400'000);
    EXPECT_FALSE(bcf_vrijval(Year{2019}, s2019, std::nullopt, Deel::totaal));
    // Neither holds Tabel 3 or the method: #N/A, as for a stand without accres figures.
    for (const Stand s : {s2019, m2020, *Stand::parse("STARTNOTA")}) {
        EXPECT_FALSE(bcf_omvang(Year{2022}, s));
        EXPECT_FALSE(bcf_declaraties(Year{2022}, s));
        EXPECT_FALSE(bcf_vrijval(Year{2022}, s));
        EXPECT_FALSE(bcf_default_growth(s));
        EXPECT_FALSE(bcf_base_year(s));
    }
}
