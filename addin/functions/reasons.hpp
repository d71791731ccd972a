// Why an argument is rejected (Calc: Err:502): the one list, used by the UNO shell
// (addin/uno/arguments.cpp) and, generated into fondscijfers_functions.py, by the portable
// core, which raises the same reason for the same input.
#pragma once

#include <cstddef>
#include <iterator>
#include <string_view>

namespace fondscijfers::addin {

enum class Reason {
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

struct ReasonInfo {
    Reason reason;
    std::string_view name; // the portable core's name of it
    std::string_view text; // the exception's message
};

// clang-format off
inline constexpr ReasonInfo reasons[] = {
    {Reason::year_not_whole,           "year_not_whole",           "jaar must be a whole number"},
    {Reason::year_not_number_or_range, "year_not_number_or_range", "jaar must be a whole number or a range of years"},
    {Reason::years_not_range,          "years_not_range",          "jaar must be a year or a range of years"},
    {Reason::stand_not_text,           "stand_not_text",           "stand must be a text code such as \"S2020\""},
    {Reason::unknown_stand,            "unknown_stand",            "unknown stand"},
    {Reason::growth_not_number,        "growth_not_number",        "groei must be a number"},
    {Reason::growth_out_of_range,      "growth_out_of_range",      "groei must be above -100% and at most 100%"},
    {Reason::deel_unknown,             "deel_unknown",             "deel must be \"gemeenten\" or \"totaal\""},
    {Reason::period_invalid,           "period_invalid",           "jaar must be a year or a period such as \"2019-2021\""},
    {Reason::filter_not_text,          "filter_not_text",          "filter must be text"},
    {Reason::header_invalid,           "header_invalid",           "kop must be TRUE, FALSE, 1 or 0"},
    {Reason::lone_surrogate,           "lone_surrogate",           "the text is not valid Unicode (a lone surrogate)"},
    {Reason::not_finite,               "not_finite",               "the result is not a finite number"},
    {Reason::unknown_key,              "unknown_key",              "unknown key"},
    {Reason::unknown_field,            "unknown_field",            "unknown veld"},
    {Reason::period_needed,            "period_needed",            "this key has several figures: give jaar"},
    {Reason::not_a_figure,             "not_a_figure",             "naam must be a key or a function of one year (ACCRESINDEX has a base year)"},
};
// clang-format on

static_assert(
    [] {
        for (std::size_t i = 0; i < std::size(reasons); ++i)
            if (reasons[i].reason != static_cast<Reason>(i)) return false;
        return std::size(reasons) == static_cast<std::size_t>(Reason::not_a_figure) + 1;
    }(),
    "reasons lists every Reason once, in order");

[[nodiscard]] constexpr std::string_view reason_text(Reason reason) noexcept {
    return reasons[static_cast<std::size_t>(reason)].text;
}

} // namespace fondscijfers::addin
