// The opschalingskorting per stand, as the domain notes derive it from the letter, the
// minister's letter of 28 September 2020 and the answer to Kamervragen 2021Z14719.
#include "fondscijfers/opschalingskorting.hpp"

#include <gtest/gtest.h>

using namespace fondscijfers;

namespace {
const Stand s2020 = *Stand::parse("S2020");
}

namespace {

std::int64_t millions(std::optional<Euros> e) {
    EXPECT_TRUE(e);
    EXPECT_EQ(e ? e->value % 1'000'000 : 0, 0);
    return e ? e->value / 1'000'000 : -1;
}

} // namespace

TEST(Opschalingskorting, ActualSeriesOfS2020) {
    const int expected[][2] = {{2015, 60},  {2016, 120}, {2017, 180}, {2018, 240}, {2019, 300},
                               {2020, 300}, {2021, 300}, {2022, 570}, {2025, 975}};
    for (const auto& [year, mln] : expected) {
        EXPECT_EQ(millions(opschalingskorting(Year{year}, s2020)), mln) << year;
    }
}

TEST(Opschalingskorting, OriginalSeries) {
    const Stand origineel = *Stand::parse("origineel");
    const int expected[][2] = {{2015, 60},  {2019, 300}, {2020, 370},
                               {2021, 460}, {2022, 570}, {2025, 975}};
    for (const auto& [year, mln] : expected)
        EXPECT_EQ(millions(opschalingskorting(Year{year}, origineel)), mln) << year;
}

TEST(Opschalingskorting, ScrappedRiseIsTheDifference) {
    // "€ 70 miljoen aan extra ruimte in 2020 en € 160 miljoen (70 + 90) aan extra ruimte in 2021"
    const Stand origineel = *Stand::parse("ORIGINEEL");
    EXPECT_EQ(millions(opschalingskorting(Year{2020}, origineel)) -
                  millions(opschalingskorting(Year{2020}, s2020)),
              70);
    EXPECT_EQ(millions(opschalingskorting(Year{2021}, origineel)) -
                  millions(opschalingskorting(Year{2021}, s2020)),
              160);
    // "In 2022 wordt daarom structureel € 270 miljoen (70 + 90 + 110) van die korting
    // gerealiseerd."
    EXPECT_EQ(millions(opschalingskorting(Year{2022}, s2020)) -
                  millions(opschalingskorting(Year{2021}, s2020)),
              270);
    // "Voor de periode 2022-2025 gaat het om in totaal € 675 miljoen."
    EXPECT_EQ(millions(opschalingskorting(Year{2025}, s2020)) -
                  millions(opschalingskorting(Year{2021}, s2020)),
              675);
}

TEST(Opschalingskorting, NoFigureIsNotAvailable) {
    EXPECT_FALSE(opschalingskorting(Year{2023}, s2020)); // in no source: never interpolated
    EXPECT_FALSE(opschalingskorting(Year{2024}, s2020));
    EXPECT_FALSE(opschalingskorting(Year{2023}, *Stand::parse("ORIGINEEL")));
    EXPECT_FALSE(opschalingskorting(Year{2014}, s2020));
    EXPECT_FALSE(opschalingskorting(Year{2026}, s2020));
    EXPECT_FALSE(opschalingskorting(Year{2020}, *Stand::parse("STARTNOTA")));
}
