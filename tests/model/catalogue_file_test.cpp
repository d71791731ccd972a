// The data file reader: good files are read exactly, bad ones rejected with file and line.
#include "catalogue_file.hpp"

#include <cctype>
#include <gtest/gtest.h>
#include <ostream>
#include <sstream>

using namespace fondscijfers::catalogue;

namespace {

const std::string header = "stand S9999\ntitel Test\ndocument Testbrief\n";

File parse(const std::string& text) {
    std::istringstream in(text);
    return parse_file("test.txt", in);
}

// The message of the DataError the text raises, or "" when it is accepted.
std::string rejection(const std::string& text) {
    try {
        parse(text);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(CatalogueFile, ReadsAWellFormedFile) {
    const File f =
        parse(header + "datum 2099-09\nvolledig ja\nvrijgegeven 0123456789abcdef\n\n# comment\n"
                       "sleutel  a.b\n"
                       "omschrijving  Iets\n"
                       "eenheid  euro\n"
                       "plaats  H1 Ergens\n"
                       "citaat  een zin\n"
                       "2020  658,3 mln\n"
                       "2019-2021  1.020 mln | totaal\n"
                       "plaats  H2 Elders\n"
                       "2021  -4 mld\n"
                       "2022  807.121 duizend\n"
                       "2023  2.500\n"
                       "sleutel  a.c\nomschrijving  P\neenheid  fractie\nplaats  T\n"
                       "2021  3,71 %\n2022  0,883067\n2023  5%\n");
    EXPECT_EQ(f.stand, "S9999");
    EXPECT_TRUE(f.full);
    EXPECT_EQ(f.date, "2099-09");
    EXPECT_EQ(f.released, "0123456789abcdef");
    ASSERT_EQ(f.entries.size(), 2u);
    const auto& v = f.entries[0].values;
    ASSERT_EQ(v.size(), 5u);
    EXPECT_EQ(v[0].digits, 6583);
    EXPECT_EQ(v[0].exponent, 5);
    EXPECT_EQ(v[0].source.place, "H1 Ergens");
    EXPECT_EQ(v[0].source.quote, "een zin");
    EXPECT_EQ(v[1].first_year, 2019);
    EXPECT_EQ(v[1].last_year, 2021);
    EXPECT_EQ(v[1].digits, 1020);
    EXPECT_EQ(v[1].exponent, 6);
    EXPECT_EQ(v[1].note, "totaal");
    EXPECT_EQ(v[2].digits, -4);
    EXPECT_EQ(v[2].exponent, 9);
    EXPECT_EQ(v[2].source.place, "H2 Elders");
    EXPECT_EQ(v[2].source.quote, ""); // a new place clears the quote
    EXPECT_EQ(v[3].digits, 807121);
    EXPECT_EQ(v[3].exponent, 3);
    EXPECT_EQ(v[4].digits, 2500);
    EXPECT_EQ(v[4].exponent, 0);
    const auto& p = f.entries[1].values;
    EXPECT_EQ(p[0].digits, 371);
    EXPECT_EQ(p[0].exponent, -4);
    EXPECT_EQ(p[1].digits, 883067);
    EXPECT_EQ(p[1].exponent, -6);
    EXPECT_EQ(p[2].digits, 5);
    EXPECT_EQ(p[2].exponent, -2);
}

struct Bad {
    std::string text;
    std::string message; // must start with "test.txt:<line>: " and contain this
};

// Names the case in test listings by its expected message: stable and readable.
void PrintTo(const Bad& bad, std::ostream* os) {
    for (const char c : bad.message)
        *os << (std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
}

class CatalogueFileRejects : public testing::TestWithParam<Bad> {};

TEST_P(CatalogueFileRejects, NamingFileAndLine) {
    EXPECT_EQ(rejection(GetParam().text).rfind("test.txt:", 0), 0u) << rejection(GetParam().text);
    EXPECT_NE(rejection(GetParam().text).find(GetParam().message), std::string::npos)
        << "got: " << rejection(GetParam().text);
}

const std::string entry = "sleutel a.b\nomschrijving X\neenheid euro\nplaats P\n"; // lines 4-7

INSTANTIATE_TEST_SUITE_P(
    Malformed, CatalogueFileRejects,
    testing::Values(
        Bad{"titel T\ndocument D\n" + entry + "2020 1\n",
            ":3: 'stand', 'titel' and 'document' come before"},
        Bad{header + entry +
                "2020 1\nsleutel a.b\nomschrijving Y\neenheid euro\nplaats P\n2020 2\n",
            ":9: key 'a.b' is used twice"},
        Bad{header + "sleutel A.b\n", ":4: key 'A.b' must be lowercase"},
        Bad{header + "sleutel ab\n", ":4: key 'ab' must be lowercase"},
        Bad{header + "sleutel a..b\n", ":4: key 'a..b'"},
        Bad{header + "sleutel a.b\nomschrijving X\neenheid euros\n", ":6: unknown eenheid 'euros'"},
        Bad{header + "sleutel a.b\nomschrijving X\neenheid euro\n2020 1\n",
            ":7: a value needs a 'plaats'"},
        Bad{header + entry + "1999 1\n", ":8: year 1999 outside 2000-2100"},
        Bad{header + entry + "2101 1\n", ":8: year 2101 outside"},
        Bad{header + entry + "20201 1\n", ":8: '20201' is not a year"},
        Bad{header + entry + "2021-2020 1\n", ":8: a period runs from an earlier to a later year"},
        Bad{header + entry + "2020 1\n2020 2\n", ":9: the entry already has a value for 2020"},
        Bad{header + entry + "2020 3.5 mln\n", ":8: '3.5' is not a number in Dutch notation"},
        Bad{header + entry + "2020 1.00 mln\n", ":8: '1.00' is not a number"},
        Bad{header + entry + "2020 12,\n", ":8: '12,' is not a number"},
        Bad{header + entry + "2020 abc\n", ":8: 'abc' is not a number"},
        Bad{header + entry + "2020 5 miljoen\n", ":8: unknown multiplier 'miljoen'"},
        Bad{header + entry + "2020 5 %\n", ":8: '%' belongs to eenheid fractie"},
        Bad{header + entry + "2020 5,5\n", ":8: '5,5' is not a whole number of euro"},
        Bad{header + entry + "2020\n", ":8: a value line needs a number"},
        Bad{header + entry + "2020 1 |\n", ":8: '|' without a note"},
        Bad{header + entry + "bedrag 5\n", ":8: unknown keyword 'bedrag'"},
        Bad{header + "sleutel a.b\neenheid euro\nplaats P\n2020 1\n",
            ":4: entry 'a.b' has no omschrijving"},
        Bad{header + "sleutel a.b\nomschrijving X\nplaats P\n", ":4: entry 'a.b' has no eenheid"},
        Bad{header + entry, ":4: entry 'a.b' has no values"},
        Bad{header + "omschrijving X\n", ":4: 'omschrijving' outside an entry"},
        Bad{header + "stand S1\n", ":4: 'stand' given twice"},
        Bad{"stand s2020\n", ":1: stand code must be A-Z and 0-9"},
        Bad{header + "volledig nee\n", ":4: 'volledig' takes only 'ja'"},
        Bad{header + "datum 2020\n", ":4: datum must be a year and month"},
        Bad{header + "datum 2020-13\n", ":4: datum must be a year and month"},
        Bad{header + "datum 2020-09\ndatum 2020-10\n", ":5: 'datum' given twice"},
        Bad{header, ":0: the file has no entries"},
        Bad{"stand S1\ndocument D\n", ":0: the file has no 'titel'"}));

// A full stand with every key the named functions read, in the shape they need.
std::string full_stand(const std::string& code, const std::string& date) {
    std::string text = "stand " + code + "\ntitel T\ndocument D\ndatum " + date + "\nvolledig ja\n";
    for (const char* key :
         {"accres.nominaal", "bcf.omvang", "bcf.declaraties",
          "bcf.declaraties.raming_miljoenennota", "opschalingskorting.cumulatief"})
        text += std::string("sleutel ") + key +
                "\nomschrijving X\neenheid euro\nplaats P\n2021 1 mln\n";
    text += "sleutel accres.percentage\nomschrijving X\neenheid fractie\nplaats P\n2021 1 %\n";
    text += "sleutel bcf.declaraties.groei\nomschrijving X\neenheid fractie\nplaats P\n2021-2025 "
            "3,5 %\n";
    text += "sleutel bcf.vrijval.aandeel_gemeenten\nomschrijving X\neenheid fractie\nplaats P\n"
            "2020-2025 0,88\n";
    return text;
}

std::string stands_rejection(std::vector<File> files) {
    try {
        check_stands(files);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

TEST(CatalogueStands, TheNewestFullStandIsTheDefault) {
    std::vector<File> files = {
        parse(header + entry + "2020 1\n"), parse(full_stand("S2020", "2020-09")),
        parse(full_stand("S2099", "2099-09")), parse(full_stand("M2020", "2020-05"))};
    check_stands(files);
    std::vector<std::string> order;
    for (const auto& f : files)
        order.push_back(f.stand);
    EXPECT_EQ(order, (std::vector<std::string>{"S2099", "S2020", "M2020", "S9999"}));
}

TEST(CatalogueStands, Rejections) {
    const File partial = parse(header + entry + "2020 1\n");
    const File full = parse(full_stand("S2020", "2020-09"));
    EXPECT_NE(stands_rejection({partial}).find("no stand says 'volledig ja'"), std::string::npos);
    EXPECT_NE(stands_rejection({full, partial, partial}).find("S9999 is also defined"),
              std::string::npos);
    File same_date = parse(full_stand("S2021", "2020-09"));
    EXPECT_NE(
        stands_rejection({full, same_date}).find("test.txt:5: two full stands have datum 2020-09"),
        std::string::npos);
    // A full stand without a key the named functions read: named at its 'volledig' line.
    const File lacking = parse("stand S1\ntitel T\ndocument D\ndatum 2021-09\nvolledig ja\n" +
                               entry.substr(0) + "2020 1\n");
    EXPECT_NE(stands_rejection({lacking}).find(
                  "test.txt:5: a full stand ('volledig ja') must hold 'accres.nominaal'"),
              std::string::npos);
    // The method's inputs in the wrong shape, in any stand.
    const File shape =
        parse(header + "sleutel bcf.declaraties.groei\nomschrijving X\neenheid fractie\n"
                       "plaats P\n2021 3,5 %\n");
    EXPECT_NE(stands_rejection({full, shape})
                  .find("test.txt:4: 'bcf.declaraties.groei' must hold one "
                        "figure over a period"),
              std::string::npos);
}

TEST(CatalogueStands, AReleasedStandsFiguresNeverChange) {
    File released = parse(header + entry + "2020 1\n");
    const std::string sum = figures_checksum(released);
    EXPECT_EQ(sum.size(), 16u);
    // Texts and the order of lines are not part of the checksum; every figure is.
    EXPECT_EQ(
        figures_checksum(parse(header + "sleutel a.b\nomschrijving Y\neenheid euro\nplaats Q\n"
                                        "2020 1\n")),
        sum);
    EXPECT_NE(figures_checksum(parse(header + entry + "2020 2\n")), sum);
    EXPECT_NE(figures_checksum(parse(header + entry + "2021 1\n")), sum);
    EXPECT_NE(figures_checksum(parse(header + entry + "2020 1.000 duizend\n")), sum);

    const File full = parse(full_stand("S2020", "2020-09"));
    const File good = parse(header + "vrijgegeven " + sum + "\n" + entry + "2020 1\n");
    EXPECT_EQ(stands_rejection({full, good}), "");
    const File changed = parse(header + "vrijgegeven " + sum + "\n" + entry + "2020 2\n");
    EXPECT_NE(stands_rejection({full, changed})
                  .find("test.txt:4: the figures of released stand S9999 changed"),
              std::string::npos);
}
