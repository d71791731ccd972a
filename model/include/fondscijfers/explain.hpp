// CIRCULAIREBRON: a cell explained in at most two short Dutch sentences. With the arguments
// of a function's cell (its name, year, stand, growth and part) it gives that cell's figure,
// year, stand and source in short, for a computed figure the formula with its inputs; where
// the cell is #N/A or an error, the sentence that says why. The full detail is in
// CIRCULAIREINFO's fields "bron", "berekening" and "citaat".
#pragma once

#include "fondscijfers/bcf.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/growth.hpp"
#include "fondscijfers/stand.hpp"
#include "reasons.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace fondscijfers {

// Always a text; `answer` says what it explains (not_available lets the default rule try the
// next stand, as the cell's own function does).
struct Explained {
    Answer answer;
    std::string text;
};

// For the default rule (default_stand.hpp): a stand without the figure lets the next one try.
[[nodiscard]] inline bool answered(const Explained& a) noexcept {
    return a.answer != Answer::not_available;
}

// The longest explanation: two short sentences.
inline constexpr std::size_t longest_explanation = 300;

// `growth` and `deel` count only for a name whose function takes them (BCFDECLARATIES,
// BCFVRIJVAL); an unknown name is explained as such.
[[nodiscard]] Explained explain(std::string_view name, std::optional<Period> period, Stand stand,
                                std::optional<Growth> growth, Deel deel);

// What the portable component reads (addin/generator/portable_data.cpp), and explain() fills:
// the explanation with the holes {groei}, {declaraties} and {vrijval} where the growth
// decides (the figures in the table's unit).
[[nodiscard]] Explained explanation_template(std::string_view name, std::optional<Period> period,
                                             Stand stand, Deel deel);
// The explanation of a year without a figure in the stand, with the hole {jaar}.
[[nodiscard]] std::string absent_template(std::string_view name, Stand stand, Deel deel);

// What was given for a rejected argument, for its sentence; `name`: a key or function the
// model names, shown without quotes.
struct Given {
    enum class Kind : unsigned char { none, number, text, range, name } kind = Kind::none;
    double number = 0;
    std::string text;
};

// The Dutch sentence of a rejection (addin/functions/reasons.hpp) with its holes filled.
[[nodiscard]] std::string reason_sentence(addin::Reason reason, const Given& given,
                                          std::string_view stand = {}, std::string_view years = {});

} // namespace fondscijfers
