"""The sample meerjarenbegroting in real Calc: no formula cell in error, and its key figures
equal values computed here from the letter's printed figures and the sheet's inputs. Sheet
Mutaties: its differences equal VNG's, and the values the file keeps equal a recalculation,
read from the file and shown by a Calc without the extension. Every sheet has a status cell:
white on red when the extension is missing, as the office prints it, calm with the extension.
Amounts are shown as a begroting shows them, in columns wide enough for them. Sheet Catalogus:
the matrix formula CIRCULAIRELIJST("jeugd"; 1), every cell's value kept in the file, no text cut
off; without the extension the office recalculates the matrix: an error, never a stale text."""
import math
import os
import sys
import xml.etree.ElementTree as ET

import demo
from harness import ERROR_CODES, Checks, arguments, calc, printed_colours
from office import Office

NA = ERROR_CODES["#N/A"]
YEARS = list(range(2021, 2027))
# VNG, "Highlights meicirculaire gemeentefonds 2021", column "Verschil" (x € 1.000), 2022-2025;
# the accres 2021 is frozen (no difference), and S2020 has no 2026.
VNG_VERSCHIL = [0, -126_501_000, -127_392_000, -111_257_000, -30_695_000]
# The printed accrespercentages: M2021 (VNG's table) 2021-2026; S2020 Tabel 1 (2021) and Tabel 2.
PCT_M2021 = [0.037, 0.031, 0.023, 0.024, 0.031, 0.030]
PCT_S2020 = [0.0371, 0.0365, 0.0276, 0.0272, 0.0314]
WARNING = "De Fondscijfers-extensie ontbreekt: de cijfers in dit blad zijn niet actueel"
# The status cell of every sheet; the Grafieken charts show figures of Meerjarenbegroting.
STATUS = {"Meerjarenbegroting": "FondscijfersStatus", "Grafieken": "Grafieken_status",
          "Mutaties": "Mutatie_status", "Catalogus": "Catalogus_status"}
LIST_HEADER = ("sleutel", "omschrijving", "eenheid", "jaren", "stand", "kwalificatie",
               "karakter", "overlap")
LIST_WRAPPED = (1, 7)  # omschrijving and overlap: a fixed width, wrapped
STAND_S2020 = "Stand S2020: Septembercirculaire 2020 / Miljoenennota 2021"
STAND_M2021 = "Stand M2021: Meicirculaire 2021, volgens VNG (vorige stand: S2020)"
# The colours of the cell styles "Fondscijfers waarschuwing" (background) and "Fondscijfers
# status" (text), as RGB.
RED, STATUS_BLUE = (0xC0, 0x00, 0x00), (0x1F, 0x4E, 0x79)
NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"}


def index(percentages, year):
    """ACCRESINDEX(2021; year) from printed percentages of 2021, 2022, ...: the product of
    (1 + p) over the years after 2021 up to and including `year`."""
    return math.prod(1 + p for p in percentages[1:year - 2021 + 1])


def cached_values(path, sheet):
    """The value the file keeps for every formula cell of `sheet`, and for every cell of a
    matrix formula's result, by address ("C10"): a number, a text, or ("error", shown text)."""
    def q(name):
        prefix, local = name.split(":")
        return "{%s}%s" % (NS[prefix], local)

    table = next(t for t in ET.parse(path).iter(q("table:table"))
                 if t.get(q("table:name")) == sheet)
    values, row, matrices = {}, 0, []
    for element in table.findall(q("table:table-row")):  # not the rows of the charts' tables
        row += 1
        column = 0
        for cell in element:
            if cell.tag not in (q("table:table-cell"), q("table:covered-table-cell")):
                continue
            if cell.get(q("table:number-matrix-rows-spanned")):
                matrices.append((row, column,
                                 int(cell.get(q("table:number-matrix-rows-spanned"))),
                                 int(cell.get(q("table:number-matrix-columns-spanned")))))
            in_matrix = any(top <= row < top + rows and left <= column < left + columns
                            for top, left, rows, columns in matrices)
            if cell.get(q("table:formula")) or in_matrix:
                address = "%s%d" % (chr(ord("A") + column), row)
                shown = "".join(cell.itertext())
                if cell.get(q("calcext:value-type")) == "error":
                    values[address] = ("error", shown)
                elif cell.get(q("office:value-type")) == "string":
                    values[address] = cell.get(q("office:string-value"), shown)
                else:
                    values[address] = float(cell.get(q("office:value")))
            column += int(cell.get(q("table:number-columns-repeated"), "1"))
        row += int(element.get(q("table:number-rows-repeated"), "1")) - 1
    return values


def check_status_cells(doc, expect, workdir, warning, where):
    """Each sheet's status cell as the office prints it: with `warning`, the warning on red;
    else the stand in the calm status style, nothing red."""
    sheets = {doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.getCount())}
    expect(set(STATUS) == sheets, "%s: every sheet has a status cell: %s" % (where, sorted(sheets)))
    for sheet, name in STATUS.items():
        cell = doc.NamedRanges.getByName(name).getReferredCells()
        text = cell.getCellByPosition(0, 0).getString()
        red, blue = printed_colours(doc, cell, workdir, (RED, STATUS_BLUE))
        if warning:
            # The cell is 0,48 cm high and at least 15 cm wide: at 72 dpi some 5.000 pixels,
            # less the white letters.
            expect(text == WARNING and red > 2500,
                   "%s: %s.%s warns, printed on red (%d red pixels): %r"
                   % (where, sheet, name, red, text))
        else:
            stand = STAND_M2021 if sheet == "Mutaties" else STAND_S2020
            expect(text == stand and red == 0 and blue > 100,
                   "%s: %s.%s shows the stand in the status style (%d red, %d blue pixels): %r"
                   % (where, sheet, name, red, blue, text))


def check_shown(doc, expect, where):
    """Amounts as the sheets' headings say: Meerjarenbegroting and the accres on Mutaties
    x € 1.000, the gemeente's amounts on Mutaties in whole euros; percentages with the printed
    decimals. Expected strings from the printed figures, formatted by samples/demo.py."""
    heading = doc.Sheets.getByName("Meerjarenbegroting").getCellRangeByName("H2").getString()
    expect(heading == "bedragen x € 1.000", "%s: Meerjarenbegroting says %r" % (where, heading))
    accres = demo.row_cells(doc, "Accres_landelijk")[1]
    percentage = demo.row_cells(doc, "Accrespercentages")[1]
    index_cell = demo.row_cells(doc, "Accresindexen")[-1]
    au_cell = demo.row_cells(doc, "AU_geindexeerd")[-1]
    au_2025 = 48_250_000 * index(PCT_S2020, 2025)
    shown = [c.getString() for c in (accres, percentage, index_cell, au_cell)]
    wanted = [demo.thousands(1_036_297_000), demo.percent(PCT_S2020[1]),
              demo.factor(index(PCT_S2020, 2025)), demo.thousands(au_2025)]
    expect(shown == wanted and wanted[0] == "1.036.297" and wanted[1] == "3,65%",
           "%s: accres 2022 x € 1.000, accrespercentage 2022, index and AU 2025 shown %s, "
           "printed %s" % (where, shown, wanted))
    shown = [demo.row_cells(doc, "Mutatie_accres_M2021")[1].getString(),
             demo.row_cells(doc, "Mutatie_AU_M2021")[1].getString()]
    wanted = [demo.thousands(909_796_000), demo.euros(48_250_000 * index(PCT_M2021, 2022))]
    expect(shown == wanted, "%s: Mutaties shows the accres M2021 2022 x € 1.000 and the "
           "gemeente's AU 2022 in euros: %s, printed %s" % (where, shown, wanted))


def check_widths(doc, expect):
    """No number is cut or shown as ###: each column at least as wide as the office's own
    optimal width of its numbers, and each status cell's merged area as wide as its longest
    text in the bold warning style. Measured in a scratch sheet (the document is not kept)."""
    doc.Sheets.insertNewByName("Breedte", doc.Sheets.getCount())
    scratch = doc.Sheets.getByName("Breedte")
    narrow = []
    for sheet_name in ("Meerjarenbegroting", "Mutaties"):
        sheet = doc.Sheets.getByName(sheet_name)
        for column in range(2, 8):  # C:H, the years
            scratch.getCellRangeByName("A1:A100").clearContents(1023)
            numbers = 0
            for row in range(100):
                cell = sheet.getCellByPosition(column, row)
                kind = cell.getType().value
                if not (kind == "VALUE" or kind == "FORMULA" and cell.FormulaResultType2 == 1):
                    continue  # text, errors (#N/A) and empty cells
                copy = scratch.getCellByPosition(0, row)
                copy.setValue(cell.getValue())
                for prop in ("NumberFormat", "CharWeight", "CharHeight", "CharFontName"):
                    copy.setPropertyValue(prop, cell.getPropertyValue(prop))
                numbers += 1
            scratch.Columns.getByIndex(0).OptimalWidth = True
            need = scratch.Columns.getByIndex(0).Width
            have = sheet.Columns.getByIndex(column).Width
            if numbers and have < need:
                narrow.append("%s column %s: %d < %d" % (sheet_name, chr(65 + column), have, need))
    for sheet_name, name in STATUS.items():
        cell = doc.NamedRanges.getByName(name).getReferredCells()
        area = cell.Spreadsheet.createCursorByRange(cell)
        area.collapseToMergedArea()
        have = sum(area.Columns.getByIndex(i).Width for i in range(area.Columns.Count))
        for text in (WARNING, cell.getCellByPosition(0, 0).getString()):
            scratch.getCellRangeByName("A1:A100").clearContents(1023)
            copy = scratch.getCellByPosition(0, 0)
            copy.setString(text)
            copy.CellStyle = "Fondscijfers waarschuwing"
            scratch.Columns.getByIndex(0).OptimalWidth = True
            need = scratch.Columns.getByIndex(0).Width
            if have < need:
                narrow.append("%s: %r needs %d, has %d" % (name, text[:20], need, have))
    expect(not narrow, "every number and status text fits its column(s): %s" % (narrow or "all"))
    check_list_widths(doc, scratch, expect)
    doc.Sheets.removeByName("Breedte")


def check_list_widths(doc, scratch, expect):
    """Sheet Catalogus: no text of the array cut off. Each short column at least the office's
    optimal width of its cells; omschrijving and overlap wrapped, each row at least as high as
    the office makes a row of those two cells at their widths. Measured in `scratch`."""
    block = doc.NamedRanges.getByName("Catalogus_jeugd").getReferredCells()
    sheet = block.Spreadsheet
    first_column = block.RangeAddress.StartColumn
    first_row = block.RangeAddress.StartRow
    props = ("CharWeight", "CharHeight", "CharFontName")
    cut = []
    for c in range(block.Columns.Count):
        if c in LIST_WRAPPED:
            continue
        scratch.getCellRangeByName("A1:H100").clearContents(1023)
        for r in range(block.Rows.Count):
            cell, copy = block.getCellByPosition(c, r), scratch.getCellByPosition(0, r)
            copy.setString(cell.getString())
            for prop in props:
                copy.setPropertyValue(prop, cell.getPropertyValue(prop))
        scratch.Columns.getByIndex(0).OptimalWidth = True
        need = scratch.Columns.getByIndex(0).Width
        have = sheet.Columns.getByIndex(first_column + c).Width
        if have < need:
            cut.append("column %s %s: %d < %d" % (chr(65 + first_column + c), LIST_HEADER[c],
                                                   have, need))
    for i, c in enumerate(LIST_WRAPPED):
        scratch.Columns.getByIndex(i).Width = sheet.Columns.getByIndex(first_column + c).Width
    for r in range(block.Rows.Count):
        scratch.getCellRangeByName("A1:H100").clearContents(1023)
        for i, c in enumerate(LIST_WRAPPED):
            cell, copy = block.getCellByPosition(c, r), scratch.getCellByPosition(i, 0)
            if not cell.IsTextWrapped:
                cut.append("%s: not wrapped" % cell.AbsoluteName)
            copy.setString(cell.getString())
            for prop in props + ("IsTextWrapped",):
                copy.setPropertyValue(prop, cell.getPropertyValue(prop))
        scratch.Rows.getByIndex(0).OptimalHeight = True
        need = scratch.Rows.getByIndex(0).Height
        have = sheet.Rows.getByIndex(first_row + r).Height
        if have < need:
            cut.append("row %d: %d < %d" % (first_row + r + 1, have, need))
    expect(not cut, "Catalogus: every text of the array is shown whole, %d columns at their "
           "optimal width, %s wrapped in rows high enough: %s"
           % (block.Columns.Count - len(LIST_WRAPPED),
              " and ".join(LIST_HEADER[c] for c in LIST_WRAPPED), cut or "nothing cut"))


def check_catalogus(doc, expect):
    """Sheet Catalogus after recalculation: the matrix formula covers exactly the list's
    result, a header row and the keys about jeugd."""
    block = doc.NamedRanges.getByName("Catalogus_jeugd").getReferredCells()
    formula = block.getArrayFormula()
    sheet = block.Spreadsheet
    probe = sheet.getCellByPosition(10, 0)  # K1, right of the list
    probe.setFormula('=ROWS(CIRCULAIRELIJST("jeugd";1))')
    doc.calculateAll()
    rows = int(probe.getValue())
    probe.clearContents(1023)
    data = block.getDataArray()
    # The API writes its arguments with a comma.
    expect(formula.upper().replace(",", ";") == '{=CIRCULAIRELIJST("JEUGD";1)}',
           "Catalogus_jeugd is one matrix formula: %s" % formula)
    expect(block.Rows.Count == rows >= 5 and block.Columns.Count == len(LIST_HEADER)
           and tuple(data[0]) == LIST_HEADER,
           "Catalogus: %d x %d cells, as many rows as ROWS() of the list (%d), its header first"
           % (block.Rows.Count, block.Columns.Count, rows))
    about = [r[0] for r in data[1:] if "jeugd" not in (r[0] + r[1]).lower()]
    expect(not about and all(r[4] for r in data[1:]),
           "Catalogus: every key is about jeugd and names its stand: %s" % (about or "yes"))


def check_mutaties(doc, expect):
    """Sheet Mutaties after recalculation."""
    expect(demo.row(doc, "Mutatie_jaren") == YEARS, "Mutaties: the years 2021-2026")
    cells = {name: demo.row_cells(doc, name) for name in (
        "Mutatie_accres_M2021", "Mutatie_accres_S2020", "Mutatie_accres",
        "Mutatie_percentage_M2021", "Mutatie_percentage_S2020", "Mutatie_percentage",
        "Mutatie_AU_M2021", "Mutatie_AU_S2020", "Mutatie_AU")}
    values = {name: [c.getValue() for c in row] for name, row in cells.items()}
    errors = {name: [c.getError() for c in row] for name, row in cells.items()}

    # The differences, exactly VNG's; 2026 has no S2020 figure: #N/A, never 0.
    difference = cells["Mutatie_accres"]
    expect(errors["Mutatie_accres"][:5] == [0] * 5 and values["Mutatie_accres"][:5] == VNG_VERSCHIL,
           "Mutatie_accres 2021-2025 equals VNG's Verschil: %s" % values["Mutatie_accres"][:5])
    for name in demo.NO_FIGURE_ROWS:
        last = cells[name][-1]
        expect(last.getError() == NA and last.getString() in ("#N/A", "#N/B"),
               "%s 2026 shows #N/A (S2020 ends in 2025): %r" % (name, last.getString()))
    expect(all(e == 0 for name in ("Mutatie_accres_M2021", "Mutatie_percentage_M2021",
                                   "Mutatie_AU_M2021") for e in errors[name]),
           "the M2021 rows have a figure for every year 2021-2026")
    expect([m - s for m, s in zip(values["Mutatie_accres_M2021"][:5],
                                  values["Mutatie_accres_S2020"][:5])] == VNG_VERSCHIL,
           "Mutaties: M2021 minus S2020, row by row, is the difference row")
    expect(difference[1].getString() == "-126.501",
           "the accres difference is shown x € 1.000: %r" % difference[1].getString())

    # The accrespercentages as printed, and their difference.
    expect(all(abs(v - p) < 1e-12 for v, p in zip(values["Mutatie_percentage_M2021"], PCT_M2021)),
           "Mutatie_percentage_M2021 is VNG's printed 3,7 3,1 2,3 2,4 3,1 3,0%%: %s"
           % values["Mutatie_percentage_M2021"])
    expect(all(abs(v - p) < 1e-12 for v, p in zip(values["Mutatie_percentage_S2020"], PCT_S2020)),
           "Mutatie_percentage_S2020 is Tabel 1 and 2: %s" % values["Mutatie_percentage_S2020"][:5])
    expect(all(abs(v - (m - s)) < 1e-12 for v, m, s in zip(
        values["Mutatie_percentage"][:5], PCT_M2021, PCT_S2020)),
        "Mutatie_percentage is M2021 minus S2020: %s" % values["Mutatie_percentage"][:5])
    expect(cells["Mutatie_percentage_M2021"][1].getString() == "3,1%",
           "percentages are shown 0,0%%: %r" % cells["Mutatie_percentage_M2021"][1].getString())

    # What it means for the gemeente, from the printed percentages and AU_2021.
    au_2021 = demo.named(doc, "AU_2021")[0][0]
    for i, year in enumerate(YEARS[:5]):
        new, old = au_2021 * index(PCT_M2021, year), au_2021 * index(PCT_S2020, year)
        expect(abs(values["Mutatie_AU_M2021"][i] - new) < 1e-6
               and abs(values["Mutatie_AU_S2020"][i] - old) < 1e-6
               and errors["Mutatie_AU"][i] == 0
               and abs(values["Mutatie_AU"][i] - au_2021 * (index(PCT_M2021, year)
                                                           - index(PCT_S2020, year))) < 1e-6,
               "Mutatie_AU %d = AU_2021 x (ACCRESINDEX M2021 - S2020): %r"
               % (year, values["Mutatie_AU"][i]))
    new_2026 = au_2021 * index(PCT_M2021, 2026)
    expect(abs(values["Mutatie_AU_M2021"][5] - new_2026) < 1e-6,
           "Mutatie_AU_M2021 2026 from the printed percentages: %r" % values["Mutatie_AU_M2021"][5])
    shown = cells["Mutatie_AU"][1].getString()
    expect(shown == "-265.375", "the gemeente's difference is shown in whole euros: %r" % shown)

    # The words around the table.
    standen = demo.named(doc, "Mutatie_standen")[0][0]
    expect(standen == "Meicirculaire 2021, volgens VNG (M2021) ten opzichte van "
           "Septembercirculaire 2020 / Miljoenennota 2021 (S2020)",
           "Mutatie_standen names both stands: %r" % standen)
    status = demo.named(doc, "Mutatie_status")[0][0]
    expect(status == "Stand M2021: Meicirculaire 2021, volgens VNG (vorige stand: S2020)",
           "the status cell Mutatie_status shows the stand: %r" % status)
    note = doc.NamedRanges.getByName("Mutatie_toelichting").getReferredCells()
    note = note.getCellByPosition(0, 0)
    expect(note.getString().startswith("ACCRES 2023: M2021 € 673.924.000 min S2020 € 801.316.000 "
                                       "= € -127.392.000. Bronnen: M2021: ")
           and note.IsTextWrapped,
           "Mutatie_toelichting explains the 2023 difference, wrapped: %r" % note.getString()[:80])

    # Every formula names its stands; a difference names both.
    formulas = demo.extension_formulas(doc, "Mutaties")
    unpinned = [f for f in formulas if '"M2021"' not in f and '"S2020"' not in f]
    one_sided = [f for f in formulas if "CIRCULAIREVERSCHIL" in f.upper()
                 and '"M2021";"S2020"' not in f]
    expect(len(formulas) >= 40 and not unpinned and not one_sided,
           "Mutaties: %d formulas, each names its stand, each difference both: %s"
           % (len(formulas), unpinned + one_sided or "none"))


def check_cache(doc, cached, expect):
    """The values the file keeps for its formula cells are the ones the extension computes."""
    stale = []
    for sheet_name, address, value in cached:
        cell = doc.Sheets.getByName(sheet_name).getCellRangeByName(address)
        if isinstance(value, tuple):
            same = value[1] == "#N/A" and cell.getError() == NA
        elif isinstance(value, str):
            same = cell.getError() == 0 and cell.getString() == value
        else:
            same = cell.getError() == 0 and cell.getValue() == value
        if not same:
            stale.append("%s.%s: kept %r, computed %r"
                         % (sheet_name, address, value, cell.getString()))
    expect(len(cached) >= 130 and not stale,
           "the file keeps a value for all %d formula cells of its sheets, each the extension's "
           "result: %s" % (len(cached), stale or "none stale"))


def check_without_extension(cached, expect):
    """Opened as a colleague without the extension opens it: no recalculation. Also after
    saving it as .ods and as .xlsx, reopened without the extension: the warning stays red."""
    with Office() as office:
        office.start()
        doc = office.load(demo.SAMPLE)
        check_status_cells(doc, expect, office.workdir, True, "without the extension")
        check_shown(doc, expect, "without the extension, the kept values")
        # The status cells are recalculated on every load (T(NOW())).
        statuses = {doc.NamedRanges.getByName(name).getReferredCells().AbsoluteName
                    .replace("$", "") for name in STATUS.values()}
        # The office recalculates a matrix formula whose function it does not know, also in a
        # file it wrote itself: the list shows an error (#NAME?) in every cell, never a figure.
        block = doc.NamedRanges.getByName("Catalogus_jeugd").getReferredCells()
        matrix = {block.getCellByPosition(c, r).AbsoluteName.replace("$", "")
                  for r in range(block.Rows.Count) for c in range(block.Columns.Count)}
        shown, wrong, in_matrix = 0, [], 0
        for sheet_name, address, value in cached:
            cell = doc.Sheets.getByName(sheet_name).getCellRangeByName(address)
            if "%s.%s" % (sheet_name, address) in statuses:
                continue
            if "%s.%s" % (sheet_name, address) in matrix:
                in_matrix += 1
                if cell.getError() == 0 and cell.getString() != value:
                    wrong.append("%s.%s: %s" % (sheet_name, address, cell.getString()))
                continue
            if isinstance(value, tuple):
                ok = cell.getError() != 0  # an error (#NAME?), never a number
            elif isinstance(value, str):
                ok = cell.getString() == value
            else:
                ok = cell.getError() == 0 and cell.getValue() == value
                shown += ok
            if not ok:
                wrong.append("%s: %s" % (address, cell.getString()))
        expect(shown >= 110 and in_matrix == len(matrix) and not wrong,
               "without the extension, without recalculating, the sheets show the kept numbers "
               "(%d), no number where #N/A was; the %d cells of Catalogus_jeugd the kept text "
               "or an error: %s" % (shown, in_matrix, wrong or "as kept"))
        for filter_name, extension in (("calc8", "ods"), ("Calc Office Open XML", "xlsx")):
            saved = os.path.join(office.workdir, "meerjarenbegroting." + extension)
            Office.store(doc, saved, filter_name)
            again = office.load(saved)
            check_status_cells(again, expect, office.workdir, True,
                               "saved as .%s, reopened without the extension" % extension)
            again.close(True)
        doc.close(True)


def main():
    parser = arguments(__doc__)
    args = parser.parse_args()
    checks = Checks()
    expect = checks.expect

    with calc(args.oxt, checks) as office:
        doc = office.load(demo.SAMPLE)
        # As a person with the extension sees the file: before any recalculation.
        check_status_cells(doc, expect, office.workdir, False, "with the extension")
        check_shown(doc, expect, "with the extension, the kept values")
        doc.calculateAll()
        cells, errors = demo.formula_errors(doc)
        expect(cells >= 80 and not errors, "%d formula cells, errors: %s" % (cells, errors or "none"))

        # Pinned to its stand: one input cell, used by every formula, shown in the header.
        sheet = doc.Sheets.getByIndex(0)
        expect(demo.named(doc, "Stand")[0][0] == "S2020", "the input cell Stand holds S2020")
        status = demo.named(doc, "FondscijfersStatus")[0][0]
        expect(status == "Stand S2020: Septembercirculaire 2020 / Miljoenennota 2021",
               "the status cell FondscijfersStatus shows the stand: %r" % status)
        formulas = demo.extension_formulas(doc, "Meerjarenbegroting")
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

        check_mutaties(doc, expect)
        check_catalogus(doc, expect)
        cached = [(sheet, address, value) for sheet in STATUS
                  for address, value in cached_values(demo.SAMPLE, sheet).items()]
        check_cache(doc, cached, expect)
        check_shown(doc, expect, "recalculated")
        check_widths(doc, expect)
        doc.close(True)
    check_without_extension(cached, expect)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
