// libFuzzer target: every spreadsheet function of the component, called through its UNO
// interface with arguments built from the fuzzer's bytes (numbers, texts, nested arrays,
// omitted values), plus the catalogue lookups of the model directly.
// A finding: any exception other than IllegalArgumentException (Err:502), a crash, a
// sanitizer report, or a result Calc would show as a plausible wrong number (NaN, infinity).
#include "component.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/explain.hpp"
#include "reasons.hpp"

#include <bit>
#include <cmath>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <nl/fondscijfers/calc/XFunctions.hpp>
#include <string>

namespace {

using css::uno::Any;
using css::uno::Sequence;
using Matrix = Sequence<Sequence<Any>>;

class Input {
public:
    Input(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }

    double number() {
        switch (byte() % 5) {
        case 0:
            return 2015 + byte() % 14; // a year with or without a figure
        case 1:
            return static_cast<double>(static_cast<std::int8_t>(byte())) / 100; // a growth
        case 2:
            return 2021.5;
        default: {
            std::uint64_t bits = 0;
            for (int i = 0; i < 8; ++i)
                bits = bits << 8 | byte();
            return std::bit_cast<double>(bits); // anything, NaN and infinities included
        }
        }
    }

    rtl::OUString text() {
        static const char* const known[] = {"S2020",
                                            "startnota",
                                            "ORIGINEEL",
                                            "m2020",
                                            "S2019",
                                            "gemeenten",
                                            "totaal",
                                            "2019-2021",
                                            "accres.nominaal",
                                            "jeugd.incidenteel",
                                            "BCFVRIJVAL",
                                            "",
                                            " ",
                                            "2021",
                                            "karakter",
                                            "overlap",
                                            "citaat",
                                            "bron"};
        if (byte() % 2) return rtl::OUString::createFromAscii(known[byte() % std::size(known)]);
        std::string raw;
        for (std::size_t n = byte() % 24; n > 0; --n)
            raw += static_cast<char>(byte());
        return rtl::OStringToOUString(rtl::OString(raw.data(), static_cast<sal_Int32>(raw.size())),
                                      RTL_TEXTENCODING_ISO_8859_1);
    }

    Any value(int depth = 0) {
        switch (byte() % (depth > 1 ? 3 : 5)) {
        case 0:
            return Any();
        case 1:
            return Any(number());
        case 2:
            return Any(text());
        case 3: { // a range: rows x columns of mixed values
            Matrix m(byte() % 4);
            for (auto& row : asNonConst(m)) {
                row.realloc(byte() % 4);
                for (auto& cell : asNonConst(row))
                    cell = value(depth + 1);
            }
            return Any(m);
        }
        default:
            return Any(static_cast<sal_Int32>(byte())); // a type Calc never passes
        }
    }

private:
    template <class T> static Sequence<T>& asNonConst(Sequence<T>& s) { return s; }
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

bool showable_number(double d, bool in_array) {
    if (std::isfinite(d)) return true;
    const auto bits = std::bit_cast<std::uint64_t>(d);
    // Calc's #N/A inside an array result.
    if (in_array) return bits == 0x7FF8000000007FFFull;
    // A rejected call's error value: one of the reasons' errors other than Err:502.
    for (const auto& r : fondscijfers::addin::reasons)
        if (r.error != fondscijfers::addin::CalcError::invalid_argument &&
            bits == (0x7FF8000000000000ull | static_cast<std::uint64_t>(r.error)))
            return true;
    return false;
}

void abort_unless_showable(const Any& result) {
    double d = 0;
    rtl::OUString text;
    Matrix m;
    if (!result.hasValue() || (result >>= text)) return;
    if (result.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (result >>= d)) {
        if (!showable_number(d, false)) std::abort();
        return;
    }
    if (result >>= m) {
        for (const auto& row : m) {
            for (const auto& cell : row) {
                if (cell >>= d) {
                    if (!showable_number(d, true)) std::abort();
                } else if (!(cell >>= text)) {
                    std::abort();
                }
            }
        }
        return;
    }
    std::abort(); // a type Calc cannot show
}

#include "function_calls.inc"

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto functions = fondscijfers::addin::make_component();
    Input in(data, size);
    try {
        // Every function of the table (generated), then the model directly.
        const int which = in.byte() % (function_count + 1);
        if (which < function_count) {
            abort_unless_showable(call_function(which, in, *functions));
            return 0;
        }
        { // the model directly, with any key and period
            const rtl::OString key = rtl::OUStringToOString(in.text(), RTL_TEXTENCODING_UTF8);
            const auto period = fondscijfers::parse_period(
                std::string_view(key.getStr(), static_cast<std::size_t>(key.getLength())));
            const auto stand = fondscijfers::Stand::standard();
            const std::string_view k(key.getStr(), static_cast<std::size_t>(key.getLength()));
            const auto v = fondscijfers::catalogue_value(k, period, stand);
            if (v.answer == fondscijfers::Answer::found && !std::isfinite(v.value)) std::abort();
            (void)fondscijfers::catalogue_source(k, period, stand);
            // An explanation is always short, whatever it explains.
            if (fondscijfers::explain(k, period, stand, std::nullopt, fondscijfers::Deel::totaal)
                    .text.size() > fondscijfers::longest_explanation)
                std::abort();
            (void)fondscijfers::catalogue_list(k);
            return 0;
        }
    } catch (const css::lang::IllegalArgumentException&) {
        // Err:502: the documented answer to bad input.
    }
    return 0;
}
