// Source: VNG ledenbrief "Rijksbegroting 2021" (september 2020), chapter 1 Financiën.
// Every figure below is typed exactly as printed; the comment or `source` text says where.
#include "source_data.hpp"

namespace fondscijfers::data {
namespace {

// The tables keep the layout of the source rows.
// clang-format off
constexpr StandInfo stands[] = {
    {"S2020", "Septembercirculaire 2020 / Miljoenennota 2021"},
    {"STARTNOTA", "Startnota kabinet-Rutte III"},
};

constexpr Series series[] = {
    // Tabel 1, block "Definitief regeerperiode Rutte III" (x € 1.000; percentages).
    {Quantity::accres, "S2020", 2018, 3, {{807'121, 1'084'429, 1'239'623, 1'030'017}},
     "Tabel 1, Definitief regeerperiode Rutte III, rij Accres (x € 1.000)"},
    {Quantity::accres_percentage, "S2020", 2018, -4, {{482, 615, 462, 371}},
     "Tabel 1, Definitief regeerperiode Rutte III, rij Accrespercentage"},
    {Quantity::accres_reeel_percentage, "S2020", 2018, -4, {{277, 420, 242, 146}},
     "Tabel 1, Definitief regeerperiode Rutte III, rij Reëel accrespercentage"},
    {Quantity::accres_reeel, "S2020", 2018, 3, {{463'843, 740'586, 649'326, 405'344}},
     "Tabel 1, Definitief regeerperiode Rutte III, rij Reëel accres (x € 1.000)"},

    // Tabel 2, "Accressen 2022-2025", Septembercirculaire 2020.
    {Quantity::accres, "S2020", 2022, 3, {{1'036'297, 801'316, 806'097, 950'430}},
     "Tabel 2, Septembercirculaire 2020, rij Nominaal accres (x € 1.000)"},
    {Quantity::accres_percentage, "S2020", 2022, -4, {{365, 276, 272, 314}},
     "Tabel 2, Septembercirculaire 2020, rij Nominaal accres in %"},

    // Tabel 1, block "Startnota kabinet-Rutte III".
    {Quantity::accres, "STARTNOTA", 2018, 3, {{1'124'145, 1'063'375, 1'137'713, 937'370}},
     "Tabel 1, Startnota kabinet-Rutte III, rij Accres (x € 1.000)"},
    {Quantity::accres_percentage, "STARTNOTA", 2018, -4, {{675, 609, 443, 350}},
     "Tabel 1, Startnota kabinet-Rutte III, rij Accrespercentage"},
    {Quantity::accres_reeel_percentage, "STARTNOTA", 2018, -4, {{455, 349, 183, 125}},
     "Tabel 1, Startnota kabinet-Rutte III, rij Reëel accrespercentage"},
    {Quantity::accres_reeel, "STARTNOTA", 2018, 3, {{757'757, 609'389, 469'981, 334'775}},
     "Tabel 1, Startnota kabinet-Rutte III, rij Reëel accres (x € 1.000)"},

    // Tabel 3, "Ontwikkeling declaraties BCF en vrijval aan het gemeentefonds", Miljoenennota
    // 2021. Only omvang and the 2020 declarations are inputs; the rows Declaraties 2021-2025,
    // Vrijval and Aandeel gemeenten follow from the projection below (the tests check that
    // every printed cell is reproduced).
    {Quantity::bcf_omvang, "S2020", 2020, 3,
     {{3'680'663, 3'812'354, 3'953'710, 4'062'880, 4'176'655, 4'307'762}},
     "Tabel 3, Miljoenennota 2021, rij Omvang BCF (x € 1.000)"},
    {Quantity::bcf_declaraties, "S2020", 2020, 3, {{3'571'330}},
     "Tabel 3, Miljoenennota 2021, rij Declaraties, 2020 (x € 1.000)"},

    // Text under 'BTW-compensatiefonds', "Wat betekent dit voor gemeenten?": "Over het jaar
    // 2019 bedroeg de afdracht uit het BCF aan de algemene uitkering € 112,4 miljoen."
    {Quantity::bcf_vrijval_gemeenten, "S2020", 2019, 5, {{1'124}},
     "Tekst 'BTW-compensatiefonds': definitieve vrijval 2019 aan de algemene uitkering "
     "€ 112,4 miljoen"},
};

constexpr BcfProjection bcf_projections[] = {{
    .stand = "S2020",
    .current_year = 2020,
    // Miljoenennota 2021, begroting IX (Financiën), artikel BCF, raming 2021: 3.571.372
    // (x € 1.000). The circular keeps the declarations at this level after 2020; Tabel 3's
    // declarations are exactly this amount grown at 3,5 % per year from 2020, rounded to
    // whole thousands.
    .flat_line = {3'571'372, 3,
                  "Miljoenennota 2021, begroting IX, artikel BCF: raming declaraties "
                  "3.571.372 (x € 1.000), in de circulaire vlak doorgetrokken"},
    .default_growth = {35, -3,
                       "Tekst bij Tabel 3: 'uitgegaan van een groei van de declaraties met "
                       "3,5% per jaar'"},
    // The letter does not print the share. Every share in [0,8830658; 0,8830675) reproduces
    // all six printed 'Aandeel gemeenten' cells from the 'Vrijval Gf. en Pf.' row; 0,883067 is
    // the six-decimal value nearest the middle of that interval.
    .gemeenten_share = {883'067, -6,
                        "Afgeleid uit Tabel 3: aandeel gemeenten / vrijval Gf. en Pf. "
                        "(0,883067 reproduceert alle zes gedrukte bedragen)"},
}};

// clang-format on

constexpr Dataset ledenbrief{
    .document = "VNG ledenbrief Rijksbegroting 2021 (september 2020), hoofdstuk 1 Financiën",
    .stands = stands,
    .default_stand = "S2020",
    .series = series,
    .bcf_projections = bcf_projections,
};

} // namespace

const Dataset& dataset() noexcept {
    return ledenbrief;
}

} // namespace fondscijfers::data
