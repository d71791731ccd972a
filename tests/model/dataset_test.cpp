// Invariants of the compiled catalogue that the named functions rely on. They hold for any
// data directory (FONDSCIJFERS_DATA_DIR), not only the shipped one.
#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/keys.hpp"

#include <gtest/gtest.h>

using namespace fondscijfers;

namespace {

Entry entry(std::string_view key, std::string_view stand) {
    auto e = find_entry(key, *Stand::parse(stand));
    EXPECT_TRUE(e) << key << " in " << stand;
    return *e;
}

} // namespace

TEST(Dataset, TheDefaultIsTheNewestFullStand) {
    const Stand standard = Stand::standard();
    EXPECT_TRUE(standard.is_full());
    const auto all = Stand::all();
    ASSERT_FALSE(all.empty());
    EXPECT_EQ(all.front(), standard);
    for (const Stand s : all)
        if (s != standard && s.is_full()) {
            EXPECT_LT(s.date(), standard.date()) << s.code();
        }
    // The rest newest first, undated (partial) stands last.
    for (std::size_t i = 2; i < all.size(); ++i)
        if (!all[i].date().empty()) {
            EXPECT_GE(all[i - 1].date(), all[i].date());
        }
}

TEST(Dataset, EveryStandIsReleased) {
    // A draft stand builds (to try it), but is never shipped: its figures are not yet fixed.
    for (const Stand s : Stand::all())
        EXPECT_TRUE(s.is_released()) << s.code() << " has no 'vrijgegeven' line";
}

TEST(Dataset, StandsOfEarlierReleasesStay) {
    // Documents name these codes; they never disappear.
    EXPECT_EQ(Stand::parse("S2020")->title(), "Septembercirculaire 2020 / Miljoenennota 2021");
    EXPECT_EQ(Stand::parse("STARTNOTA")->title(), "Startnota kabinet-Rutte III");
    EXPECT_TRUE(Stand::parse("ORIGINEEL"));
    EXPECT_TRUE(Stand::parse("M2020"));
    EXPECT_TRUE(Stand::parse("S2019"));
}

TEST(Dataset, FullStandsHoldTheKeysOfTheNamedFunctions) {
    for (const Stand s : Stand::all()) {
        if (!s.is_full()) continue;
        for (const auto& k : keys::named)
            if (k.required) {
                EXPECT_FALSE(entry(k.name, s.code()).figures().empty()) << k.name;
            }
    }
}

TEST(Dataset, BcfMethodInputsOfS2020) {
    const auto flat = entry(keys::name(keys::bcf_flat_line), "S2020");
    ASSERT_EQ(flat.figures().size(), 1u);
    EXPECT_EQ(flat.figures()[0].exponent,
              entry(keys::name(keys::bcf_omvang), "S2020").figures()[0].exponent);
    const auto growth = entry(keys::name(keys::bcf_growth), "S2020");
    ASSERT_EQ(growth.figures().size(), 1u);
    EXPECT_EQ(growth.unit(), Unit::fractie);
    EXPECT_EQ(growth.figures()[0].first_year, 2021); // grown after the base year 2020
    EXPECT_EQ(growth.figures()[0].last_year, 2025);
    const auto share = entry(keys::name(keys::bcf_gemeenten_share), "S2020");
    ASSERT_EQ(share.figures().size(), 1u);
    EXPECT_EQ(share.unit(), Unit::fractie);
}

TEST(Dataset, EveryFigureHasAPlace) {
    for (const auto& data : all_entries()) {
        const Entry e(data);
        for (const auto& f : e.figures())
            EXPECT_FALSE(f.place.empty()) << e.key();
    }
}
