// CIRCULAIRE, CIRCULAIREBRON and CIRCULAIRELIJST as the model answers them.
#include "fondscijfers/circulaire.hpp"

#include <algorithm>
#include <gtest/gtest.h>

using namespace fondscijfers;

namespace {

const Stand s2020 = *Stand::parse("S2020");
const Stand startnota = *Stand::parse("STARTNOTA");

ValueAnswer value(std::string_view key, std::optional<Period> p, Stand s = s2020) {
    return catalogue_value(key, p, s);
}
Period year(int y) {
    return {y, y};
}

} // namespace

TEST(CirculaireValue, AFigureByKeyAndYear) {
    EXPECT_EQ(value("accres.nominaal", year(2022)).value, 1'036'297'000);
    EXPECT_EQ(value("accres.nominaal", year(2021), startnota).value, 937'370'000);
    EXPECT_EQ(value("bcf.vrijval.gemeenten", year(2019)).value, 112'400'000);
    EXPECT_EQ(value("accres.percentage", year(2021)).value, 0.0371);
}

TEST(CirculaireValue, KeysIgnoreCaseAndBlanks) {
    EXPECT_EQ(value(" Accres.Nominaal ", year(2022)).value, 1'036'297'000);
}

TEST(CirculaireValue, PeriodTotalsAreNotSplit) {
    EXPECT_EQ(value("accres.nominaal", Period{2018, 2021}).value, 4'161'190'000);
    EXPECT_EQ(value("accres.nominaal", Period{2018, 2021}, startnota).value, 4'262'603'000);
    EXPECT_EQ(value("opschalingskorting.oploop", Period{2022, 2025}).value, 675'000'000);
    EXPECT_EQ(value("opschalingskorting.oploop", year(2023)).answer, Answer::not_available);
    EXPECT_EQ(value("opschalingskorting.oploop", std::nullopt).value, 675'000'000);
}

TEST(CirculaireValue, Errors) {
    EXPECT_EQ(value("accres.nominal", year(2022)).answer, Answer::unknown_key); // near miss
    EXPECT_EQ(value("accres", year(2022)).answer, Answer::unknown_key);
    EXPECT_EQ(value("", year(2022)).answer, Answer::unknown_key);
    EXPECT_EQ(value("accres.nominaal", year(2030)).answer, Answer::not_available);
    EXPECT_EQ(value("accres.nominaal", std::nullopt).answer, Answer::period_needed);
    EXPECT_EQ(value("bcf.omvang", year(2022), startnota).answer, Answer::not_available);
}

TEST(Period, Parsing) {
    EXPECT_EQ(parse_period("2021"), year(2021));
    EXPECT_EQ(parse_period(" 2019-2021 "), (Period{2019, 2021}));
    EXPECT_EQ(parse_period("2019 - 2021"), (Period{2019, 2021}));
    EXPECT_FALSE(parse_period("2021-2019"));
    EXPECT_FALSE(parse_period("2021-2021"));
    EXPECT_FALSE(parse_period("twintig"));
    EXPECT_FALSE(parse_period(""));
    EXPECT_FALSE(parse_period("2019-"));
}

TEST(CirculaireSource, OfAKeysFigure) {
    const auto a = catalogue_source("accres.nominaal", year(2022), s2020);
    EXPECT_EQ(a.answer, Answer::found);
    EXPECT_EQ(a.text,
              "VNG ledenbrief Rijksbegroting 2021 (september 2020), H1 Financiën, Economische "
              "vooruitzichten en accres, Tabel 2, Septembercirculaire 2020, rij Nominaal accres "
              "(x € 1.000)");
    const auto b = catalogue_source("bcf.vrijval.gemeenten", year(2019), s2020);
    EXPECT_NE(b.text.find("\u201cOver het jaar 2019 bedroeg de afdracht"), std::string::npos)
        << b.text;
    EXPECT_EQ(catalogue_source("accres.nominaal", year(2030), s2020).answer, Answer::not_available);
    EXPECT_EQ(catalogue_source("accres.nominal", year(2022), s2020).answer, Answer::unknown_key);
}

TEST(CirculaireSource, WithoutYearListsEverySource) {
    const auto a = catalogue_source("accres.nominaal", std::nullopt, s2020);
    EXPECT_NE(a.text.find("Tabel 1"), std::string::npos);
    EXPECT_NE(a.text.find("Tabel 2"), std::string::npos);
}

TEST(CirculaireSource, OfNamedFunctions) {
    EXPECT_EQ(catalogue_source("ACCRES", year(2022), s2020).text,
              catalogue_source("accres.nominaal", year(2022), s2020).text);
    EXPECT_EQ(catalogue_source("accres", year(2021), startnota).text,
              catalogue_source("accres.nominaal", year(2021), startnota).text);
    const auto vrijval = catalogue_source("BCFVRIJVAL", year(2023), s2020);
    EXPECT_EQ(vrijval.answer, Answer::found);
    for (const auto* part :
         {"omvang BCF min declaraties", "Tabel 3", "Miljoenennota 2021", "3,5%", "0,883067"})
        EXPECT_NE(vrijval.text.find(part), std::string::npos) << part << " in " << vrijval.text;
    EXPECT_NE(catalogue_source("BCFVRIJVAL", year(2019), s2020).text.find("112,4"),
              std::string::npos);
    EXPECT_EQ(catalogue_source("BCFVRIJVAL", year(2030), s2020).answer, Answer::not_available);
    EXPECT_NE(catalogue_source("BCFDECLARATIES", year(2024), s2020).text.find("x (1 + groei)"),
              std::string::npos);
    EXPECT_NE(catalogue_source("BCFDECLARATIES", year(2020), s2020).text.find("rij Declaraties"),
              std::string::npos);
    EXPECT_NE(catalogue_source("ACCRESINDEX", year(2023), s2020).text.find("Tabel 2"),
              std::string::npos);
    EXPECT_NE(catalogue_source("OPSCHALINGSKORTING", year(2021), s2020).text.find("460 - 160"),
              std::string::npos);
    for (const auto* f :
         {"ACCRES", "ACCRESPERCENTAGE", "ACCRESREEEL", "ACCRESREEELPERCENTAGE", "ACCRESINDEX",
          "BCFOMVANG", "BCFDECLARATIES", "BCFVRIJVAL", "OPSCHALINGSKORTING"})
        EXPECT_EQ(catalogue_source(f, std::nullopt, s2020).answer, Answer::found) << f;
}

TEST(CirculaireList, OneRowPerKeyAndStand) {
    const auto all = catalogue_list("");
    EXPECT_EQ(all.size(), all_entries().size());
    const auto accres = catalogue_list("accres.nominaal");
    ASSERT_EQ(accres.size(), stands_with("accres.nominaal").size()); // S2020, M2020, STARTNOTA...
    ASSERT_GE(accres.size(), 3u);
    bool seen_s2020 = false;
    for (const auto& row : accres) {
        EXPECT_EQ(row.key, "accres.nominaal");
        EXPECT_EQ(row.unit, Unit::euro);
        if (row.stand == "S2020") {
            seen_s2020 = true;
            EXPECT_EQ(row.years, "2018-2025, 2018-2021 (periode)");
        }
    }
    EXPECT_TRUE(seen_s2020);
    EXPECT_EQ(catalogue_list("OPSCHALINGSKORTING.CUMULATIEF").size(),
              stands_with("opschalingskorting.cumulatief").size()); // ignoring case
    EXPECT_TRUE(catalogue_list("geen-bestaande-tekst").empty());
}

TEST(CirculaireStand, TheDefaultsCodeOrAStandsTitle) {
    EXPECT_EQ(stand_answer(std::nullopt), Stand::standard().code());
    EXPECT_EQ(stand_answer(s2020), "Septembercirculaire 2020 / Miljoenennota 2021");
    EXPECT_EQ(stand_answer(*Stand::parse("m2020")), "Meicirculaire 2020, volgens de ledenbrief");
}

TEST(CirculaireSource, BcfPerStand) {
    const Stand s2019 = *Stand::parse("S2019");
    EXPECT_NE(catalogue_source("BCFVRIJVAL", year(2019), s2019).text.find("31,6"),
              std::string::npos);
    EXPECT_EQ(catalogue_source("BCFVRIJVAL", year(2023), startnota).answer, Answer::not_available);
    EXPECT_EQ(catalogue_source("BCFDECLARATIES", year(2023), startnota).answer,
              Answer::not_available);
    // The base year comes from the stand's data (the growth's first year - 1).
    EXPECT_NE(catalogue_source("BCFDECLARATIES", year(2024), s2020).text.find("(jaar - 2020)"),
              std::string::npos);
}

TEST(StandsWith, FunctionsAndKeys) {
    const auto codes = [](std::string_view name) {
        std::vector<std::string_view> out;
        for (const Stand s : stands_with(name))
            out.push_back(s.code());
        return out;
    };
    const auto has = [&](std::string_view name, std::string_view code) {
        const auto c = codes(name);
        return std::ranges::find(c, code) != c.end();
    };
    EXPECT_TRUE(has("ACCRES", "S2020") && has("ACCRES", "M2020") && has("ACCRES", "STARTNOTA"));
    EXPECT_FALSE(has("ACCRES", "ORIGINEEL") || has("ACCRES", "S2019"));
    EXPECT_TRUE(has("BCFVRIJVAL", "S2019") && has("BCFVRIJVAL", "M2020"));
    EXPECT_FALSE(has("BCFOMVANG", "S2019"));
    EXPECT_TRUE(has("opschalingskorting.cumulatief", "ORIGINEEL"));
    EXPECT_TRUE(codes("geen.sleutel").empty());
}

TEST(CirculaireInfo, FieldsOfAFigureAndOfAKey) {
    const auto info = [](std::string_view key, std::string_view field, std::optional<Period> p,
                         Stand s = s2020) { return catalogue_info(key, field, p, s); };
    EXPECT_EQ(info("accres.nominaal", "omschrijving", year(2022)).text,
              "Nominaal accres van de algemene uitkering uit het gemeentefonds");
    EXPECT_EQ(info("accres.nominaal", "Eenheid", std::nullopt).text, "euro");
    EXPECT_EQ(info("accres.nominaal", "kwalificatie", year(2022)).text, "exact");
    EXPECT_EQ(info("accres.nominaal", "karakter", Period{2018, 2021}).text,
              "totaal over 2018-2021");
    EXPECT_EQ(info("accres.percentage", "karakter", Period{2018, 2021}).text,
              "over de periode 2018-2021");
    EXPECT_EQ(info("ACCRES", "eenheid", year(2022)).text, "euro"); // a named function
    EXPECT_EQ(info("BCFVRIJVAL", "citaat", year(2019)).text,
              "Over het jaar 2019 bedroeg de afdracht uit het BCF aan de algemene uitkering € "
              "112,4 miljoen.");
    EXPECT_EQ(info("accres.nominaal", "bron", year(2022)).text,
              catalogue_source("accres.nominaal", year(2022), s2020).text);
    EXPECT_EQ(info("accres.nominaal", "kleur", year(2022)).answer, Answer::unknown_field);
    EXPECT_EQ(info("accres.nominal", "eenheid", year(2022)).answer, Answer::unknown_key);
    EXPECT_EQ(info("accres.nominaal", "eenheid", year(2030)).answer, Answer::not_available);
    EXPECT_EQ(info("bcf.omvang", "eenheid", year(2022), startnota).answer, Answer::not_available);
    EXPECT_EQ(info_fields().size(), 8u);
}

TEST(CirculaireList, FilterIgnoresCaseAndAccents) {
    // "Reëel accrespercentage" matches reëel, REËEL and reeel alike.
    const auto count = [](std::string_view f) { return catalogue_list(f).size(); };
    EXPECT_GT(count("reëel"), 0u);
    EXPECT_EQ(count("REËEL"), count("reëel"));
    EXPECT_EQ(count("reeel"), count("reëel"));
    EXPECT_EQ(count("RÉËËL"), count("reëel"));
    EXPECT_EQ(count("\xff"), 0u); // not UTF-8: matches nothing, no crash
}
