// Invariants of the compiled catalogue that the named functions rely on.
#include "fondscijfers/catalogue.hpp"
#include "keys.hpp"

#include <gtest/gtest.h>

using namespace fondscijfers;

namespace {

Entry entry(std::string_view key, std::string_view stand = "S2020") {
    auto e = find_entry(key, *Stand::parse(stand));
    EXPECT_TRUE(e) << key << " in " << stand;
    return *e;
}

} // namespace

TEST(Dataset, DefaultStandIsS2020) {
    EXPECT_EQ(Stand::standard().code(), "S2020");
}

TEST(Dataset, StandsOfTheFirstRelease) {
    EXPECT_EQ(Stand::parse("S2020")->title(), "Septembercirculaire 2020 / Miljoenennota 2021");
    EXPECT_EQ(Stand::parse("STARTNOTA")->title(), "Startnota kabinet-Rutte III");
    EXPECT_TRUE(Stand::parse("ORIGINEEL"));
}

TEST(Dataset, KeysOfTheNamedFunctionsExist) {
    for (const auto key : keys::names) EXPECT_FALSE(entry(key).figures().empty()) << key;
    for (const auto key :
         {keys::name(keys::accres), keys::name(keys::accres_percentage), keys::name(keys::accres_reeel),
          keys::name(keys::accres_reeel_percentage)})
        EXPECT_FALSE(entry(key, "STARTNOTA").figures().empty()) << key;
    EXPECT_FALSE(entry(keys::name(keys::opschalingskorting), "ORIGINEEL").figures().empty());
}

TEST(Dataset, BcfMethodInputsHaveOneFigureInTheTablesUnit) {
    const auto flat = entry(keys::name(keys::bcf_flat_line));
    ASSERT_EQ(flat.figures().size(), 1u);
    EXPECT_EQ(flat.figures()[0].exponent, entry(keys::name(keys::bcf_omvang)).figures()[0].exponent);
    const auto growth = entry(keys::name(keys::bcf_growth));
    ASSERT_EQ(growth.figures().size(), 1u);
    EXPECT_EQ(growth.unit(), Unit::fractie);
    EXPECT_EQ(growth.figures()[0].first_year, 2021); // growth after the current year 2020
    EXPECT_EQ(growth.figures()[0].last_year, 2025);
    const auto share = entry(keys::name(keys::bcf_gemeenten_share));
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
