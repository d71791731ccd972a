"""The sample meerjarenbegroting in real Calc: no formula cell in error, and its key figures
equal values computed here from the letter's printed figures and the sheet's inputs."""
import sys

import demo
from harness import Checks, arguments, calc


def main():
    parser = arguments(__doc__)
    args = parser.parse_args()
    checks = Checks()
    expect = checks.expect

    with calc(args.oxt, checks) as office:
        doc = office.load(demo.SAMPLE)
        doc.calculateAll()
        cells, errors = demo.formula_errors(doc)
        expect(cells >= 80 and not errors, "%d formula cells, errors: %s" % (cells, errors or "none"))

        # Pinned to its stand: one input cell, used by every formula, shown in the header.
        sheet = doc.Sheets.getByIndex(0)
        expect(demo.named(doc, "Stand")[0][0] == "S2020", "the input cell Stand holds S2020")
        status = demo.named(doc, "FondscijfersStatus")[0][0]
        expect(status == "Stand S2020: Septembercirculaire 2020 / Miljoenennota 2021",
               "the status cell FondscijfersStatus shows the stand: %r" % status)
        formulas = demo.extension_formulas(doc)
        unpinned = [f for f in formulas if "Stand" not in f]
        expect(len(formulas) >= 60 and not unpinned,
               "%d formulas call the extension, all with the Stand cell; without: %s"
               % (len(formulas), unpinned or "none"))

        au_2021 = demo.named(doc, "AU_2021")[0][0]
        share = demo.named(doc, "Aandeel_vrijval")[0][0]
        growth = demo.named(doc, "Groei_declaraties")[0][0]
        expect(au_2021 == 48_250_000 and share == 0.0016 and growth == 0.035,
               "inputs %r %r %r" % (au_2021, share, growth))

        index_2025 = 1.0365 * 1.0276 * 1.0272 * 1.0314  # Tabel 2 percentages 2022-2025
        au_2025 = demo.row(doc, "AU_geindexeerd")[-1]
        expect(abs(au_2025 - au_2021 * index_2025) < 1e-6, "AU 2025 indexed: %r" % au_2025)
        expect(demo.row(doc, "Accres_landelijk") ==
               [1_030_017_000, 1_036_297_000, 801_316_000, 806_097_000, 950_430_000],
               "landelijk accres 2021-2025 (Tabel 1 and 2)")
        expect(demo.row(doc, "Vrijval_gemeenten") ==
               [96_548_000, 102_422_000, 113_003_000, 91_164_000, 69_253_000, 58_364_000],
               "vrijval gemeenten 2020-2025 at 3,5% (Tabel 3)")
        expect(demo.named(doc, "Vrijval_2019")[0][0] == 112_400_000, "vrijval 2019")
        zuiderveld_2019 = demo.named(doc, "Vrijval_2019_Zuiderveld")[0][0]
        expect(abs(zuiderveld_2019 - 112_400_000 * 0.0016) < 1e-6,
               "Zuiderveld's share of 2019: %r" % zuiderveld_2019)
        flat = demo.named(doc, "Scenario_vrijval")[0]  # the 0% scenario, 2020-2025
        expect(flat[-1] == round((4_307_762 - 3_571_372) * 0.883067) * 1000,
               "vrijval 2025 at 0%% growth: %r" % flat[-1])
        doc.close(True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
