"""In-Calc tests in the style of LibreOffice's own add-in tests (sc/qa/unit/data/functions).

Each case file holds rows `formula <TAB> expected <TAB> note`. The harness writes them into a
spreadsheet (A: formula, B: expected, C: check formula, D: FORMULA(A), E: note), saves it as
.ods, loads that file again in a fresh document so every formula goes through the stored ODF
name, hard-recalculates it and reads every row back.

expected is a number, a formula computed independently by Calc (e.g. =ROUND(3571372*1.02^3;0)
*1000), a text in double quotes (compared exactly), or an error: #N/A, Err:502, Err:504,
#VALUE!, #DIV/0!.
"""
import os
import sys
import tempfile

from harness import ERROR_CODES, Checks, arguments, calc
from office import Office
# Values are whole euros or fractions: a relative 1e-12 keeps euros exact to the cent.
RELATIVE_TOLERANCE = 1e-12


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 2:
                raise SystemExit("%s:%d: expected 'formula<TAB>expected<TAB>note'" % (path, number))
            note = fields[2] if len(fields) > 2 else ""
            cases.append((number, fields[0].strip(), fields[1].strip(), note.strip()))
    return cases


def is_text(expected):
    return len(expected) >= 2 and expected.startswith('"') and expected.endswith('"')


def check_formula(row, expected):
    a, b = "A%d" % row, "B%d" % row
    if expected in ERROR_CODES:
        return "=ERRORTYPE(%s)=%d" % (a, ERROR_CODES[expected])
    if is_text(expected):
        return "=EXACT(%s;%s)" % (a, b)
    if expected.startswith("="):  # the same as that formula, also when it is an error
        return "=IF(ISERROR(%s);AND(ISERROR(%s);ERRORTYPE(%s)=ERRORTYPE(%s));ABS(%s-%s)<=%g*ABS(%s))" % (
            b, a, a, b, a, b, RELATIVE_TOLERANCE, b)
    return "=ABS(%s-%s)<=%g*ABS(%s)" % (a, b, RELATIVE_TOLERANCE, b)


def write_document(office, cases, path, prepare=None):
    doc = office.new_sheet()
    sheet = doc.Sheets.getByIndex(0)
    sheet.Name = "Tests"
    for col, title in enumerate(["Formula", "Expected", "Check", "FormulaString", "Note"]):
        sheet.getCellByPosition(col, 0).setString(title)
    # Spare cells far right for cases that need an empty or text cell: Z1 stays empty.
    sheet.getCellRangeByName("Y1").setString("tekst")
    if prepare:
        prepare(sheet)
    for i, (_, formula, expected, note) in enumerate(cases):
        row = i + 2
        sheet.getCellRangeByName("A%d" % row).setFormula(formula)
        cell_b = sheet.getCellRangeByName("B%d" % row)
        if expected in ERROR_CODES:
            cell_b.setString(expected)
        elif is_text(expected):
            cell_b.setString(expected[1:-1])
        elif expected.startswith("="):
            cell_b.setFormula(expected)
        else:
            cell_b.setValue(float(expected))
        sheet.getCellRangeByName("C%d" % row).setFormula(check_formula(row, expected))
        sheet.getCellRangeByName("D%d" % row).setFormula("=FORMULA(A%d)" % row)
        sheet.getCellRangeByName("E%d" % row).setString(note)
    sheet.getCellRangeByName("G1").setFormula("=AND(C2:C%d)" % (len(cases) + 1))
    Office.store(doc, path)
    doc.close(True)


def describe(cell):
    if cell.getError() or cell.FormulaResultType2 == 2:  # error or text
        return cell.getString()
    return repr(cell.getValue())


def verify(office, cases, path, source, checks):
    doc = office.load(path)
    doc.calculateAll()
    sheet = doc.Sheets.getByName("Tests")
    failures = 0
    for i, (line, formula, expected, note) in enumerate(cases):
        row = i + 2
        got = sheet.getCellRangeByName("A%d" % row)
        want = sheet.getCellRangeByName("B%d" % row)
        check = sheet.getCellRangeByName("C%d" % row)
        if expected in ERROR_CODES:
            ok = got.getError() == ERROR_CODES[expected] and check.getValue() == 1
            shown = expected
        elif is_text(expected):
            ok = (got.getError() == 0 and got.getString() == expected[1:-1]
                  and check.getValue() == 1)
            shown = expected
        elif expected.startswith("=") and want.getError():
            ok = got.getError() == want.getError() and check.getValue() == 1
            shown = describe(want)
        else:
            ok = (got.getError() == 0 and want.getError() == 0 and check.getError() == 0
                  and check.getValue() == 1)
            shown = describe(want)
        failures += not ok
        checks.expect(ok, "%s:%d  %s  ->  %s  (expected %s)%s" % (
            source, line, formula, describe(got), shown, "  " + note if note and not ok else ""))
    summary = sheet.getCellRangeByName("G1")
    all_ok = summary.getError() == 0 and summary.getValue() == 1
    checks.expect(all_ok == (failures == 0),
                  "%s: the document's own AND() of the checks agrees" % source)
    doc.close(True)


def main():
    parser = arguments(__doc__.split("\n\n")[0])
    parser.add_argument("--keep", help="directory to keep the test documents in")
    parser.add_argument("case_files", nargs="+")
    args = parser.parse_args()

    out = args.keep or tempfile.mkdtemp(prefix="fondscijfers-cases-")
    checks = Checks()
    with calc(args.oxt, checks) as office:
        for case_file in args.case_files:
            cases = read_cases(case_file)
            name = os.path.splitext(os.path.basename(case_file))[0]
            path = os.path.join(out, name + ".ods")
            write_document(office, cases, path)
            verify(office, cases, path, os.path.basename(case_file), checks)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
