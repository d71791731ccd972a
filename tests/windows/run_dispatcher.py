"""The Windows component under Wine: the cases of tests/calc/cases called through its dispatcher.

Runs dispatcher_calls.exe (tests/windows/dispatcher_calls.cpp) in Wine, beside the stand-ins
of sal3.dll and cppu3.dll, with every case of the .tsv files whose formula calls one function
of the table with literal arguments only (numbers, texts, empty arguments, inline arrays) and
whose expected value is a number, a text, an array of them or an error the component gives
(#N/A, Err:502 as IllegalArgumentException, #VALUE!, Err:511). The figures are those the
in-Calc tests expect; the arguments are given as Calc gives them to the add-in (any, double or
string by the IDL). A call of a member the interface does not have must raise
RuntimeException.

Prints "FAIL ..." for each failure and exits with 1 if any.
"""
import argparse
import glob
import json
import math
import os
import re
import subprocess
import sys

RELATIVE_TOLERANCE = 1e-12  # as tests/calc/run_cases.py
ERRORS = {"#N/A": 32767, "#VALUE!": 519, "Err:511": 511}
ILLEGAL_ARGUMENT = "com.sun.star.lang.IllegalArgumentException"
RUNTIME_EXCEPTION = "com.sun.star.uno.RuntimeException"
FIRST_OWN_METHOD = 3  # queryInterface, acquire and release come first


def split_top(text, separator):
    """`text` split at `separator` outside quotes and braces."""
    parts, depth, quoted, current = [], 0, False, ""
    for c in text:
        if c == '"':
            quoted = not quoted
        elif not quoted and c in "({":
            depth += 1
        elif not quoted and c in ")}":
            depth -= 1
        if c == separator and not quoted and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
    parts.append(current)
    return parts


def hex_of(text):
    return text.encode("utf-8").hex()


def literal(text):
    """A literal argument as the component gets it in an any, or None if it is none."""
    text = text.strip()
    if text == "":
        return "void"
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"' and '"' not in text[1:-1]:
        return "s:" + hex_of(text[1:-1])
    match = re.fullmatch(r"-?\d+(\.\d+)?%?", text)
    if match:
        value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
        return "d:%r" % value
    if text.startswith("{") and text.endswith("}"):
        rows = [split_top(row, ";") for row in split_top(text[1:-1], "|")]
        if len({len(row) for row in rows}) != 1:
            return None
        elements = [literal(element) for row in rows for element in row]
        if any(e is None or e == "void" or e.startswith("m:") for e in elements):
            return None
        return "m:%dx%d:%s" % (len(rows), len(rows[0]), ",".join(elements))
    return None


def expected_value(text):
    """What the dispatcher prints for an expected cell, as a predicate; None to skip it."""
    if text in ERRORS:
        code = ERRORS[text]
        return lambda shown: shown == "e:%d" % code or (code == 32767 and shown == "void")
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        return lambda shown, t=text[1:-1]: shown == "s:" + hex_of(t)
    try:
        number = float(text)
    except ValueError:
        return None
    return lambda shown: shown.startswith("d:") and math.isclose(
        float(shown[2:]), number, rel_tol=RELATIVE_TOLERANCE, abs_tol=0)


def read_calls(cases_dir, functions):
    """(label, request line, check) for every case the component can be called with alone."""
    by_name = {f["name"]: (index, f) for index, f in enumerate(functions)}
    calls, skipped = [], 0
    for path in sorted(glob.glob(os.path.join(cases_dir, "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                fields = [field.strip() for field in line.split("\t")]
                if fields[0].startswith("="):
                    formula, expected, array = fields[0], fields[1], False
                else:  # arrays.tsv: range, formula, expected
                    formula, expected, array = fields[1], fields[2], True
                call = request(formula, by_name)
                check = expected_check(expected, array)
                if call is None or check is None:
                    skipped += 1
                    continue
                calls.append(("%s:%d %s" % (os.path.basename(path), number, formula), call, check, expected))
    return calls, skipped


def request(formula, by_name):
    match = re.fullmatch(r"=([A-Z]+)\((.*)\)", formula)
    if not match or match.group(1) not in by_name:
        return None
    index, function = by_name[match.group(1)]
    given = split_top(match.group(2), ";") if match.group(2).strip() else []
    parameters = function["arguments"]
    if len(given) > len(parameters):
        return None
    kinds, values = "", []
    for i, parameter in enumerate(parameters):
        value = literal(given[i]) if i < len(given) else "void"
        if value is None:
            return None
        idl = parameter["idl_type"]
        if idl == "any":
            kinds += "a"
        elif idl == "double" and value.startswith("d:"):
            kinds += "d"
        elif idl == "string" and value.startswith("s:"):
            kinds += "s"
        else:  # Calc converts or refuses such an argument itself
            return None
        values.append(value)
    return "\t".join([function["method"], str(FIRST_OWN_METHOD + index), kinds] + values)


def expected_check(expected, array):
    if expected == "Err:502":
        return lambda answer: answer[0] == "exception" and answer[1] == ILLEGAL_ARGUMENT
    if not array:
        predicate = expected_value(expected)
        if predicate is None:
            return None
        # A cell shows an array of one element as that element (=ACCRES({2021};...)).
        return lambda answer: answer[0] == "value" and (
            predicate(answer[1]) or (answer[1].startswith("m:1x1:") and predicate(answer[1][6:])))
    rows = [row.split(";") for row in expected.split("|")]
    predicates = [expected_value(cell) for row in rows for cell in row]
    if any(p is None for p in predicates):
        return None
    shape = "m:%dx%d:" % (len(rows), len(rows[0]))

    def check(answer):
        if answer[0] != "value" or not answer[1].startswith(shape):
            return False
        cells = answer[1][len(shape):].split(",")
        return len(cells) == len(predicates) and all(p(c) for p, c in zip(predicates, cells))
    return check


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wine", required=True)
    parser.add_argument("--prefix", required=True, help="WINEPREFIX, in the build tree")
    parser.add_argument("--exe", required=True)
    parser.add_argument("--dll", required=True)
    parser.add_argument("--functions", required=True, help="the build's functions.json")
    parser.add_argument("--cases", required=True, help="tests/calc/cases")
    args = parser.parse_args()

    with open(args.functions, encoding="utf-8") as f:
        functions = json.load(f)["functions"]
    calls, skipped = read_calls(args.cases, functions)
    nowhere = FIRST_OWN_METHOD + len(functions)
    lines = [call for _, call, _, _ in calls] + ["noSuchMethod\t%d\t" % nowhere]

    environment = dict(os.environ, WINEPREFIX=os.path.abspath(args.prefix), WINEDEBUG="-all",
                       WINEDLLOVERRIDES="mscoree,mshtml=")
    environment.pop("DISPLAY", None)
    os.makedirs(args.prefix, exist_ok=True)
    run = subprocess.run([args.wine, os.path.abspath(args.exe), os.path.abspath(args.dll)],
                         input="\n".join(lines) + "\n", capture_output=True, text=True,
                         env=environment, cwd=os.path.dirname(os.path.abspath(args.exe)), timeout=300)
    output = run.stdout.replace("\r", "").splitlines()
    failures = 0

    def fail(message):
        nonlocal failures
        failures += 1
        print("FAIL " + message)

    checks = [line for line in output if line.startswith(("check ", "FAIL "))]
    answers = [line.split("\t") for line in output if "\t" in line]
    for line in checks:
        print(line)
        if line.startswith("FAIL "):
            failures += 1
    if run.returncode != 0:
        fail("dispatcher_calls.exe exited with %d; its error output:\n%s" % (run.returncode, run.stderr[-3000:]))
    if len(answers) != len(lines):
        fail("%d answers to %d calls" % (len(answers), len(lines)))
    kinds = set()
    for (label, call, check, expected), answer in zip(calls, answers):
        method = call.split("\t")[0]
        if answer[0] != method or not check(answer[1:]):
            fail("%s: expected %s, the dispatcher gave %s" % (label, expected, "\t".join(answer[1:])))
            continue
        kinds.add("exception" if answer[1] == "exception" else answer[2][:2])
    if len(answers) == len(lines):
        last = answers[-1]
        if last[1:3] != ["exception", RUNTIME_EXCEPTION]:
            fail("a member XFunctions does not have gave %s, not %s" % ("\t".join(last[1:]), RUNTIME_EXCEPTION))
    # Not vacuous: numbers, texts, arrays, errors and the exception were all called.
    for kind, what in [("d:", "a number"), ("s:", "a text"), ("m:", "an array"), ("e:", "an error value"),
                       ("exception", "an IllegalArgumentException")]:
        if kind not in kinds:
            fail("no case answered with %s" % what)
    if not any(call.startswith("accres\t3\taa\td:2022.0\ts:" + hex_of("S2020")) for _, call, _, _ in calls):
        fail("the case ACCRES(2022; \"S2020\") was not among the calls")
    print("%d cases called through the dispatcher under Wine (%d others need Calc itself)" % (len(calls), skipped))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
