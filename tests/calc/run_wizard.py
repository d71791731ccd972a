"""The Function Wizard, as Calc itself sees it, against the one function description.

Starts LibreOffice with the extension installed, once with an English and once with a Dutch
user interface, and compares com.sun.star.sheet.FunctionDescriptions (what the Function
Wizard lists) with functions.json, generated from addin/functions/function_table.cpp. In
the Dutch office it also types formulas in Dutch syntax (FormulaLocal: ';' and decimal comma).
"""
import json
import os
import re
import sys

from harness import Checks, arguments, calc

# com.sun.star.sheet.FunctionCategory, by the names CalcAddIns.xcu uses.
CATEGORIES = {"Database": 1, "Date&Time": 2, "Financial": 3, "Information": 4, "Logical": 5,
              "Mathematical": 6, "Matrix": 7, "Statistical": 8, "Spreadsheet": 9, "Text": 10,
              "Add-In": 11}



def wizard_entries(office):
    entries = {}
    descriptions = office.service("com.sun.star.sheet.FunctionDescriptions")
    for i in range(descriptions.getCount()):
        entry = {p.Name: p.Value for p in descriptions.getByIndex(i)}
        entries[entry["Name"]] = entry
    return entries


def check_wizard(office, spec, lang, checks):
    entries = wizard_entries(office)
    for f in spec["functions"]:
        entry = entries.get(f["name"])
        checks.expect(entry is not None, "[%s] wizard lists %s" % (lang, f["name"]))
        if entry is None:
            continue
        checks.expect(entry["Description"] == f["description"][lang],
                      "[%s] %s description: %r" % (lang, f["name"], entry["Description"][:60]))
        checks.expect(entry["Category"] == CATEGORIES[spec["category"]],
                      "[%s] %s in the category %s" % (lang, f["name"], spec["category"]))
        args = entry["Arguments"]
        checks.expect(len(args) == len(f["arguments"]),
                      "[%s] %s has %d arguments" % (lang, f["name"], len(f["arguments"])))
        for got, want in zip(args, f["arguments"]):
            # Calc marks every parameter of IDL type any as optional, also a required one
            # that takes a range of years.
            checks.expect(
                got.Name == want["display_name"][lang]
                and got.Description == want["description"][lang]
                and bool(got.IsOptional) == (want["idl_type"] == "any"),
                "[%s] %s argument %s (%s%s)" % (lang, f["name"], want["name"], got.Name,
                                                ", optional" if got.IsOptional else ""))


def check_dutch_syntax(office, checks):
    doc = office.new_sheet()
    cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
    cases = [
        ('=ACCRES(2022; "S2020")', 1036297000.0, 0),
        ('=BCFVRIJVAL(2023; 3,5%; ; "S2020")', 91164000.0, 0),
        ('=BCFVRIJVAL(2023; 0; "totaal"; "S2020")', 491508000.0, 0),
        ('=ACCRESPERCENTAGE(2021; "startnota")', 0.035, 0),
        ("=ACCRES(2021,5)", None, 502),
        ('=ACCRES(2021; "s2020")', 1030017000.0, 0),
    ]
    for formula, value, error in cases:
        cell.FormulaLocal = formula
        doc.calculateAll()
        ok = cell.getError() == error and (value is None or cell.getValue() == value)
        checks.expect(ok, "[nl] %s -> %s" % (
            formula, cell.getString() if cell.getError() else cell.getValue()))
    doc.close(True)


def signature(function):
    args = [a["display_name"]["nl"] for a in function["arguments"]]
    shown = ["[%s]" % a if spec_arg["optional"] else a
             for a, spec_arg in zip(args, function["arguments"])]
    return "%s(%s)" % (function["name"], "; ".join(shown))


def dutch_number(text):
    """'1.036.297.000' -> 1036297000.0; '1,12843238… (…)' -> (1.12843238, prefix match)."""
    token = text.split(" ")[0]
    prefix = token.endswith("\u2026")
    token = token.rstrip("\u2026").replace(".", "").replace(",", ".")
    return float(token), prefix, len(token.split(".")[1]) if "." in token else 0


def check_readme(office, spec, readme, checks):
    """The function reference (docs/functions.md, next to the README) lists every signature,
    and every example of it and of the README, typed into a Dutch Calc, gives its value."""
    readme = os.path.abspath(readme)
    if os.path.basename(readme) == "functions.md":  # given the reference itself
        reference, readme = readme, os.path.join(os.path.dirname(readme), "..", "README.md")
    else:
        reference = os.path.join(os.path.dirname(readme), "docs", "functions.md")
    texts = {}
    for path in (readme, reference):
        with open(path, encoding="utf-8") as f:
            texts[os.path.basename(path)] = f.read()
    for function in spec["functions"]:
        sig = signature(function)
        checks.expect("| `%s` |" % sig in texts["functions.md"],
                      "docs/functions.md lists %s" % sig)
    examples = []
    for name, text in texts.items():
        found = re.findall(r"^\| `(=[A-Z]+\(.*?\))` \| (-?[0-9][^|]*?) \|$", text, re.M)
        examples += [(name, formula, shown) for formula, shown in found]
    in_reference = sum(1 for e in examples if e[0] == "functions.md")
    checks.expect(in_reference >= 10, "docs/functions.md has %d examples" % in_reference)
    doc = office.new_sheet()
    cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
    for name, formula, shown in examples:
        value, prefix, decimals = dutch_number(shown)
        cell.FormulaLocal = formula
        doc.calculateAll()
        got = cell.getValue()
        ok = cell.getError() == 0 and (
            abs(got - value) < 0.5 * 10 ** -decimals if prefix else got == value)
        checks.expect(ok, "[nl] %s example %s -> %r (documented: %s)" % (name, formula, got, shown))
    doc.close(True)


def main():
    parser = arguments(__doc__)
    parser.add_argument("--functions", required=True, help="functions.json from the build")
    parser.add_argument("--readme", help="also check the README's function reference")
    args = parser.parse_args()
    with open(args.functions, encoding="utf-8") as f:
        spec = json.load(f)

    checks = Checks()
    for lang, locale in (("en", "en-US"), ("nl", "nl-NL")):
        with calc(args.oxt, checks, locale=locale) as office:
            check_wizard(office, spec, lang, checks)
            if lang == "nl":
                check_dutch_syntax(office, checks)
                if args.readme:
                    check_readme(office, spec, args.readme, checks)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
