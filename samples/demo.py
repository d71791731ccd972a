"""Recalculate the sample meerjarenbegroting with Fondscijfers installed, print its key figures
and export it as PDF and ODS.

Usage: python3 samples/demo.py --oxt build/fondscijfers.oxt --out <dir>

Key figures in samples/meerjarenbegroting.fods, sheet "Meerjarenbegroting", as named ranges:

  Stand                    B3        input: the stand code every formula uses ("S2020")
  FondscijfersStatus       C3        the stand in use, or a warning when the extension is missing
  AU_2021                  B6        input: algemene uitkering 2021 of the gemeente (euros)
  Aandeel_vrijval          B7        input: the gemeente's share in the BCF vrijval
  Groei_declaraties        B8        input: yearly growth of the BCF declarations
  Jaren_accres             D12:H12   2021-2025
  Accrespercentages        D13:H13   ACCRESPERCENTAGE(jaar)
  Accresindexen            D14:H14   ACCRESINDEX(2021; jaar)
  AU_geindexeerd           D15:H15   AU_2021 * ACCRESINDEX(2021; jaar)
  Accres_landelijk         D17:H17   ACCRES(jaar)
  Jaren_BCF                C21:H21   2020-2025
  BCF_omvang               C22:H22   BCFOMVANG(jaar)
  BCF_declaraties          C23:H23   BCFDECLARATIES(jaar; Groei_declaraties)
  Vrijval_totaal           C24:H24   BCFVRIJVAL(jaar; Groei_declaraties; "totaal")
  Vrijval_gemeenten        C25:H25   BCFVRIJVAL(jaar; Groei_declaraties)
  Vrijval_Zuiderveld       C26:H26   Vrijval_gemeenten * Aandeel_vrijval
  Vrijval_te_ramen         D27:H27   the gemeente's share, at most the 2019 maximum
  Scenario_groei           B32:B35   growth scenarios 0%, 2%, 3,5%, 5%
  Scenario_vrijval         C32:H35   BCFVRIJVAL(jaar; scenario growth)
  Vrijval_2019             C40       BCFVRIJVAL(2019), the definitive 2019 vrijval
  Vrijval_2019_Zuiderveld  C41       the gemeente's share of it

A1 holds the name of the gemeente; B1 says that the sheet needs the Fondscijfers extension and
where to get it. The second sheet, "Grafieken", holds two charts of this sheet's figures: the
national accres per year (D12:H12, D17:H17) and the BCF vrijval per growth scenario (B31:H35),
under its status cell:

  Grafieken_status         A2        as FondscijfersStatus

Amounts are whole euros; the sheet and this script show them x € 1.000. Each status cell turns
white on red (cell style "Fondscijfers waarschuwing", by a conditional format on its text) when
it shows the warning.

The third sheet, "Mutaties", is the table of a kadernota after the meicirculaire 2021: each
figure in stand M2021, in stand S2020 and the difference, every formula naming its stands:

  Mutatie_standen          A3        the stands compared, by CIRCULAIRESTAND("M2021") and ("S2020")
  Mutatie_status           B4        as FondscijfersStatus: a warning when the extension is missing
  Mutatie_jaren            C7:H7     2021-2026
  Mutatie_accres_M2021     C8:H8     ACCRES(jaar; "M2021")
  Mutatie_accres_S2020     C9:H9     ACCRES(jaar; "S2020"); 2026 #N/A (S2020 ends in 2025)
  Mutatie_accres           C10:H10   CIRCULAIREVERSCHIL("ACCRES"; jaar; "M2021"; "S2020")
  Mutatie_percentage_M2021 C16:H16   ACCRESPERCENTAGE(jaar; "M2021")
  Mutatie_percentage_S2020 C17:H17   ACCRESPERCENTAGE(jaar; "S2020")
  Mutatie_percentage       C18:H18   CIRCULAIREVERSCHIL("ACCRESPERCENTAGE"; jaar; "M2021"; "S2020")
  Mutatie_AU_M2021         C23:H23   AU_2021 * ACCRESINDEX(2021; jaar; "M2021")
  Mutatie_AU_S2020         C24:H24   AU_2021 * ACCRESINDEX(2021; jaar; "S2020")
  Mutatie_AU               C25:H25   the difference for the gemeente, in euros
  Mutatie_toelichting      A29       CIRCULAIREVERSCHILBRON("ACCRES"; 2023; "M2021"; "S2020")

Its cells in the S2020 rows and the difference rows show #N/A for 2026: S2020 has no figure
for that year. The sheet shows the national accres x € 1.000 and the gemeente's amounts in
whole euros, as its headers say. The file keeps the values of every sheet as the extension
computed them, so a colleague without the extension sees them, under a red warning.

The fourth sheet, "Catalogus", lists the keys about jeugd, in columns that show them whole:

  Catalogus_status         A2        as FondscijfersStatus
  Catalogus_jeugd          A4:H15    the matrix formula CIRCULAIRELIJST("jeugd"; 1), header first
"""
import argparse
import os
import sys
import textwrap
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from office import Office  # noqa: E402

from com.sun.star.sheet.CellFlags import FORMULA  # noqa: E402

SAMPLE = os.path.join(HERE, "meerjarenbegroting.fods")
COLUMN_WIDTH = 11
NA = 32767  # cell.getError() for #N/A
# The rows of sheet Mutaties whose 2026 is #N/A: S2020 ends in 2025.
NO_FIGURE_ROWS = ("Mutatie_accres_S2020", "Mutatie_accres", "Mutatie_percentage_S2020",
                  "Mutatie_percentage", "Mutatie_AU_S2020", "Mutatie_AU")


def _round(value, places):
    # Half away from zero, as Calc displays; Python's round() would round half to even.
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def _dutch(number):
    # Dutch separators: 1.036.297 and 3,65.
    return "{:,}".format(number).replace(",", " ").replace(".", ",").replace(" ", ".")


def thousands(euros):
    return _dutch(int(_round(euros / 1000, 0)))


def percent(fraction):
    return _dutch(_round(fraction * 100, 2)) + "%"


def factor(value):
    return _dutch(_round(value, 4))


def euros(value):
    return _dutch(int(_round(value, 0)))


def shown(cells, form):
    """A row's cells through `form`, "#N/A" where there is no figure."""
    return ["#N/A" if c.getError() == NA else form(c.getValue()) for c in cells]


def named(doc, name):
    """The values of a named range, as a list of rows."""
    return doc.NamedRanges.getByName(name).getReferredCells().getDataArray()


def row(doc, name):
    return list(named(doc, name)[0])


def extension_formulas(doc, sheet=None):
    """The formulas of every cell that calls one of our functions (on the named sheet only)."""
    formulas = []
    sheets = [doc.Sheets.getByName(sheet)] if sheet else \
        [doc.Sheets.getByIndex(i) for i in range(doc.Sheets.getCount())]
    for each in sheets:
        found = each.queryContentCells(FORMULA).getCells().createEnumeration()
        while found.hasMoreElements():
            formula = found.nextElement().getFormula()
            if "NL.FONDSCIJFERS.CALC.FUNCTIONS." in formula.upper():
                formulas.append(formula)
    return formulas


def row_cells(doc, name):
    """The cells of a named row, for values that may be an error."""
    cells = doc.NamedRanges.getByName(name).getReferredCells()
    return [cells.getCellByPosition(i, 0) for i in range(cells.Columns.Count)]


def no_figure_cells(doc):
    """The cells that show #N/A by design: 2026 in the Mutaties rows that need stand S2020."""
    return {row_cells(doc, name)[-1].AbsoluteName for name in NO_FIGURE_ROWS}


def formula_errors(doc):
    """Every formula cell of the document and the ones that have an error (other than the #N/A
    of no_figure_cells)."""
    cells, errors = 0, []
    no_figure = no_figure_cells(doc)
    for i in range(doc.Sheets.getCount()):
        found = doc.Sheets.getByIndex(i).queryContentCells(FORMULA).getCells().createEnumeration()
        while found.hasMoreElements():
            cell = found.nextElement()
            cells += 1
            if cell.getError() == NA and cell.AbsoluteName in no_figure:
                continue
            if cell.getError():
                errors.append("%s: %s (%s)" % (
                    cell.AbsoluteName, cell.getString(), cell.getFormula()))
    return cells, errors


def print_table(title, years, lines):
    width = max(len(label) for label, _ in lines + [(title, None)]) + 2
    # Two spaces at least between amounts: whole euros such as 48.250.000 take 10 characters.
    column = max([COLUMN_WIDTH] + [len(c) + 2 for _, cells in lines for c in cells])
    print(title.ljust(width) + "".join(str(int(y)).rjust(column) for y in years))
    for label, cells in lines:
        # Series that start in a later year are right-aligned under their years.
        cells = [""] * (len(years) - len(cells)) + cells
        print(label.ljust(width) + "".join(c.rjust(column) for c in cells))
    print()


def report(doc):
    sheet = doc.Sheets.getByName("Meerjarenbegroting")
    print("%s: meerjarenbegroting 2021-2025" % sheet.getCellRangeByName("A1").getString())
    print("%s, bedragen x € 1.000\n" % sheet.getCellRangeByName("C3").getString())

    print_table("Algemene uitkering", row(doc, "Jaren_accres"), [
        ("Accrespercentage", [percent(v) for v in row(doc, "Accrespercentages")]),
        ("Accresindex (2021 = 1)", [factor(v) for v in row(doc, "Accresindexen")]),
        ("Algemene uitkering gemeente", [thousands(v) for v in row(doc, "AU_geindexeerd")]),
        ("Landelijk accres", [thousands(v) for v in row(doc, "Accres_landelijk")]),
    ])

    growth = percent(named(doc, "Groei_declaraties")[0][0])
    print_table("BCF, groei declaraties %s" % growth, row(doc, "Jaren_BCF"), [
        ("Omvang BCF", [thousands(v) for v in row(doc, "BCF_omvang")]),
        ("Declaraties", [thousands(v) for v in row(doc, "BCF_declaraties")]),
        ("Vrijval totaal", [thousands(v) for v in row(doc, "Vrijval_totaal")]),
        ("Vrijval gemeenten", [thousands(v) for v in row(doc, "Vrijval_gemeenten")]),
        ("Aandeel gemeente", [thousands(v) for v in row(doc, "Vrijval_Zuiderveld")]),
        ("Te ramen (max. 2019)", [thousands(v) for v in row(doc, "Vrijval_te_ramen")]),
    ])

    scenarios = zip(named(doc, "Scenario_groei"), named(doc, "Scenario_vrijval"))
    print_table("Vrijval gemeenten bij groei", row(doc, "Jaren_BCF"), [
        (percent(g[0]), [thousands(v) for v in values]) for g, values in scenarios])

    print("Maximum, definitieve vrijval 2019: gemeenten %s, aandeel gemeente %s\n" % (
        thousands(named(doc, "Vrijval_2019")[0][0]),
        thousands(named(doc, "Vrijval_2019_Zuiderveld")[0][0])))

    print("Mutaties: %s" % named(doc, "Mutatie_standen")[0][0])
    print(named(doc, "Mutatie_status")[0][0] + "\n")
    years = row(doc, "Mutatie_jaren")
    for title, form, key in (("Accres landelijk, x € 1.000", thousands, "accres"),
                             ("Accrespercentage", percent, "percentage"),
                             ("Algemene uitkering gemeente, euro's", euros, "AU")):
        print_table(title, years, [
            ("Meicirculaire 2021 (M2021)", shown(row_cells(doc, "Mutatie_%s_M2021" % key), form)),
            ("Septembercirculaire 2020 (S2020)",
             shown(row_cells(doc, "Mutatie_%s_S2020" % key), form)),
            ("Mutatie", shown(row_cells(doc, "Mutatie_" + key), form)),
        ])
    print("Toelichting:")
    # A no-break space keeps "€ 1.000" on one line.
    note = named(doc, "Mutatie_toelichting")[0][0].replace("€ ", "€\u00a0")
    print(textwrap.fill(note, 100, initial_indent="  ", subsequent_indent="  ")
          .replace("\u00a0", " ") + "\n")

    keys = [r[0] for r in named(doc, "Catalogus_jeugd")[1:]]
    print("Catalogus: %d sleutels over jeugd (CIRCULAIRELIJST), de eerste drie:" % len(keys))
    print(textwrap.fill(", ".join(keys[:3]), 100, initial_indent="  ", subsequent_indent="  ")
          + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--oxt", required=True, help="the extension, build/fondscijfers.oxt")
    parser.add_argument("--out", required=True, help="directory for the PDF and ODS")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    pdf = os.path.abspath(os.path.join(args.out, "meerjarenbegroting.pdf"))
    ods = os.path.abspath(os.path.join(args.out, "meerjarenbegroting.ods"))

    with Office() as office:
        office.install(args.oxt)
        office.start()
        doc = office.load(SAMPLE)
        if doc is None:
            sys.exit("kan %s niet openen" % SAMPLE)
        try:
            doc.calculateAll()
            cells, errors = formula_errors(doc)
            if errors or not cells:
                print("Formulecellen met een fout:" if errors else "Geen formulecellen gevonden.")
                for error in errors:
                    print("  " + error)
                return 1
            report(doc)
            no_figure = len(no_figure_cells(doc))
            Office.store(doc, pdf, "calc_pdf_Export")
            Office.store(doc, ods, "calc8")
        finally:
            doc.close(True)
    print("%d formules herberekend, zonder fouten; %d cellen tonen #N/A zoals bedoeld (S2020 "
          "heeft geen 2026)." % (cells, no_figure))
    print("PDF: " + pdf)
    print("ODS: " + ods)
    return 0


if __name__ == "__main__":
    sys.exit(main())
