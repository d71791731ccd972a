#include "arguments.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <rtl/ustring.hxx>
#include <string>

namespace fondscijfers::addin {
namespace {

// Text of an optional text argument; nullopt when omitted, empty or blank.
std::optional<std::string> option_text(const css::uno::Any& argument, const char* what) {
    if (!argument.hasValue()) return std::nullopt;
    rtl::OUString text;
    if (!(argument >>= text)) reject(what);
    const rtl::OString utf8 = rtl::OUStringToOString(text.trim(), RTL_TEXTENCODING_UTF8);
    if (utf8.isEmpty()) return std::nullopt;
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

} // namespace

void reject(const char* why) {
    throw css::lang::IllegalArgumentException(rtl::OUString::createFromAscii(why), {}, 0);
}

Year year_argument(double number) {
    const auto year = Year::from_number(number);
    if (!year) reject("jaar must be a whole number");
    return *year;
}

Stand stand_argument(const css::uno::Any& argument) {
    const auto text = option_text(argument, "stand must be a text code such as \"S2020\"");
    if (!text) return Stand::standard();
    const auto stand = Stand::parse(*text);
    if (!stand) reject("unknown stand");
    return *stand;
}

Growth growth_argument(const css::uno::Any& argument) {
    if (!argument.hasValue()) return bcf_default_growth();
    double rate = 0;
    if (argument.getValueTypeClass() != css::uno::TypeClass_DOUBLE || !(argument >>= rate))
        reject("groei must be a number");
    const auto growth = Growth::from_fraction(rate);
    if (!growth) reject("groei must be above -100% and at most 100%");
    return *growth;
}

Deel deel_argument(const css::uno::Any& argument) {
    const auto text = option_text(argument, "deel must be \"gemeenten\" or \"totaal\"");
    if (!text) return Deel::gemeenten;
    const auto deel = parse_deel(*text);
    if (!deel) reject("deel must be \"gemeenten\" or \"totaal\"");
    return *deel;
}

css::uno::Any cell_value(std::optional<double> value) {
    return value ? css::uno::Any(*value) : css::uno::Any();
}

css::uno::Any cell_value(std::optional<Euros> value) {
    return value ? css::uno::Any(static_cast<double>(value->value)) : css::uno::Any();
}

} // namespace fondscijfers::addin
