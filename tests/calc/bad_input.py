"""The bad-input matrix: every function x every input class, one documented result each.

The same list makes the in-Calc test document (run with --oxt) and the README's error table
(--markdown). Helper cells of the test sheet: Z1 empty, Y1 the text "tekst", X1:X3 the years
2021-2023, W1 the date 1-1-2021, V1:V2 the texts "S2020" and "STARTNOTA".

An expected result is an error (#N/A, Err:502, #VALUE!, #DIV/0!) or `value`: the same as the
function with a normal argument (the reference), or `value:<argument>`: the same as with that
argument instead (`value:` with nothing: as if left out), or `list`: a list (no error).
"""
import argparse
import os
import sys


# Argument kinds: the functions taking it (template with {x}, reference argument), whether
# the result is text (compared with EXACT), and the column title in the README.
KINDS = {
    "jaar": ("jaar (ACCRES ... BCFVRIJVAL, OPSCHALINGSKORTING)", "2021", [
        '=ACCRES({x};"S2020")', '=ACCRESPERCENTAGE({x};"S2020")', '=ACCRESREEEL({x};"S2020")',
        '=ACCRESREEELPERCENTAGE({x};"S2020")', '=ACCRESINDEX(2020;{x};"S2020")',
        '=BCFOMVANG({x};"S2020")', '=BCFDECLARATIES({x};;"S2020")', '=BCFVRIJVAL({x};;;"S2020")',
        '=OPSCHALINGSKORTING({x};"S2020")']),
    "basisjaar": ("basisjaar (ACCRESINDEX)", "2021", ['=ACCRESINDEX({x};2022;"S2020")']),
    "stand": ("stand", '"S2020"', [
        "=ACCRES(2021;{x})", "=ACCRESPERCENTAGE(2021;{x})", "=ACCRESREEEL(2021;{x})",
        "=ACCRESREEELPERCENTAGE(2021;{x})", "=ACCRESINDEX(2020;2021;{x})", "=OPSCHALINGSKORTING(2021;{x})",
        "=BCFOMVANG(2023;{x})", "=BCFDECLARATIES(2023;;{x})", "=BCFVRIJVAL(2023;;;{x})",
        '=CIRCULAIRE("accres.nominaal";2021;{x})', '=CIRCULAIREBRON("accres.nominaal";2021;{x})']),
    "standtitel": ("stand (CIRCULAIRESTAND)", '"S2020"', ["=CIRCULAIRESTAND({x})"]),
    "groei": ("groei (BCFDECLARATIES, BCFVRIJVAL)", "3.5%", [
        '=BCFDECLARATIES(2023;{x};"S2020")', '=BCFVRIJVAL(2023;{x};;"S2020")']),
    "deel": ("deel (BCFVRIJVAL)", '"gemeenten"', ['=BCFVRIJVAL(2023;;{x};"S2020")']),
    "sleutel": ("sleutel (CIRCULAIRE, CIRCULAIREBRON, CIRCULAIREINFO)", '"jeugd.incidenteel"', [
        '=CIRCULAIRE({x};2022;"S2020")', '=CIRCULAIREBRON({x};2022;"S2020")',
        '=CIRCULAIREINFO({x};"eenheid";2022;"S2020")']),
    "veld": ("veld (CIRCULAIREINFO)", '"eenheid"', ['=CIRCULAIREINFO("jeugd.incidenteel";{x};2022;"S2020")']),
    "periode": ("jaar (CIRCULAIRE)", "2022", ['=CIRCULAIRE("jeugd.incidenteel";{x};"S2020")']),
    "bronjaar": ("jaar (CIRCULAIREBRON)", "2022", ['=CIRCULAIREBRON("jeugd.incidenteel";{x};"S2020")']),
    "filter": ("filter (CIRCULAIRELIJST)", '"jeugd"', ["=ROWS(CIRCULAIRELIJST({x}))"]),
    "kop": ("kop (CIRCULAIRELIJST)", "1", ['=ROWS(CIRCULAIRELIJST("jeugd";{x}))']),
}

# Input class, how it is written, and the result per argument kind.
MATRIX = [
    ("empty cell", "Z1", {"jaar": "#N/A", "basisjaar": "#N/A", "stand": "Err:502",
                          "groei": "value:0", "deel": "Err:502", "sleutel": "Err:502",
                          "periode": "#N/A", "bronjaar": "#N/A", "filter": "Err:502"}),
    ("empty argument", "", {"jaar": "Err:502", "basisjaar": "Err:502", "stand": "value:CIRCULAIRESTAND()",
                            "groei": "value", "deel": "value", "sleutel": "Err:502",
                            "periode": "Err:502", "bronjaar": "value:", "filter": "list"}),
    ("text", '"abc"', {"jaar": "Err:502", "basisjaar": "#VALUE!", "stand": "Err:502",
                       "groei": "Err:502", "deel": "Err:502", "sleutel": "Err:502",
                       "periode": "Err:502", "bronjaar": "Err:502", "filter": "#N/A"}),
    ("text cell", "Y1", {"jaar": "Err:502", "basisjaar": "#VALUE!", "stand": "Err:502",
                         "groei": "Err:502", "deel": "Err:502", "sleutel": "Err:502",
                         "periode": "Err:502", "bronjaar": "Err:502", "filter": "#N/A"}),
    ("numeric text", '"2021"', {"jaar": "value", "basisjaar": "value", "stand": "Err:502",
                                "groei": "Err:502", "deel": "Err:502", "sleutel": "Err:502",
                                "periode": "value:2021", "bronjaar": "value:2021", "filter": "list"}),
    ("boolean", "TRUE()", {"jaar": "#N/A", "basisjaar": "#N/A", "stand": "Err:502",
                           "groei": "value:1", "deel": "Err:502", "sleutel": "Err:502",
                           "periode": "#N/A", "bronjaar": "#N/A", "filter": "Err:502"}),
    ("0", "0", {"jaar": "#N/A", "basisjaar": "#N/A", "stand": "Err:502", "groei": "value:0",
                "deel": "Err:502", "sleutel": "Err:502", "periode": "#N/A", "bronjaar": "#N/A", "filter": "Err:502"}),
    ("negative", "-2021", {"jaar": "#N/A", "basisjaar": "#N/A", "stand": "Err:502",
                           "groei": "Err:502", "deel": "Err:502", "sleutel": "Err:502",
                           "periode": "#N/A", "bronjaar": "#N/A", "filter": "Err:502"}),
    ("fraction", "2021.5", {"jaar": "Err:502", "basisjaar": "Err:502", "stand": "Err:502",
                            "groei": "Err:502", "deel": "Err:502", "sleutel": "Err:502",
                            "periode": "Err:502", "bronjaar": "Err:502", "filter": "Err:502"}),
    ("far-out number", "1E12", {"jaar": "#N/A", "basisjaar": "#N/A", "stand": "Err:502",
                                "groei": "Err:502", "deel": "Err:502", "sleutel": "Err:502",
                                "periode": "#N/A", "bronjaar": "#N/A", "filter": "Err:502"}),
    ("date cell", "W1", {"jaar": "#N/A", "basisjaar": "#N/A", "stand": "Err:502",
                         "groei": "Err:502", "deel": "Err:502", "sleutel": "Err:502",
                         "periode": "#N/A", "bronjaar": "#N/A", "filter": "Err:502"}),
    ("error value #N/A", "NA()", {k: "#N/A" for k in KINDS}),
    ("error value #DIV/0!", "1/0", {k: "#DIV/0!" for k in KINDS}),
    ("range, ordinary formula", "X1:X3", {"jaar": "value", "basisjaar": "#VALUE!",
                                          "stand": "Err:502", "groei": "Err:502",
                                          "deel": "Err:502", "sleutel": "#VALUE!",
                                          "periode": "Err:502", "bronjaar": "Err:502", "filter": "Err:502"}),
    ("range of texts", "V1:V2", {"jaar": "Err:502", "basisjaar": "#VALUE!", "stand": "Err:502",
                                 "groei": "Err:502", "deel": "Err:502", "sleutel": "#VALUE!",
                                 "periode": "Err:502", "bronjaar": "Err:502", "filter": "Err:502"}),
    ("unknown code or key", '"S2030"', {"jaar": "Err:502", "basisjaar": "#VALUE!",
                                        "stand": "Err:502", "groei": "Err:502",
                                        "deel": "Err:502", "sleutel": "Err:502",
                                        "periode": "Err:502", "bronjaar": "Err:502", "filter": "#N/A"}),
    ("near-miss key", '"jeugd.incidentele"', {"jaar": "Err:502", "basisjaar": "#VALUE!",
                                              "stand": "Err:502", "groei": "Err:502",
                                              "deel": "Err:502", "sleutel": "Err:502",
                                              "periode": "Err:502", "bronjaar": "Err:502", "filter": "#N/A"}),
    ("other case, blanks", '" s2020 "', {"jaar": "Err:502", "basisjaar": "#VALUE!",
                                         "stand": "value", "groei": "Err:502",
                                             "deel": "Err:502", "sleutel": "Err:502",
                                             "periode": "Err:502", "bronjaar": "Err:502", "filter": "#N/A"}),
    ("very small growth", "1E-300", {"jaar": "Err:502", "basisjaar": "Err:502", "stand": "Err:502",
                                     "groei": "value:0", "deel": "Err:502", "sleutel": "Err:502",
                                     "periode": "Err:502", "bronjaar": "Err:502", "filter": "Err:502"}),
    ("growth -100%", "-100%", {"jaar": "#N/A", "basisjaar": "#N/A", "stand": "Err:502",
                               "groei": "Err:502", "deel": "Err:502", "sleutel": "Err:502",
                               "periode": "#N/A", "bronjaar": "#N/A", "filter": "Err:502"}),
    ("very large growth", "1E300", {"jaar": "#N/A", "basisjaar": "#N/A", "stand": "Err:502",
                                    "groei": "Err:502", "deel": "Err:502", "sleutel": "Err:502",
                                    "periode": "#N/A", "bronjaar": "#N/A", "filter": "Err:502"}),
]

# CIRCULAIRESTAND's stand answers as every stand argument does, but for the empty argument,
# which is the function without an argument: the default stand's code.
# The field name of CIRCULAIREINFO is a text argument like the key: it answers as the key does.
# kop is a yes/no: TRUE, FALSE, 1 or 0 (an empty cell passes 0); anything else is Err:502.
KOP = {"empty cell": "list", "empty argument": "list", "boolean": "list", "0": "list",
       "error value #N/A": "#N/A", "error value #DIV/0!": "#DIV/0!"}
for _label, _written, _results in MATRIX:
    _results["standtitel"] = "value:" if _written == "" else _results["stand"]
    _results["veld"] = _results["sleutel"]
    _results["kop"] = KOP.get(_label, "Err:502")

DESCRIBE = {"value": "the figure", "list": "a list", "value:": "as if left out", "#N/A": "#N/A", "Err:502": "Err:502", "#VALUE!": "#VALUE!",
            "#DIV/0!": "#DIV/0!"}


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
        for kind, (_, reference, templates) in KINDS.items():
            result = results[kind]
            for template in templates:
                formula = template.format(x=written)
                text_result = template.startswith(("=CIRCULAIREBRON", "=CIRCULAIRESTAND",
                                                   "=CIRCULAIREINFO"))
                if result == "list":
                    rows.append(("=ISNUMBER(%s)" % formula[1:], "1", label))
                elif result.startswith("value"):
                    ref = template.format(x=result[6:] if ":" in result else reference)
                    if text_result:  # the same text, or the same error
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
    kinds = list(KINDS)
    out = ["| Input | Written as | " + " | ".join(KINDS[k][0] for k in kinds) + " |",
           "|---|---|" + "---|" * len(kinds)]
    for label, written, results in MATRIX:
        shown = SHOWN.get(written, "`%s`" % written)
        out.append("| %s | %s | %s |" % (label, shown, " | ".join(describe(results[k]) for k in kinds)))
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
