// Tabel 1 and Tabel 2 of the letter, cell by cell, typed from the source document.
#include "fondscijfers/accres.hpp"

#include <gtest/gtest.h>
#include <numeric>
#include <vector>

using namespace fondscijfers;

namespace {

const Stand s2020 = *Stand::parse("S2020");
const Stand startnota = *Stand::parse("STARTNOTA");

std::int64_t euros(std::optional<Euros> e) {
    EXPECT_TRUE(e.has_value());
    return e ? e->value : -1;
}

struct Row {
    int year;
    std::int64_t accres;     // x € 1.000, as printed
    double percentage;       // printed % as a fraction
    double reeel_percentage; // printed % as a fraction
    std::int64_t reeel;      // x € 1.000, as printed
};

// Tabel 1, "Definitief regeerperiode Rutte III".
const std::vector<Row> definitief = {
    {2018, 807'121, 0.0482, 0.0277, 463'843},
    {2019, 1'084'429, 0.0615, 0.0420, 740'586},
    {2020, 1'239'623, 0.0462, 0.0242, 649'326},
    {2021, 1'030'017, 0.0371, 0.0146, 405'344},
};
// Tabel 1, "Startnota kabinet-Rutte III".
const std::vector<Row> startnota_rows = {
    {2018, 1'124'145, 0.0675, 0.0455, 757'757},
    {2019, 1'063'375, 0.0609, 0.0349, 609'389},
    {2020, 1'137'713, 0.0443, 0.0183, 469'981},
    {2021, 937'370, 0.0350, 0.0125, 334'775},
};

void expect_tabel1(const std::vector<Row>& rows, Stand stand) {
    for (const auto& r : rows) {
        SCOPED_TRACE(r.year);
        const Year y{r.year};
        EXPECT_EQ(euros(accres(y, stand)), r.accres * 1000);
        EXPECT_EQ(euros(accres_reeel(y, stand)), r.reeel * 1000);
        // The functions return fractions; the double must be the one nearest the decimal.
        EXPECT_EQ(accres_percentage(y, stand), r.percentage);
        EXPECT_EQ(accres_reeel_percentage(y, stand), r.reeel_percentage);
    }
}

std::int64_t sum_2018_2021(std::optional<Euros> (*f)(Year, Stand), Stand stand) {
    std::int64_t total = 0;
    for (int y = 2018; y <= 2021; ++y)
        total += euros(f(Year{y}, stand));
    return total;
}

} // namespace

TEST(Tabel1, DefinitiefEveryCell) {
    expect_tabel1(definitief, s2020);
}
TEST(Tabel1, StartnotaEveryCell) {
    expect_tabel1(startnota_rows, startnota);
}

TEST(Tabel1, TotalsColumn) {
    EXPECT_EQ(sum_2018_2021(accres, startnota), 4'262'603'000);
    EXPECT_EQ(sum_2018_2021(accres_reeel, startnota), 2'171'902'000);
    EXPECT_EQ(sum_2018_2021(accres, s2020), 4'161'190'000);
    EXPECT_EQ(sum_2018_2021(accres_reeel, s2020), 2'259'099'000);
}

TEST(Tabel1, TextTotalsInMillions) {
    // "nominaal accres van in totaal € 4.262,6 miljoen" / "€ 4.161,2 miljoen", "€ 101 miljoen
    // lager".
    EXPECT_EQ((sum_2018_2021(accres, startnota) + 50'000) / 100'000, 42'626);
    EXPECT_EQ((sum_2018_2021(accres, s2020) + 50'000) / 100'000, 41'612);
    EXPECT_EQ((sum_2018_2021(accres, startnota) - sum_2018_2021(accres, s2020) + 500'000) /
                  1'000'000,
              101);
}

TEST(Tabel2, EveryCell) {
    const std::int64_t nominaal[] = {1'036'297, 801'316, 806'097, 950'430};
    const double pct[] = {0.0365, 0.0276, 0.0272, 0.0314};
    for (int i = 0; i < 4; ++i) {
        const Year y{2022 + i};
        SCOPED_TRACE(y.value());
        EXPECT_EQ(euros(accres(y, s2020)), nominaal[i] * 1000);
        EXPECT_EQ(accres_percentage(y, s2020), pct[i]);
    }
}

TEST(Meicirculaire2020, AccresAsTabel2BecauseOfTheFreeze) {
    // "Door de bevriezing ... wijken de ramingen voor de accressen 2022-2025 niet af van de
    // accressen in de meicirculaire"; VNG's table prints the same column, with 2021.
    const Stand m2020 = *Stand::parse("M2020");
    const std::int64_t nominaal[] = {1'030'017, 1'036'297, 801'316, 806'097, 950'430};
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(euros(accres(Year{2021 + i}, m2020)), nominaal[i] * 1000);
    EXPECT_FALSE(accres(Year{2020}, m2020)); // no source states another M2020 year
    EXPECT_FALSE(accres(Year{2026}, m2020));
    EXPECT_FALSE(accres_reeel(Year{2022}, m2020));
    // Neither the letter nor VNG gives the meicirculaire 2020's percentages.
    EXPECT_FALSE(accres_percentage(Year{2022}, m2020));
    EXPECT_FALSE(accres_index(Year{2021}, Year{2025}, m2020));
}

TEST(Meicirculaire2021, AccresAsVngPrintsIt) {
    // VNG, Highlights meicirculaire gemeentefonds 2021: the columns Accres meicirculaire 2021
    // and Accrespercentage (one decimal, as printed).
    const Stand m2021 = *Stand::parse("M2021");
    const std::int64_t nominaal[] = {1'030'017'000, 909'796'000, 673'924'000,
                                     694'840'000,   919'735'000, 923'999'000};
    const double pct[] = {0.037, 0.031, 0.023, 0.024, 0.031, 0.030};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(euros(accres(Year{2021 + i}, m2021)), nominaal[i]);
        EXPECT_EQ(accres_percentage(Year{2021 + i}, m2021), pct[i]);
    }
    EXPECT_FALSE(accres(Year{2020}, m2021));
    EXPECT_FALSE(accres(Year{2027}, m2021));
    EXPECT_FALSE(accres_reeel(Year{2022}, m2021));
    EXPECT_DOUBLE_EQ(*accres_index(Year{2021}, Year{2023}, m2021), 1.031 * 1.023);
}

TEST(Accres, NoFigureIsNotAvailable) {
    EXPECT_FALSE(accres(Year{2017}, s2020));
    EXPECT_FALSE(accres(Year{2026}, s2020));
    EXPECT_FALSE(accres(Year{2030}, s2020));
    EXPECT_FALSE(accres(Year{2022}, startnota)); // Startnota covers 2018-2021 only
    EXPECT_FALSE(accres_percentage(Year{2022}, startnota));
    EXPECT_FALSE(accres_reeel(Year{2023}, s2020)); // reëel accres only in Tabel 1
    EXPECT_FALSE(accres_reeel_percentage(Year{2022}, s2020));
    EXPECT_FALSE(accres(Year{0}, s2020));
    EXPECT_FALSE(accres(Year{-2021}, s2020));
    EXPECT_FALSE(accres(*Year::from_number(1e12), s2020));
    EXPECT_FALSE(accres(*Year::from_number(-1e12), s2020));
}

TEST(AccresIndex, ForwardIsProductOfGrowth) {
    // Computed here from the printed percentages, independently of the model's method.
    const double f22 = 1.0365, f23 = 1.0276, f24 = 1.0272, f25 = 1.0314;
    EXPECT_DOUBLE_EQ(*accres_index(Year{2021}, Year{2025}, s2020), f22 * f23 * f24 * f25);
    EXPECT_DOUBLE_EQ(*accres_index(Year{2021}, Year{2022}, s2020), 1.0365);
    EXPECT_DOUBLE_EQ(*accres_index(Year{2017}, Year{2021}, s2020),
                     1.0482 * 1.0615 * 1.0462 * 1.0371);
    EXPECT_DOUBLE_EQ(*accres_index(Year{2020}, Year{2023}, s2020), 1.0371 * 1.0365 * 1.0276);
    EXPECT_DOUBLE_EQ(*accres_index(Year{2017}, Year{2021}, startnota),
                     1.0675 * 1.0609 * 1.0443 * 1.0350);
}

TEST(AccresIndex, BackwardIsInverse) {
    EXPECT_DOUBLE_EQ(*accres_index(Year{2025}, Year{2021}, s2020),
                     1.0 / (1.0365 * 1.0276 * 1.0272 * 1.0314));
    EXPECT_DOUBLE_EQ(*accres_index(Year{2022}, Year{2021}, s2020), 1.0 / 1.0365);
}

TEST(AccresIndex, EqualYearsGiveOne) {
    EXPECT_EQ(accres_index(Year{2021}, Year{2021}, s2020), 1.0);
    EXPECT_EQ(accres_index(Year{2017}, Year{2017}, s2020), 1.0);
    EXPECT_EQ(accres_index(Year{2025}, Year{2025}, s2020), 1.0);
}

TEST(AccresIndex, OutsideTheSeriesIsNotAvailable) {
    EXPECT_FALSE(accres_index(Year{2016}, Year{2021}, s2020));
    EXPECT_FALSE(accres_index(Year{2021}, Year{2026}, s2020));
    EXPECT_FALSE(accres_index(Year{2030}, Year{2030}, s2020));
    EXPECT_FALSE(accres_index(Year{2021}, Year{2022}, startnota));
    EXPECT_FALSE(accres_index(*Year::from_number(1e12), Year{2021}, s2020));
}
