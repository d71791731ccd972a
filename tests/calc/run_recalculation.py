"""Heavy sheets recalculated again and again stay flat: thousands of range calls, each row
with its own growth rate (=SUMPRODUCT(IFERROR(BCFVRIJVAL($A$1:$A$5; g; ; "S2020"); 0)) and
the same with BCFDECLARATIES), and thousands of calls that are rejected (Err:502, caught by
IFERROR), hard-recalculated many times. The memory of soffice.bin and the time of a
recalculation must not grow with the rounds: a bound with room for noise, not a timing of the
machine. The first rounds warm up; the last ones are compared with them.

What each part catches in the portable component: a range result handed to Calc as a new
object at every call (Calc keeps a listener per result object until the document closes, and
looks it up in a list: about 4 MB more per 1 000 range calls a round, and slower rounds), and
a rejection that leaks (about 180 bytes per rejected call: 1.8 MB a round here).

Usage: run_recalculation.py --oxt <package.oxt> [--rows N] [--rounds N]
"""
import statistics
import sys
import time

from harness import Checks, arguments, calc

WARM = 3  # rounds of warm-up: the office's caches and pools fill in the first ones
GROWTH_MB_PER_ROUND = 0.5  # after the warm-up; the leaks above grow by 1.8 MB a round or more
NOISE_MB = 2.0  # the allocator may take a little more at any moment


def sheet_formulas(rows):
    """Per row: a range call of its own growth rate (column C) and a rejected call (D): a
    growth rate out of range or an unknown stand, in turn."""
    formulas = []
    for i in range(1, rows + 1):
        if i % 2:
            call = "BCFVRIJVAL($A$1:$A$5;B%d;;\"S2020\")" % i
            rejected = "BCFVRIJVAL(2023;1+B%d;;\"S2020\")" % i
        else:
            call = "BCFDECLARATIES($A$1:$A$5;B%d;\"S2020\")" % i
            rejected = "BCFDECLARATIES(2023;B%d;\"X%d\")" % (i, i)
        formulas.append(("=SUMPRODUCT(IFERROR(%s;0))" % call, "=IFERROR(%s;-1)" % rejected))
    return tuple(formulas)


def main():
    parser = arguments(__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    if args.rounds < WARM + 3:
        parser.error("at least %d rounds" % (WARM + 3))
    checks = Checks()
    with calc(args.oxt, checks) as office:
        doc = office.new_sheet()
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1:A5").setDataArray(tuple((float(y),) for y in range(2021, 2026)))
        rows = args.rows
        sheet.getCellRangeByName("B1:B%d" % rows).setDataArray(
            tuple((0.001 + i * 0.00005,) for i in range(rows)))
        sheet.getCellRangeByName("C1:D%d" % rows).setFormulaArray(sheet_formulas(rows))
        # Row 1: growth 0,1%: the vrijval of 2021-2025 for gemeenten, summed.
        c1, d1, d2 = (sheet.getCellRangeByName(c).getValue() for c in ("C1", "D1", "D2"))
        checks.expect(c1 > 0 and d1 == -1 and d2 == -1,
                      "the sheet computes: C1 = %r, D1 and D2 rejected: %r, %r" % (c1, d1, d2))
        memory, seconds = [], []
        for r in range(args.rounds):
            start = time.monotonic()
            doc.calculateAll()
            seconds.append(time.monotonic() - start)
            memory.append(office.resident_mb())
            print("round %d: %.2f s, soffice.bin %.1f MB" % (r + 1, seconds[-1], memory[-1]),
                  flush=True)
        counted = args.rounds - WARM
        growth = memory[-1] - memory[WARM - 1]
        checks.expect(growth <= GROWTH_MB_PER_ROUND * counted + NOISE_MB,
                      "memory stays flat: %.1f MB after round %d, %.1f MB after round %d "
                      "(%+.2f MB a round; at most %.1f a round, plus %.0f MB)"
                      % (memory[WARM - 1], WARM, memory[-1], args.rounds, growth / counted,
                         GROWTH_MB_PER_ROUND, NOISE_MB))
        warm = min(seconds[1:WARM])
        last = statistics.median(seconds[-3:])
        checks.expect(last <= 2 * warm + 0.25,
                      "a recalculation does not slow down: %.2f s in rounds 2-%d, %.2f s in the "
                      "last three (median; at most twice, plus 0.25 s)" % (warm, WARM, last))
        doc.close(True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
