"""Documents survive without the extension, in real LibreOffice.

1. With the extension: a document using every function is saved as .ods; formulas and
   values are recorded.
2. The extension is removed (unopkg remove). The document is opened as a person opens it,
   without recalculating: the status cell shows the warning, cells in the default format
   show #NAME?, cells with a number format of their own and text results show their stored
   values (what docs/handleiding.md and the README say); the status cell, made red as the
   guide says, is printed on red, also from the .xlsx. After a hard recalculation every
   cell shows an error. The document is saved again.
3. The extension is installed again. The re-saved document is opened and recalculated:
   every formula must be intact and every value back, identical.
Also: .xls and .xlsx with the extension keep every formula and value; without it, .xls
shows #ADDIN? and .xlsx the stored values until recalculated. A .xls saved without the
extension has lost the formulas: with the extension again every cell shows #MACRO? (Calc's
Excel export writes an add-in call only for an installed add-in), until Find & Replace of
"=" by "=" enters the formulas anew (docs/handleiding.md): then every value is back.
"""
import os
import sys

from harness import Checks, arguments, example_formulas, printed_colours
from office import Office

IDENTIFIER = "nl.fondscijfers.calc"
# Every function's example call, then further forms; the last one has no figure (#N/A).
FORMULAS = example_formulas() + [
    '=ACCRES(2021;"STARTNOTA")', '=BCFVRIJVAL(2025;5%;"totaal";"S2020")',
    '=CIRCULAIREBRON("BCFVRIJVAL";2023;"S2020")', '=SUM(ACCRES({2018;2019;2020;2021};"S2020"))',
    '=BCFVRIJVAL(2019;;;"S2019")', "=CIRCULAIRESTAND()", '=CIRCULAIRESTAND("M2020")',
    '=CIRCULAIREINFO("jeugd.incidenteel";"overlap";2021;"S2020")', '=ACCRES(2030;"S2020")',
]
XLSX = "Calc MS Excel 2007 XML"
XLS = "MS Excel 97"
# The check cell of docs/handleiding.md: volatile (T(NOW())), so Calc recalculates it on every
# load, also without the extension and with "never recalculate on load".
WARNING = "De Fondscijfers-extensie ontbreekt: de cijfers in dit blad zijn niet actueel"
STATUS = ('=IF(ISERROR(CIRCULAIRESTAND());"%s";"Stand "&B5&": "&CIRCULAIRESTAND(B5))&T(NOW())'
          % WARNING)
# The guide's conditional format of the check cell: "Formule is" on its text, the style
# "Fondscijfers waarschuwing" dark red with white bold letters.
WARNING_IS = 'LEFT(B6;34)="De Fondscijfers-extensie ontbreekt"'
RED = (0xC0, 0x00, 0x00)
# Formatted cells: (cell, formula, number format), beside the default-format column A.
FORMATTED = [("B1", '=ACCRESPERCENTAGE(2021;"S2020")', "0.00%"),
             ("B2", '=ACCRES(2022;"S2020")', "#,##0"),
             ("B3", '=BCFVRIJVAL(2023;;;"S2020")/1000', "#,##0")]


def text_formulas():
    """The example calls of the functions whose result is a text (the function table's)."""
    import fondscijfers_functions as table

    texts = {name for name, _m, _a, _c, result, _e, _r in table.FUNCTIONS if result in ("text", "explanation")}
    return {f for f in FORMULAS if f[1:f.index("(")] in texts}


TEXT_FORMULAS = text_formulas()


def make_red(doc, cell):
    """The guide's recipe: a new cell style and a conditional format "Formule is"."""
    from com.sun.star.sheet.ConditionOperator import FORMULA as FORMULA_IS
    from office import _prop

    style = doc.createInstance("com.sun.star.style.CellStyle")
    doc.StyleFamilies.getByName("CellStyles").insertByName("Fondscijfers waarschuwing", style)
    style.CellBackColor, style.CharColor, style.CharWeight = 0xC00000, 0xFFFFFF, 150.0
    entries = cell.ConditionalFormat
    # The formula is relative to the cell, as the dialog takes it from the selected cell.
    entries.addNew((_prop("Operator", FORMULA_IS), _prop("Formula1", WARNING_IS),
                    _prop("SourcePosition", cell.CellAddress),
                    _prop("StyleName", "Fondscijfers waarschuwing")))
    cell.ConditionalFormat = entries


def printed_red(doc, workdir):
    cell = doc.Sheets.getByIndex(0).getCellRangeByName("B6")
    return printed_colours(doc, cell, workdir, (RED,))[0]


def snapshot(doc):
    sheet = doc.Sheets.getByIndex(0)
    cells = [sheet.getCellByPosition(0, i) for i in range(len(FORMULAS))]
    return [(c.getFormula(), c.getError(), c.getString(), c.getValue()) for c in cells]



def main():
    parser = arguments(__doc__.split("\n\n")[0])
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
        sheet = doc.Sheets.getByIndex(0)
        for name, formula, number_format in FORMATTED:
            cell = sheet.getCellRangeByName(name)
            cell.setFormula(formula)
            cell.NumberFormat = doc.NumberFormats.queryKey(number_format, doc.CharLocale, False) \
                if doc.NumberFormats.queryKey(number_format, doc.CharLocale, False) >= 0 else \
                doc.NumberFormats.addNew(number_format, doc.CharLocale)
        sheet.getCellRangeByName("B5").setString("S2020")
        sheet.getCellRangeByName("B6").setFormula(STATUS)
        make_red(doc, sheet.getCellRangeByName("B6"))
        doc.calculateAll()
        before = snapshot(doc)
        formatted_before = [sheet.getCellRangeByName(n).getValue() for n, _, _ in FORMATTED]
        checks.expect(sheet.getCellRangeByName("B6").getString() ==
                      "Stand S2020: Septembercirculaire 2020 / Miljoenennota 2021",
                      "with the extension the status cell shows the stand")
        checks.expect(printed_red(doc, office.workdir) == 0,
                      "with the extension the status cell is not red")
        checks.expect(all(e == 0 for _, e, _, _ in before[:-1]) and before[-1][1] == 32767,
                      "with the extension every formula computes (last one #N/A by design)")
        Office.store(doc, ods)
        Office.store(doc, xlsx, XLSX)
        # Excel formats with the extension installed: the formulas come back as ours (by their
        # compatibility names) and compute the same values; none turns into a macro call.
        for filter_name, name in ((XLS, "a.xls"), (XLSX, "c.xlsx")):
            path = os.path.join(office.workdir, name)
            Office.store(doc, path, filter_name)
            other = office.load(path)
            other.calculateAll()
            again = snapshot(other)
            other.close(True)
            for (formula, *old), (new_formula, *new) in zip(before, again):
                checks.expect(old == new and new_formula.upper() == formula.upper(),
                              "%s round trip with the extension: %s -> %s, %s"
                              % (name[-4:], formula, new_formula, new[1][:40]))
        doc.close(True)
        office.stop()

        office.unopkg("remove", IDENTIFIER)
        office.start()
        # As a person opens it: no recalculation.
        doc = office.load(ods)
        sheet = doc.Sheets.getByIndex(0)
        checks.expect(sheet.getCellRangeByName("B6").getString() == WARNING,
                      "opened without the extension: the status cell warns: %r"
                      % sheet.getCellRangeByName("B6").getString())
        red = printed_red(doc, office.workdir)
        # B6 is 0,45 cm by 2,26 cm: some 600 pixels at 72 dpi, less the letters.
        checks.expect(red > 300, "opened without the extension: the status cell is printed "
                      "on red (%d red pixels)" % red)
        for (formula, error, text, value), cell_formula in zip(snapshot(doc), FORMULAS):
            if cell_formula in TEXT_FORMULAS:
                stored = before[FORMULAS.index(cell_formula)][2]
                checks.expect(error == 0 and text == stored,
                              "opened without the extension, a text result keeps its stored "
                              "text: %s -> %s" % (cell_formula, text[:30]))
            else:
                checks.expect(error == 525, "opened without the extension, a number in the "
                              "default format shows #NAME?: %s -> %s" % (cell_formula, text))
        for (name, formula, _), old in zip(FORMATTED, formatted_before):
            cell = sheet.getCellRangeByName(name)
            checks.expect(cell.getError() == 0 and cell.getValue() == old,
                          "opened without the extension, a formatted number keeps its stored "
                          "value: %s -> %s" % (formula, cell.getString()))
        doc.close(True)
        # LibreOffice's own remedy (docs/handleiding.md): Extra > Opties > LibreOffice Calc >
        # Formule > Herberekening bij laden van bestand: Altijd.
        with Office(settings=[("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", 0)]) \
                as always:
            always.start()
            other = always.load(ods)
            sheet = other.Sheets.getByIndex(0)
            cells = [sheet.getCellByPosition(0, i) for i in range(len(FORMULAS))] + \
                [sheet.getCellRangeByName(n) for n, _, _ in FORMATTED]
            checks.expect(all(c.getError() != 0 for c in cells),
                          "without the extension, with 'recalculate on load: always': every "
                          "cell shows an error, none a stored value")
            other.close(True)
        doc = office.load(ods)
        doc.calculateAll()
        without = snapshot(doc)
        shown = sorted({s for _, _, s, _ in without})
        print("info without the extension the cells show: %s" % ", ".join(shown))
        checks.expect(all(e != 0 for _, e, _, _ in without),
                      "without the extension, after a hard recalculation: every cell an error")
        Office.store(doc, resaved)
        doc.close(True)
        doc = office.load(xlsx)
        cached = snapshot(doc)
        checks.expect(cached[0][1] == 0 and cached[0][2] == before[0][2],
                      ".xlsx opened without the extension shows the stored value: %s"
                      % cached[0][2])
        checks.expect(doc.Sheets.getByIndex(0).getCellRangeByName("B6").getString() == WARNING,
                      ".xlsx opened without the extension: the status cell warns")
        red = printed_red(doc, office.workdir)
        checks.expect(red > 300, ".xlsx opened without the extension: the status cell is "
                      "printed on red (%d red pixels)" % red)
        doc.calculateAll()
        checks.expect(snapshot(doc)[0][1] != 0, ".xlsx without the extension, after a hard "
                      "recalculation: an error")
        doc.close(True)
        doc = office.load(os.path.join(office.workdir, "a.xls"))
        errors = {e for _, e, _, _ in snapshot(doc)}
        checks.expect(errors == {530},
                      ".xls opened without the extension shows #ADDIN? (%s)" % sorted(errors))
        Office.store(doc, os.path.join(office.workdir, "b.xls"), XLS)  # what a colleague does
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
        doc = office.load(os.path.join(office.workdir, "b.xls"))
        doc.calculateAll()
        errors = {e for _, e, _, _ in snapshot(doc)}
        checks.expect(errors == {531}, ".xls saved without the extension, reopened with it: "
                      "every cell #MACRO?, the formulas are macro calls now (%s)" % sorted(errors))
        sheet = doc.Sheets.getByIndex(0)
        replace = sheet.createReplaceDescriptor()
        replace.SearchString, replace.ReplaceString = "=", "="
        sheet.replaceAll(replace)
        doc.calculateAll()
        for formula, old, new in zip(FORMULAS, before, snapshot(doc)):
            checks.expect(old[1:] == new[1:], ".xls saved without the extension, after Find & "
                          "Replace of = by =: %s -> %s" % (formula, new[2][:40]))
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
