"""ACCRES as a Python UNO add-in: the usual way Calc extensions are written (benchmark only)."""
import unohelper
from com.sun.star.lang import IllegalArgumentException, XServiceInfo
from nl.fondscijfers.bench import XPythonBench

from accres_figures import ACCRES  # written by the build from the model

IMPLEMENTATION = "nl.fondscijfers.bench.PythonImpl"
SERVICE = "nl.fondscijfers.bench.Python"


class PythonBench(unohelper.Base, XPythonBench, XServiceInfo):
    def __init__(self, ctx):
        self.ctx = ctx

    def pyAccres(self, jaar, stand):
        if not isinstance(jaar, float) or jaar != int(jaar):
            raise IllegalArgumentException("jaar must be a whole number", self, 0)
        if stand is not None and (not isinstance(stand, str) or stand.strip().upper() != "S2020"):
            raise IllegalArgumentException("unknown stand", self, 1)
        return ACCRES.get(int(jaar))  # None: #N/A

    def getImplementationName(self):
        return IMPLEMENTATION

    def supportsService(self, name):
        return name == SERVICE

    def getSupportedServiceNames(self):
        return (SERVICE,)


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(PythonBench, IMPLEMENTATION, (SERVICE,))
