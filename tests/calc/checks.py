"""Counting and reporting checks: one line per check, "ok" or "FAIL", and a closing line
"N passed, M failed" that ctest and CI read."""


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def expect(self, ok, what):
        print("%s %s" % ("ok  " if ok else "FAIL", what))
        self.passed, self.failed = self.passed + bool(ok), self.failed + (not ok)

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0
