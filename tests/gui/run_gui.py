"""GUI smoke test: the extension in the real, graphical LibreOffice Calc, as a person uses it.

On a private X server (Xvfb): Calc with a Dutch interface and the .oxt installed in a
throw-away profile; =ACCRES(2022; "S2020") typed into a cell through the keyboard (xdotool);
the result read back from the document through UNO (the same office, over a pipe); a mistake
(=BCFVRIJVAL(2023; 200%)) typed and its reason from CIRCULAIREBRON read back; the
Function Wizard (Ctrl+F2) opened on that cell, its screenshot kept in --artefacts; Extra >
Fondscijfers > Handleiding chosen in the menu bar, with a stand-in browser (DESKTOP_LAUNCH)
that records the page it is given. Windows are found by their titles, with timeouts; the
office and the X server are always stopped.
"""
import os
import shutil
import sys
import tempfile
import time

from gui import WIZARD_TITLE, GuiCalc
from harness import Checks, arguments


def check_help_menu(calc, checks, artefacts, opened):
    """Extra > Fondscijfers > Handleiding, found in the window's menu bar (its accessibility
    tree: the names a screen reader reads) and chosen: the guide in the installed package is
    handed to the browser."""
    names, entries = calc.open_fondscijfers_menu()
    place = names.index("Fondscijfers") if "Fondscijfers" in names else -1
    checks.expect(place > 0 and names[place - 1] == "Extensiebeheer...",
                  "Extra > Fondscijfers, after %s" % (names[place - 1] if place > 0 else names))
    if entries is None:
        return
    checks.expect(list(entries) == ["Handleiding", "Functieoverzicht"],
                  "Extra > Fondscijfers holds %s" % list(entries))
    calc.display.screenshot(os.path.join(artefacts, "menu-fondscijfers.png"))
    entries["Handleiding"].doAccessibleAction(0)
    deadline = time.monotonic() + 20
    while not os.path.exists(opened) and time.monotonic() < deadline:
        time.sleep(0.2)
    url = open(opened).read().strip() if os.path.exists(opened) else ""
    location = calc.office.context.getValueByName(
        "/singletons/com.sun.star.deployment.PackageInformationProvider"
    ).getPackageLocation("nl.fondscijfers.calc")
    checks.expect(url == location + "/help/handleiding.html", "Handleiding opened %r" % url)


def main():
    parser = arguments(__doc__.split("\n\n")[0])
    parser.add_argument("--artefacts", required=True, help="directory for the screenshots")
    args = parser.parse_args()
    os.makedirs(args.artefacts, exist_ok=True)
    checks = Checks()
    started = time.monotonic()
    browser = tempfile.mkdtemp(prefix="fondscijfers-browser-")
    opened, launcher = os.path.join(browser, "opened.txt"), os.path.join(browser, "browser")
    with open(launcher, "w") as f:
        f.write('#!/bin/sh\nprintf "%%s\\n" "$1" >> "%s"\n' % opened)
    os.chmod(launcher, 0o755)
    with GuiCalc(args.oxt, environment={"DESKTOP_LAUNCH": launcher}) as calc:
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

        # A mistake and its reason, both typed: the cell keeps Calc's error code, the reason
        # comes back from CIRCULAIREBRON with the same arguments as a cell's text.
        t = time.monotonic()
        wrong = calc.type_formula("A2", "=BCFVRIJVAL(2023; 200%)")
        reason = calc.type_formula("B2", '=CIRCULAIREBRON("BCFVRIJVAL"; 2023; ; 200%)')
        calc.doc.calculateAll()
        checks.expect(wrong.getError() == 502, "typed =BCFVRIJVAL(2023; 200%%) -> error %d (%s)"
                      % (wrong.getError(), wrong.getString()))
        expected = "groei 200% ligt buiten het bereik: meer dan -100% en ten hoogste 100% per jaar."
        checks.expect(reason.getError() == 0 and reason.getString() == expected,
                      "typed CIRCULAIREBRON with the same arguments -> %r" % reason.getString())
        calc.select("A2")
        calc.display.screenshot(os.path.join(args.artefacts, "uitleg-fout.png"), calc.window)
        # The error tables of the guide and the reference name this status bar text.
        deadline = time.monotonic() + 10
        while "Fout: ongeldig argument" not in calc.status_bar() and time.monotonic() < deadline:
            time.sleep(0.2)
        checks.expect("Fout: ongeldig argument" in calc.status_bar(),
                      "status bar of the selected cell: %s" % [t for t in calc.status_bar() if t])
        print("a mistake and its reason: %.1f s" % (time.monotonic() - t))

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

        t = time.monotonic()
        check_help_menu(calc, checks, args.artefacts, opened)
        print("Extra > Fondscijfers > Handleiding: %.1f s" % (time.monotonic() - t))
    shutil.rmtree(browser, ignore_errors=True)
    print("total: %.1f s" % (time.monotonic() - started))
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
