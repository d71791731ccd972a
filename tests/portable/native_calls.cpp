// Reads calls from standard input, one per line, makes each through the native component's
// UNO interface (as Calc and the fuzzer do, without an office) and prints one line per call:
// the call, " => ", and the result. tests/portable/portable_matches_native.py makes the same
// calls to the portable (Python) component and compares the lines.
//
// A call: <method>\t<argument>\t... with each argument encoded as
//   -                 omitted (void)
//   n:<16 hex>        a double, by its bits
//   s:<hex UTF-16>    a text, 4 hex digits per code unit (lone surrogates included)
//   b:0, b:1          a boolean;  i:<decimal> a long
//   m<n>:<row>;<row>  a range of n rows, each of cells separated by ',' (each cell one of
//                     the above; an empty row has no cells)
// A result: Err:502 and the reason (IllegalArgumentException), #N/A (void), n:<16 hex>, t:<UTF-8
// text with
// '\' and control characters as \xNN>, or m:[cell|cell...][...] for a range.
#include "component.hpp"

#include <algorithm>
#include <bit>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <nl/fondscijfers/calc/XFunctions.hpp>
#include <string>
#include <vector>

namespace {

using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;
using Matrix = Sequence<Sequence<Any>>;

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto at = text.find(separator, start);
        parts.push_back(text.substr(start, at - start));
        if (at == std::string::npos) return parts;
        start = at + 1;
    }
}

OUString text(const std::string& hex) {
    std::vector<sal_Unicode> units;
    for (std::size_t i = 0; i + 4 <= hex.size(); i += 4)
        units.push_back(static_cast<sal_Unicode>(std::stoul(hex.substr(i, 4), nullptr, 16)));
    return OUString(units.data(), static_cast<sal_Int32>(units.size()));
}

Any scalar(const std::string& code) {
    if (code == "-") return Any();
    const std::string value = code.substr(2);
    switch (code[0]) {
    case 'n':
        return Any(std::bit_cast<double>(std::stoull(value, nullptr, 16)));
    case 's':
        return Any(text(value));
    case 'b':
        return Any(value == "1");
    case 'i':
        return Any(static_cast<sal_Int32>(std::stol(value)));
    }
    throw std::runtime_error("bad argument: " + code);
}

Any argument(const std::string& code) {
    if (code[0] != 'm') return scalar(code);
    const auto colon = code.find(':');
    const auto count = std::stoul(code.substr(1, colon - 1));
    const auto rows = split(code.substr(colon + 1), ';');
    Matrix m(static_cast<sal_Int32>(count));
    for (std::size_t r = 0; r < count; ++r) {
        const auto cells = rows[r].empty() ? std::vector<std::string>() : split(rows[r], ',');
        Sequence<Any> row(static_cast<sal_Int32>(cells.size()));
        for (std::size_t c = 0; c < cells.size(); ++c)
            row.getArray()[c] = scalar(cells[c]);
        m.getArray()[r] = row;
    }
    return Any(m);
}

std::string number(double d) {
    char buffer[20];
    std::snprintf(buffer, sizeof buffer, "n:%016llx",
                  static_cast<unsigned long long>(std::bit_cast<std::uint64_t>(d)));
    return buffer;
}

std::string shown(const OUString& s) {
    const rtl::OString utf8 = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    std::string out = "t:";
    for (sal_Int32 i = 0; i < utf8.getLength(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x20 || c == '\\') {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
            out += buffer;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string result_text(const Any& a) {
    if (!a.hasValue()) return "#N/A";
    double d = 0;
    OUString s;
    Matrix m;
    if (a.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (a >>= d)) return number(d);
    if (a >>= s) return shown(s);
    if (a >>= m) {
        std::string out = "m:";
        for (const auto& row : m) {
            out += '[';
            for (sal_Int32 c = 0; c < row.getLength(); ++c)
                out += (c ? "|" : "") + result_text(row[c]);
            out += ']';
        }
        return out;
    }
    return "?" + std::string(
                     rtl::OUStringToOString(a.getValueTypeName(), RTL_TEXTENCODING_UTF8).getStr());
}

// The arguments of one call, in order, as function_calls.inc takes them.
struct Arguments {
    const std::vector<Any>& values;
    std::size_t next = 0;
    Any value() { return values.at(next++); }
    OUString text() {
        OUString s;
        value() >>= s;
        return s;
    }
    double number() {
        double d = 0;
        value() >>= d;
        return d;
    }
};

#include "function_calls.inc"

} // namespace

int main() {
    const auto f = fondscijfers::addin::make_component();
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        const auto parts = split(line, '\t');
        const std::string& m = parts[0];
        std::vector<Any> a;
        for (std::size_t i = 1; i < parts.size(); ++i)
            a.push_back(argument(parts[i]));
        std::string out;
        try {
            const auto* method = std::ranges::find(function_methods, m);
            if (method == std::end(function_methods))
                throw std::runtime_error("unknown method " + m);
            Arguments in{a};
            const Any r =
                call_function(static_cast<int>(method - std::begin(function_methods)), in, *f);
            out = result_text(r);
        } catch (const css::lang::IllegalArgumentException& e) {
            const rtl::OString why = rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8);
            out = "Err:502 " + std::string(why.getStr(), static_cast<std::size_t>(why.getLength()));
        }
        std::cout << line << " => " << out << '\n';
    }
    return 0;
}
