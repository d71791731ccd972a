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

#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/stand.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace fondscijfers {

// The stands in that order for a named function ("ACCRES") or a catalogue key (case and
// surrounding blanks ignored); empty for a name that is neither.
[[nodiscard]] std::span<const Stand> default_stands(std::string_view name);

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
