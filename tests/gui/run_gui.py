"""GUI smoke test: the extension in the real, graphical LibreOffice Calc, as a person uses it.

On a private X server (Xvfb): Calc with a Dutch interface and the .oxt installed in a
throw-away profile; =ACCRES(2022; "S2020") typed into a cell through the keyboard (xdotool);
the result read back from the document through UNO (the same office, over a pipe); the
Function Wizard (Ctrl+F2) opened on that cell, its screenshot kept in --artefacts. Windows are
found by their titles, with timeouts; the office and the X server are always stopped.
"""
import os
import sys
import time

from gui import WIZARD_TITLE, GuiCalc
from harness import Checks, arguments


def main():
    parser = arguments(__doc__.split("\n\n")[0])
    parser.add_argument("--artefacts", required=True, help="directory for the screenshots")
    args = parser.parse_args()
    os.makedirs(args.artefacts, exist_ok=True)
    checks = Checks()
    started = time.monotonic()
    with GuiCalc(args.oxt) as calc:
        print("office with its window up: %.1f s" % (time.monotonic() - started))
        calc.open()
        checks.expect(calc.office.desktop.CurrentComponent is not None, "a Calc window")

        t = time.monotonic()
        cell = calc.type_formula("A1", '=ACCRES(2022; "S2020")')
        calc.doc.calculateAll()
        checks.expect(cell.getError() == 0 and cell.getValue() == 1036297000.0,
                      "typed =ACCRES(2022; \"S2020\") -> %s" % (
                          cell.getString() if cell.getError() else cell.getValue()))
        checks.expect(cell.getFormula().replace(" ", "").endswith('.ACCRES(2022;"S2020")'),
                      "stored formula %s" % cell.getFormula())
        print("typed and read back: %.1f s" % (time.monotonic() - t))

        t = time.monotonic()
        calc.select("A1")
        wizard = calc.open_wizard()
        shot = calc.display.screenshot(os.path.join(args.artefacts, "functie-assistent.png"),
                                       wizard)
        checks.expect(os.path.getsize(shot) > 5000, "screenshot of the Function Wizard: " + shot)
        calc.display.key(wizard, "Escape")
        calc.display.window_gone(WIZARD_TITLE)
        checks.expect(True, "the Function Wizard closed")
        print("Function Wizard opened and shot: %.1f s" % (time.monotonic() - t))
        calc.display.screenshot(os.path.join(args.artefacts, "calc.png"), calc.window)
    print("total: %.1f s" % (time.monotonic() - started))
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
