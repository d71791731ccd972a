"""Makes the pictures of the documentation (docs/images/) from the built .oxt, in the real
LibreOffice Calc with a Dutch interface on a private X server (Xvfb):

  functie-assistent-accres.png          the Function Wizard (Ctrl+F2) on =ACCRES(2022; "S2020")
  functie-assistent-circulairebron.png  the Function Wizard on =CIRCULAIREBRON(...), at groei
  extensiebeheer.png                    the extension's entry in the Extension Manager
  uitleg-cel.png                        a cell and CIRCULAIREBRON's explanation beside it
  uitleg-fout.png                       a cell with an error, its status bar and its reason
  menu-fondscijfers.png                 the open menu Extra > Fondscijfers
  voorbeeldblad.png                     the sample sheet samples/meerjarenbegroting.fods

docs/images/extensie-update.png, the Update dialog of Op updates controleren, is the
screenshot extensie-update-gekozen.png of the test gui_update_check (tests/gui/run_gui_update.py),
which serves a feed.

It prints the status bar of a selected cell with each kind of error (Dutch interface); with
--extra, their pictures go there (not into the documentation).

Usage: python3 tools/screenshots.py --oxt build/fondscijfers.oxt [--out docs/images]
           [--extra DIR]
"""
import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gui import EXTENSIONS_TITLE, WIZARD_TITLE, GuiCalc  # noqa: E402

import unohelper  # noqa: E402
from com.sun.star.ui.dialogs import XDialogClosedListener  # noqa: E402

SAMPLE = os.path.join(HERE, "..", "samples", "meerjarenbegroting.fods")


class _Closed(unohelper.Base, XDialogClosedListener):
    def dialogClosed(self, event):
        pass

    def disposing(self, event):
        pass


def open_extension_manager(calc):
    """Tools > Extension Manager, without waiting for it to close."""
    context = calc.office.context
    dialog = context.ServiceManager.createInstanceWithArgumentsAndContext(
        "com.sun.star.deployment.ui.PackageManagerDialog", (), context)
    dialog.startExecuteModal(_Closed())
    return calc.display.wait_window(EXTENSIONS_TITLE)


# The explained cell of the guide and the reference, and its explanation.
EXPLAINED = ('=BCFVRIJVAL(2023; 2%; ; "S2020")', '=CIRCULAIREBRON("BCFVRIJVAL"; 2023; "S2020"; 2%)')
# A mistake of each kind the error tables name, with CIRCULAIREBRON's reason for it.
MISTAKES = [
    ("uitleg-fout.png", "=BCFVRIJVAL(2023; 200%)", '=CIRCULAIREBRON("BCFVRIJVAL"; 2023; ; 200%)'),
    ("fout-511.png", "=ACCRES()", '=CIRCULAIREBRON("ACCRES")'),
    ("fout-waarde.png", '=BCFVRIJVAL(2023; "abc")',
     '=CIRCULAIREBRON("BCFVRIJVAL"; 2023; "S2020"; "abc")'),
    ("fout-nb.png", '=ACCRES(2030; "S2020")', '=CIRCULAIREBRON("ACCRES"; 2030; "S2020")'),
]
# A small window: the menu and tool bars, the formula bar, a few rows and the status bar.
SMALL = (900, 300)


def cell_and_reason(calc, formula, explanation, label):
    """A new sheet in a small window: the formula in A2 and CIRCULAIREBRON with the same
    arguments in B2, wide and wrapped so that the whole text shows, both typed."""
    calc.open(size=SMALL)
    sheet = calc.doc.Sheets.getByIndex(0)
    sheet.getCellRangeByName("A1").setString(label)
    sheet.getCellRangeByName("B1").setString("Uitleg: CIRCULAIREBRON met dezelfde argumenten")
    columns = sheet.Columns
    columns.getByIndex(0).Width = 3600  # 1/100 mm
    columns.getByIndex(1).Width = 14500
    cell = calc.type_formula("A2", formula)
    cell.NumberFormat = calc.doc.NumberFormats.queryKey("#.##0", cell.CharLocale, False)
    explained = calc.type_formula("B2", explanation)
    explained.IsTextWrapped = True
    sheet.getCellRangeByName("A1:B2").VertJustify = 1  # top: the figure beside the first line
    calc.doc.calculateAll()
    row = sheet.Rows.getByIndex(1)
    row.OptimalHeight = True  # after the text is there: all its lines
    row.Height = row.Height + 100  # and room below the last, which the cell's frame covers
    return cell, explained


def focus_argument(calc, wizard):
    """Puts the cursor of the wizard's formula field into the last argument: the wizard then
    shows that argument's text, as when a person clicks there."""
    calc.display.key(wizard, "End", "Left", "Left")


def close(calc):
    calc.doc.setModified(False)
    calc.doc.close(True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--out", default=os.path.join(HERE, "..", "docs", "images"))
    parser.add_argument("--width", type=int, default=900, help="largest width of a picture")
    parser.add_argument("--extra", help="directory for the pictures of the other errors")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.extra:
        os.makedirs(args.extra, exist_ok=True)
    out = lambda name: os.path.join(args.out, name)  # noqa: E731
    made = []

    with GuiCalc(args.oxt) as calc:
        # The Function Wizard on a cell with the formula: function and argument texts.
        calc.open()
        calc.type_formula("A1", '=ACCRES(2022; "S2020")')
        calc.select("A1")
        wizard = calc.open_wizard()
        calc.display.screenshot(out("functie-assistent-accres.png"), wizard, args.width)
        calc.display.key(wizard, "Escape")
        calc.display.window_gone(WIZARD_TITLE)
        made.append("functie-assistent-accres.png")

        # The same on CIRCULAIREBRON, at its fourth argument (groei): the text names the
        # stand's growth.
        calc.type_formula("A3", '=CIRCULAIREBRON("BCFVRIJVAL"; 2023; "S2020"; 2%)')
        calc.select("A3")
        wizard = calc.open_wizard()
        focus_argument(calc, wizard)
        calc.display.screenshot(out("functie-assistent-circulairebron.png"), wizard, args.width)
        calc.display.key(wizard, "Escape")
        calc.display.window_gone(WIZARD_TITLE)
        made.append("functie-assistent-circulairebron.png")

        # The Extension Manager (Extra > Extensiebeheer), the extension selected.
        manager = open_extension_manager(calc)
        # From the first check box past the other two and the search field into the list;
        # Home selects the entry, which then shows its whole description.
        calc.display.key(manager, "Tab", "Tab", "Tab", "Tab", "Home")
        calc.display.screenshot(out("extensiebeheer.png"), manager, args.width)
        calc.display.key(manager, "Escape")
        calc.display.window_gone(EXTENSIONS_TITLE)
        made.append("extensiebeheer.png")

        close(calc)

        # Extra > Fondscijfers, open on an empty sheet: the menu bar down to the submenu.
        calc.open()
        names, entries = calc.open_fondscijfers_menu()
        if entries is None:
            raise RuntimeError("no Extra > Fondscijfers in %s" % names)
        x, y, w, h = calc.menu_bounds
        left = max(0, x - 160)
        calc.display.screenshot(out("menu-fondscijfers.png"), "root", args.width,
                                (left, 0, x + w + 12 - left, y + h + 12))
        calc.display.key(calc.window, "Escape", "Escape", "Escape")
        made.append("menu-fondscijfers.png")
        close(calc)

        # A cell and its explanation, the explanation selected (the formula bar shows it).
        cell_and_reason(calc, EXPLAINED[0], EXPLAINED[1], "BCFVRIJVAL 2023")
        calc.select("B2")
        calc.display.screenshot(out("uitleg-cel.png"), calc.window, args.width)
        made.append("uitleg-cel.png")
        close(calc)

        # Each kind of error, its cell selected: the status bar says what Calc calls it.
        for name, formula, explanation in MISTAKES:
            cell, reason = cell_and_reason(calc, formula, explanation, "Fout")
            calc.select("A2")
            target = out(name) if name == MISTAKES[0][0] else \
                os.path.join(args.extra, name) if args.extra else None
            if target:
                calc.display.screenshot(target, calc.window, args.width)
            else:
                calc.display.settled(calc.window)
            print("%s shows %s; status bar %s; reason %r" % (
                formula, cell.getString(), calc.status_bar(), reason.getString()))
            if target == out(name):
                made.append(name)
            close(calc)

        # The sample sheet, recalculated (a copy: the office locks the file it opens).
        copy = os.path.join(calc.office.workdir, os.path.basename(SAMPLE))
        shutil.copyfile(SAMPLE, copy)
        calc.open(copy)
        calc.doc.calculateAll()
        calc.display.screenshot(out("voorbeeldblad.png"), calc.window, args.width)
    made.append("voorbeeldblad.png")
    for name in made:
        print("%s: %d bytes" % (out(name), os.path.getsize(out(name))))


if __name__ == "__main__":
    main()
