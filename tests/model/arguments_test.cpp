// The argument types: what is a year, a stand, a growth rate, a deel.
#include "fondscijfers/bcf.hpp"
#include "fondscijfers/growth.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace fondscijfers;

TEST(Year, WholeNumbersOnly) {
    EXPECT_EQ(Year::from_number(2021.0)->value(), 2021);
    EXPECT_EQ(Year::from_number(-3.0)->value(), -3);
    EXPECT_FALSE(Year::from_number(2021.5));
    EXPECT_FALSE(Year::from_number(2021.000001));
    EXPECT_FALSE(Year::from_number(std::numeric_limits<double>::quiet_NaN()));
    EXPECT_FALSE(Year::from_number(std::numeric_limits<double>::infinity()));
    EXPECT_FALSE(Year::from_number(-std::numeric_limits<double>::infinity()));
}

TEST(Year, FloatingPointNoiseIsTheWholeYear) {
    // As Calc's own approximate equality (rtl::math::approxEqual, 2^-48 relative).
    const double noisy = 2021 * 1.1 / 1.1;
    ASSERT_NE(noisy, 2021.0);
    EXPECT_EQ(Year::from_number(noisy)->value(), 2021);
    EXPECT_EQ(Year::from_number(std::nextafter(2021.0, 0.0))->value(), 2021);
    EXPECT_EQ(Year::from_number(2021.0 + 2021.0 * 0x1p-49)->value(), 2021);
    EXPECT_FALSE(Year::from_number(2021.0 + 2021.0 * 0x1p-47)); // beyond the tolerance
    EXPECT_FALSE(Year::from_number(1e-300));                    // near 0 is not 0
}

TEST(Year, HugeWholeNumbersSaturate) {
    EXPECT_EQ(Year::from_number(1e12)->value(), std::numeric_limits<int>::max());
    EXPECT_EQ(Year::from_number(-1e12)->value(), std::numeric_limits<int>::min());
}

TEST(Stand, CodesAreCaseInsensitive) {
    EXPECT_EQ(Stand::parse("S2020")->code(), "S2020");
    EXPECT_EQ(Stand::parse("s2020")->code(), "S2020");
    EXPECT_EQ(Stand::parse(" Startnota ")->code(), "STARTNOTA");
    EXPECT_EQ(Stand::parse("startnota")->title(), "Startnota kabinet-Rutte III");
}

TEST(Stand, UnknownCodesAreRejected) {
    EXPECT_FALSE(Stand::parse("S2099"));
    EXPECT_FALSE(Stand::parse("S 2020"));
    EXPECT_FALSE(Stand::parse("S2020x"));
    EXPECT_FALSE(Stand::parse(""));
    EXPECT_FALSE(Stand::parse("startnota rutte"));
}

TEST(Growth, AboveMinusOneHundredPercentUpToPlusOneHundred) {
    EXPECT_DOUBLE_EQ(Growth::from_fraction(0.035)->rate(), 0.035);
    EXPECT_TRUE(Growth::from_fraction(0.0));
    EXPECT_TRUE(Growth::from_fraction(-0.999));
    EXPECT_TRUE(Growth::from_fraction(1.0));
    EXPECT_FALSE(Growth::from_fraction(-1.0));
    EXPECT_FALSE(Growth::from_fraction(-1.5));
    EXPECT_FALSE(Growth::from_fraction(1.0000001));
    EXPECT_FALSE(Growth::from_fraction(std::numeric_limits<double>::quiet_NaN()));
    EXPECT_FALSE(Growth::from_fraction(std::numeric_limits<double>::infinity()));
}

TEST(Deel, GemeentenOrTotaal) {
    EXPECT_EQ(parse_deel("gemeenten"), Deel::gemeenten);
    EXPECT_EQ(parse_deel("GEMEENTEN"), Deel::gemeenten);
    EXPECT_EQ(parse_deel(" Totaal "), Deel::totaal);
    EXPECT_FALSE(parse_deel("gemeente"));
    EXPECT_FALSE(parse_deel("provincies"));
    EXPECT_FALSE(parse_deel(""));
}
