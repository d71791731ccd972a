#include "function_table.hpp"

namespace fondscijfers::addin {
namespace {

using enum ArgumentKind;

// A table: laid out by hand.
// clang-format off

constexpr Argument jaren{
    "jaar", years, {"jaar", "year"},
    {"Het begrotingsjaar, een geheel getal, bijvoorbeeld 2022. Of een bereik of matrix van jaren: "
     "dan geeft de functie (als matrixformule) een matrix van dezelfde vorm.",
     "The budget year, a whole number, for example 2022. Or a range or array of years: the "
     "function then returns (as an array formula) an array of the same shape."}};

constexpr Argument basisjaar{
    "basisjaar", year, {"basisjaar", "base year"},
    {"Het jaar waarvan het bedrag wordt geïndexeerd (factor 1), een geheel getal.",
     "The year whose amount is indexed (factor 1), a whole number."}};

// "{standen}" becomes the stands in which the function has figures, the default marked
// (generated from the data, so that a new circular needs no edit here).
constexpr Argument stand{
    "stand", option, {"stand", "stand"},
    {"Code van de stand: {standen}. Weglaten geeft de standaard; hoofdletters maken niet uit.",
     "Stand (vintage) code: {standen}. Omitted: the default. Not case-sensitive."}};

constexpr Argument groei{
    "groei", option, {"groei", "growth"},
    {"Jaarlijkse groei van de declaraties na het basisjaar, als fractie of percentage. Weglaten: "
     "de groei van de stand; 0: de vlakke raming. Boven -100%, hoogstens 100%.",
     "Yearly growth of the declarations after the base year, as a fraction or percentage. "
     "Omitted: the stand's growth; 0: the flat estimate. Above -100%, at most 100%."}};

constexpr Argument deel{
    "deel", option, {"deel", "part"},
    {"Optioneel. \"gemeenten\" (standaard): het aandeel van het gemeentefonds; \"totaal\": "
     "gemeentefonds en provinciefonds samen.",
     "Optional. \"gemeenten\" (default): the share of the municipalities fund; \"totaal\": "
     "municipalities fund and provinces fund together."}};

constexpr Argument sleutel{
    "sleutel", text, {"sleutel", "key"},
    {"De sleutel van het bedrag in de catalogus, bijvoorbeeld \"jeugd.incidenteel\". "
     "CIRCULAIRELIJST() toont alle sleutels.",
     "The key of the figure in the catalogue, for example \"jeugd.incidenteel\". "
     "CIRCULAIRELIJST() lists every key."}};

constexpr Argument sleutel_of_functie{
    "sleutel", text, {"sleutel", "key"},
    {"De sleutel van het bedrag in de catalogus, of de naam van een functie zoals \"BCFVRIJVAL\".",
     "The key of the figure in the catalogue, or the name of a function such as \"BCFVRIJVAL\"."}};

constexpr Argument jaar_of_periode{
    "jaar", option, {"jaar", "year"},
    {"Optioneel. Het jaar (2022) of de periode als tekst (\"2019-2021\") van het bedrag. Een totaal "
     "over een periode wordt nooit over jaren verdeeld. Weglaten kan als de sleutel één bedrag heeft.",
     "Optional. The year (2022) or the period as text (\"2019-2021\") of the figure. A total over "
     "a period is never split into years. May be left out when the key has a single figure."}};

constexpr Argument stand_titel{
    "stand", option, {"stand", "stand"},
    {"Code van een stand ({standen}): geeft de titel. Weglaten: de code van de standaard.",
     "A stand code ({standen}): returns its title. Omitted: the default stand's code."}};

constexpr Argument filter{
    "filter", option, {"filter", "filter"},
    {"Alleen sleutels waarvan de sleutel of omschrijving deze tekst bevat, bijvoorbeeld "
     "\"jeugd\"; hoofdletters en accenten maken niet uit.",
     "Only keys whose key or description contains this text, for example \"jeugd\"; case and "
     "accents do not matter."}};

constexpr Argument jaar_stand[] = {jaren, stand};
constexpr Argument index_arguments[] = {basisjaar, jaren, stand};
constexpr Argument veld{
    "veld", text, {"veld", "field"},
    {"Welk gegeven: omschrijving, eenheid, kwalificatie, karakter, overlap, richting, bron of "
     "citaat.",
     "Which field: omschrijving, eenheid, kwalificatie, karakter, overlap, richting, bron or "
     "citaat."}};

constexpr Argument kop{
    "kop", option, {"kop", "header"},
    {"WAAR of 1: een eerste rij met de namen van de kolommen. Weglaten: geen kop.",
     "TRUE or 1: a first row with the column names. Omitted: no header."}};

constexpr Argument jaar_groei_stand[] = {jaren, groei, stand};
constexpr Argument vrijval_arguments[] = {jaren, groei, deel, stand};
constexpr Argument circulaire_arguments[] = {sleutel, jaar_of_periode, stand};
constexpr Argument bron_arguments[] = {sleutel_of_functie, jaar_of_periode, stand};
constexpr Argument lijst_arguments[] = {filter, kop};
constexpr Argument info_arguments[] = {sleutel_of_functie, veld, jaar_of_periode, stand};
constexpr Argument stand_arguments[] = {stand_titel};

constexpr Function table[] = {
    {"ACCRES", "accres",
     {"Nominaal accres van de algemene uitkering uit het gemeentefonds in een jaar, in euro's.",
      "Nominal accres (autonomous growth) of the general grant from the municipalities fund in a "
      "year, in euros."},
     jaar_stand},
    {"ACCRESPERCENTAGE", "accresPercentage",
     {"Accrespercentage van de algemene uitkering in een jaar, als fractie (0,0371 = 3,71%).",
      "Accres percentage of the general grant in a year, as a fraction (0.0371 = 3.71%)."},
     jaar_stand},
    {"ACCRESREEEL", "accresReeel",
     {"Reëel accres (accres zonder prijscorrectie) in een jaar, in euro's. Alleen 2018-2021.",
      "Real accres (accres without the price correction) in a year, in euros. 2018-2021 only."},
     jaar_stand},
    {"ACCRESREEELPERCENTAGE", "accresReeelPercentage",
     {"Reëel accrespercentage in een jaar, als fractie. Alleen 2018-2021.",
      "Real accres percentage in a year, as a fraction. 2018-2021 only."},
     jaar_stand},
    {"ACCRESINDEX", "accresIndex",
     {"Indexfactor van basisjaar naar jaar: het product van (1 + accrespercentage) over de jaren "
      "na basisjaar tot en met jaar; 1 bij gelijke jaren, het omgekeerde als jaar vóór basisjaar ligt.",
      "Index factor from base year to year: the product of (1 + accres percentage) over the years "
      "after the base year up to and including year; 1 for equal years, the inverse when year "
      "precedes the base year."},
     index_arguments},
    {"BCFOMVANG", "bcfOmvang",
     {"Omvang van het BTW-compensatiefonds (BCF) in een jaar, in euro's.",
      "Size of the VAT compensation fund (BCF) in a year, in euros."},
     jaar_stand},
    {"BCFDECLARATIES", "bcfDeclaraties",
     {"Declaraties op het BTW-compensatiefonds in een jaar, in euro's; na het basisjaar de "
      "raming van de stand gegroeid met de opgegeven groei.",
      "Declarations on the VAT compensation fund in a year, in euros; after the base year the "
      "stand's estimate grown at the given growth rate."},
     jaar_groei_stand},
    {"BCFVRIJVAL", "bcfVrijval",
     {"Vrijval uit het BTW-compensatiefonds in een jaar, in euro's: standaard het aandeel van de "
      "gemeenten, met deel \"totaal\" gemeenten en provincies samen; negatief bij een tekort.",
      "Release from the VAT compensation fund in a year, in euros: by default the municipalities' "
      "share, with part \"totaal\" municipalities and provinces together; negative in a deficit."},
     vrijval_arguments},
    {"OPSCHALINGSKORTING", "opschalingskorting",
     {"Opschalingskorting op het gemeentefonds: het cumulatieve bedrag van de korting in een jaar, in "
      "euro's (positief). Een jaar zonder cijfer geeft #N/B.",
      "Scale-up cut on the municipalities fund: the cumulative amount of the cut in a year, in euros "
      "(positive). A year without a figure gives #N/A."},
     jaar_stand},
    {"CIRCULAIRE", "circulaire",
     {"Een bedrag uit de catalogus van de ledenbrief bij sleutel, jaar of periode en stand: euro's, "
      "een fractie of een aantal.",
      "A figure from the catalogue of the members' letter by key, year or period and stand: euros, "
      "a fraction or a count."},
     circulaire_arguments},
    {"CIRCULAIREBRON", "circulaireBron",
     {"De bron van een bedrag als tekst: document, hoofdstuk, paragraaf, tabel en citaat; ook voor "
      "de uitkomst van een functie zoals BCFVRIJVAL.",
      "The source of a figure as text: document, chapter, section, table and quotation; also for "
      "the result of a function such as BCFVRIJVAL."},
     bron_arguments},
    {"CIRCULAIRELIJST", "circulaireLijst",
     {"De catalogus als matrix (matrixformule): per sleutel en stand de sleutel, omschrijving, "
      "eenheid, jaren, stand, kwalificatie, karakter en overlap.",
      "The catalogue as an array (array formula): per key and stand the key, description, unit, "
      "years, stand, qualifier, character and overlap."},
     lijst_arguments},
    {"CIRCULAIREINFO", "circulaireInfo",
     {"Een gegeven van een bedrag als tekst: omschrijving, eenheid, kwalificatie (ruim, circa), "
      "karakter, overlap met andere sleutels, richting, bron of citaat.",
      "One field of a figure as text: description, unit, qualifier (ruim, circa), character, "
      "overlap with other keys, direction, source or quotation."},
     info_arguments},
    {"CIRCULAIRESTAND", "circulaireStand",
     {"Zonder argument de code van de standaardstand (de nieuwste), met een code de titel van die "
      "stand.",
      "Without an argument the code of the default stand (the newest); with a code, that "
      "stand's title."},
     stand_arguments},
};

// clang-format on

} // namespace

std::span<const Function> functions() noexcept {
    return table;
}

} // namespace fondscijfers::addin
