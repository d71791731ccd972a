"""Drive a real, headless LibreOffice with the extension installed in a throw-away profile.

Used by the in-Calc tests and the demo. unopkg refuses per-user installs as root; when run
as root, only unopkg runs as the unprivileged user "nobody", on a copy of the .oxt inside the
throw-away directory. The office itself then runs on that profile as the caller.
"""
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid

# CALC_PROGRAM: the program/ folder of another LibreOffice (tools/libreoffice-next.sh prints
# one), whose soffice and unopkg are used instead of the system's, and its own Python-UNO: the
# system's drops the connection at the first interface type it does not know.
PROGRAM = os.environ.get("CALC_PROGRAM")
if PROGRAM:
    sys.path.insert(0, PROGRAM)
    SOFFICE, UNOPKG = os.path.join(PROGRAM, "soffice"), os.path.join(PROGRAM, "unopkg")
else:
    SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
    UNOPKG = shutil.which("unopkg") or "/usr/bin/unopkg"

import uno  # noqa: E402
from com.sun.star.beans import PropertyValue  # noqa: E402


def _prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class Office:
    """A private LibreOffice instance: its own profile, its own pipe."""

    def __init__(self, workdir=None, locale=None, settings=(), environment=None):
        self.owns_workdir = workdir is None
        self.workdir = workdir or tempfile.mkdtemp(prefix="fondscijfers-lo-")
        self.profile_url = file_url(os.path.join(self.workdir, "profile"))
        self.pipe = "fondscijfers_" + uuid.uuid4().hex
        self.locale = locale
        # Further configuration of the profile: (node path, property, value) triples, e.g.
        # ("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", 0).
        self.settings = list(settings)
        # Variables added to the office's environment (e.g. DESKTOP_LAUNCH, the program that
        # opens a URL for com.sun.star.system.SystemShellExecute on Linux).
        self.environment = dict(environment or {})
        self.proc = None
        self.desktop = None
        self.context = None

    def _env_arg(self):
        return "-env:UserInstallation=" + self.profile_url

    def _unprivileged(self, command, chown=True):
        if os.geteuid() != 0:
            return command, None
        home = os.path.join(self.workdir, "home")
        os.makedirs(home, exist_ok=True)
        nobody = pwd.getpwnam("nobody")
        for root, dirs, files in os.walk(self.workdir) if chown else ():
            for name in [root] + [os.path.join(root, n) for n in dirs + files]:
                os.lchown(name, nobody.pw_uid, nobody.pw_gid)
        env = dict(os.environ, HOME=home, TMPDIR=home)
        return ["setpriv", "--reuid=%d" % nobody.pw_uid, "--regid=%d" % nobody.pw_gid,
                "--clear-groups", *command], env

    def unopkg(self, *args, shared=False):
        """Run unopkg on this profile; no office may be running on it meanwhile. With
        shared=True it acts on the installation for all users (as root, like IT does)."""
        command, env = ([UNOPKG, *args, "--shared", self._env_arg()], None) if shared else \
            self._unprivileged([UNOPKG, *args, self._env_arg()])
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
        if result.returncode != 0:
            raise RuntimeError("unopkg %s failed (%d):\n%s%s" % (
                " ".join(args), result.returncode, result.stdout, result.stderr))
        return result.stdout

    def install(self, oxt):
        # A copy inside the throw-away directory: readable by whoever runs unopkg.
        copy = os.path.join(self.workdir, os.path.basename(oxt))
        shutil.copyfile(oxt, copy)
        self.unopkg("add", "--suppress-license", "--force", copy)
        listing = self.unopkg("list")
        if "is registered: yes" not in listing:
            raise RuntimeError("extension not registered after install:\n" + listing)
        return listing

    def _write_settings(self):
        # The UI and document locale and other settings, before the first start of the profile.
        items = [(path, prop, self.locale) for path, prop in (
            ("/org.openoffice.Setup/L10N", "ooLocale"),
            ("/org.openoffice.Setup/L10N", "ooSetupSystemLocale"),
            ("/org.openoffice.Office.Linguistic/General", "UILocale"))] if self.locale else []
        user = os.path.join(self.workdir, "profile", "user")
        os.makedirs(user, exist_ok=True)
        path = os.path.join(user, "registrymodifications.xcu")
        with open(path, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items '
                    'xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n')
            for node, prop, value in items + self.settings:
                f.write('<item oor:path="%s"><prop oor:name="%s" oor:op="fuse"><value>%s</value>'
                        '</prop></item>\n' % (node, prop, value))
            f.write('</oor:items>\n')

    def start(self, timeout=120, display=None, unprivileged=False):
        """Start the office headless, or with its windows on the X display `display`. With
        unprivileged=True, as root, the office itself runs as "nobody" (owner of the profile
        as unopkg left it), reached over a loopback socket: a pipe is private to its user."""
        if self.locale or self.settings:
            self._write_settings()
        mode = ["--headless", "--invisible"] if display is None else []
        env = None if display is None else dict(os.environ, DISPLAY=display, SAL_USE_VCLPLUGIN="gen")
        if self.environment:
            env = dict(env or os.environ, **self.environment)
        connection = "pipe,name=%s" % self.pipe
        if unprivileged and os.geteuid() == 0:
            with socket.socket() as probe:  # a free port
                probe.bind(("127.0.0.1", 0))
                connection = "socket,host=127.0.0.1,port=%d" % probe.getsockname()[1]
        command = [SOFFICE, *mode, "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   self._env_arg(), "--accept=%s;urp;StarOffice.ComponentContext" % connection]
        if unprivileged:
            command, user_env = self._unprivileged(command, chown=False)
            if user_env is not None:
                env = dict(env or os.environ, HOME=user_env["HOME"], TMPDIR=user_env["TMPDIR"])
        self.proc = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
            start_new_session=True)  # its own process group: stop() can end soffice.bin too
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.context = resolver.resolve(
                    "uno:%s;urp;StarOffice.ComponentContext" % connection)
                break
            except Exception:
                if self.proc.poll() is not None:
                    raise RuntimeError("soffice exited with %d" % self.proc.returncode)
                if time.monotonic() > deadline:
                    raise RuntimeError("soffice did not answer within %d s" % timeout)
                time.sleep(0.25)
        self.desktop = self.service("com.sun.star.frame.Desktop")
        return self

    def service(self, name):
        return self.context.ServiceManager.createInstanceWithContext(name, self.context)

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def office_pid(self):
        """The process id of soffice.bin: the started program (oosplash, or a start script)
        runs it as a child; None while it is not running."""
        if not self.alive():
            return None
        parents = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open("/proc/%s/stat" % entry) as f:
                        stat = f.read()
                except OSError:
                    continue  # ended meanwhile
                # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
                comm = stat[stat.index("(") + 1:stat.rindex(")")]
                parents[int(entry)] = (int(stat[stat.rindex(")") + 2:].split()[1]), comm)
        wanted = {self.proc.pid}
        found = True
        while found:  # every descendant of the started program
            found = False
            for pid, (ppid, _) in parents.items():
                if ppid in wanted and pid not in wanted:
                    wanted.add(pid)
                    found = True
        programs = [pid for pid in sorted(wanted) if parents.get(pid, (0, ""))[1] == "soffice.bin"]
        return programs[0] if programs else None

    def resident_mb(self):
        """The resident memory of soffice.bin (VmRSS of /proc/<pid>/status), in MB."""
        pid = self.office_pid()
        if pid is None:
            raise RuntimeError("soffice.bin is not running")
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
        raise RuntimeError("no VmRSS for soffice.bin (%d)" % pid)

    def load(self, path):
        return self.desktop.loadComponentFromURL(file_url(path), "_blank", 0,
                                                 (_prop("Hidden", True),))

    def new_sheet(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 (_prop("Hidden", True),))

    @staticmethod
    def store(doc, path, filter_name="calc8"):
        doc.storeToURL(file_url(path), (_prop("FilterName", filter_name),))

    def stop(self):
        """Terminate the office through UNO; if it does not end (a dead connection, a hang),
        kill its whole process group: the start script, oosplash and soffice.bin."""
        answered = False
        if self.desktop is not None:
            try:
                self.desktop.terminate()
                answered = True
            except Exception:
                pass  # the bridge closes as the office goes away, or is already gone
            self.desktop = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout=60 if answered else 10)
            except subprocess.TimeoutExpired:
                pass
            self._kill_group()
            self.proc.wait()
            self.proc = None

    def _kill_group(self):
        """SIGKILL to every process left in the office's group (none after a clean exit)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                return
            self.proc.poll()  # reap the start script, so that the group can empty
            time.sleep(0.1)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
        if self.owns_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)
