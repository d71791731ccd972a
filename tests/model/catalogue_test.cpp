// Round trip: every figure in the data files comes out of the compiled model unchanged, and
// the named functions agree with CIRCULAIRE wherever both give a figure.
#include "catalogue_file.hpp"
#include "fondscijfers/accres.hpp"
#include "fondscijfers/bcf.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/opschalingskorting.hpp"

#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>

using namespace fondscijfers;
namespace file = fondscijfers::catalogue;

namespace {

std::vector<file::File> data_files() {
    std::vector<file::File> files;
    for (const auto& p : std::filesystem::directory_iterator(FONDSCIJFERS_DATA_DIR))
        if (p.path().extension() == ".txt") files.push_back(file::read_file(p.path().string()));
    file::check_stands(files); // as the generator: "vanaf" lines become every year
    return files;
}

double circulaire(std::string_view key, int year, std::string_view stand) {
    const auto a = catalogue_value(key, Period{year, year}, *Stand::parse(stand));
    EXPECT_EQ(a.answer, Answer::found) << key << " " << year;
    return a.value;
}

// The printed figure, where the stand prints one (projected BCF years need not be printed).
std::optional<double> printed(std::string_view key, int year, Stand stand) {
    const auto a = catalogue_value(key, Period{year, year}, stand);
    return a.answer == Answer::found ? std::optional<double>(a.value) : std::nullopt;
}

} // namespace

TEST(CatalogueRoundTrip, EveryFigureOfEveryFile) {
    std::size_t figures = 0;
    for (const auto& f : data_files()) {
        const Stand stand = *Stand::parse(f.stand);
        EXPECT_EQ(stand.title(), f.title);
        EXPECT_EQ(stand.document(), f.document);
        for (const auto& e : f.entries) {
            const auto entry = find_entry(e.key, stand);
            ASSERT_TRUE(entry) << f.stand << " " << e.key;
            EXPECT_EQ(entry->description(), e.description);
            EXPECT_EQ(unit_name(entry->unit()), file::unit_name(e.unit));
            ASSERT_EQ(entry->figures().size(), e.values.size()) << e.key;
            for (const auto& v : e.values) {
                SCOPED_TRACE(f.path + ":" + std::to_string(v.line));
                const Period period{v.first_year, v.last_year};
                const Figure* got = entry->figure(period);
                ASSERT_NE(got, nullptr);
                EXPECT_EQ(got->digits, v.digits);
                EXPECT_EQ(got->exponent, v.exponent);
                EXPECT_EQ(got->place, v.source.place);
                EXPECT_EQ(got->quote, v.source.quote);
                EXPECT_EQ(got->note, v.note);
                EXPECT_EQ(got->qualifier, v.qualifier);
                EXPECT_EQ(got->from_year, v.from_year);
                EXPECT_EQ(got->document, v.source.document);
                // The value CIRCULAIRE gives: digits x 10^exponent.
                const double expected =
                    v.exponent >= 0 ? static_cast<double>(v.digits) * std::pow(10.0, v.exponent)
                                    : static_cast<double>(v.digits) / std::pow(10.0, -v.exponent);
                const auto answer = catalogue_value(e.key, period, stand);
                EXPECT_EQ(answer.answer, Answer::found);
                EXPECT_EQ(answer.value, expected);
                ++figures;
            }
        }
    }
    EXPECT_GT(figures, 150u);
}

// In every stand: a named function's figure is the catalogue figure of its key.
TEST(NamedFunctionsAgreeWithCirculaire, Accres) {
    for (const Stand s : Stand::all()) {
        const std::string_view stand = s.code();
        for (int y = 2010; y <= 2030; ++y) {
            const Year year{y};
            if (const auto a = accres(year, s)) {
                EXPECT_EQ(a->value, circulaire("accres.nominaal", y, stand));
            }
            if (const auto p = accres_percentage(year, s)) {
                EXPECT_EQ(*p, circulaire("accres.percentage", y, stand));
            }
            if (const auto r = accres_reeel(year, s)) {
                EXPECT_EQ(r->value, circulaire("accres.reeel", y, stand));
            }
            if (const auto rp = accres_reeel_percentage(year, s)) {
                EXPECT_EQ(*rp, circulaire("accres.reeel_percentage", y, stand));
            }
        }
    }
}

TEST(NamedFunctionsAgreeWithCirculaire, Bcf) {
    for (const Stand s : Stand::all()) {
        const std::string_view stand = s.code();
        const auto growth = bcf_default_growth(s);
        for (int y = 2010; y <= 2030; ++y) {
            const Year year{y};
            if (const auto o = bcf_omvang(year, s)) {
                EXPECT_EQ(o->value, circulaire("bcf.omvang", y, stand));
            }
            // Computed at the stand's growth: equal to every figure the stand prints.
            if (const auto d = bcf_declaraties(year, s); d && printed("bcf.declaraties", y, s)) {
                EXPECT_EQ(d->value, *printed("bcf.declaraties", y, s));
            }
            if (const auto t = bcf_vrijval(year, s, growth, Deel::totaal);
                t && printed("bcf.vrijval.totaal", y, s)) {
                EXPECT_EQ(t->value, *printed("bcf.vrijval.totaal", y, s));
            }
            if (const auto g = bcf_vrijval(year, s); g && printed("bcf.vrijval.gemeenten", y, s)) {
                EXPECT_EQ(g->value, *printed("bcf.vrijval.gemeenten", y, s));
            }
        }
    }
}

TEST(NamedFunctionsAgreeWithCirculaire, Opschalingskorting) {
    for (const Stand s : Stand::all()) {
        for (int y = 2010; y <= 2030; ++y) {
            if (const auto k = opschalingskorting(Year{y}, s)) {
                EXPECT_EQ(k->value, circulaire("opschalingskorting.cumulatief", y, s.code()));
            }
        }
    }
}

TEST(NamedFunctionsAgreeWithCirculaire, EveryYearOfTheirKeysHasAFunctionValue) {
    // The other direction: no catalogue year of these keys is missed by the function.
    for (const Stand s : Stand::all()) {
        SCOPED_TRACE(s.code());
        if (const auto e = find_entry("accres.nominaal", s))
            for (const auto& f : e->figures())
                if (f.first_year == f.last_year) {
                    EXPECT_TRUE(accres(Year{f.first_year}, s));
                }
        if (const auto e = find_entry("bcf.vrijval.gemeenten", s)) {
            for (const auto& f : e->figures())
                EXPECT_TRUE(bcf_vrijval(Year{f.first_year}, s));
        }
        if (const auto e = find_entry("opschalingskorting.cumulatief", s)) {
            for (const auto& f : e->figures())
                EXPECT_TRUE(opschalingskorting(Year{f.first_year}, s));
        }
    }
}
