// The component without an office: called through the C++ bridge into its binary-UNO
// dispatcher with the Any and Sequence values Calc passes, as the fuzzer does. Conversion and
// error mapping only.
#include "component.hpp"
#include "values.hpp"

#include <bit>
#include <cmath>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <nl/fondscijfers/calc/XFunctions.hpp>

namespace {

using css::lang::IllegalArgumentException;
using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;
using Matrix = Sequence<Sequence<Any>>;

const css::uno::Reference<nl::fondscijfers::calc::XFunctions>& functions() {
    static const auto f = fondscijfers::addin::make_component();
    return f;
}

Any text(const char* t) {
    return Any(OUString::createFromAscii(t));
}
const Any s2020 = text("S2020");

double number(const Any& a) {
    double d = 0;
    EXPECT_TRUE(a.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (a >>= d));
    return d;
}

std::string string(const Any& a) {
    OUString s;
    EXPECT_TRUE(a >>= s);
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

bool is_na_in_array(double d) {
    return std::bit_cast<std::uint64_t>(d) == 0x7FF8000000007FFFull;
}

// The error code of a cell value Calc takes as an error (a quiet NaN carrying the code), or 0.
int calc_error(const Any& a) {
    double d = 0;
    if (a.getValueTypeClass() != css::uno::TypeClass_DOUBLE || !(a >>= d) || !std::isnan(d))
        return 0;
    const auto bits = std::bit_cast<std::uint64_t>(d);
    return (bits & 0xFFFFFFFF00000000ull) == 0x7FF8000000000000ull ? static_cast<int>(bits & 0xFFFF)
                                                                   : 0;
}

} // namespace

TEST(UnoYears, ANumberAWholeNumberAsTextAndFloatingPointNoise) {
    EXPECT_EQ(number(functions()->accres(Any(2022.0), s2020)), 1036297000.0);
    EXPECT_EQ(number(functions()->accres(text(" 2022 "), s2020)), 1036297000.0);
    EXPECT_EQ(number(functions()->accres(Any(2022 * 1.1 / 1.1), s2020)), 1036297000.0);
    EXPECT_THROW(functions()->accres(Any(2021.5), s2020), IllegalArgumentException);
    EXPECT_EQ(calc_error(functions()->accres(text("abc"), s2020)), 519); // #VALUE!: no year
    EXPECT_EQ(calc_error(functions()->accres(Any(), s2020)), 511);       // Err:511: missing
    EXPECT_FALSE(functions()->accres(Any(2030.0), s2020).hasValue());    // #N/A
}

TEST(UnoYears, ARangeGivesAnArrayOfTheSameShape) {
    Sequence<Any> row(3);
    row.getArray()[0] <<= 2021.0;
    row.getArray()[1] <<= OUString(); // an empty cell of the range
    row.getArray()[2] <<= 2030.0;
    const Matrix in(&row, 1);
    Matrix out;
    ASSERT_TRUE(functions()->accres(Any(in), s2020) >>= out);
    ASSERT_EQ(out.getLength(), 1);
    ASSERT_EQ(out[0].getLength(), 3);
    EXPECT_EQ(number(out[0][0]), 1030017000.0);
    EXPECT_TRUE(is_na_in_array(number(out[0][1])));
    EXPECT_TRUE(is_na_in_array(number(out[0][2])));
}

TEST(UnoOptions, OmittedEmptyOrBlankMeanTheDefault) {
    const double named = number(
        functions()->bcfVrijval(Any(2023.0), Any(), Any(), functions()->circulaireStand(Any())));
    EXPECT_EQ(number(functions()->bcfVrijval(Any(2023.0), Any(), Any(), Any())), named);
    EXPECT_EQ(number(functions()->bcfVrijval(Any(2023.0), Any(), text("  "), text(""))), named);
    EXPECT_EQ(number(functions()->bcfVrijval(Any(2023.0), Any(0.02), text("TOTAAL"), s2020)),
              (4062880.0 - std::llround(3571372 * std::pow(1.02, 3))) * 1000);
}

TEST(UnoOptions, WrongTypesAreRejected) {
    EXPECT_EQ(calc_error(functions()->accres(Any(2022.0), Any(2020.0))), 519); // no text
    EXPECT_EQ(calc_error(functions()->bcfVrijval(Any(2023.0), text("2%"), Any(), Any())), 519);
    EXPECT_THROW(functions()->bcfVrijval(Any(2023.0), Any(-1.0), Any(), Any()),
                 IllegalArgumentException);
    EXPECT_THROW(functions()->circulaireStand(text("S2099")), IllegalArgumentException);
}

TEST(UnoTexts, ALoneSurrogateIsRejectedNotDropped) {
    const sal_Unicode key[] = {0xD800, 'j', 'e', 'u', 'g', 'd', '.', 'i', 'n',
                               'c',    'i', 'd', 'e', 'n', 't', 'e', 'e', 'l'};
    const OUString with_surrogate(key, static_cast<sal_Int32>(std::size(key)));
    EXPECT_THROW(functions()->circulaire(with_surrogate, Any(2022.0), s2020),
                 IllegalArgumentException);
    EXPECT_THROW(functions()->accres(Any(2022.0), Any(OUString(key, 1))), IllegalArgumentException);
    EXPECT_EQ(number(functions()->circulaire(with_surrogate.copy(1), Any(2022.0), s2020)),
              300000000.0);
    const sal_Unicode pair[] = {0xD83D, 0xDE00}; // a valid surrogate pair: text, no match
    EXPECT_FALSE(functions()->circulaireLijst(Any(OUString(pair, 2)), Any()).hasValue());
}

TEST(UnoPeriods, AYearOrAPeriodAsText) {
    EXPECT_EQ(number(functions()->circulaire("accres.nominaal", text("2018-2021"), s2020)),
              4161190000.0);
    EXPECT_THROW(functions()->circulaire("accres.nominaal", text("2021-2018"), s2020),
                 IllegalArgumentException);
    EXPECT_EQ(calc_error(functions()->circulaire("accres.nominaal", Any(), s2020)),
              511); // several figures: say which
}

TEST(UnoResults, ListWithHeaderRow) {
    Matrix list;
    ASSERT_TRUE(functions()->circulaireLijst(text("accres.reeel_percentage"), Any(1.0)) >>= list);
    ASSERT_GE(list.getLength(), 2);
    ASSERT_EQ(list[0].getLength(), 8);
    EXPECT_EQ(string(list[0][0]), "sleutel");
    EXPECT_EQ(string(list[0][7]), "overlap");
    EXPECT_EQ(string(list[1][0]), "accres.reeel_percentage");
    EXPECT_THROW(functions()->circulaireLijst(Any(), Any(2.0)), IllegalArgumentException);
    EXPECT_THROW(functions()->circulaireLijst(Any(), text("ja")), IllegalArgumentException);
}

TEST(UnoResults, InfoFields) {
    EXPECT_EQ(string(functions()->circulaireInfo("accres.nominaal", "EENHEID", Any(2022.0), s2020)),
              "euro");
    EXPECT_THROW(functions()->circulaireInfo("accres.nominaal", "kleur", Any(2022.0), s2020),
                 IllegalArgumentException);
    EXPECT_THROW(functions()->circulaireInfo("geen.sleutel", "eenheid", Any(), s2020),
                 IllegalArgumentException);
    EXPECT_FALSE(functions()
                     ->circulaireInfo("accres.nominaal", "eenheid", Any(2030.0), s2020)
                     .hasValue()); // #N/A
}

TEST(UnoResults, OnlyFiniteNumbersReachCalc) {
    using fondscijfers::addin::Rejection;
    EXPECT_EQ(fondscijfers::addin::finite(0.0371), 0.0371);
    EXPECT_THROW(fondscijfers::addin::finite(std::numeric_limits<double>::quiet_NaN()), Rejection);
    EXPECT_THROW(fondscijfers::addin::finite(std::numeric_limits<double>::infinity()), Rejection);
    EXPECT_THROW(fondscijfers::addin::array_element(-std::numeric_limits<double>::infinity()),
                 Rejection);
    // The method that meets it shows Err:502.
    const fondscijfers::addin::Method meets_infinity{
        [](void* const*, uno_Any*) {
            static_cast<void>(fondscijfers::addin::finite(std::numeric_limits<double>::infinity()));
        },
        false};
    uno_Any unset;
    EXPECT_TRUE(fondscijfers::addin::call(meets_infinity, nullptr, &unset).illegal_argument);
    EXPECT_TRUE(is_na_in_array(fondscijfers::addin::array_element(std::optional<double>())));
}

TEST(UnoResults, TextsAndLists) {
    EXPECT_EQ(string(functions()->circulaireStand(s2020)),
              "Septembercirculaire 2020 / Miljoenennota 2021");
    Matrix list;
    ASSERT_TRUE(functions()->circulaireLijst(text("opschalingskorting.cumulatief"), Any()) >>=
                list);
    ASSERT_GE(list.getLength(), 2);
    EXPECT_EQ(string(list[0][0]), "opschalingskorting.cumulatief");
    EXPECT_FALSE(functions()->circulaireLijst(text("geen-bestaande-tekst"), Any()).hasValue());
}

// CIRCULAIREBRON explains the cell with the same arguments, and a rejected one by its reason.
TEST(UnoExplanations, TheCellWithTheSameArguments) {
    const auto bron = [](const char* name, Any jaar, Any stand, Any groei = {}, Any deel = {}) {
        return string(
            functions()->circulaireBron(OUString::createFromAscii(name), jaar, stand, groei, deel));
    };
    // BCFVRIJVAL(2023; 2%; ; "S2020") is 240.999.000 (Tabel 3 at 2% growth).
    EXPECT_EQ(bron("BCFVRIJVAL", Any(2023.0), s2020, Any(0.02)),
              "BCFVRIJVAL 2023, stand S2020, groei 2%: (4.062.880 - 3.789.969) x 0,883067 = "
              "240.999 (x \u20ac 1.000); declaraties = 3.571.372 x (1 + 2%)^(2023 - 2020). Bron: "
              "VNG ledenbrief Rijksbegroting 2021 (september 2020), H1 Financi\u00ebn, Tabel 3.");
    EXPECT_EQ(bron("ACCRES", Any(2022.0), text("S2099")),
              "stand \"S2099\" bestaat niet; bekend zijn: S2020, S2023, S2021, M2021, M2020, "
              "S2019, ORIGINEEL, STARTNOTA.");
    EXPECT_EQ(bron("BCFVRIJVAL", Any(2023.0), s2020, Any(2.0)),
              "groei 200% ligt buiten het bereik: meer dan -100% en ten hoogste 100% per jaar.");
    EXPECT_EQ(bron("jeugd.incidenteel", Any(), Any()),
              "jeugd.incidenteel heeft in stand S2020 bedragen voor 2020-2022: geef een jaar.");
    EXPECT_EQ(bron("ACCRES", Any(2030.0), s2020),
              "ACCRES heeft in stand S2020 geen bedrag voor 2030; wel voor 2018-2025.");
    EXPECT_EQ(bron("ACCRES", Any(2021.5), s2020),
              "jaar 2021,5 is geen heel jaartal: geef een jaar zoals 2022.");
    EXPECT_EQ(bron("ACCRES", Any(Matrix()), s2020),
              "jaar (een bereik) is geen jaar of periode: geef een jaar zoals 2022 of een periode "
              "zoals \"2019-2021\".");
}
