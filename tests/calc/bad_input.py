"""The bad-input matrix: every argument of every function x every input class, one documented
result each. The functions, their arguments and their example calls come from the function
table (the generated fondscijfers_functions); a new function is in the matrix without an edit.

The expected results per kind of argument are in bad_input.matrix. The same list makes the
in-Calc test document (run with --oxt) and the table of docs/functions.md (--markdown).
Helper cells of the test sheet: Z1 empty, Y1 the text "tekst", X1:X3 the years 2021-2023,
W1 the date 1-1-2021, V1:V2 the texts "S2020" and "STARTNOTA".

An expected result is an error (#N/A, Err:502, #VALUE!, #DIV/0!) or `value`: the same as the
example call (the reference), or `value:<argument>`: the same as with that argument instead
(`value:` with nothing: as if left out, which for an argument between others is no error), or
`list`: a list (no error).
"""
import argparse
import os
import sys

import fondscijfers_functions as table  # generated from the function table
from harness import call_formula


# Every argument of every function, varied one at a time in its example call of the function
# table: kind -> [(function, result, template with {x}, the example's value)].
def templates():
    out = {}
    for name, _method, arguments, _call, result, example, _reads in table.FUNCTIONS:
        values = example.split(";")
        assert len(values) == len(arguments), name + ": the example gives every argument"
        for i, (argument, kind) in enumerate(arguments):
            template = call_formula(name, result, values[:i] + ["{x}"] + values[i + 1:])
            out.setdefault(kind, []).append((name, result, template, values[i], argument))
    return out


TEMPLATES = templates()
KINDS = list(TEMPLATES)


def title(kind):
    """The column title in the docs: the argument's name and the functions taking it."""
    argument = next(a for f in table.FUNCTIONS for a, k in f[2] if k == kind)
    names = [name for name, _, _, _, _ in TEMPLATES[kind]]
    return "%s (%s)" % (argument, ", ".join(names) if len(names) <= 3 else
                        "%d functions" % len(names))


def read_matrix(path=os.path.join(os.path.dirname(os.path.abspath(__file__)), "bad_input.matrix")):
    """[(input class, how it is written, {kind: expected result})] from bad_input.matrix."""
    rows = [[cell.strip() for cell in line.split("|")]
            for line in open(path, encoding="utf-8") if not line.startswith("#")]
    kinds = rows[0][2:]
    # One column per argument kind of the function table, in its order (argument_kinds).
    assert kinds == list(table.KINDS), "%s: the columns %s are not the kinds %s" % (
        path, kinds, list(table.KINDS))
    return [(row[0], row[1], dict(zip(kinds, row[2:]))) for row in rows[1:]]


MATRIX = read_matrix()


def read_reasons(path=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                   "bad_input.reasons")):
    """input class -> (how a reason shows it, how a growth's reason shows it)."""
    rows = [[cell.strip() for cell in line.split("|")]
            for line in open(path, encoding="utf-8") if not line.startswith("#")]
    shown = {row[0]: (row[1], row[2]) for row in rows[1:]}
    assert set(shown) == {label for label, _, _ in MATRIX}, path + ": one row per input class"
    return shown


SHOWN_IN_REASON = read_reasons()

# Where one function answers an input class otherwise than the others taking the same kind of
# argument. Without a year CIRCULAIRE has no single figure of a key with several (Err:511,
# "give jaar"); CIRCULAIREINFO then describes the key as a whole.
# CIRCULAIREBRON names the growth it was given: 1E-300 computes as 0 but reads "1e-298%".
OWN = {("CIRCULAIRE", "empty argument", "period"): "Err:511",
       ("CIRCULAIREBRON", "very small growth", "growth"): "text"}

DESCRIBE = {"value": "the figure", "list": "a list", "text": "a text", "value:": "as if left out", "#N/A": "#N/A",
            "Err:502": "Err:502", "Err:511": "Err:511", "#VALUE!": "#VALUE!", "#DIV/0!": "#DIV/0!"}


def reason_check(formula, label, kind, argument, result):
    """For an explanation (CIRCULAIREBRON): where the cell with these arguments is an error our
    component gives, the reason, which begins with the argument and what was given; where it
    is #N/A, the sentence of a year without a figure. None: Calc's own error (an error value
    given, a range or text where the IDL takes a string or a number), which reaches no one."""
    idl_type = table.KINDS[kind][0]
    if label.startswith("error value") or (idl_type != "any" and (
            result == "#VALUE!" or label == "empty argument")):
        return None
    call = formula[1:]
    if result == "#N/A":
        return ("=ISNUMBER(SEARCH(\" geen bedrag voor \";%s))" % call, "1")
    if kind == "key":  # Calc passes a string: the reason names it in quotes
        return ("=LEFT(%s;9)=\"sleutel \"\"\"" % call, "1")
    shown = SHOWN_IN_REASON[label][1 if kind == "growth" and result == "Err:502" else 0]
    prefix = "%s %s " % (argument, shown)
    return ("=EXACT(LEFT(%s;%d);\"%s\")" % (call, len(prefix), prefix.replace('"', '""')), "1")


def describe(result):
    if result == "value:CIRCULAIRESTAND()":
        return "as the default stand"
    if result.startswith("value:") and result != "value:":
        return "as %s" % result[6:].replace('"', "")
    return DESCRIBE[result]


def cases():
    """(formula, expected, note) rows for run_cases."""
    rows = []
    for label, written, results in MATRIX:
        for kind in KINDS:
            for name, result_kind, template, reference, argument in TEMPLATES[kind]:
                result = OWN.get((name, label, kind), results[kind])
                formula = template.replace("{x}", written)
                explained = result_kind == "explanation" and not result.startswith(
                    ("value", "list", "text"))
                if explained and reason_check(formula, label, kind, argument, result):
                    check, expected = reason_check(formula, label, kind, argument, result)
                    rows.append((check, expected, label + ": the reason"))
                elif result == "text":
                    rows.append(("=ISTEXT(%s)" % formula[1:], "1", label))
                elif result == "list":
                    rows.append(("=ISNUMBER(%s)" % formula[1:], "1", label))
                elif result == "value:":  # as if left out: a middle argument has no other form
                    rows.append(("=NOT(ISERROR(%s))" % formula[1:], "1", label))
                elif result.startswith("value"):
                    ref = template.replace("{x}", result[6:] if ":" in result else reference)
                    if result_kind in ("text", "explanation"):  # the same text, or error
                        f, r = formula[1:], ref[1:]
                        rows.append(("=IF(ISERROR(%s);IF(ISERROR(%s);ERRORTYPE(%s)=ERRORTYPE(%s);0);"
                                     "EXACT(%s;%s))" % (r, f, f, r, f, r), "1", label))
                    else:
                        rows.append((formula, ref, label))
                else:
                    rows.append((formula, result, label))
    return rows


# How the helper cells read in the README.
SHOWN = {"Z1": "a reference to an empty cell", "Y1": "a reference to a text cell",
         "W1": "a reference to a date cell", "X1:X3": "a range of years (2021-2023)",
         "V1:V2": "a range of texts", "": "(nothing)"}


def markdown():
    out = ["| Input | Written as | " + " | ".join(title(k) for k in KINDS) + " |",
           "|---|---|" + "---|" * len(KINDS)]
    for label, written, results in MATRIX:
        shown = SHOWN.get(written, "`%s`" % written)
        cells = []
        for kind in KINDS:
            cell = describe(results[kind])
            for (name, own_label, own_kind), own in OWN.items():
                if (own_label, own_kind) == (label, kind):
                    cell += " (%s: %s)" % (name, describe(own))
            cells.append(cell)
        out.append("| %s | %s | %s |" % (label, shown, " | ".join(cells)))
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--oxt")
    parser.add_argument("--markdown", help="write the docs table to this file")
    args = parser.parse_args()
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(markdown())
        return 0
    import run_cases
    from harness import Checks, calc

    rows = [(i + 1, f, e, n) for i, (f, e, n) in enumerate(cases())]
    checks = Checks()
    with calc(args.oxt, checks) as office:
        path = os.path.join(office.workdir, "bad-input.ods")
        run_cases.write_document(office, rows, path, prepare=prepare)
        run_cases.verify(office, rows, path, "bad-input", checks)
    return checks.finish()


def prepare(sheet):
    sheet.getCellRangeByName("X1:X3").setDataArray(((2021.0,), (2022.0,), (2023.0,)))
    sheet.getCellRangeByName("W1").setFormula("=DATE(2021;1;1)")
    sheet.getCellRangeByName("V1:V2").setDataArray((("S2020",), ("STARTNOTA",)))


if __name__ == "__main__":
    sys.exit(main())
