// Invariants of the compiled data that the lookups rely on.
#include "source_data.hpp"

#include <gtest/gtest.h>
#include <set>
#include <string>

using namespace fondscijfers::data;

TEST(Dataset, DefaultStandIsKnown) {
    const auto& d = dataset();
    bool found = false;
    for (const auto& s : d.stands)
        found |= s.code == d.default_stand;
    EXPECT_TRUE(found);
}

TEST(Dataset, EverySeriesHasAKnownStandAndASource) {
    const auto& d = dataset();
    for (const auto& s : d.series) {
        bool known = false;
        for (const auto& st : d.stands)
            known |= st.code == s.stand;
        EXPECT_TRUE(known) << s.source;
        EXPECT_FALSE(s.source.empty());
        EXPECT_GT(s.values.size, 0u);
    }
}

TEST(Dataset, NoYearIsStatedTwiceForTheSameQuantityAndStand) {
    std::set<std::tuple<int, std::string, int>> seen;
    for (const auto& s : dataset().series)
        for (std::size_t i = 0; i < s.values.size; ++i)
            EXPECT_TRUE(seen.emplace(static_cast<int>(s.quantity), std::string(s.stand),
                                     s.first_year + static_cast<int>(i))
                            .second)
                << s.source;
}

TEST(Dataset, BcfMethodBelongsToTheDefaultStandAndUsesTheTablesUnit) {
    const auto& d = dataset();
    ASSERT_EQ(d.bcf_projections.size(), 1u);
    const auto& p = d.bcf_projections.front();
    EXPECT_EQ(p.stand, d.default_stand);
    for (const auto& s : d.series) {
        if (s.quantity == Quantity::bcf_omvang || s.quantity == Quantity::bcf_declaraties) {
            EXPECT_EQ(s.exponent, p.flat_line.exponent) << s.source;
        }
    }
    EXPECT_FALSE(p.flat_line.source.empty());
    EXPECT_FALSE(p.default_growth.source.empty());
    EXPECT_FALSE(p.gemeenten_share.source.empty());
}
