// The default rule, CIRCULAIREVERSCHIL and CIRCULAIRESTANDEN as the model answers them.
#include "fondscijfers/changes.hpp"
#include "fondscijfers/default_stand.hpp"

#include <gtest/gtest.h>

using namespace fondscijfers;

namespace {

const Stand s2020 = *Stand::parse("S2020");
const Stand m2020 = *Stand::parse("M2020");
const Stand m2021 = *Stand::parse("M2021");

std::string first_default(std::string_view name) {
    const auto order = default_stands(name);
    return order.empty() ? "" : std::string(order.front().code());
}

} // namespace

TEST(DefaultStand, FollowsTheNewestStandWithTheWholeSeries) {
    // M2021 gives the accres 2021-2026, its own years; it has no BCF table, and its one-year
    // neighbours do not count.
    EXPECT_EQ(first_default("ACCRES"), "M2021");
    EXPECT_EQ(first_default("accrespercentage"), "M2021");
    EXPECT_EQ(first_default("ACCRESINDEX"), "M2021");
    EXPECT_EQ(first_default(" accres.nominaal "), "M2021");
    EXPECT_EQ(first_default("BCFVRIJVAL"), "S2020");
    EXPECT_EQ(first_default("BCFDECLARATIES"), "S2020");
    EXPECT_EQ(first_default("BCFOMVANG"), "S2020");
    // S2020 gives the opschalingskorting for 2015-2022 and 2025 only: no stand gives the whole
    // series, so the newest full stand answers (S2020 in the shipped data; these tests also run
    // with a fictional newer full stand, tests/fixtures/t2099.txt).
    const std::string standard(Stand::standard().code());
    EXPECT_EQ(first_default("OPSCHALINGSKORTING"), standard);
    EXPECT_EQ(first_default("ACCRESREEEL"), standard);
    EXPECT_TRUE(Stand::standard().is_full());
    EXPECT_EQ(first_default("bestaat.niet"), "");
    EXPECT_EQ(m2021.year(), 2021);
    EXPECT_EQ(m2021.horizon(), 2026);
    EXPECT_FALSE(m2020.horizon());
}

TEST(DefaultStand, AYearTheNewestStandLacksComesFromTheNext) {
    const auto order = default_stands("ACCRES");
    const auto figure = [&](int y) {
        return in_stand(std::nullopt, order, [&](Stand s) {
            return catalogue_value("accres.nominaal", Period{y, y}, s);
        });
    };
    EXPECT_EQ(figure(2023).value, 673'924'000);   // M2021
    EXPECT_EQ(figure(2019).value, 1'084'429'000); // S2020, Tabel 1
    EXPECT_EQ(figure(2027).answer, Answer::not_available);
    // A named stand answers alone.
    EXPECT_EQ(in_stand(std::optional<Stand>(s2020), order,
                       [](Stand s) {
                           return catalogue_value("accres.nominaal", Period{2023, 2023}, s);
                       })
                  .value,
              801'316'000);
}

TEST(CirculaireVerschil, VngsDifferenceColumn) {
    // VNG, Highlights meicirculaire gemeentefonds 2021: Verschil = M2021 - M2020.
    const std::int64_t verschil[] = {0, -126'501'000, -127'392'000, -111'257'000, -30'695'000};
    for (int i = 0; i < 5; ++i) {
        const Year y{2021 + i};
        const auto named = figure_change("ACCRES", y, m2021, m2020);
        ASSERT_EQ(named.answer, Answer::found) << y.value();
        EXPECT_EQ(named.value, verschil[i]);
        // The newest earlier stand with the figure is S2020, whose accres 2021-2025 the
        // freeze left as in the meicirculaire 2020.
        EXPECT_EQ(figure_change("accres.nominaal", y, m2021, std::nullopt).value, verschil[i]);
    }
    EXPECT_EQ(figure_change("ACCRES", Year{2026}, m2021, m2020).answer, Answer::not_available);
    EXPECT_EQ(figure_change("ACCRES", Year{2026}, m2021, std::nullopt).answer,
              Answer::not_available);
}

TEST(CirculaireVerschil, ExactInTheFiguresDecimals) {
    // 3,1% (one decimal, as VNG prints it) - 3,65% (Tabel 2) = -0,55 percentage point.
    const auto p = figure_change("ACCRESPERCENTAGE", Year{2022}, m2021, std::nullopt);
    EXPECT_EQ(p.value, -0.0055);
    EXPECT_EQ(figure_change("ACCRESPERCENTAGE", Year{2022}, m2021, m2020).answer,
              Answer::not_available); // no source gives M2020's percentages
    EXPECT_EQ(figure_change("ACCRES", Year{2023}, s2020, s2020).value, 0);
    // The BCF functions compare their computed figures (S2020 is the only stand with a table).
    EXPECT_EQ(figure_change("BCFVRIJVAL", Year{2023}, s2020, std::nullopt).answer,
              Answer::not_available);
    EXPECT_EQ(figure_change("BCFVRIJVAL", Year{2019}, s2020, m2020).value, 0); // 112,4 mln both
}

TEST(CirculaireVerschil, RefusesWhatIsNoFigureOfAYear) {
    EXPECT_EQ(figure_change("ACCRESINDEX", Year{2022}, m2021, m2020).answer, Answer::not_a_figure);
    EXPECT_EQ(figure_change("bestaat.niet", Year{2022}, m2021, m2020).answer, Answer::unknown_key);
}

TEST(CirculaireVerschil, TheSourceNamesBothStands) {
    const auto t = figure_change_source("accres", Year{2023}, m2021, std::nullopt);
    ASSERT_EQ(t.answer, Answer::found);
    EXPECT_EQ(t.text.substr(0, t.text.find(" Bronnen")),
              "ACCRES 2023: M2021 \u20ac 673.924.000 min S2020 \u20ac "
              "801.316.000 = \u20ac -127.392.000.");
    EXPECT_NE(t.text.find("Bronnen: M2021: VNG, Highlights meicirculaire gemeentefonds 2021"),
              std::string::npos);
    EXPECT_NE(t.text.find("; S2020: VNG ledenbrief Rijksbegroting 2021 (september 2020), H1 "
                          "Financi\u00ebn, Tabel 2."),
              std::string::npos); // in short: CIRCULAIREINFO(...; "bron") has it in full
    const auto p = figure_change_source("ACCRESPERCENTAGE", Year{2022}, m2021, std::nullopt);
    EXPECT_EQ(p.text.substr(0, p.text.find('.')),
              "ACCRESPERCENTAGE 2022: M2021 3,1% min S2020 3,65% = -0,55%");
}

TEST(CirculaireStanden, OneRowPerStandNewestFirst) {
    const auto list = stand_list(ListHeader::with);
    ASSERT_EQ(list.rows.size(), Stand::all().size());
    for (std::size_t i = 1; i < list.rows.size(); ++i)
        EXPECT_GE(list.rows[i - 1].month, list.rows[i].month);
    const auto row = [&](std::string_view code) {
        for (const auto& r : list.rows)
            if (r.code == code) return r;
        ADD_FAILURE() << code;
        return list.rows.front();
    };
    const StandRow m = row("M2021");
    EXPECT_EQ(m.title, "Meicirculaire 2021, volgens VNG");
    EXPECT_EQ(m.month, "2021-05");
    EXPECT_EQ(m.kind, "gedeeltelijk");
    EXPECT_EQ(m.functions, "ACCRES, ACCRESPERCENTAGE, ACCRESINDEX");
    EXPECT_EQ(m.default_for, "ACCRES, ACCRESPERCENTAGE, ACCRESINDEX");
    EXPECT_EQ(row("S2021").default_for, ""); // one year of a series is no default
    EXPECT_NE(row("S2021").documents.find(" | VNG, Eerste reactie VNG op Prinsjesdag 2021"),
              std::string::npos);
    const StandRow s2023 = row("S2023"); // the newest month, a partial stand
    EXPECT_EQ(list.rows.front().code, "S2023");
    EXPECT_EQ(s2023.month, "2023-09");
    EXPECT_EQ(s2023.kind, "gedeeltelijk");
    EXPECT_EQ(s2023.default_for, ""); // it holds no key a named function reads
    const StandRow s = row("S2020");
    EXPECT_EQ(s.kind, "volledig");
    EXPECT_NE(s.default_for.find("BCFOMVANG, BCFDECLARATIES, BCFVRIJVAL"), std::string::npos);
    EXPECT_EQ(stand_titles()[6], "standaard voor");
}
