"""Heavy sheets recalculated again and again stay flat: thousands of range calls, each row
with its own growth rate (=SUMPRODUCT(IFERROR(BCFVRIJVAL($A$1:$A$5; g; ; "S2020"); 0)) and
the same with BCFDECLARATIES), hard-recalculated many times. The office's memory and the
time of a recalculation must not grow with the rounds: a bound with room for noise, not a
timing of the machine. The first rounds warm up; the last is compared with them.

Usage: run_recalculation.py --oxt <package.oxt> [--rows N] [--rounds N]
"""
import subprocess
import sys
import time

from harness import Checks, arguments, calc

GROWTH_MB = 12  # a leak of a result object per call grows by about 4 MB per 1 000 rows a round


def resident_mb(pid):
    """The largest resident set of the office's processes (the start script and soffice.bin)."""
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    largest = 0
    for p in [pid] + [int(c) for c in children.split()]:
        try:
            with open("/proc/%d/status" % p) as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        largest = max(largest, int(line.split()[1]) // 1024)
        except OSError:
            pass
    return largest


def main():
    parser = arguments(__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    checks = Checks()
    with calc(args.oxt, checks) as office:
        doc = office.new_sheet()
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1:A5").setDataArray(tuple((float(y),) for y in range(2021, 2026)))
        rows = args.rows
        sheet.getCellRangeByName("B1:B%d" % rows).setDataArray(
            tuple((0.001 + i * 0.0001,) for i in range(rows)))
        formulas = []
        for i in range(rows):
            function = "BCFVRIJVAL($A$1:$A$5;B%d;;\"S2020\")" if i % 2 == 0 else \
                "BCFDECLARATIES($A$1:$A$5;B%d;\"S2020\")"
            formulas.append(("=SUMPRODUCT(IFERROR(%s;0))" % (function % (i + 1)),))
        sheet.getCellRangeByName("C1:C%d" % rows).setFormulaArray(tuple(formulas))
        # Row 1: growth 0,1%: the vrijval of 2021-2025 for gemeenten, summed.
        checks.expect(sheet.getCellRangeByName("C1").getValue() > 0, "the sheet computes: C1 = %r"
                      % sheet.getCellRangeByName("C1").getValue())
        memory, seconds = [], []
        for r in range(args.rounds):
            start = time.monotonic()
            doc.calculateAll()
            seconds.append(time.monotonic() - start)
            memory.append(resident_mb(office.proc.pid))
            print("round %d: %.2f s, %d MB" % (r + 1, seconds[-1], memory[-1]), flush=True)
        checks.expect(memory[-1] - memory[1] <= GROWTH_MB,
                      "memory stays flat: %d MB after round 2, %d MB after round %d (at most +%d)"
                      % (memory[1], memory[-1], args.rounds, GROWTH_MB))
        warm = min(seconds[1:3])
        checks.expect(seconds[-1] <= 2 * warm + 0.5,
                      "a recalculation does not slow down: %.2f s in round 2-3, %.2f s in round %d"
                      % (warm, seconds[-1], args.rounds))
        doc.close(True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
