#include "arguments.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <cstdint>
#include <rtl/ustring.hxx>
#include <span>
#include <string>

namespace fondscijfers::addin {
namespace {

// Text of an optional text argument; nullopt when omitted, empty or blank.
std::optional<std::string> option_text(const css::uno::Any& argument, Reason what) {
    if (!argument.hasValue()) return std::nullopt;
    rtl::OUString text;
    if (!(argument >>= text)) reject(what);
    std::string trimmed = utf8(text.trim());
    if (trimmed.empty()) return std::nullopt;
    return trimmed;
}

rtl::OUString text_value(std::string_view text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

void reject_unless_answered(Answer answer) {
    if (answer == Answer::unknown_key) reject(Reason::unknown_key);
    if (answer == Answer::unknown_field) reject(Reason::unknown_field);
    if (answer == Answer::period_needed) reject(Reason::period_needed);
    if (answer == Answer::not_a_figure) reject(Reason::not_a_figure);
}

} // namespace

std::string utf8(const rtl::OUString& text) {
    // A lone surrogate is no text: reject it rather than let the conversion drop it.
    for (sal_Int32 i = 0; i < text.getLength(); ++i) {
        const sal_Unicode c = text[i];
        const bool high = c >= 0xD800 && c <= 0xDBFF, low = c >= 0xDC00 && c <= 0xDFFF;
        const bool paired =
            high && i + 1 < text.getLength() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF;
        if (low || (high && !paired)) reject(Reason::lone_surrogate);
        if (paired) ++i;
    }
    const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

void reject(Reason why) {
    throw Rejection{why, {}};
}

namespace {

// Calc's own encoding of an error value: a quiet NaN whose payload is the error code, as
// formula::CreateDoubleError makes it.
double error_value(std::uint16_t code) noexcept {
    return std::bit_cast<double>(std::uint64_t{0x7FF8000000000000} | code);
}

} // namespace

Given given_of(double value) {
    return {Given::Kind::number, value, {}};
}

Given given_of(const rtl::OUString& value) {
    try {
        return {Given::Kind::text, 0, utf8(value)};
    } catch (const Rejection&) {
        return {}; // a lone surrogate: its sentence shows no text
    }
}

Given given_of(const css::uno::Any& value) {
    double number = 0;
    rtl::OUString text;
    if (value.getValueTypeClass() == css::uno::TypeClass_SEQUENCE)
        return {Given::Kind::range, 0, {}};
    if (value.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (value >>= number))
        return given_of(number);
    if (value >>= text) return given_of(text);
    return {};
}

css::uno::Any rejected(const Rejection& rejection) {
    const ReasonInfo& info = reason_info(rejection.reason);
    if (info.error != CalcError::invalid_argument)
        return css::uno::Any(error_value(static_cast<std::uint16_t>(info.error)));
    throw css::lang::IllegalArgumentException(text_value(info.text), {}, 0);
}

css::uno::Any explained(const Rejection& rejection) {
    return css::uno::Any(text_value(reason_sentence(rejection.reason, rejection.given)));
}

css::uno::Any cell_value(const Explained& explanation) {
    return css::uno::Any(text_value(explanation.text));
}

Year year_argument(double number) {
    const auto year = Year::from_number(number);
    if (!year) reject(Reason::year_not_whole);
    return *year;
}

namespace {

// "2021" typed as text, as Calc itself converts it for number arguments.
std::optional<Year> year_from_text(const rtl::OUString& text) {
    const rtl::OUString trimmed = text.trim();
    if (trimmed.isEmpty() || trimmed.getLength() > 9) return std::nullopt;
    int value = 0;
    for (sal_Int32 i = 0; i < trimmed.getLength(); ++i) {
        const sal_Unicode c = trimmed[i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return Year{value};
}

} // namespace

Year year_argument(const css::uno::Any& argument) {
    if (!argument.hasValue()) reject(Reason::year_missing);
    if (argument.getValueTypeClass() == css::uno::TypeClass_DOUBLE)
        return year_argument(*static_cast<const double*>(argument.getValue()));
    rtl::OUString text;
    if (argument >>= text) {
        if (const auto year = year_from_text(text)) return *year;
    }
    reject(Reason::year_not_number_or_range);
}

std::optional<Year> year_in_array(const css::uno::Any& element) {
    if (element.getValueTypeClass() == css::uno::TypeClass_DOUBLE)
        return year_argument(*static_cast<const double*>(element.getValue()));
    rtl::OUString text;
    if (!(element >>= text)) reject(Reason::year_not_number_or_range);
    if (text.trim().isEmpty()) return std::nullopt; // an empty cell of the range
    if (const auto year = year_from_text(text)) return year;
    reject(Reason::year_not_number_or_range);
}

double not_available_in_array() noexcept {
    return error_value(0x7FFF); // FormulaError::NotAvailable
}

double finite(double value) {
    if (!std::isfinite(value)) reject(Reason::not_finite);
    return value;
}

double array_element(std::optional<double> value) {
    return value ? finite(*value) : not_available_in_array();
}

double array_element(std::optional<Euros> value) noexcept {
    return value ? static_cast<double>(value->value) : not_available_in_array();
}

double array_element(const ValueAnswer& answer) {
    reject_unless_answered(answer.answer);
    return answer.answer == Answer::found ? finite(answer.value) : not_available_in_array();
}

std::optional<Stand> optional_stand_argument(const css::uno::Any& argument) {
    const auto text = option_text(argument, Reason::stand_not_text);
    if (!text) return std::nullopt;
    const auto stand = Stand::parse(*text);
    if (!stand) reject(Reason::unknown_stand);
    return *stand;
}

std::optional<Growth> growth_argument(const css::uno::Any& argument) {
    if (!argument.hasValue()) return std::nullopt;
    double rate = 0;
    if (argument.getValueTypeClass() != css::uno::TypeClass_DOUBLE || !(argument >>= rate))
        reject(Reason::growth_not_number);
    const auto growth = Growth::from_fraction(rate);
    if (!growth) reject(Reason::growth_out_of_range);
    return *growth;
}

Deel deel_argument(const css::uno::Any& argument) {
    const auto text = option_text(argument, Reason::deel_unknown);
    if (!text) return Deel::gemeenten;
    const auto deel = parse_deel(*text);
    if (!deel) reject(Reason::deel_unknown);
    return *deel;
}

std::optional<Period> period_argument(const css::uno::Any& argument) {
    if (!argument.hasValue()) return std::nullopt;
    if (argument.getValueTypeClass() == css::uno::TypeClass_DOUBLE) {
        double number = 0;
        argument >>= number;
        const Year year = year_argument(number);
        return Period{year.value(), year.value()};
    }
    const auto text = option_text(argument, Reason::period_invalid);
    if (!text) return std::nullopt;
    const auto period = parse_period(*text);
    if (!period) reject(Reason::period_invalid);
    return period;
}

std::string filter_argument(const css::uno::Any& argument) {
    return option_text(argument, Reason::filter_not_text).value_or("");
}

css::uno::Any cell_value(const ValueAnswer& answer) {
    reject_unless_answered(answer.answer);
    return answer.answer == Answer::found ? css::uno::Any(finite(answer.value)) : css::uno::Any();
}

css::uno::Any cell_value(const TextAnswer& answer) {
    reject_unless_answered(answer.answer);
    return answer.answer == Answer::found ? css::uno::Any(text_value(answer.text))
                                          : css::uno::Any();
}

ListHeader header_argument(const css::uno::Any& argument) {
    if (!argument.hasValue()) return ListHeader::without;
    double number = 0;
    if (argument.getValueTypeClass() != css::uno::TypeClass_DOUBLE || !(argument >>= number))
        reject(Reason::header_invalid);
    if (number != 0 && number != 1) reject(Reason::header_invalid);
    return number == 1 ? ListHeader::with : ListHeader::without;
}

namespace {

// A text matrix: the column titles when asked, then one row per item, each row the texts
// `columns` gives for it.
template <class Rows, class Columns>
css::uno::Any text_matrix(std::span<const std::string_view> titles, bool header, const Rows& rows,
                          Columns&& columns) {
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> matrix(
        static_cast<sal_Int32>(std::size(rows) + (header ? 1 : 0)));
    auto* out = matrix.getArray();
    const auto cells = [](std::span<const std::string_view> texts) {
        css::uno::Sequence<css::uno::Any> row(static_cast<sal_Int32>(texts.size()));
        auto* c = row.getArray();
        for (const auto text : texts)
            *c++ <<= text_value(text);
        return row;
    };
    if (header) *out++ = cells(titles);
    for (const auto& row : rows)
        *out++ = cells(columns(row));
    return css::uno::Any(matrix);
}

} // namespace

css::uno::Any cell_value(const CatalogueList& list) {
    if (list.rows.empty()) return css::uno::Any();
    return text_matrix(list_titles(), list.header == ListHeader::with, list.rows,
                       [](const auto& row) {
                           return std::array<std::string_view, list_columns>{
                               row.key,   row.description, unit_name(row.unit), row.years,
                               row.stand, row.qualifier,   row.character,       row.overlaps};
                       });
}

css::uno::Any cell_value(const StandList& list) {
    return text_matrix(stand_titles(), list.header == ListHeader::with, list.rows,
                       [](const auto& row) {
                           return std::array<std::string_view, stand_columns>{
                               row.code,      row.title,     row.month,      row.kind,
                               row.functions, row.documents, row.default_for};
                       });
}

css::uno::Any cell_value(std::string_view text) {
    return css::uno::Any(text_value(text));
}

css::uno::Any cell_value(std::optional<double> value) {
    return value ? css::uno::Any(finite(*value)) : css::uno::Any();
}

css::uno::Any cell_value(std::optional<Euros> value) {
    return value ? css::uno::Any(static_cast<double>(value->value)) : css::uno::Any();
}

} // namespace fondscijfers::addin
