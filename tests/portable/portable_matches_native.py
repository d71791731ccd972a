"""The portable (Python) component answers every call as the native one does.

Makes a large grid of calls (every function; years around the data; every stand; growth
rates; both deel values; every catalogue key with every year and period; every CIRCULAIREINFO
field; filters with accents; odd values: NaN, infinities, fractions, far-out numbers,
floating-point noise, texts, empty and omitted arguments, ranges), lets the native component
answer them (native_calls, through its UNO interface without an office) and the portable core
answer them with the values pyuno would pass it, and compares the lines: the same numbers to
the bit (NaN payloads included), the same texts byte for byte, the same errors for the same
reason.

Usage: portable_matches_native.py --native <native_calls> --pythonpath <dir>[:<dir>...]
                                  [--implementation pypy] [--valgrind <valgrind>]
Run by CPython and by PyPy (a second implementation, as Windows and macOS run the core in the
Python that LibreOffice bundles there, not the one it was written in). With --valgrind, the
native component answers under Valgrind's memcheck: every call of the grid (each kind of
argument, each error path) must leave no byte lost and make no invalid access, and the
answers must still be the same.
"""
import argparse
import collections
import os
import random
import struct
import re
import subprocess
import sys
import tempfile

from harness import Checks

# --- Encoding of arguments and results (as native_calls.cpp) -------------------------------------


class Long(int):
    """A UNO long (Calc never passes one; pyuno gives a Python int)."""


def encode(value):
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "b:%d" % value
    if isinstance(value, Long):
        return "i:%d" % value
    if isinstance(value, float):
        return "n:%016x" % struct.unpack("<Q", struct.pack("<d", value))[0]
    if isinstance(value, str):
        return "s:" + value.encode("utf-16-be", "surrogatepass").hex()
    if isinstance(value, tuple):
        return "m%d:" % len(value) + ";".join(",".join(encode(c) for c in row) for row in value)
    raise TypeError(value)


def _escape(text):
    return "".join("\\x%02x" % ord(c) if ord(c) < 0x20 or c == "\\" else c for c in text)


def result_text(value):
    if value is None:
        return "#N/A"
    if isinstance(value, float):
        return "n:%016x" % struct.unpack("<Q", struct.pack("<d", value))[0]
    if isinstance(value, str):
        return "t:" + _escape(value)
    if isinstance(value, tuple):
        return "m:" + "".join("[" + "|".join(result_text(c) for c in row) + "]" for row in value)
    return "?" + type(value).__name__


# --- The grid --------------------------------------------------------------------------------------

NAN, INF = float("nan"), float("inf")
ODD_NUMBERS = [NAN, INF, -INF, 2021.5, 1e12, -1e12, 2021 * 1.1 / 1.1, 2021 + 1e-9, 2021 + 2 ** -40,
               0.0, -0.0, -2021.0, 2.0 ** 31, -(2.0 ** 31) - 1, 2147483647.0, 2147483648.0, 1e300,
               -1e300, 5e-324, 2020.9999999999998, 2022.0000000000002]
ODD_TEXTS = [" 2022 ", "2022", "abc", "", "  ", "\u2000 2022\u2029", "\x002022", "0002022",
             "1234567890", "123456789", "202\uff12", "2021.0", "-2021", "\t2021\n", "2021\u00a0"]
ODD_OTHERS = [True, False, Long(2021), None]
YEARS = [float(y) for y in range(1998, 2036)]
RANGES = [
    ((2021.0, "", 2030.0),),
    (tuple(float(y) for y in range(2015, 2030)),),
    ((2021.0,), (2022.0,), (2023.0,)),
    ((2021.0, 2022.0), (2023.0, 2030.0)),
    ((" 2022 ", "  ", "\u2003"),),
    ((2021.5,),), ((NAN,),), ((None,),), ((True,),), ((Long(2021),),), (("abc",),),
    ((1e12, -1e12, 2.0 ** 31, 2021 * 1.1 / 1.1),),
    (), ((),),
]
STANDS = [None, "S2020", "s2020 ", " M2020", "S2019", "ORIGINEEL", "startnota", "S2030", "",
          "  ", "\tS2020\u2000", "S2020\u00a0", "\uff332020", 2020.0, True, "\ud800"]
GROWTHS = [None, 0.0, 0.02, 0.035, -0.5, 1.0, 1.0000001, -0.9999, -1.0, 0.123456789, 1e-300,
           -0.0, NAN, INF, "2%", True, 0.5, 0.01, 0.0349999999999, 1 / 3]
DEELS = [None, "gemeenten", "TOTAAL", " totaal ", "", "beide", 1.0, "\u2028totaal"]
FIELDS = ["omschrijving", "eenheid", "kwalificatie", "karakter", "overlap", "richting", "bron",
          "citaat", "EENHEID", " Bron\t", "kleur", "", "\ud800"]
FILTERS = [None, "", "jeugd", "JEUGD", "reeel", "re\u00ebel", "RE\u00cbEL", "Re\u00e9el",
           "accres", "\u00df", "SS", "\u00e9", "e\u0301", "zzz", "  jeugd  ", 1.0, "\U0001f642",
           "\u0131", "\u0130", "\u212a", "bcf", "uitkering", "%", "vanaf", "\u2000jeugd", "\ud800",
           "financi\u00ebn", "FINANCIEN", "\u00c6", "\u0152uvre", "\u03bc", "\u00b5"]
FLAGS = [None, 0.0, 1.0, True, 2.0, "ja", NAN, -0.0, "1"]


BUDGET = 60000  # calls per function; a larger product is sampled (seeded, so repeatable)


def figure_periods(data):
    """Every catalogue key, with the years and periods of its figures in any stand."""
    periods = collections.defaultdict(set)
    for key, stands in data.VALUES.items():
        for figures in stands:
            periods[key].update(p for p in (figures or ()) if p is not None)
    return periods


def values_by_kind(core):
    """The values tried for an argument of each kind of the function table."""
    periods = figure_periods(core.data)
    names = sorted(periods) + [f[0] for f in core.functions.FUNCTIONS] + [
        "ACCRES.NOMINAAL", " jeugd.incidenteel ", "jeugd.incidentele", "", "x" * 200,
        "a" * 128, "\ud800jeugd.incidenteel", "\U0001f642", "bcfvrijval", " BCFVrijval\t",
        "JEUGD.INCIDENTEEL\u00a0", "accres.nominaal\u2000"]
    own = sorted(set().union(*periods.values()))
    texts = [("%d" % a) if a == b else "%d-%d" % (a, b) for a, b in own]
    odd_periods = [None, 2021.5, NAN, 1e12, "abc", "", " 2019 - 2021 ", "2021-2019",
                   "2019-2020-2021", "12345", "2022", True, "2018-2021", "\u20002022"]
    return {
        "years": YEARS + ODD_NUMBERS + ODD_TEXTS + ODD_OTHERS + RANGES,
        "year": YEARS + ODD_NUMBERS,  # IDL double: Calc passes a number
        "stand": STANDS, "stand_code": STANDS, "growth": GROWTHS, "deel": DEELS,
        "key": names, "field": FIELDS, "filter": FILTERS, "header": FLAGS,
        "period": odd_periods + texts + sorted(set(YEARS + [float(a) for a, b in own if a == b])),
    }


def calls_of(method, lists, budget=BUDGET):
    """Every combination of the lists, or a seeded sample of `budget` of them, and then every
    value of each list with the first value of the others."""
    size = 1
    for values in lists:
        size *= len(values)
    if size <= budget:
        indices = range(size)
    else:
        indices = sorted(random.Random(method).sample(range(size), budget))
    calls = []
    for index in indices:
        call = []
        for values in reversed(lists):
            index, at = divmod(index, len(values))
            call.append(values[at])
        calls.append((method,) + tuple(reversed(call)))
    for i, values in enumerate(lists):
        calls += [(method,) + tuple(v if j == i else other[0] for j, other in enumerate(lists))
                  for v in values]
    return calls


def grid(core):
    """Every function of the table, by the kinds of its arguments: a new function, or one of
    a new signature, is covered without an edit here."""
    by_kind = values_by_kind(core)
    calls = []
    for _name, method, arguments, *_ in core.functions.FUNCTIONS:
        calls += calls_of(method, [by_kind[kind] for _, kind in arguments])
    return calls


def python_answer(core, call):
    try:
        return result_text(core.spreadsheet_function(call[0])(*call[1:]))
    except core.Rejected as e:
        # As the portable shell: Err:502 is IllegalArgumentException, others an error value.
        if e.error() == 502:
            return "Err:502 " + str(e)
        return result_text(core.error_value(e.error()))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    parser.add_argument("--pythonpath", required=True)
    parser.add_argument("--implementation", default="cpython",
                        help="the Python implementation this run must be (sys.implementation.name)")
    parser.add_argument("--valgrind", help="run the native component under this valgrind")
    args = parser.parse_args()
    sys.path[:0] = args.pythonpath.split(os.pathsep)
    import fondscijfers_core as core

    calls = grid(core)
    lines = ["\t".join([c[0]] + [encode(a) for a in c[1:]]) for c in calls]
    checks = Checks()
    command = [args.native]
    log = None
    if args.valgrind:
        log = tempfile.NamedTemporaryFile(prefix="memcheck-", suffix=".log")
        command = [args.valgrind, "--tool=memcheck", "--leak-check=full",
                   "--errors-for-leak-kinds=definite,indirect", "--error-exitcode=99",
                   "--log-file=" + log.name] + command
    run = subprocess.run(command, input="\n".join(lines) + "\n", capture_output=True,
                         text=True, encoding="utf-8")
    native = run.stdout.splitlines()
    if log:
        report = log.read().decode("utf-8", "replace")
        for kind in ("definitely lost", "indirectly lost"):
            lost = re.search(kind + r": ([0-9,]+) bytes in ([0-9,]+) blocks", report)
            checks.expect(lost and lost.group(1) == "0", "memcheck, %s: %s" % (
                kind, lost.group(0) if lost else "no leak summary"))
        errors = re.search(r"ERROR SUMMARY: ([0-9,]+) errors", report)
        checks.expect(errors and errors.group(1) == "0", "memcheck: %s" % (
            errors.group(0) if errors else "no error summary"))
        if run.returncode:
            print("\n".join(l for l in report.splitlines() if "==" in l)[-6000:])
    checks.expect(run.returncode == 0, "native_calls exited with %d" % run.returncode)
    checks.expect(sys.implementation.name == args.implementation, "the portable core runs in %s %s"
                  % (sys.implementation.name, ".".join(map(str, sys.version_info[:3]))))
    checks.expect(len(native) == len(lines), "the native component answered all %d calls"
                  % len(lines))
    counts = collections.Counter()
    differences = collections.Counter()
    shown_failures = 0
    for call, line, answer in zip(calls, lines, native):
        expected = line + " => " + python_answer(core, call)
        counts[call[0]] += 1
        if answer != expected:
            differences[call[0]] += 1
            if shown_failures < 100:
                shown_failures += 1
                print("FAIL %r\n     native:   %s\n     portable: %s" % (
                    call, answer.split(" => ", 1)[-1], expected.split(" => ", 1)[-1]))
    for _name, method, *_ in core.functions.FUNCTIONS:
        checks.expect(counts[method] and not differences[method], "%s: %d calls, %d different"
                      % (method, counts[method], differences[method]))
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
