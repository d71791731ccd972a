"""Every place that enumerates the functions covers the whole function table (its generated
functions.json): the fuzzer, the bad-input matrix, the round trip, the reference in
docs/functions.md. A function added to the table and forgotten in one of them fails here.

Usage: function_lists.py <functions.json> <source dir>
"""
import json
import os
import re
import sys

import bad_input
import run_roundtrip


def names_in(formulas):
    return {m.upper() for f in formulas for m in re.findall(r"([A-Z]+)\(", f)}


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    source = sys.argv[2]
    names = {f["name"] for f in spec["functions"]}
    methods = {f["method"] for f in spec["functions"]}
    # The fuzzer calls what the generator writes beside functions.json.
    fuzzer = open(os.path.join(source, "fuzz", "fuzz_functions.cpp"), encoding="utf-8").read()
    calls = open(os.path.join(os.path.dirname(sys.argv[1]), "function_calls.inc"), encoding="utf-8").read()
    reference = open(os.path.join(source, "docs", "functions.md"), encoding="utf-8").read()
    places = {
        "fuzz/fuzz_functions.cpp": {m for m in methods
                                    if '#include "function_calls.inc"' in fuzzer and
                                    "functions.%s(" % m in calls},
        "tests/calc/bad_input.py": names & names_in(
            t for kind in bad_input.TEMPLATES.values() for _, _, t, _, _ in kind),
        "tests/calc/run_roundtrip.py": names & names_in(run_roundtrip.FORMULAS),
        "docs/functions.md": {n for n in names if "| `%s(" % n in reference},
    }
    failed = 0
    for place, covered in places.items():
        wanted = methods if place.startswith("fuzz") else names
        missing = sorted(wanted - covered)
        print("%s %s covers every function%s" % ("ok  " if not missing else "FAIL", place,
                                                 "" if not missing else ": missing " + ", ".join(missing)))
        failed += bool(missing)
    print("%d passed, %d failed" % (len(places) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
