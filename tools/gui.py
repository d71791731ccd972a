"""LibreOffice Calc with its windows, on a private X server (Xvfb), for what a person sees.

Used by the GUI smoke test (tests/gui/run_gui.py), the screenshots of the documentation
(tools/screenshots.py) and the measurement of the Function Wizard. The office runs on a
throw-away profile with the extension installed (tools/office.py) and a Dutch interface; it is
reached over a UNO pipe as in the headless tests, and driven through the keyboard (xdotool)
where a person would type. Windows are found by their title, never by pixel positions.
"""
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import Office, _prop  # noqa: E402

# The settings a first start would otherwise ask about (tip of the day, what's new).
FIRST_START = [
    ("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"),
    ("/org.openoffice.Office.Common/Misc", "FirstRun", "false"),
    ("/org.openoffice.Setup/Product", "ooSetupLastVersion", "7.4"),
    ("/org.openoffice.Setup/Office", "ooSetupInstCompleted", "true"),
]
# Window titles of the Dutch interface.
WIZARD_TITLE = "Functie-assistent"
EXTENSIONS_TITLE = "Extensiebeheer"


def children(context):
    return [context.getAccessibleChild(i).AccessibleContext
            for i in range(context.AccessibleChildCount)]


def bounds(accessibles):
    """The smallest screen rectangle (x, y, width, height) around accessible components."""
    boxes = []
    for a in accessibles:
        place, size = a.getLocationOnScreen(), a.getSize()
        boxes.append((place.X, place.Y, place.X + size.Width, place.Y + size.Height))
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    return left, top, max(b[2] for b in boxes) - left, max(b[3] for b in boxes) - top


class Display:
    """A private X server; `name` is its DISPLAY value."""

    def __init__(self, size="1280x900"):
        self.size = size
        self.proc = None
        self.name = None

    def start(self, timeout=30):
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", self.size + "x24", "-nolisten",
             "tcp", "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(write)
        deadline = time.monotonic() + timeout
        number = b""
        while not number.endswith(b"\n"):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            chunk = os.read(read, 16)
            if not chunk:
                raise RuntimeError("Xvfb did not report its display")
            number += chunk
        os.close(read)
        self.name = ":" + number.decode().strip()
        return self

    def run(self, *command, timeout=30, check=True):
        env = dict(os.environ, DISPLAY=self.name)
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
        if check and result.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (" ".join(command), result.returncode,
                                                        result.stderr.strip()))
        return result.stdout

    def wait_window(self, title, timeout=60):
        """The id of the first visible window whose title contains `title`."""
        try:
            out = self.run("xdotool", "search", "--sync", "--onlyvisible", "--name", title,
                           timeout=timeout)
        except subprocess.TimeoutExpired:
            raise RuntimeError("no window %r within %d s" % (title, timeout)) from None
        return out.split()[0]

    def window_gone(self, title, timeout=30):
        """Waits until no visible window's title contains `title`."""
        deadline = time.monotonic() + timeout
        while self.run("xdotool", "search", "--onlyvisible", "--name", title, check=False).strip():
            if time.monotonic() > deadline:
                raise RuntimeError("window %r still open after %d s" % (title, timeout))
            time.sleep(0.2)

    def focus(self, window):
        # No window manager runs: give the window the keyboard focus directly.
        self.run("xdotool", "windowfocus", "--sync", window, check=False)

    def key(self, window, *keys):
        self.focus(window)
        self.run("xdotool", "key", "--clearmodifiers", *keys)

    def type(self, window, text):
        self.focus(window)
        self.run("xdotool", "type", "--clearmodifiers", "--delay", "30", text)

    def settled(self, window="root", timeout=20):
        """Waits until the window looks the same twice in a row (drawn, not changing)."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            shot = subprocess.run(["import", "-window", window, "rgb:-"], capture_output=True,
                                  env=dict(os.environ, DISPLAY=self.name)).stdout
            if shot and shot == last:
                return
            last = shot
            time.sleep(0.5)

    def screenshot(self, path, window="root", width=None, crop=None):
        """A PNG of a window (or the whole screen), cut to `crop` (x, y, width, height in the
        window) and scaled down to `width` pixels if given."""
        raw = path + ".raw.png"
        self.settled(window)
        self.run("import", "-window", window, raw)
        cut = ["-crop", "%dx%d+%d+%d" % (crop[2], crop[3], crop[0], crop[1]), "+repage"] \
            if crop else []
        resize = ["-resize", "%dx>" % width] if width else []
        subprocess.run(["convert", raw, *cut, *resize, "-strip", "-colors", "256",
                        "-define", "png:compression-level=9", path], check=True)
        os.remove(raw)
        return path

    def stop(self):
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None


class GuiCalc:
    """Calc with windows on a private display, a Dutch interface and the .oxt installed."""

    def __init__(self, oxt, locale="nl-NL", size="1280x900", environment=None):
        self.oxt = oxt
        self.display = Display(size)
        self.office = Office(locale=locale, settings=FIRST_START, environment=environment)
        self.doc = None
        self.window = None
        self.menu_bounds = None  # on the screen, of the menu open_fondscijfers_menu opened

    def __enter__(self):
        try:
            self.display.start()
            self.office.install(self.oxt)
            self.office.start(display=self.display.name)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def open(self, path=None, size=(1280, 900)):
        """A visible document: a new spreadsheet, or `path`, in a window of `size` (the whole
        screen unless told) at the top left; returns its window id."""
        desktop = self.office.desktop
        url = "private:factory/scalc" if path is None else \
            __import__("uno").systemPathToFileUrl(os.path.abspath(path))
        self.doc = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", False),))
        frame = self.doc.CurrentController.Frame
        frame.ContainerWindow.setPosSize(0, 0, size[0], size[1], 15)
        # The window's title is the frame's ("Geen titel 1 - LibreOffice Calc").
        self.window = self.display.wait_window(frame.Title)
        return self.window

    def select(self, cell_name, sheet=0):
        cell = self.doc.Sheets.getByIndex(sheet).getCellRangeByName(cell_name)
        self.doc.CurrentController.select(cell)
        return cell

    def type_formula(self, cell_name, formula):
        """Types `formula` into a cell through the keyboard, as a person does."""
        cell = self.select(cell_name)
        self.display.type(self.window, formula)
        self.display.key(self.window, "Return")
        return cell

    def accessible_window(self):
        """The document window's accessibility tree (what a screen reader reads)."""
        return self.doc.CurrentController.Frame.ContainerWindow.AccessibleContext

    def status_bar(self):
        """The texts of the status bar's fields, as a screen reader reads them."""
        from com.sun.star.accessibility.AccessibleRole import STATUS_BAR

        bar = [c for c in children(self.accessible_window()) if c.AccessibleRole == STATUS_BAR]
        if not bar:
            return []
        # The fields name nothing; their text is their accessible text.
        return [c.getText() if hasattr(c, "getText") else c.AccessibleName
                for c in children(bar[0])]

    def open_fondscijfers_menu(self, timeout=20):
        """Opens Extra > Fondscijfers in the menu bar; returns the names of Extra's entries
        and the submenu's entries (name: accessible), or None for the submenu if it is not
        there."""
        from com.sun.star.accessibility.AccessibleRole import MENU_BAR

        bar = [c for c in children(self.accessible_window()) if c.AccessibleRole == MENU_BAR][0]
        extra = [c for c in children(bar) if c.AccessibleName == "Extra"][0]
        self.display.key(self.window, "alt+x")  # the menu names its entries once it is open
        deadline = time.monotonic() + timeout
        while "Fondscijfers" not in [c.AccessibleName for c in children(extra)]:
            if time.monotonic() > deadline:
                break
            time.sleep(0.2)
        names = [c.AccessibleName for c in children(extra)]
        if "Fondscijfers" not in names:
            return names, None
        submenu = children(extra)[names.index("Fondscijfers")]
        submenu.doAccessibleAction(0)
        self.menu_bounds = bounds(children(extra) + children(submenu))
        return names, {c.AccessibleName: c for c in children(submenu)}

    def open_wizard(self, timeout=60):
        """The Function Wizard (Ctrl+F2) on the selected cell; returns its window id."""
        self.display.key(self.window, "ctrl+F2")
        return self.display.wait_window(WIZARD_TITLE, timeout)

    def _stop_office(self, timeout=30):
        """Closes every document unsaved and ends the office; kills it when a dialog or
        anything else keeps it from ending within `timeout` seconds."""
        office = self.office
        if office.proc is None:
            return
        finished = threading.Event()

        def terminate():
            try:
                components = office.desktop.Components.createEnumeration()
                while components.hasMoreElements():
                    doc = components.nextElement()
                    try:
                        doc.setModified(False)
                        doc.close(True)
                    except Exception:
                        pass
                office.desktop.terminate()
            except Exception:
                pass  # the bridge closes as the office goes away
            finished.set()

        threading.Thread(target=terminate, daemon=True).start()
        if not finished.wait(timeout):
            office.proc.kill()
        try:
            office.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            office.proc.kill()
            office.proc.wait()
        office.proc = office.desktop = None

    def __exit__(self, *exc):
        try:
            self._stop_office()
            self.office.__exit__(None, None, None)  # removes its profile
        finally:
            self.display.stop()
