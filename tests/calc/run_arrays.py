"""Array formulas entered over a block of cells (Ctrl+Shift+Enter), every cell checked.

cases/arrays.tsv rows: `cells <TAB> formula <TAB> expected`, where expected lists the cells
row by row: `;` between columns, `|` between rows; a number, #N/A or another error Calc
shows (harness.ERROR_CODES). A1:J1 of the sheet hold the years 2017-2026 for formulas that
refer to a range; A2:E2 hold 2021, =NA(), 2023, =1/0 and 2030, a range with error cells.
"""
import sys

from harness import ERROR_CODES, Checks, arguments, calc



def read_cases(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip() and not line.startswith("#"):
                cells, formula, expected = line.rstrip("\n").split("\t")[:3]
                yield number, cells, formula, [row.split(";") for row in expected.split("|")]


def main():
    parser = arguments(__doc__.split("\n\n")[0])
    parser.add_argument("cases")
    args = parser.parse_args()
    checks = Checks()
    with calc(args.oxt, checks) as office:
        doc = office.new_sheet()
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1:J1").setDataArray((tuple(float(y) for y in range(2017, 2027)),))
        for column, content in enumerate(["2021", "=NA()", "2023", "=1/0", "2030"]):
            sheet.getCellByPosition(column, 1).setFormula(content)
        cases = list(read_cases(args.cases))
        for _, cells, formula, _ in cases:
            sheet.getCellRangeByName(cells).setArrayFormula(formula)
        doc.calculateAll()
        for line, cells, formula, expected in cases:
            block = sheet.getCellRangeByName(cells)
            got, ok = [], True
            for r, row in enumerate(expected):
                for c, want in enumerate(row):
                    cell = block.getCellByPosition(c, r)
                    if want in ERROR_CODES:
                        ok &= cell.getError() == ERROR_CODES[want]
                    else:
                        ok &= cell.getError() == 0 and cell.getValue() == float(want)
                    got.append(cell.getString())
            checks.expect(ok, "arrays.tsv:%d  {%s} in %s  ->  %s" % (
                line, formula, cells, "; ".join(got)))
        doc.close(True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
