#include "values.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <new>
#include <rtl/string.h>
#include <typelib/typedescription.h>
#include <uno/data.h>

namespace fondscijfers::addin {
namespace {

typelib_TypeDescriptionReference* of_class(typelib_TypeClass type_class) noexcept {
    return *typelib_static_type_getByTypeClass(type_class);
}

typelib_TypeDescriptionReference* sequence_of(typelib_TypeDescriptionReference* element) noexcept {
    typelib_TypeDescriptionReference* type = nullptr;
    typelib_static_sequence_type_init(&type, element);
    return type;
}

bool is_of(const uno_Any& value, typelib_TypeClass type_class) noexcept {
    return value.pType->eTypeClass == type_class;
}

double number_of(const uno_Any& value) noexcept {
    return *static_cast<const double*>(value.pData);
}

rtl_uString* text_of(const uno_Any& value) noexcept {
    return *static_cast<rtl_uString* const*>(value.pData);
}

// Its text with what OUString::trim() removes at both ends removed.
class Trimmed {
public:
    explicit Trimmed(rtl_uString* text) noexcept { rtl_uString_newTrim(&text_, text); }
    Trimmed(const Trimmed&) = delete;
    Trimmed& operator=(const Trimmed&) = delete;
    ~Trimmed() { rtl_uString_release(text_); }
    rtl_uString* get() const noexcept { return text_; }
    bool empty() const noexcept { return text_->length == 0; }

private:
    rtl_uString* text_ = nullptr;
};

// Text of an optional text argument; nullopt when omitted, empty or blank.
std::optional<std::string> option_text(const uno_Any& argument, Reason what) {
    if (is_of(argument, typelib_TypeClass_VOID)) return std::nullopt;
    if (!is_of(argument, typelib_TypeClass_STRING)) reject(what);
    const Trimmed trimmed(text_of(argument));
    if (trimmed.empty()) return std::nullopt;
    return utf8(trimmed.get());
}

void reject_unless_answered(Answer answer) {
    if (answer == Answer::unknown_key) reject(Reason::unknown_key);
    if (answer == Answer::unknown_field) reject(Reason::unknown_field);
    if (answer == Answer::period_needed) reject(Reason::period_needed);
    if (answer == Answer::not_a_figure) reject(Reason::not_a_figure);
}

// "2021" typed as text, as Calc itself converts it for number arguments.
std::optional<Year> year_from_text(rtl_uString* text) {
    const Trimmed trimmed(text);
    const sal_Int32 length = trimmed.get()->length;
    if (length == 0 || length > 9) return std::nullopt;
    int value = 0;
    for (sal_Int32 i = 0; i < length; ++i) {
        const sal_Unicode c = trimmed.get()->buffer[i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return Year{value};
}

// A sequence this code owns: released unless given away.
void release_sequence(uno_Sequence* sequence, typelib_TypeDescriptionReference* type) noexcept {
    uno_type_destructData(&sequence, type, nullptr);
}

} // namespace

typelib_TypeDescriptionReference* double_type() noexcept {
    return of_class(typelib_TypeClass_DOUBLE);
}

typelib_TypeDescriptionReference* string_type() noexcept {
    return of_class(typelib_TypeClass_STRING);
}

typelib_TypeDescriptionReference* row_type() noexcept {
    static typelib_TypeDescriptionReference* const type =
        sequence_of(of_class(typelib_TypeClass_ANY));
    return type;
}

typelib_TypeDescriptionReference* matrix_type() noexcept {
    static typelib_TypeDescriptionReference* const type = sequence_of(row_type());
    return type;
}

UString::UString(std::string_view utf8) {
    rtl_string2UString(&text_, utf8.data(), static_cast<sal_Int32>(utf8.size()),
                       RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    if (!text_) throw std::bad_alloc();
}

UString::~UString() {
    rtl_uString_release(text_);
}

std::string utf8(rtl_uString* text) {
    // A lone surrogate is no text: reject it rather than let the conversion drop it.
    const sal_Unicode* const c = text->buffer;
    const sal_Int32 length = text->length;
    for (sal_Int32 i = 0; i < length; ++i) {
        const bool high = c[i] >= 0xD800 && c[i] <= 0xDBFF, low = c[i] >= 0xDC00 && c[i] <= 0xDFFF;
        const bool paired = high && i + 1 < length && c[i + 1] >= 0xDC00 && c[i + 1] <= 0xDFFF;
        if (low || (high && !paired)) reject(Reason::lone_surrogate);
        if (paired) ++i;
    }
    rtl_String* bytes = nullptr;
    rtl_uString2String(&bytes, c, length, RTL_TEXTENCODING_UTF8, OUSTRING_TO_OSTRING_CVTFLAGS);
    if (!bytes) throw std::bad_alloc();
    std::string out(bytes->buffer, static_cast<std::size_t>(bytes->length));
    rtl_string_release(bytes);
    return out;
}

void reject(Reason why) {
    throw Rejection{why, {}};
}

double error_value(std::uint16_t code) noexcept {
    // As formula::CreateDoubleError makes it.
    return std::bit_cast<double>(std::uint64_t{0x7FF8000000000000} | code);
}

bool is_double(const uno_Any& value) noexcept {
    return is_of(value, typelib_TypeClass_DOUBLE);
}

bool is_sequence(const uno_Any& value) noexcept {
    return is_of(value, typelib_TypeClass_SEQUENCE);
}

Given given_of(double value) {
    return {Given::Kind::number, value, {}};
}

Given given_of(rtl_uString* value) {
    try {
        return {Given::Kind::text, 0, utf8(value)};
    } catch (const Rejection&) {
        return {}; // a lone surrogate: its sentence shows no text
    }
}

Given given_of(const uno_Any& value) {
    if (is_sequence(value)) return {Given::Kind::range, 0, {}};
    if (is_double(value)) return given_of(number_of(value));
    if (is_of(value, typelib_TypeClass_STRING)) return given_of(text_of(value));
    return {};
}

MatrixView::MatrixView(const uno_Any& value) : rows_(nullptr) {
    if (!typelib_typedescriptionreference_equals(value.pType, matrix_type()))
        reject(Reason::years_not_range);
    rows_ = *static_cast<uno_Sequence* const*>(value.pData);
}

std::size_t MatrixView::rows() const noexcept {
    return static_cast<std::size_t>(rows_->nElements);
}

std::span<const uno_Any> MatrixView::row(std::size_t r) const noexcept {
    const uno_Sequence* row = reinterpret_cast<uno_Sequence* const*>(rows_->elements)[r];
    return {reinterpret_cast<const uno_Any*>(row->elements),
            static_cast<std::size_t>(row->nElements)};
}

MatrixBuilder::~MatrixBuilder() {
    for (uno_Sequence* row : rows_)
        release_sequence(row, row_type());
}

MatrixBuilder::MatrixBuilder(std::size_t rows) {
    rows_.reserve(rows);
}

std::span<uno_Any> MatrixBuilder::add_row(std::size_t length) {
    uno_Sequence* row = nullptr;
    if (!uno_type_sequence_construct(&row, row_type(), nullptr, static_cast<sal_Int32>(length),
                                     nullptr))
        throw std::bad_alloc();
    try {
        rows_.push_back(row);
    } catch (...) {
        release_sequence(row, row_type());
        throw;
    }
    return {reinterpret_cast<uno_Any*>(row->elements), length};
}

void MatrixBuilder::put(uno_Any* out) const {
    uno_Sequence* matrix = nullptr;
    // Copies the row pointers, each acquired: the rows are released with the builder.
    if (!uno_type_sequence_construct(&matrix, matrix_type(),
                                     const_cast<uno_Sequence**>(rows_.data()),
                                     static_cast<sal_Int32>(rows_.size()), nullptr))
        throw std::bad_alloc();
    uno_type_any_construct(out, &matrix, matrix_type(), nullptr);
    release_sequence(matrix, matrix_type());
}

void set_element(uno_Any& element, double value) {
    uno_any_destruct(&element, nullptr);
    uno_type_any_construct(&element, &value, double_type(), nullptr);
}

void set_element(uno_Any& element, std::string_view utf8_text) {
    UString text(utf8_text);
    uno_any_destruct(&element, nullptr);
    uno_type_any_construct(&element, text.address(), string_type(), nullptr);
}

void put_empty(uno_Any* out) noexcept {
    uno_any_construct(out, nullptr, nullptr, nullptr);
}

void put_number(uno_Any* out, double value) noexcept {
    uno_type_any_construct(out, &value, double_type(), nullptr);
}

void put_text(uno_Any* out, std::string_view utf8_text) {
    UString text(utf8_text);
    uno_type_any_construct(out, text.address(), string_type(), nullptr);
}

Year year_argument(double number) {
    const auto year = Year::from_number(number);
    if (!year) reject(Reason::year_not_whole);
    return *year;
}

Year year_argument(const uno_Any& argument) {
    if (is_of(argument, typelib_TypeClass_VOID)) reject(Reason::year_missing);
    if (is_double(argument)) return year_argument(number_of(argument));
    if (is_of(argument, typelib_TypeClass_STRING)) {
        if (const auto year = year_from_text(text_of(argument))) return *year;
    }
    reject(Reason::year_not_number_or_range);
}

std::optional<Year> year_in_array(const uno_Any& element) {
    if (is_double(element)) return year_argument(number_of(element));
    if (!is_of(element, typelib_TypeClass_STRING)) reject(Reason::year_not_number_or_range);
    if (Trimmed(text_of(element)).empty()) return std::nullopt; // an empty cell of the range
    if (const auto year = year_from_text(text_of(element))) return year;
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

std::optional<Stand> optional_stand_argument(const uno_Any& argument) {
    const auto text = option_text(argument, Reason::stand_not_text);
    if (!text) return std::nullopt;
    const auto stand = Stand::parse(*text);
    if (!stand) reject(Reason::unknown_stand);
    return *stand;
}

std::optional<Growth> growth_argument(const uno_Any& argument) {
    if (is_of(argument, typelib_TypeClass_VOID)) return std::nullopt;
    if (!is_double(argument)) reject(Reason::growth_not_number);
    const auto growth = Growth::from_fraction(number_of(argument));
    if (!growth) reject(Reason::growth_out_of_range);
    return *growth;
}

Deel deel_argument(const uno_Any& argument) {
    const auto text = option_text(argument, Reason::deel_unknown);
    if (!text) return Deel::gemeenten;
    const auto deel = parse_deel(*text);
    if (!deel) reject(Reason::deel_unknown);
    return *deel;
}

std::optional<Period> period_argument(const uno_Any& argument) {
    if (is_of(argument, typelib_TypeClass_VOID)) return std::nullopt;
    if (is_double(argument)) {
        const Year year = year_argument(number_of(argument));
        return Period{year.value(), year.value()};
    }
    const auto text = option_text(argument, Reason::period_invalid);
    if (!text) return std::nullopt;
    const auto period = parse_period(*text);
    if (!period) reject(Reason::period_invalid);
    return period;
}

std::string filter_argument(const uno_Any& argument) {
    return option_text(argument, Reason::filter_not_text).value_or("");
}

ListHeader header_argument(const uno_Any& argument) {
    if (is_of(argument, typelib_TypeClass_VOID)) return ListHeader::without;
    if (!is_double(argument)) reject(Reason::header_invalid);
    const double number = number_of(argument);
    if (number != 0 && number != 1) reject(Reason::header_invalid);
    return number == 1 ? ListHeader::with : ListHeader::without;
}

void cell_value(uno_Any* out, std::optional<double> value) {
    if (value)
        put_number(out, finite(*value));
    else
        put_empty(out);
}

void cell_value(uno_Any* out, std::optional<Euros> value) {
    if (value)
        put_number(out, static_cast<double>(value->value));
    else
        put_empty(out);
}

void cell_value(uno_Any* out, const ValueAnswer& answer) {
    reject_unless_answered(answer.answer);
    if (answer.answer == Answer::found)
        put_number(out, finite(answer.value));
    else
        put_empty(out);
}

void cell_value(uno_Any* out, const TextAnswer& answer) {
    reject_unless_answered(answer.answer);
    if (answer.answer == Answer::found)
        put_text(out, answer.text);
    else
        put_empty(out);
}

namespace {

// A text matrix: the column titles when asked, then one row per item, each row the texts
// `columns` gives for it.
template <class Rows, class Columns>
void text_matrix(uno_Any* out, std::span<const std::string_view> titles, bool header,
                 const Rows& rows, Columns&& columns) {
    MatrixBuilder matrix(std::size(rows) + (header ? 1 : 0));
    const auto cells = [&](std::span<const std::string_view> texts) {
        auto row = matrix.add_row(texts.size());
        for (std::size_t i = 0; i < texts.size(); ++i)
            set_element(row[i], texts[i]);
    };
    if (header) cells(titles);
    for (const auto& row : rows)
        cells(columns(row));
    matrix.put(out);
}

} // namespace

void cell_value(uno_Any* out, const CatalogueList& list) {
    if (list.rows.empty()) return put_empty(out);
    text_matrix(out, list_titles(), list.header == ListHeader::with, list.rows,
                [](const auto& row) {
                    return std::array<std::string_view, list_columns>{
                        row.key,   row.description, unit_name(row.unit), row.years,
                        row.stand, row.qualifier,   row.character,       row.overlaps};
                });
}

void cell_value(uno_Any* out, const StandList& list) {
    text_matrix(out, stand_titles(), list.header == ListHeader::with, list.rows,
                [](const auto& row) {
                    return std::array<std::string_view, stand_columns>{
                        row.code,      row.title,     row.month,      row.kind,
                        row.functions, row.documents, row.default_for};
                });
}

void cell_value(uno_Any* out, std::string_view text) {
    put_text(out, text);
}

void cell_value(uno_Any* out, const Explained& explanation) {
    put_text(out, explanation.text);
}

Outcome call(const Method& method, void* const* arguments, uno_Any* result) {
    try {
        method.body(arguments, result);
        return {};
    } catch (const Rejection& r) {
        if (method.explains) {
            put_text(result, reason_sentence(r.reason, r.given));
            return {};
        }
        const ReasonInfo& info = reason_info(r.reason);
        if (info.error == CalcError::invalid_argument) return {true, info.text};
        put_number(result, error_value(static_cast<std::uint16_t>(info.error)));
        return {};
    }
}

} // namespace fondscijfers::addin
