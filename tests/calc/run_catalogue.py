"""Every figure of the catalogue data files through CIRCULAIRE in real Calc, and
CIRCULAIRELIJST entered as an array formula, row by row.

The expected values come from reading model/data/*.txt here, independently of the C++
reader: digits as printed times the multiplier (mld, mln, duizend, %).
"""
import argparse
import glob
import os
import re
import unicodedata
import sys
from decimal import Decimal

import run_cases
from harness import Checks, arguments, calc

MULTIPLIER = {"mld": Decimal(10) ** 9, "mln": Decimal(10) ** 6, "duizend": Decimal(1000),
              "%": Decimal("0.01"), "": Decimal(1)}


QUALIFIERS = ("ruim", "circa", "ongeveer", "bijna", "meer dan", "minder dan", "maximaal",
              "ten hoogste", "minimaal", "naar schatting")


def read_catalogue(data):
    """[(stand, [entry])], in the model's stand order: the default (the newest full stand)
    first, then newest first, undated stands by code. An entry: key, omschrijving, eenheid,
    karakter, overlaps and values [(first, last, value, qualifier, from_year)], a "vanaf" line
    expanded to every year up to the stand's horizon."""
    stands = []
    for path in glob.glob(os.path.join(data, "*.txt")):
        stand, date, full, horizon, entries = None, "", False, 0, []
        for line in open(path, encoding="utf-8"):
            words = line.split(None, 1)
            if not words or words[0].startswith("#"):
                continue
            word, rest = words[0], (words[1].strip() if len(words) > 1 else "")
            if word == "stand":
                stand = rest
            elif word == "datum":
                date = rest
            elif word == "volledig":
                full = True
            elif word == "horizon":
                horizon = int(rest)
            elif word == "sleutel":
                entries.append({"key": rest, "values": [], "karakter": "", "overlaps": []})
            elif word in ("omschrijving", "eenheid", "karakter") and entries:
                entries[-1][word] = rest
            elif word == "overlap":
                entries[-1]["overlaps"].append(rest.split("|")[0].strip())
            elif word == "vanaf" or re.match(r"^\d{4}(-\d{4})?$", word):
                from_year = 0
                if word == "vanaf":
                    word, rest = rest.split(None, 1)
                    from_year = int(word)
                text = rest.split("|")[0].strip()
                qualifier = next((q for q in QUALIFIERS if text.startswith(q + " ")), "")
                number = text[len(qualifier):].split()
                digits = Decimal(number[0].rstrip("%").replace(".", "").replace(",", "."))
                unit = "%" if number[0].endswith("%") else (number[1] if len(number) > 1 else "")
                value = digits * MULTIPLIER[unit]
                first, _, last = word.partition("-")
                years = [(y, y) for y in range(from_year, horizon + 1)] if from_year else \
                    [(int(first), int(last or first))]
                for f, l in years:
                    entries[-1]["values"].append((f, l, value, qualifier, from_year))
        stands.append((stand, date, full, sorted(entries, key=lambda e: e["key"])))
    default = max((s for s in stands if s[2]), key=lambda s: s[1])[0]
    stands.sort(key=lambda s: s[0])
    stands.sort(key=lambda s: s[1], reverse=True)  # newest first, undated ("") last
    stands.sort(key=lambda s: s[0] != default)
    return [(stand, entries) for stand, _, _, entries in stands]


def years_text(values):
    singles = sorted(v[0] for v in values if v[0] == v[1])
    runs = []
    for y in singles:
        if runs and y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    parts = [str(a) if a == b else "%d-%d" % (a, b) for a, b in runs]
    parts += ["%d-%d (periode)" % (v[0], v[1]) for v in values if v[0] != v[1]]
    return ", ".join(parts)


def period_text(first, last):
    return str(first) if first == last else "%d-%d" % (first, last)


def qualifier_text(values):
    """"exact", or the figures stated otherwise: "ruim: 2021; circa: 2021-2024"."""
    parts = ["%s: %s" % (v[3], period_text(v[0], v[1])) for v in values if v[3]]
    return "; ".join(parts) or "exact"


def character_text(entry):
    values = entry["values"]
    structural = [v[4] for v in values if v[4]]
    if structural:
        return "structureel vanaf %d" % structural[0]
    if len(values) == 1 and values[0][0] != values[0][1]:
        first, last = values[0][0], values[0][1]
        return ("over de periode %s" if entry["eenheid"] == "fractie" else "totaal over %s") \
            % period_text(first, last)
    return entry["karakter"]


def fold(text):
    """Case and accents ignored, as Unicode defines them."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


def list_row(entry, stand):
    return (entry["key"], entry["omschrijving"], entry["eenheid"], years_text(entry["values"]),
            stand, qualifier_text(entry["values"]), character_text(entry),
            ", ".join(entry["overlaps"]))


def figure_cases(stands):
    cases = []
    for stand, entries in stands:
        for e in entries:
            for first, last, value, _, _ in e["values"]:
                period = str(first) if first == last else '"%d-%d"' % (first, last)
                formula = '=CIRCULAIRE("%s";%s;"%s")' % (e["key"], period, stand)
                cases.append((len(cases) + 1, formula, str(value.normalize()), ""))
    return cases


def check_list(office, rows, formula, label, checks):
    """Enter `formula` as an array formula over exactly len(rows) x 8 cells; compare."""
    doc = office.new_sheet()
    sheet = doc.Sheets.getByIndex(0)
    target = sheet.getCellRangeByPosition(0, 0, len(rows[0]) - 1, len(rows) - 1)
    target.setArrayFormula(formula)
    doc.calculateAll()
    got = target.getDataArray()
    for i, want in enumerate(rows):
        ok = tuple(got[i]) == want
        checks.expect(ok, "%s row %d  %s" % (label, i + 1, " | ".join(got[i]) if ok
                                             else "%r != %r" % (got[i], want)))
    # One row more than the list has: the array does not grow silently.
    below = sheet.getCellRangeByPosition(0, len(rows), 0, len(rows))
    checks.expect(below.getDataArray()[0][0] == "", "%s has exactly %d rows" % (label, len(rows)))
    doc.close(True)


def main():
    parser = arguments(__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="the directory of the stand files")
    args = parser.parse_args()
    stands = read_catalogue(args.data)
    all_rows = [list_row(e, stand) for stand, entries in stands for e in entries]
    jeugd = [r for r in all_rows if "jeugd" in r[0].lower() or "jeugd" in r[1].lower()]
    # Case and accents do not matter: the Python reading folds them independently.
    reeel = [r for r in all_rows if any("reeel" in fold(t) for t in r[:2])]
    header = [("sleutel", "omschrijving", "eenheid", "jaren", "stand", "kwalificatie", "karakter",
               "overlap")] + jeugd

    checks = Checks()
    with calc(args.oxt, checks) as office:
        cases = figure_cases(stands)
        path = os.path.join(office.workdir, "catalogue-figures.ods")
        run_cases.write_document(office, cases, path)
        run_cases.verify(office, cases, path, "catalogue", checks)
        for rows, formula in ((all_rows, "=CIRCULAIRELIJST()"), (jeugd, '=CIRCULAIRELIJST("JEUGD")'),
                              (reeel, '=CIRCULAIRELIJST("REËEL")'),
                              (header, '=CIRCULAIRELIJST("jeugd";1)')):
            check_list(office, rows, formula, formula[1:], checks)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
