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
    // The figure, its year and stand, then the source: document, chapter, table or quotation.
    const auto a = catalogue_source("accres.nominaal", year(2022), s2020);
    EXPECT_EQ(a.answer, Answer::found);
    EXPECT_EQ(a.text,
              "accres.nominaal 2022, stand S2020: € 1.036.297.000. Bron: VNG ledenbrief "
              "Rijksbegroting 2021 (september 2020), H1 Financiën, Economische vooruitzichten en "
              "accres, Tabel 2, Septembercirculaire 2020, rij Nominaal accres (x € 1.000).");
    EXPECT_EQ(catalogue_source("accres.percentage", year(2021), s2020).text,
              "accres.percentage 2021, stand S2020: 0,0371 (3,71%). Bron: VNG ledenbrief "
              "Rijksbegroting 2021 (september 2020), H1 Financiën, Normering gemeentefonds, het "
              "accres, Tabel 1, Definitief regeerperiode Rutte III, rij Accrespercentage.");
    const auto b = catalogue_source("bcf.vrijval.gemeenten", year(2019), s2020);
    EXPECT_EQ(b.text,
              "bcf.vrijval.gemeenten 2019, stand S2020: € 112.400.000. Bron: VNG ledenbrief "
              "Rijksbegroting 2021 (september 2020), H1 Financiën, BTW-compensatiefonds, Wat "
              "betekent dit voor gemeenten?: \u201cOver het jaar 2019 bedroeg de afdracht uit het "
              "BCF aan de algemene uitkering € 112,4 miljoen.\u201d (definitief; het maximum voor "
              "begroting 2021 en elk jaar van de meerjarenraming).");
    EXPECT_EQ(catalogue_source("accres.nominaal", year(2030), s2020).answer, Answer::not_available);
    EXPECT_EQ(catalogue_source("accres.nominal", year(2022), s2020).answer, Answer::unknown_key);
}

TEST(CirculaireSource, WithoutYearListsEverySource) {
    const auto a = catalogue_source("accres.nominaal", std::nullopt, s2020);
    EXPECT_TRUE(a.text.starts_with("accres.nominaal, stand S2020, jaren 2018-2025, 2018-2021 "
                                   "(periode). Bronnen: VNG ledenbrief"))
        << a.text;
    EXPECT_NE(a.text.find("Tabel 1"), std::string::npos);
    EXPECT_NE(a.text.find("Tabel 2"), std::string::npos);
}

TEST(CirculaireSource, OfNamedFunctions) {
    EXPECT_EQ(catalogue_source("ACCRES", year(2022), s2020).text,
              "ACCRES 2022, stand S2020: € 1.036.297.000. Bron: VNG ledenbrief Rijksbegroting "
              "2021 (september 2020), H1 Financiën, Economische vooruitzichten en accres, Tabel 2, "
              "Septembercirculaire 2020, rij Nominaal accres (x € 1.000).");
    const std::string key_source = catalogue_source("accres.nominaal", year(2021), startnota).text;
    EXPECT_EQ(catalogue_source("accres", year(2021), startnota).text,
              "ACCRES 2021, stand STARTNOTA: € 937.370.000. Bron: " +
                  key_source.substr(key_source.find("Bron: ") + 6));
    // A computed figure: the formula with the inputs of that year.
    EXPECT_EQ(catalogue_source("BCFVRIJVAL", year(2023), s2020).text,
              "BCFVRIJVAL 2023, stand S2020 = (4.062.880 - 3.959.644) x 0,883067 = 91.164 "
              "(x € 1.000): (omvang - declaraties) x aandeel gemeenten; declaraties = 3.571.372 x "
              "(1 + 3,5%)^(2023 - 2020). Bron: VNG ledenbrief Rijksbegroting 2021 (september "
              "2020), omvang en declaraties: H1 Financiën, BTW-compensatiefonds, Tabel 3, "
              "Miljoenennota 2021, rij Omvang BCF; aandeel gemeenten: H1 Financiën, "
              "BTW-compensatiefonds, Tabel 3, rijen Vrijval Gf. en Pf. en Aandeel gemeenten; "
              "raming: Miljoenennota 2021, begroting IX Financiën, artikel BTW-compensatiefonds "
              "(ontwerpbegroting 2021), raming 2021 totaal 3.571.372 (x € 1.000), waarvan "
              "gemeenten 3.153.751 en provincies 417.621; groei: H1 Financiën, "
              "BTW-compensatiefonds, Wat betekent dit voor gemeenten?");
    // A printed year of the table: no growth involved.
    EXPECT_TRUE(catalogue_source("BCFVRIJVAL", year(2020), s2020)
                    .text.starts_with("BCFVRIJVAL 2020, stand S2020 = (3.680.663 - 3.571.330) x "
                                      "0,883067 = 96.548 (x € 1.000): (omvang - declaraties) x "
                                      "aandeel gemeenten. Bron: "));
    EXPECT_TRUE(catalogue_source("BCFVRIJVAL", year(2019), s2020)
                    .text.starts_with("BCFVRIJVAL 2019, stand S2020: € 112.400.000. Bron: "));
    EXPECT_EQ(catalogue_source("BCFVRIJVAL", year(2030), s2020).answer, Answer::not_available);
    EXPECT_TRUE(catalogue_source("BCFDECLARATIES", year(2024), s2020)
                    .text.starts_with("BCFDECLARATIES 2024, stand S2020 = 3.571.372 x (1 + "
                                      "3,5%)^(2024 - 2020) = 4.098.232 (x € 1.000). Bron: "));
    EXPECT_EQ(
        catalogue_source("BCFDECLARATIES", year(2020), s2020).text,
        "BCFDECLARATIES 2020, stand S2020: naar schatting € 3.571.330.000. Bron: VNG "
        "ledenbrief Rijksbegroting 2021 (september 2020), H1 Financiën, BTW-compensatiefonds, "
        "Tabel 3, Miljoenennota 2021, rij Declaraties (raming van het ministerie van "
        "Financiën: \"schat het ministerie van Financiën de omvang van de declaraties op € "
        "3.571,3 miljoen\").");
    EXPECT_EQ(catalogue_source("ACCRESINDEX", year(2023), s2020).text,
              "ACCRESINDEX tot en met 2023, stand S2020: het product van (1 + accrespercentage) "
              "over de jaren na het basisjaar tot en met het jaar; voor 2023: 1 + 0,0276 = "
              "1,0276. Bron: VNG ledenbrief Rijksbegroting 2021 (september 2020), H1 Financiën, "
              "Economische vooruitzichten en accres, Tabel 2, Septembercirculaire 2020, rij "
              "Nominaal accres in %.");
    EXPECT_NE(catalogue_source("OPSCHALINGSKORTING", year(2021), s2020).text.find("460 - 160"),
              std::string::npos);
    for (const auto* f :
         {"ACCRES", "ACCRESPERCENTAGE", "ACCRESREEEL", "ACCRESREEELPERCENTAGE", "ACCRESINDEX",
          "BCFOMVANG", "BCFDECLARATIES", "BCFVRIJVAL", "OPSCHALINGSKORTING"}) {
        const auto answer = catalogue_source(f, std::nullopt, s2020);
        EXPECT_EQ(answer.answer, Answer::found) << f;
        EXPECT_TRUE(answer.text.starts_with(std::string(f) + ", stand S2020")) << answer.text;
        EXPECT_EQ(answer.text.find('?', 0) == std::string::npos ||
                      answer.text.find(": ?") == std::string::npos,
                  true)
            << "a missing part in " << answer.text;
    }
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
    EXPECT_NE(catalogue_source("BCFDECLARATIES", year(2024), s2020).text.find("(2024 - 2020)"),
              std::string::npos);
    EXPECT_NE(catalogue_source("BCFDECLARATIES", std::nullopt, s2020).text.find("(jaar - 2020)"),
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
    EXPECT_EQ(info_fields().size(), 9u);
    // berekening: the formula of a computed figure; empty for one as printed.
    EXPECT_EQ(info("BCFDECLARATIES", "berekening", year(2023)).text,
              "BCFDECLARATIES 2023, stand S2020 = 3.571.372 x (1 + 3,5%)^(2023 - 2020) = 3.959.644 "
              "(x \u20ac 1.000)");
    EXPECT_EQ(info("ACCRES", "berekening", year(2022)).text, "");
    EXPECT_EQ(info("BCFVRIJVAL", "berekening", year(2019)).text, "");
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

TEST(CirculaireList, FilterComparesComposedAndDecomposedAlike) {
    const auto count = [](std::string_view f) { return catalogue_list(f).size(); };
    EXPECT_EQ(count("ree\u0308el"), count("reëel")); // e + COMBINING DIAERESIS
    EXPECT_EQ(count("REE\u0308EL"), count("reëel"));
    EXPECT_EQ(count("re\u0301e\u0308el"), count("reëel")); // two marks, one letter each
    EXPECT_EQ(count("e\u0308"), count("ë"));
    // Accents only name no letter: nothing, where an empty filter is everything.
    EXPECT_EQ(count("\u0308"), 0u);
    EXPECT_EQ(count(" \u0308\u0301 "), 0u);
    EXPECT_EQ(count(""), all_entries().size());
}
