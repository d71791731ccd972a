"""Measures how much of a function and an argument description the Function Wizard shows.

Replaces, in a copy of the built .oxt, the Dutch texts of ACCRES with rulers: words of ten
characters ("woord0010 woord0020 ...", the number is the length up to and including it), opens
the Function Wizard on =ACCRES(...) in a Dutch Calc on Xvfb and keeps screenshots: the last
number you can read is how many characters the wizard shows.

Usage: python3 tools/measure_wizard.py --oxt build/fondscijfers.oxt --out <dir>
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gui import GuiCalc  # noqa: E402


def ruler(length):
    return " ".join("woord%04d" % n for n in range(10, length + 1, 10))


def ruled_oxt(oxt, work, length, texts=None):
    stage = os.path.join(work, "stage")
    subprocess.run(["unzip", "-q", "-o", oxt, "-d", stage], check=True)
    xcu = os.path.join(stage, "CalcAddIns.xcu")
    with open(xcu, encoding="utf-8") as f:
        text = f.read()
    start = text.index('<node oor:name="accres" ')
    end = text.index('<node oor:name="accresPercentage"')
    part = re.sub(r'(<prop oor:name="Description">\s*<value xml:lang="en-US">[^<]*</value>\s*'
                  r'<value xml:lang="nl-NL">)[^<]*(</value>)',
                  lambda m: m.group(1) + (texts.pop(0) if texts else ruler(length)) + m.group(2),
                  text[start:end])
    with open(xcu, "w", encoding="utf-8") as f:
        f.write(text[:start] + part + text[end:])
    out = os.path.join(work, "ruled.oxt")
    subprocess.run(["zip", "-q", "-r", out, "."], cwd=stage, check=True)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--length", type=int, default=400)
    parser.add_argument("--text", action="append",
                        help="instead of the rulers: the function's, then each argument's text")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="fondscijfers-measure-")
    try:
        with GuiCalc(ruled_oxt(args.oxt, work, args.length, args.text)) as calc:
            calc.open()
            calc.type_formula("A1", '=ACCRES(2022; "S2020")')
            calc.select("A1")
            wizard = calc.open_wizard()
            calc.display.screenshot(os.path.join(args.out, "wizard-jaar.png"), wizard)
            print("wizard geometry:", calc.display.run("xdotool", "getwindowgeometry", wizard))
            calc.display.key(wizard, "Escape")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
