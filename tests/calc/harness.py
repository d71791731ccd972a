"""The harness of the in-Calc tests: one place for the LibreOffice session with the package
installed, Calc's error codes, the per-check "ok"/"FAIL" lines and the closing line
"N passed, M failed" that ctest and CI read. ctest puts tools/, tests/calc/, samples/ and the
generated function table on PYTHONPATH (tests/calc/CMakeLists.txt), so the runners import
this module plainly."""
import argparse
import contextlib

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
