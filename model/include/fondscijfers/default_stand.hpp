// Which stand answers a formula that names none. A circular often gives only part of the
// figures (a meicirculaire the accres, not a BCF table), so the default is chosen per function
// or key, not per stand:
//  1. the stands that give what it reads for the whole of their own years (every year from the
//     stand's year to its horizon; a single figure where the key is one), newest first;
//  2. then every other stand that has it, the newest full stand (CIRCULAIRESTAND()) first.
// The first of these in which the call has an answer answers it, so a stand that gives one
// year of a series never becomes the function's default, and a year no newer stand restates
// (a past year's definitive accres) still comes from the stand that has it. A formula that
// names its stand is answered by that stand only.
#pragma once

#include "fondscijfers/catalogue.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace fondscijfers {

// The stands in that order for a named function ("ACCRES") or a catalogue key (case and
// surrounding blanks ignored); empty for a name that is neither.
[[nodiscard]] std::span<const Stand> default_stands(std::string_view name);

// The same with what makes a formula's default cheap however many stands there are: the years
// in which any stand has a figure that an answer of the name needs (nullopt: not bounded, as
// for ACCRESINDEX, which reads the years between two). A period outside them has no answer in
// any stand, so only the first candidate is asked (its "no figure" is the answer).
struct Defaults {
    std::span<const Stand> stands;
    std::optional<Period> years;

    [[nodiscard]] std::span<const Stand> for_period(std::optional<Period> period) const noexcept {
        if (!period || !years || stands.empty()) return stands;
        if (period->last < years->first || period->first > years->last) return stands.first(1);
        return stands;
    }
    [[nodiscard]] std::span<const Stand> for_year(Year year) const noexcept {
        return for_period(Period{year.value(), year.value()});
    }
};
[[nodiscard]] Defaults defaults_of(std::string_view name);

// The stands of step 1 only: those that can be the function's or key's default.
[[nodiscard]] std::span<const Stand> covering_stands(std::string_view name);

// Whether a model result is an answer (anything but "no figure there": an unknown key is an
// answer that no other stand changes).
template <class T> [[nodiscard]] bool answered(const std::optional<T>& result) noexcept {
    return result.has_value();
}
[[nodiscard]] inline bool answered(const ValueAnswer& a) noexcept {
    return a.answer != Answer::not_available;
}
[[nodiscard]] inline bool answered(const TextAnswer& a) noexcept {
    return a.answer != Answer::not_available;
}

// `call(stand)` in the named stand, or in the first of `candidates` that answers (no answer:
// the first candidate's, or the newest full stand's when there are none).
template <class Call>
auto in_stand(std::optional<Stand> named, std::span<const Stand> candidates, Call&& call) {
    if (named) return call(*named);
    if (candidates.empty()) return call(Stand::standard());
    auto first = call(candidates.front());
    if (answered(first)) return first;
    for (const Stand s : candidates.subspan(1)) {
        auto result = call(s);
        if (answered(result)) return result;
    }
    return first;
}

} // namespace fondscijfers
