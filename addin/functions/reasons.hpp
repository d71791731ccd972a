// Why an argument is rejected: the one list, used by the component (addin/binary/values.cpp)
// and, generated into fondscijfers_functions.py, by the portable core, which gives the same
// reason for the same input. Each reason has the error Calc shows and the Dutch sentence that
// CIRCULAIREBRON returns instead for the same arguments (docs/functions.md, "Errors").
#pragma once

#include <cstddef>
#include <iterator>
#include <string_view>

namespace fondscijfers::addin {

enum class Reason {
    year_missing,
    year_not_whole,
    year_not_number_or_range,
    years_not_range,
    stand_not_text,
    unknown_stand,
    growth_not_number,
    growth_out_of_range,
    deel_unknown,
    period_invalid,
    filter_not_text,
    header_invalid,
    lone_surrogate,
    not_finite,
    unknown_key,
    unknown_field,
    period_needed,
    not_a_figure,
};

// The error of a cell, as Calc's FormulaError numbers it: the shell throws
// IllegalArgumentException for Err:502 and returns the others as Calc's own error value.
enum class CalcError : int {
    invalid_argument = 502, // Err:502, "Fout: ongeldig argument"
    missing_variable = 511, // Err:511, "Fout: variabele ontbreekt"
    wrong_type = 519,       // #WAARDE! (#VALUE!): text where a number belongs, or the reverse
};

// How the sentence shows what was given in the place of {waarde}.
enum class Shown { value, percent };

struct ReasonInfo {
    Reason reason;
    std::string_view name; // the portable core's name of it
    CalcError error;
    Shown shown;
    // The Dutch sentence: {waarde} is what was given (a text in quotes, a number as Calc
    // writes it in Dutch, "(leeg)" for nothing, "(een bereik)"), {standen} the stand codes,
    // {velden} CIRCULAIREINFO's fields, {stand} and {jaren} a stand and the years it has.
    std::string_view sentence;
    std::string_view text; // the exception's message (English)
};

// How {waarde} shows an argument left out, and a range.
inline constexpr std::string_view shown_nothing = "(leeg)";
inline constexpr std::string_view shown_range = "(een bereik)";

// clang-format off
inline constexpr ReasonInfo reasons[] = {
    {Reason::year_missing, "year_missing", CalcError::missing_variable, Shown::value,
     "jaar ontbreekt: geef een jaar, bijv. 2022, of een bereik met jaren.",
     "jaar is missing"},
    {Reason::year_not_whole, "year_not_whole", CalcError::invalid_argument, Shown::value,
     "jaar {waarde} is geen heel jaartal: geef een jaar zoals 2022.",
     "jaar must be a whole number"},
    {Reason::year_not_number_or_range, "year_not_number_or_range", CalcError::wrong_type, Shown::value,
     "jaar {waarde} is geen jaartal: geef een jaar zoals 2022, of een bereik met jaren.",
     "jaar must be a whole number or a range of years"},
    {Reason::years_not_range, "years_not_range", CalcError::wrong_type, Shown::value,
     "jaar {waarde} is geen jaartal of bereik met jaren.",
     "jaar must be a year or a range of years"},
    {Reason::stand_not_text, "stand_not_text", CalcError::wrong_type, Shown::value,
     "stand {waarde} is geen tekst: geef een code zoals \"S2020\"; bekend zijn: {standen}.",
     "stand must be a text code such as \"S2020\""},
    {Reason::unknown_stand, "unknown_stand", CalcError::invalid_argument, Shown::value,
     "stand {waarde} bestaat niet; bekend zijn: {standen}.",
     "unknown stand"},
    {Reason::growth_not_number, "growth_not_number", CalcError::wrong_type, Shown::value,
     "groei {waarde} is geen getal: geef een percentage zoals 2%, of laat groei leeg.",
     "groei must be a number"},
    {Reason::growth_out_of_range, "growth_out_of_range", CalcError::invalid_argument, Shown::percent,
     "groei {waarde} ligt buiten het bereik: meer dan -100% en ten hoogste 100% per jaar.",
     "groei must be above -100% and at most 100%"},
    {Reason::deel_unknown, "deel_unknown", CalcError::invalid_argument, Shown::value,
     "deel {waarde} bestaat niet: geef \"gemeenten\" (of laat deel leeg) of \"totaal\".",
     "deel must be \"gemeenten\" or \"totaal\""},
    {Reason::period_invalid, "period_invalid", CalcError::invalid_argument, Shown::value,
     "jaar {waarde} is geen jaar of periode: geef een jaar zoals 2022 of een periode zoals \"2019-2021\".",
     "jaar must be a year or a period such as \"2019-2021\""},
    {Reason::filter_not_text, "filter_not_text", CalcError::wrong_type, Shown::value,
     "filter {waarde} is geen tekst: geef een deel van een sleutel of omschrijving, bijv. \"jeugd\".",
     "filter must be text"},
    {Reason::header_invalid, "header_invalid", CalcError::invalid_argument, Shown::value,
     "kop {waarde} is geen ja of nee: geef WAAR, ONWAAR, 1 of 0.",
     "kop must be TRUE, FALSE, 1 or 0"},
    {Reason::lone_surrogate, "lone_surrogate", CalcError::invalid_argument, Shown::value,
     "Een tekst bevat een ongeldig teken (een losse helft van een surrogaatpaar): typ hem opnieuw.",
     "the text is not valid Unicode (a lone surrogate)"},
    {Reason::not_finite, "not_finite", CalcError::invalid_argument, Shown::value,
     "De uitkomst is geen eindig getal.",
     "the result is not a finite number"},
    {Reason::unknown_key, "unknown_key", CalcError::invalid_argument, Shown::value,
     "sleutel {waarde} bestaat niet: CIRCULAIRELIJST() toont alle sleutels; functies zoals \"ACCRES\" kan ook.",
     "unknown key"},
    {Reason::unknown_field, "unknown_field", CalcError::invalid_argument, Shown::value,
     "veld {waarde} bestaat niet; bekend zijn: {velden}.",
     "unknown veld"},
    {Reason::period_needed, "period_needed", CalcError::missing_variable, Shown::value,
     "{waarde} heeft in stand {stand} bedragen voor {jaren}: geef een jaar.",
     "this key has several figures: give jaar"},
    {Reason::not_a_figure, "not_a_figure", CalcError::invalid_argument, Shown::value,
     "naam {waarde} geeft geen bedrag van één jaar (ACCRESINDEX heeft een basisjaar): geef een sleutel of een functie zoals \"ACCRES\".",
     "naam must be a key or a function of one year (ACCRESINDEX has a base year)"},
};
// clang-format on

static_assert(
    [] {
        for (std::size_t i = 0; i < std::size(reasons); ++i)
            if (reasons[i].reason != static_cast<Reason>(i)) return false;
        return std::size(reasons) == static_cast<std::size_t>(Reason::not_a_figure) + 1;
    }(),
    "reasons lists every Reason once, in order");

[[nodiscard]] constexpr const ReasonInfo& reason_info(Reason reason) noexcept {
    return reasons[static_cast<std::size_t>(reason)];
}

[[nodiscard]] constexpr std::string_view reason_text(Reason reason) noexcept {
    return reason_info(reason).text;
}

} // namespace fondscijfers::addin
