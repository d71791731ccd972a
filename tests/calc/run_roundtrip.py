"""Documents survive without the extension, in real LibreOffice.

1. With the extension: a document using every function is saved as .ods; formulas and
   values are recorded.
2. The extension is removed (unopkg remove). The document is opened (what a colleague
   without the extension sees is reported) and saved again.
3. The extension is installed again. The re-saved document is opened and recalculated:
   every formula must be intact and every value back, identical.
Also measured and reported: what saving as .xlsx does to these formulas.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from office import Office  # noqa: E402
from checks import Checks  # noqa: E402

IDENTIFIER = "nl.fondscijfers.calc"
FORMULAS = [
    '=ACCRES(2022;"S2020")', '=ACCRES(2021;"STARTNOTA")', '=ACCRESPERCENTAGE(2021;"S2020")',
    '=ACCRESREEEL(2020;"S2020")', '=ACCRESREEELPERCENTAGE(2019;"S2020")',
    '=ACCRESINDEX(2021;2025;"S2020")', '=BCFOMVANG(2023;"S2020")', '=BCFDECLARATIES(2023;2%;"S2020")',
    '=BCFVRIJVAL(2025;5%;"totaal";"S2020")', '=OPSCHALINGSKORTING(2022;"S2020")',
    '=CIRCULAIRE("jeugd.incidenteel";2022;"S2020")', '=CIRCULAIREBRON("BCFVRIJVAL";2023;"S2020")',
    '=ROWS(CIRCULAIRELIJST("jeugd"))', '=SUM(ACCRES({2018;2019;2020;2021};"S2020"))',
    '=BCFVRIJVAL(2019;;;"S2019")', "=CIRCULAIRESTAND()", '=CIRCULAIRESTAND("M2020")',
    '=ACCRES(2030;"S2020")',
]
XLSX = "Calc MS Excel 2007 XML"


def snapshot(doc):
    sheet = doc.Sheets.getByIndex(0)
    cells = [sheet.getCellByPosition(0, i) for i in range(len(FORMULAS))]
    return [(c.getFormula(), c.getError(), c.getString(), c.getValue()) for c in cells]



def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--oxt", required=True)
    args = parser.parse_args()
    checks = Checks()
    office = Office()
    ods, resaved, xlsx = (os.path.join(office.workdir, n) for n in ("a.ods", "b.ods", "a.xlsx"))
    try:
        office.install(args.oxt)
        office.start()
        doc = office.new_sheet()
        cells = doc.Sheets.getByIndex(0)
        for i, formula in enumerate(FORMULAS):
            cells.getCellByPosition(0, i).setFormula(formula)
        doc.calculateAll()
        before = snapshot(doc)
        checks.expect(all(e == 0 for _, e, _, _ in before[:-1]) and before[-1][1] == 32767,
                      "with the extension every formula computes (last one #N/A by design)")
        Office.store(doc, ods)
        Office.store(doc, xlsx, XLSX)
        doc.close(True)
        office.stop()

        office.unopkg("remove", IDENTIFIER)
        office.start()
        doc = office.load(ods)
        doc.calculateAll()
        without = snapshot(doc)
        shown = sorted({s for _, _, s, _ in without})
        print("info without the extension the cells show: %s" % ", ".join(shown))
        checks.expect(all(e != 0 for _, e, _, _ in without), "without the extension: no stale numbers")
        Office.store(doc, resaved)
        doc.close(True)
        doc = office.load(xlsx)
        cached = snapshot(doc)
        print("info .xlsx opened without the extension, before recalculation: %s"
              % ", ".join(s for _, _, s, _ in cached[:3]))
        doc.calculateAll()
        print("info .xlsx opened without the extension, after recalculation: %s"
              % ", ".join(s for _, _, s, _ in snapshot(doc)[:3]))
        doc.close(True)
        office.stop()

        office.install(args.oxt)
        office.start()
        doc = office.load(resaved)
        doc.calculateAll()
        after = snapshot(doc)
        for formula, old, new in zip(FORMULAS, before, after):
            checks.expect(old == new, "re-saved without, reopened with the extension: %s -> %s"
                          % (new[0], new[2][:40]))
        doc.close(True)
        doc = office.load(xlsx)
        doc.calculateAll()
        back = snapshot(doc)
        same = sum(o[1:] == n[1:] for o, n in zip(before, back))
        print("info .xlsx reopened with the extension: %d of %d values back; formula text now: %s"
              % (same, len(FORMULAS), back[0][0]))
        doc.close(True)
        checks.expect(office.alive(), "LibreOffice still running")
    finally:
        office.stop()
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
