"""The harness of the in-Calc tests: one place for the LibreOffice session with the package
installed, Calc's error codes, the per-check "ok"/"FAIL" lines and the closing line
"N passed, M failed" that ctest and CI read. ctest puts tools/, tests/calc/, samples/ and the
generated function table on PYTHONPATH (tests/calc/CMakeLists.txt), so the runners import
this module plainly."""
import argparse
import contextlib
import os
import subprocess

# cell.getError() for what Calc shows.
ERROR_CODES = {"#N/A": 32767, "Err:502": 502, "Err:504": 504, "Err:511": 511, "#VALUE!": 519, "#DIV/0!": 532,
               "#NAME?": 525, "#ADDIN?": 530, "#MACRO?": 531}


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def expect(self, ok, what):
        print("%s %s" % ("ok  " if ok else "FAIL", what))
        self.passed, self.failed = self.passed + bool(ok), self.failed + (not ok)
        return ok

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0


def printed_colours(doc, cell, workdir, colours, tolerance=24):
    """How the office prints `cell` (its merged area): exported alone as PDF, rasterised by
    pdftoppm at 72 dpi; for each RGB triple of `colours`, the number of pixels in that colour
    (each channel within `tolerance`)."""
    import uno
    from office import _prop, file_url

    area = cell.Spreadsheet.createCursorByRange(cell)
    area.collapseToMergedArea()
    selection = uno.Any("[]com.sun.star.beans.PropertyValue", (_prop("Selection", area),))
    pdf = os.path.join(workdir, "printed.pdf")
    doc.storeToURL(file_url(pdf), (_prop("FilterName", "calc_pdf_Export"),
                                   _prop("FilterData", selection)))
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", pdf, pdf[:-4]], check=True)
    histogram = subprocess.run(["convert", pdf[:-4] + ".png", "-format", "%c", "histogram:info:-"],
                               capture_output=True, text=True, check=True).stdout
    counts = [0] * len(colours)
    for line in histogram.splitlines():  # "   1234: (192,0,0) #C00000 srgb(192,0,0)"
        count, rest = line.split(":", 1)
        rgb = [int(float(v)) for v in rest.split("(")[1].split(")")[0].split(",")[:3]]
        for i, colour in enumerate(colours):
            if all(abs(a - b) <= tolerance for a, b in zip(rgb, colour)):
                counts[i] += int(count)
    return counts


def call_formula(name, result, values):
    """A function call as a cell formula; a list function counted by ROWS, so that the result
    is one number in one cell."""
    call = "%s(%s)" % (name, ";".join(values))
    return "=ROWS(%s)" % call if result == "list" else "=" + call


def example_formulas():
    """Every function's example call, as the function table gives it."""
    import fondscijfers_functions as table

    return [call_formula(name, result, example.split(";"))
            for name, _method, _arguments, _call, result, example, _reads in table.FUNCTIONS]


def arguments(description):
    """The runner's command line: --oxt, the package to test, and what the runner adds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--oxt", required=True, help="the .oxt to install")
    return parser


@contextlib.contextmanager
def calc(oxt, checks, **office_options):
    """A started LibreOffice with `oxt` installed in a throw-away profile. Afterwards one
    check more: LibreOffice is still running (bad input never crashes Calc)."""
    from office import Office  # imports uno: only where an office is wanted

    with Office(**office_options) as office:
        office.install(oxt)
        office.start()
        yield office
        checks.expect(office.alive(), "LibreOffice is still running")
