"""Makes the pictures of the documentation (docs/images/) from the built .oxt, in the real
LibreOffice Calc with a Dutch interface on a private X server (Xvfb):

  functie-assistent-accres.png   the Function Wizard (Ctrl+F2) on =ACCRES(2022; "S2020")
  functie-assistent-bron.png     the Function Wizard on CIRCULAIREBRON with a cell's arguments
  uitleg-cel.png                 a cell of BCFVRIJVAL and CIRCULAIREBRON's explanation of it
  uitleg-fout.png                a cell with a mistake, selected (the status bar), and its reason
  extensiebeheer.png             the extension's entry in the Extension Manager
  voorbeeldblad.png              the sample sheet samples/meerjarenbegroting.fods

Usage: python3 tools/screenshots.py --oxt build/fondscijfers.oxt [--out docs/images]
"""
import argparse
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gui import EXTENSIONS_TITLE, WIZARD_TITLE, GuiCalc  # noqa: E402

import uno  # noqa: E402
import unohelper  # noqa: E402
from com.sun.star.i18n.NumberFormatIndex import NUMBER_1000INT  # noqa: E402
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


def top_and_status_bar(path, top, status_bar=False):
    """Keeps the window's top rows (menus, formula bar, the cells shown) and, when asked, its
    status bar, which says what a selected error cell's error is (ImageMagick)."""
    parts = ["(", path, "-crop", "x%d+0+0" % top, "+repage", ")"]
    if status_bar:
        parts += ["(", path, "-gravity", "south", "-crop", "x20+0+0", "+repage", ")", "-append"]
    subprocess.run(["convert", *parts, "-colors", "64", path], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--out", default=os.path.join(HERE, "..", "docs", "images"))
    parser.add_argument("--width", type=int, default=900, help="largest width of a picture")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    out = lambda name: os.path.join(args.out, name)  # noqa: E731

    with GuiCalc(args.oxt) as calc:
        # The Function Wizard on a cell with the formula: function and argument texts.
        calc.open()
        calc.type_formula("A1", '=ACCRES(2022; "S2020")')
        calc.select("A1")
        wizard = calc.open_wizard()
        calc.display.screenshot(out("functie-assistent-accres.png"), wizard, args.width)
        calc.display.key(wizard, "Escape")
        calc.display.window_gone(WIZARD_TITLE)

        # A cell and its explanation, a mistake and its reason: wrapped in a wide column.
        sheet = calc.doc.Sheets.getByIndex(0)
        sheet.Columns.getByIndex(0).Width = 3500  # 1/100 mm
        sheet.Columns.getByIndex(1).Width = 12000
        sheet.getCellRangeByName("B1:B6").IsTextWrapped = True
        calc.type_formula("A3", '=BCFVRIJVAL(2023; 2%; ; "S2020")')
        calc.type_formula("B3", '=CIRCULAIREBRON("BCFVRIJVAL"; 2023; "S2020"; 2%)')
        calc.type_formula("A5", "=BCFVRIJVAL(2023; 200%)")
        calc.type_formula("B5", '=CIRCULAIREBRON("BCFVRIJVAL"; 2023; ; 200%)')
        dutch = uno.createUnoStruct("com.sun.star.lang.Locale", "nl", "NL", "")
        sheet.getCellRangeByName("A3").NumberFormat = calc.doc.getNumberFormats(
        ).getFormatIndex(NUMBER_1000INT, dutch)  # 240.999.000
        calc.doc.calculateAll()
        calc.select("B3")
        calc.display.settled(calc.window)
        calc.display.screenshot(out("uitleg-cel.png"), calc.window, args.width)
        top_and_status_bar(out("uitleg-cel.png"), 200)
        calc.select("A5")
        calc.display.settled(calc.window)
        calc.display.screenshot(out("uitleg-fout.png"), calc.window, args.width)
        top_and_status_bar(out("uitleg-fout.png"), 200, status_bar=True)
        calc.select("B3")
        wizard = calc.open_wizard()
        calc.display.screenshot(out("functie-assistent-bron.png"), wizard, args.width)
        calc.display.key(wizard, "Escape")
        calc.display.window_gone(WIZARD_TITLE)

        # The Extension Manager (Extra > Extensiebeheer), the extension selected.
        manager = open_extension_manager(calc)
        # From the first check box past the other two and the search field into the list;
        # Home selects the entry, which then shows its whole description.
        calc.display.key(manager, "Tab", "Tab", "Tab", "Tab", "Home")
        calc.display.screenshot(out("extensiebeheer.png"), manager, args.width)
        calc.display.key(manager, "Escape")
        calc.display.window_gone(EXTENSIONS_TITLE)
        calc.doc.setModified(False)
        calc.doc.close(True)

        # The sample sheet, recalculated (a copy: the office locks the file it opens).
        copy = os.path.join(calc.office.workdir, os.path.basename(SAMPLE))
        shutil.copyfile(SAMPLE, copy)
        calc.open(copy)
        calc.doc.calculateAll()
        calc.display.screenshot(out("voorbeeldblad.png"), calc.window, args.width)
    for name in ("functie-assistent-accres.png", "functie-assistent-bron.png", "uitleg-cel.png",
                 "uitleg-fout.png", "extensiebeheer.png", "voorbeeldblad.png"):
        print("%s: %d bytes" % (out(name), os.path.getsize(out(name))))


if __name__ == "__main__":
    main()
