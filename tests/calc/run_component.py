"""Which component answers: the package is installed into a throw-away profile, and the
service nl.fondscijfers.calc.Functions is created through the running office's service
manager. Its implementation name must be the expected one (the native component on Linux
x86-64 for the shipped package), and it must answer a call.

Usage: run_component.py --oxt <package.oxt> --implementation <name>
"""
import argparse
import os
import shutil
import sys
import tempfile
import zipfile

from office import Office, file_url  # first: it chooses the LibreOffice whose uno to import

import uno
from harness import Checks


def know_types(oxt, work):
    """This Python's UNO learns the package's types: the bridge to the office drops the
    connection at the first interface type it does not know."""
    with zipfile.ZipFile(oxt) as package:
        path = package.extract("fondscijfers.rdb", work)
    manager = uno.getComponentContext().getValueByName(
        "/singletons/com.sun.star.reflection.theTypeDescriptionManager")
    manager.insert(file_url(path))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--implementation", required=True)
    args = parser.parse_args()
    checks = Checks()
    work = tempfile.mkdtemp(prefix="fondscijfers-types-")
    try:
        know_types(args.oxt, work)
        with Office() as office:
            office.install(args.oxt)
            office.start()
            check_installed_implementation(office, args.implementation, checks)
            check_lone_surrogates(office, args.implementation, checks)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return checks.finish()


def check_installed_implementation(office, implementation, checks):
    functions = office.service("nl.fondscijfers.calc.Functions")
    checks.expect(functions is not None, "the service nl.fondscijfers.calc.Functions exists")
    if functions is not None:
        name = functions.getImplementationName()
        checks.expect(name == implementation, "implemented by %s (expected %s)"
                      % (name, implementation))
        value = functions.accres(2022.0, "S2020")
        checks.expect(value == 1036297000.0, "ACCRES(2022; \"S2020\") = %r" % value)


def check_lone_surrogates(office, implementation, checks):
    """A lone surrogate in the filter, as docs/platforms.md says: the native component rejects
    it (Err:502); the portable one sees it only as pyuno passes it on Linux, dropped at the
    end of the text and "?" before other characters."""
    doc = office.new_sheet()
    sheet = doc.Sheets.getByIndex(0)
    formulas = ['=ROWS(CIRCULAIRELIJST(UNICHAR(55296)))', '=ROWS(CIRCULAIRELIJST(""))',
                '=ROWS(CIRCULAIRELIJST("jeugd"&UNICHAR(55296)))', '=ROWS(CIRCULAIRELIJST("jeugd"))',
                '=ROWS(CIRCULAIRELIJST(UNICHAR(55296)&"jeugd"))']
    for row, formula in enumerate(formulas):
        sheet.getCellByPosition(0, row).setFormula(formula)
    doc.calculateAll()
    cells = [sheet.getCellByPosition(0, row) for row in range(len(formulas))]
    shown = ", ".join("%s: %s" % (f, c.getString()) for f, c in zip(formulas, cells))
    if implementation.endswith("PortableFunctionsImpl"):
        alone, everything, end, jeugd, start = cells
        checks.expect(alone.getError() == 0 and alone.getValue() == everything.getValue() and
                      end.getError() == 0 and end.getValue() == jeugd.getValue() and
                      start.getError() == 32767, "portable, lone surrogates: " + shown)
    else:
        checks.expect(all(c.getError() == 502 for c in cells[0::2]),
                      "native, lone surrogates rejected: " + shown)
    # CIRCULAIREBRON's reason for such a stand, as the component sees it.
    cell = sheet.getCellByPosition(1, 0)
    cell.setFormula('=CIRCULAIREBRON("jeugd.incidenteel";2022;UNICHAR(55296)&"S2020")')
    doc.calculateAll()
    reason = cell.getString()
    if implementation.endswith("PortableFunctionsImpl"):
        checks.expect(reason.startswith('stand "?2020" bestaat niet; bekend zijn: S2020'),
                      "portable, the reason names the text pyuno passes: " + reason)
    else:
        checks.expect(reason == "Een tekst bevat een ongeldig teken (een losse helft van een "
                      "surrogaatpaar): typ hem opnieuw.", "native, the reason: " + reason)
    doc.close(True)


if __name__ == "__main__":
    sys.exit(main())
