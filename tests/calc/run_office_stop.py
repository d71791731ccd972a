"""The test driver itself: when the UNO connection to the office dies and the office hangs,
Office.stop() must still end soffice.bin (and everything else the start script began), not
only the script, so that no office is left to disturb the next tests.

Usage: run_office_stop.py
"""
import os
import signal
import sys
import time

from office import Office  # first: it chooses the LibreOffice whose uno to import

import uno
from harness import Checks


def office_processes(workdir):
    """The live processes whose command line names the office's throw-away directory."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                command = f.read().decode("utf-8", "replace")
            with open("/proc/%s/stat" % pid, encoding="ascii", errors="replace") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if workdir in command and state != "Z":
            found.append(int(pid))
    return found


def name(pid):
    try:
        with open("/proc/%d/comm" % pid, encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return "?"


def main():
    checks = Checks()
    with Office() as office:
        office.start()
        running = office_processes(office.workdir)
        checks.expect("soffice.bin" in map(name, running),
                      "the office runs: %s" % [name(p) for p in running])
        # The office hangs and the connection dies: soffice.bin is stopped, every bridge of
        # this process disposed.
        for pid in running:
            if name(pid) == "soffice.bin":
                os.kill(pid, signal.SIGSTOP)
        local = uno.getComponentContext()
        factory = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.BridgeFactory", local)
        for bridge in factory.getExistingBridges():
            bridge.dispose()
        started = time.monotonic()
        office.stop()
        took = time.monotonic() - started
        left = office_processes(office.workdir)
        checks.expect(left == [], "after stop() nothing of the office is left: %s"
                      % [name(p) for p in left])
        checks.expect(took < 30, "stop() returned after %.1f s" % took)
        for pid in left:  # never leave a stopped office behind, even when the check failed
            os.kill(pid, signal.SIGKILL)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
