#include "function_table.hpp"

namespace fondscijfers::addin {
namespace {

using K = ArgumentKind;
using E = Explanation;

// A table: laid out by hand.
// clang-format off

constexpr Argument jaren{
    "jaar", K::years, {"jaar", "year"},
    {"Het jaar, bijv. 2022, of een bereik van jaren (matrixformule: dan een matrix). Leeg: Fout:511.",
     "The year, e.g. 2022, or a range of years (array formula: then an array). Empty: Err:511."}};

constexpr Argument basisjaar{
    "basisjaar", K::year, {"basisjaar", "base year"},
    {"Het jaar met indexfactor 1, bijv. 2021.",
     "The year with index factor 1, e.g. 2021."}};

// "{standaard}" becomes the stand the function answers from when the formula names none
// (generated from the data, so that a new circular needs no edit here).
constexpr Argument stand{
    "stand", K::stand, {"stand", "stand"},
    {"Code van de stand, bijv. \"S2020\"; CIRCULAIRESTANDEN() toont ze. Leeg: {standaard}, de "
     "nieuwste met de hele reeks.",
     "Stand code, e.g. \"S2020\"; CIRCULAIRESTANDEN() lists them. Empty: {standaard}, the newest "
     "with the whole series."}};

// The catalogue functions follow the key they are given.
constexpr Argument stand_van_sleutel{
    "stand", K::stand, {"stand", "stand"},
    {"Code van de stand, bijv. \"S2020\"; CIRCULAIRESTANDEN() toont ze. Leeg: de nieuwste met "
     "de hele reeks.",
     "Stand code, e.g. \"S2020\"; CIRCULAIRESTANDEN() lists them. Empty: the newest with the "
     "whole series."}};

constexpr Argument groei{
    "groei", K::growth, {"groei", "growth"},
    {"Groei van de declaraties per jaar, bijv. 2%. Leeg: die van de stand ({groei}); 0: vlakke raming.",
     "Yearly growth of the declarations, e.g. 2%. Empty: the stand's ({groei}); 0: the flat estimate."}};

// CIRCULAIREBRON explains the cell with the same arguments: these count where the name's
// function takes them.
constexpr Argument groei_van_cel{
    "groei", K::growth, {"groei", "growth"},
    {"Bij BCFDECLARATIES en BCFVRIJVAL: de groei van die cel. Leeg: die van de stand ({groei}).",
     "For BCFDECLARATIES and BCFVRIJVAL: the growth of that cell. Empty: the stand's ({groei})."}};

constexpr Argument deel_van_cel{
    "deel", K::deel, {"deel", "part"},
    {"Bij BCFVRIJVAL: \"gemeenten\" (standaard) of \"totaal\", als in die cel.",
     "For BCFVRIJVAL: \"gemeenten\" (default) or \"totaal\", as in that cell."}};

constexpr Argument deel{
    "deel", K::deel, {"deel", "part"},
    {"\"gemeenten\" (standaard) of \"totaal\": gemeentefonds en provinciefonds samen.",
     "\"gemeenten\" (default) or \"totaal\": municipalities and provinces fund together."}};

constexpr Argument sleutel{
    "sleutel", K::key, {"sleutel", "key"},
    {"Sleutel in de catalogus, bijv. \"jeugd.incidenteel\"; CIRCULAIRELIJST() toont ze alle.",
     "Key in the catalogue, e.g. \"jeugd.incidenteel\"; CIRCULAIRELIJST() lists them all."}};

constexpr Argument sleutel_of_functie{
    "sleutel", K::key, {"sleutel", "key"},
    {"Sleutel in de catalogus, of een functienaam zoals \"BCFVRIJVAL\".",
     "Key in the catalogue, or a function name such as \"BCFVRIJVAL\"."}};

constexpr Argument jaar_of_periode{
    "jaar", K::period, {"jaar", "year"},
    {"Jaar (2022) of periode als tekst (\"2019-2021\"). Leeg: als de sleutel één bedrag heeft.",
     "Year (2022) or period as text (\"2019-2021\"). Empty: when the key has one figure."}};

constexpr Argument stand_titel{
    "stand", K::stand_code, {"stand", "stand"},
    {"Code van een stand (CIRCULAIRESTANDEN() toont ze): geeft de titel. Leeg: de code van de "
     "standaard.",
     "A stand code (CIRCULAIRESTANDEN() lists them): gives its title. Empty: the default stand's "
     "code."}};

constexpr Argument filter{
    "filter", K::filter, {"filter", "filter"},
    {"Tekst in sleutel of omschrijving, bijv. \"jeugd\"; hoofdletters en accenten tellen niet.",
     "Text in key or description, e.g. \"jeugd\"; case and accents do not matter."}};

constexpr Argument jaar_stand[] = {jaren, stand};
constexpr Argument index_arguments[] = {basisjaar, jaren, stand};
constexpr Argument veld{
    "veld", K::field, {"veld", "field"},
    {"omschrijving, eenheid, kwalificatie, karakter, overlap, richting, bron, berekening of citaat.",
     "omschrijving, eenheid, kwalificatie, karakter, overlap, richting, bron, berekening or citaat."}};

constexpr Argument kop{
    "kop", K::header, {"kop", "header"},
    {"WAAR of 1: een eerste rij met de kolomnamen. Leeg: geen kop.",
     "TRUE or 1: a first row with the column names. Empty: no header."}};

constexpr Argument naam{
    "naam", K::key, {"naam", "name"},
    {"Een functienaam zoals \"ACCRES\" of een sleutel in de catalogus.",
     "A function name such as \"ACCRES\" or a key in the catalogue."}};

constexpr Argument een_jaar{
    "jaar", K::year, {"jaar", "year"},
    {"Het jaar, bijv. 2023.", "The year, e.g. 2023."}};

constexpr Argument nieuwe_stand{
    "stand", K::stand, {"stand", "stand"},
    {"De nieuwe stand, bijv. \"M2021\". Leeg: de nieuwste met de hele reeks.",
     "The new stand, e.g. \"M2021\". Empty: the newest with the whole series."}};

constexpr Argument vorige_stand{
    "vorige", K::stand_code, {"vorige", "previous"},
    {"De stand om mee te vergelijken. Leeg: de nieuwste eerdere stand met het bedrag.",
     "The stand to compare with. Empty: the newest earlier stand with the figure."}};

constexpr Argument verschil_arguments[] = {naam, jaren, nieuwe_stand, vorige_stand};
constexpr Argument verschilbron_arguments[] = {naam, een_jaar, nieuwe_stand, vorige_stand};
constexpr Argument standen_arguments[] = {kop};

constexpr Argument jaar_groei_stand[] = {jaren, groei, stand};
constexpr Argument vrijval_arguments[] = {jaren, groei, deel, stand};
constexpr Argument circulaire_arguments[] = {sleutel, jaar_of_periode, stand_van_sleutel};
constexpr Argument bron_arguments[] = {sleutel_of_functie, jaar_of_periode, stand_van_sleutel,
                                      groei_van_cel, deel_van_cel};
constexpr Argument lijst_arguments[] = {filter, kop};
constexpr Argument info_arguments[] = {sleutel_of_functie, veld, jaar_of_periode, stand_van_sleutel};
constexpr Argument stand_arguments[] = {stand_titel};

// Each description: what the function returns, in one short sentence, the most important
// words first; details are in docs/functions.md.
constexpr Function table[] = {
    {"ACCRES", "accres",
     {"Nominaal accres van de algemene uitkering uit het gemeentefonds in een jaar, in euro's.",
      "Nominal accres of the general grant from the municipalities fund in a year, in euros."},
     jaar_stand,
     "year_figure(jaar, stand)", Result::number, R"(2021;"S2020")", "accres.nominaal", E::key},
    {"ACCRESPERCENTAGE", "accresPercentage",
     {"Accrespercentage van de algemene uitkering in een jaar, als fractie (0,0371 = 3,71%).",
      "Accres percentage of the general grant in a year, as a fraction (0.0371 = 3.71%)."},
     jaar_stand,
     "year_figure(jaar, stand)", Result::number, R"(2021;"S2020")", "accres.percentage", E::key},
    {"ACCRESREEEL", "accresReeel",
     {"Reëel accres (zonder prijscorrectie) in een jaar, in euro's; alleen 2018-2021.",
      "Real accres (without the price correction) in a year, in euros; 2018-2021 only."},
     jaar_stand,
     "year_figure(jaar, stand)", Result::number, R"(2021;"S2020")", "accres.reeel", E::key},
    {"ACCRESREEELPERCENTAGE", "accresReeelPercentage",
     {"Reëel accrespercentage in een jaar, als fractie; alleen 2018-2021.",
      "Real accres percentage in a year, as a fraction; 2018-2021 only."},
     jaar_stand,
     "year_figure(jaar, stand)", Result::number, R"(2021;"S2020")", "accres.reeel_percentage", E::key},
    {"ACCRESINDEX", "accresIndex",
     {"Indexfactor van basisjaar naar jaar: het product van (1 + accrespercentage) over de jaren "
      "ertussen.",
      "Index factor from base year to year: the product of (1 + accres percentage) over the "
      "years between."},
     index_arguments,
     "accres_index(basisjaar, jaar, stand)", Result::number, R"(2020;2021;"S2020")", "accres.percentage", E::index},
    {"BCFOMVANG", "bcfOmvang",
     {"Omvang van het BTW-compensatiefonds (BCF) in een jaar, in euro's.",
      "Size of the VAT compensation fund (BCF) in a year, in euros."},
     jaar_stand,
     "year_figure(jaar, stand)", Result::number, R"(2023;"S2020")", "bcf.omvang", E::key},
    {"BCFDECLARATIES", "bcfDeclaraties",
     {"Declaraties op het BTW-compensatiefonds (BCF) in een jaar, in euro's; na het basisjaar "
      "geraamd met de groei.",
      "Declarations on the VAT compensation fund (BCF) in a year, in euros; after the base year "
      "estimated at the growth."},
     jaar_groei_stand,
     "bcf_declaraties(jaar, stand, groei)", Result::number, R"(2023;3.5%;"S2020")", "bcf.declaraties", E::declaraties},
    {"BCFVRIJVAL", "bcfVrijval",
     {"Vrijval uit het BTW-compensatiefonds (BCF) in een jaar, in euro's: aandeel gemeenten of "
      "totaal; negatief bij een tekort.",
      "Release from the VAT compensation fund (BCF) in a year, in euros: municipalities' share or "
      "total; negative in a deficit."},
     vrijval_arguments,
     "bcf_vrijval(jaar, stand, groei, deel)", Result::number, R"(2023;3.5%;"gemeenten";"S2020")", "bcf.vrijval.gemeenten", E::vrijval},
    {"OPSCHALINGSKORTING", "opschalingskorting",
     {"Cumulatieve opschalingskorting op het gemeentefonds in een jaar, in euro's (positief).",
      "Cumulative scale-up cut (opschalingskorting) on the municipalities fund in a year, in "
      "euros (positive)."},
     jaar_stand,
     "year_figure(jaar, stand)", Result::number, R"(2021;"S2020")", "opschalingskorting.cumulatief", E::key},
    {"CIRCULAIRE", "circulaire",
     {"Bedrag uit de catalogus van de circulaire op sleutel, jaar en stand: euro's, fractie of "
      "aantal.",
      "Figure from the circular's catalogue by key, year and stand: euros, a fraction or a "
      "count."},
     circulaire_arguments,
     "catalogue_value(sleutel, jaar, stand)", Result::number, R"("jeugd.incidenteel";2022;"S2020")"},
    {"CIRCULAIREBRON", "circulaireBron",
     {"Uitleg van de cel met dezelfde argumenten: bedrag, jaar, stand en bron, of waarom zij een fout "
      "toont.",
      "Explains the cell with the same arguments: figure, year, stand and source, or why it shows "
      "an error."},
     bron_arguments,
     "explain(sleutel, jaar, stand, groei, deel)", Result::explanation, R"("BCFVRIJVAL";2023;"S2020";3.5%;"gemeenten")"},
    {"CIRCULAIRELIJST", "circulaireLijst",
     {"Catalogus als matrix (matrixformule): per sleutel en stand 8 kolommen, van sleutel tot "
      "overlap.",
      "The catalogue as an array (array formula): per key and stand 8 columns, from key to "
      "overlap."},
     lijst_arguments,
     "catalogue_list(filter, kop)", Result::list, R"("jeugd";1)"},
    {"CIRCULAIREINFO", "circulaireInfo",
     {"Eén gegeven van een bedrag als tekst, zoals omschrijving, eenheid, kwalificatie of "
      "overlap.",
      "One field of a figure as text, such as description, unit, qualifier or overlap."},
     info_arguments,
     "catalogue_info(sleutel, veld, jaar, stand)", Result::text, R"("jeugd.incidenteel";"eenheid";2022;"S2020")"},
    {"CIRCULAIRESTAND", "circulaireStand",
     {"Code van de standaardstand; met een code als argument de titel van die stand.",
      "Code of the default stand; given a code, the title of that stand."},
     stand_arguments,
     "stand_answer(stand)", Result::text, R"("S2020")"},
    {"CIRCULAIREVERSCHIL", "circulaireVerschil",
     {"Wat een stand veranderde: het bedrag in de stand min dat in de vorige stand.",
      "What a stand changed: the figure in the stand minus that in the previous stand."},
     verschil_arguments,
     "figure_change(naam, jaar, stand, vorige)", Result::number, R"("ACCRES";2023;"S2020";"S2020")"},
    {"CIRCULAIREVERSCHILBRON", "circulaireVerschilBron",
     {"Het verschil van CIRCULAIREVERSCHIL als tekst: beide standen, hun bedragen en bronnen.",
      "The difference of CIRCULAIREVERSCHIL as text: both stands, their figures and sources."},
     verschilbron_arguments,
     "figure_change_source(naam, jaar, stand, vorige)", Result::text, R"("ACCRES";2023;"S2020";"S2020")"},
    {"CIRCULAIRESTANDEN", "circulaireStanden",
     {"De standen als matrix (matrixformule): per stand code, titel, maand, soort, functies, "
      "documenten.",
      "The stands as an array (array formula): per stand code, title, month, kind, functions, "
      "documents."},
     standen_arguments,
     "stand_list(kop)", Result::list, R"(1)"},
};

// clang-format on

} // namespace

std::span<const Function> functions() noexcept {
    return table;
}

} // namespace fondscijfers::addin
