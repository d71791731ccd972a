"""Recalculation benchmark in real, headless LibreOffice Calc.

Each formula fills N cells of its own document (years cycling through 2018-2025). One run
times full recalculations (calculateAll) of every document in turn, interleaved and in
alternating direction (A B C, C B A, ...), so that drift of the machine, also within a
round, spreads over all formulas alike; at least 5 repeats. It prints the
median and minimum per cell and the ratio to our empty function (same signature as ACCRES,
returns a constant: the floor of our call path), then the targets as ratios of medians, and
the resident memory of soffice.bin after each round, which a leak makes grow with the rounds.

The component twice, side by side, from the benchmark package: as a C++ UNO component
(CPPACCRES, ...) and in binary UNO as it ships (BINACCRES, ...), the ratio binary / C++ per
formula and for the range form.

Also: LibreOffice's start-up with and without the extension installed (interleaved), and the
cost of the first call (component activation). With --portable-oxt, the same formulas again
in an office with the portable (Python) component instead of the native one: µs per cell,
and the ratios to the native component and to the benchmark's own Python add-in, and its
memory after each round. In another LibreOffice: CALC_PROGRAM=<its program/ folder>
(tools/libreoffice-next.sh).

usage: /usr/bin/python3 bench/calc_benchmark.py --oxt build/fondscijfers.oxt
           --bench-oxt build/bench/fondscijfers-bench.oxt
           [--portable-oxt build/tests/fondscijfers-portable-linux.oxt]
           [--cells 100000] [--repeats 8]
"""
import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from office import Office  # noqa: E402

YEARS = list(range(2018, 2026))
TABLE = "$Tabel.$A$1:$B$8"          # years and ACCRES, for VLOOKUP
YEAR_ROW = "$Tabel.$A$10:$H$10"     # 2018..2025 in one row, for the range form

# The formulas measured with both shells of the component (prefixed CPP and BIN).
SIDE_BY_SIDE = [
    ("=ACCRES(y)", "={p}ACCRES({y})"),
    ("=BCFVRIJVAL(y;2%)", "={p}BCFVRIJVAL({y};2%)"),
    ("=CIRCULAIRE(\"accres.nominaal\";y)", "={p}CIRCULAIRE(\"accres.nominaal\";{y})"),
    ("=IFERROR(ACCRES(\"x\");0): Err:502", "=IFERROR({p}ACCRES(\"x{y}\");0)"),
]
# (label, formula with {y} for the year); the floor is the reference of the ratios.
FLOOR = "ours: empty function, ACCRES's signature"
REJECTED = "=IFERROR(ACCRES(\"x\");0): Err:502, caught"
SCALAR = [
    ("=1+1", "=1+1"),
    ("=VLOOKUP over an 8-row table", "=VLOOKUP({y};" + TABLE + ";2;0)"),
    ("=DELTA(1;1), LibreOffice's C++ add-in", "=DELTA(1;1)"),
    (FLOOR, "=BENCHFLOOR({y})"),
    ("ours: empty function, double year", "=BENCHFLOORDOUBLE({y})"),
    ("=ACCRES(y)", "=ACCRES({y})"),
    ("=ACCRESPERCENTAGE(y)", "=ACCRESPERCENTAGE({y})"),
    ("=ACCRESREEEL(y)", "=ACCRESREEEL({y})"),
    ("=ACCRESREEELPERCENTAGE(y)", "=ACCRESREEELPERCENTAGE({y})"),
    ("=ACCRESINDEX(2021;y)", "=ACCRESINDEX(2021;{y})"),
    ("=ACCRES(y;\"STARTNOTA\")", "=ACCRES({y};\"STARTNOTA\")"),
    ("=BCFOMVANG(y)", "=BCFOMVANG({y})"),
    ("=BCFDECLARATIES(y)", "=BCFDECLARATIES({y})"),
    ("=BCFVRIJVAL(y;2%)", "=BCFVRIJVAL({y};2%)"),
    ("=OPSCHALINGSKORTING(y)", "=OPSCHALINGSKORTING({y})"),
    ("=CIRCULAIRE(\"accres.nominaal\";y)", "=CIRCULAIRE(\"accres.nominaal\";{y})"),
    (REJECTED, "=IFERROR(ACCRES(\"x{y}\");0)"),
] + [
    # The component twice, side by side (the benchmark package): as a C++ UNO component and
    # in binary UNO, as it ships.
    ("%s: %s" % (kind, call), formula.replace("{p}", prefix))
    for call, formula in SIDE_BY_SIDE for kind, prefix in (("C++ UNO", "CPP"), ("binary UNO", "BIN"))
] + [
    ("Python UNO add-in computing ACCRES", "=BENCHPYACCRES({y})"),
]
# Array formulas over a row of 8 years; measured per value returned.
RANGE = [
    ("=ACCRES(row of 8 years), per value", "=ACCRES(" + YEAR_ROW + ")"),
    ("=BCFVRIJVAL(row of 8 years), per value", "=BCFVRIJVAL(" + YEAR_ROW + ")"),
    ("C++ UNO: =ACCRES(row of 8 years), per value", "=CPPACCRES(" + YEAR_ROW + ")"),
    ("binary UNO: =ACCRES(row of 8 years), per value", "=BINACCRES(" + YEAR_ROW + ")"),
]


def add_tables(doc):
    doc.Sheets.insertNewByName("Tabel", 1)
    tabel = doc.Sheets.getByName("Tabel")
    tabel.getCellRangeByName("A1:B8").setFormulaArray(
        tuple((str(y), "=ACCRES(%d)" % y) for y in YEARS))
    tabel.getCellRangeByName("A10:H10").setDataArray((tuple(float(y) for y in YEARS),))


def scalar_document(office, formula, cells):
    doc = office.new_sheet()
    add_tables(doc)
    column = tuple((formula.format(y=YEARS[i % 8]),) for i in range(cells))
    doc.Sheets.getByIndex(0).getCellRangeByPosition(0, 0, 0, cells - 1).setFormulaArray(column)
    return doc, cells


def range_document(office, formula, cells):
    doc = office.new_sheet()
    add_tables(doc)
    sheet = doc.Sheets.getByIndex(0)
    rows = cells // len(YEARS)
    for r in range(rows):
        sheet.getCellRangeByPosition(0, r, len(YEARS) - 1, r).setArrayFormula(formula)
    return doc, rows * len(YEARS)


def require_real_values(doc, label):
    """The first cells hold real values: a benchmark of errors would measure nothing."""
    sheet = doc.Sheets.getByIndex(0)
    in_rows = bool(sheet.getCellByPosition(1, 0).getFormula())  # the range form: rows of years
    cell = sheet.getCellByPosition(3, 0) if in_rows else sheet.getCellByPosition(0, 3)  # 2021
    if not cell.getFormula() or cell.getError():
        raise SystemExit("%s: %s" % (label, cell.getString() or "no formula"))


def timed_recalc(doc):
    start = time.perf_counter()
    doc.calculateAll()
    return time.perf_counter() - start


# What the portable component is compared on: the native floor and peer are in the same table.
PORTABLE = [FLOOR, "=ACCRES(y)", "=BCFVRIJVAL(y;2%)", "=CIRCULAIRE(\"accres.nominaal\";y)",
            REJECTED, "Python UNO add-in computing ACCRES", RANGE[0][0], RANGE[1][0]]


def recalculation(office, cells, repeats, only=None):
    """µs per cell of every formula in every round, and the memory of soffice.bin (MB) after
    each round."""
    docs = []
    for label, formula in SCALAR:
        if only is None or label in only:
            docs.append((label,) + scalar_document(office, formula, cells))
    for label, formula in RANGE:
        if only is None or label in only:
            docs.append((label,) + range_document(office, formula, cells))
    for label, doc, _ in docs:
        doc.calculateAll()  # warm-up: component activation, caches
        require_real_values(doc, label)
    times = {label: [] for label, _, _ in docs}
    memory = []
    for repeat in range(repeats):
        for label, doc, n in docs if repeat % 2 == 0 else reversed(docs):
            times[label].append(timed_recalc(doc) / n * 1e6)
        memory.append(office.resident_mb())
    for _, doc, _ in docs:
        doc.close(True)
    return times, memory


def print_side_by_side(med):
    """The two shells of the component on the same formulas: per cell, and less what Calc
    spends on a cell of =1+1 (the add-in path and the component)."""
    base = med["=1+1"]
    print("The component side by side, each under its own service (µs per cell; call: less =1+1)")
    print("%-34s %9s %9s %9s %9s %9s" % ("formula", "C++ UNO", "binary", "bin/C++", "C++ call",
                                         "bin call"))
    pairs = [(call, "C++ UNO: " + call, "binary UNO: " + call) for call, _ in SIDE_BY_SIDE]
    pairs.append(("=ACCRES(row of 8), per value", RANGE[2][0], RANGE[3][0]))
    for call, cpp, binary in pairs:
        print("%-34s %9.3f %9.3f %9.3f %9.3f %9.3f" % (
            call, med[cpp], med[binary], med[binary] / med[cpp], med[cpp] - base,
            med[binary] - base))


def print_memory(what, memory):
    """The resident memory of soffice.bin after each round: a leak grows with the rounds."""
    print("Memory of soffice.bin after each round, %s (MB): %s; from round 2 to %d: %+.1f MB"
          % (what, " ".join("%.1f" % m for m in memory), len(memory), memory[-1] - memory[1]))


def startup(oxt, repeats):
    """Seconds from starting soffice to a loaded empty spreadsheet, with and without the
    extension installed; profiles created and warmed up once."""
    def start_once(office):
        begin = time.perf_counter()
        office.start()
        office.new_sheet().close(True)
        elapsed = time.perf_counter() - begin
        office.stop()
        return elapsed

    with_ext, without = Office(), Office()
    with_ext.install(oxt)
    for office in (with_ext, without):
        start_once(office)
    result = {"with the extension": [], "without": []}
    for _ in range(repeats):
        result["with the extension"].append(start_once(with_ext))
        result["without"].append(start_once(without))
    return result


def first_call(oxt, repeats):
    """Milliseconds the first ACCRES recalculation costs more than the second."""
    costs = []
    for _ in range(repeats):
        with Office() as office:
            office.install(oxt)
            office.start()
            doc = office.new_sheet()
            doc.Sheets.getByIndex(0).getCellByPosition(0, 0).setFormula("=ACCRES(2021)")
            first = timed_recalc(doc)
            second = timed_recalc(doc)
            costs.append((first - second) * 1e3)
            doc.close(True)
    return costs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--bench-oxt", required=True)
    parser.add_argument("--portable-oxt", help="also measure the portable (Python) component")
    parser.add_argument("--cells", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=8)
    args = parser.parse_args()
    if args.repeats < 5:
        parser.error("at least 5 repeats")

    with Office() as office:
        office.install(args.oxt)
        office.install(args.bench_oxt)
        office.start()
        times, memory = recalculation(office, args.cells, args.repeats)

    med = {label: statistics.median(t) for label, t in times.items()}
    floor = med[FLOOR]
    print("Recalculation, %d cells per formula, %d repeats, interleaved (µs per cell)"
          % (args.cells, args.repeats))
    print("%-46s %9s %9s %9s" % ("formula", "median", "min", "x floor"))
    for label, t in times.items():
        print("%-46s %9.3f %9.3f %9.2f" % (label, med[label], min(t), med[label] / floor))

    def ratio(a, b):
        return med[a] / med[b]
    accres, delta = "=ACCRES(y)", "=DELTA(1;1), LibreOffice's C++ add-in"
    python, vlookup = "Python UNO add-in computing ACCRES", "=VLOOKUP over an 8-row table"
    range_accres = "=ACCRES(row of 8 years), per value"
    print("\nTargets (ratios of medians)")
    print("  ACCRES / our empty function        %6.3f  (target <= 1.05)" % ratio(accres, FLOOR))
    print("  ACCRES / DELTA(1;1)                %6.3f  (target <= 1.0)" % ratio(accres, delta))
    print("  Python add-in / ACCRES             %6.3f  (target >= 2.5)" % ratio(python, accres))
    print("  ACCRES range form / VLOOKUP, per value %6.3f  (target <= 1.0)" % ratio(range_accres, vlookup))
    print()
    print_side_by_side(med)
    print()
    print_memory("native component", memory)

    starts = startup(args.oxt, args.repeats)
    w, wo = statistics.median(starts["with the extension"]), statistics.median(starts["without"])
    print("\nStart-up to an empty spreadsheet, median of %d: with the extension %.3f s "
          "(%.3f-%.3f), without %.3f s (%.3f-%.3f), difference %+.3f s"
          % (args.repeats, w, min(starts["with the extension"]), max(starts["with the extension"]),
             wo, min(starts["without"]), max(starts["without"]), w - wo))
    costs = first_call(args.oxt, args.repeats)
    print("First call (component activation): median %.1f ms, max %.1f ms (target < 50 ms)"
          % (statistics.median(costs), max(costs)))

    if args.portable_oxt:
        with Office() as office:
            office.install(args.portable_oxt)
            office.install(args.bench_oxt)
            office.start()
            portable, portable_memory = recalculation(office, args.cells, args.repeats,
                                                      only=PORTABLE)
        pmed = {label: statistics.median(t) for label, t in portable.items()}
        peer = pmed["Python UNO add-in computing ACCRES"]
        print("\nThe portable (Python) component, in an office of its own (µs per cell)")
        print("%-46s %9s %9s %9s %9s" % ("formula", "portable", "native", "x native", "x peer"))
        for label in [l for l in pmed if l not in (FLOOR, "Python UNO add-in computing ACCRES")]:
            print("%-46s %9.3f %9.3f %9.2f %9.2f" % (label, pmed[label], med[label],
                                                   pmed[label] / med[label], pmed[label] / peer))
        print_memory("portable component", portable_memory)


if __name__ == "__main__":
    sys.exit(main())
