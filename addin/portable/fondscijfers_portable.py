"""The portable UNO component: the service nl.fondscijfers.calc.Functions in Python, for the
platforms without a native build (docs/platforms.md). A thin shell: every method converts the
result of fondscijfers_core (pythonpath/) into what Calc expects; no domain logic lives here.

Registered in META-INF/manifest.xml as application/vnd.sun.star.uno-component;type=Python.
"""
import uno
import unohelper
from com.sun.star.lang import IllegalArgumentException, XServiceInfo
from com.sun.star.sheet import XVolatileResult

import fondscijfers_core as core
import fondscijfers_functions as table  # generated from the function table


class _Matrix(unohelper.Base, XVolatileResult):
    """A range result. Calc takes a matrix only as a sequence<sequence<any>>, and pyuno
    returns a tuple of tuples as a sequence<any> of sequences, whatever the Python code does:
    the IDL's return type is `any`, so nothing converts it. A result event's value keeps the
    type it is given, so the matrix is handed over as a volatile result that reports itself at
    once. The same call gives the same object, so that Calc reuses its listener."""

    def __init__(self, key, value):
        self.key = key
        self.value = uno.Any("[][]any", value)
        self.listeners = 0

    def addResultListener(self, listener):
        self.listeners += 1
        event = uno.createUnoStruct("com.sun.star.sheet.ResultEvent")
        event.Source = self
        event.Value = self.value
        listener.modified(event)

    def removeResultListener(self, listener):
        # Calc lets go of the result (its listener is deleted): so may the cache.
        self.listeners -= 1
        if self.listeners <= 0 and _matrices.get(self.key) is self:
            del _matrices[self.key]


# The result object of every range call that Calc may still listen to. Calc keeps a listener
# per result object it is given and finds it again by the object: a new object for the same
# call would add a listener at every recalculation (memory and time growing without end), so
# an object stays here, the same for the same call, until Calc removes its last listener.
_matrices = {}  # type: dict


def _matrix(key, value):
    matrix = _matrices.get(key)
    if matrix is None:
        matrix = _matrices[key] = _Matrix(key, value)
    return matrix


def _rejection(message, context):
    """The IllegalArgumentException Calc shows as Err:502. Made empty and then filled: pyuno's
    struct constructor leaks a Python string per member it is given (fillStruct in
    pyuno_module.cxx never releases the member names it makes), so IllegalArgumentException(
    message, context, 0) would leak about 180 bytes at every rejected call, for as long as the
    office runs. Setting the members one by one leaks nothing."""
    exception = IllegalArgumentException()
    exception.Message = message
    exception.Context = context
    exception.ArgumentPosition = 0
    return exception


def _method(name):
    implementation = core.spreadsheet_function(name)

    def call(self, *arguments):
        try:
            result = implementation(*arguments)
        except core.Rejected as e:
            if e.error() == 502:  # Err:502 is IllegalArgumentException; others an error value
                raise _rejection(str(e), self)
            return core.error_value(e.error())
        if isinstance(result, tuple):
            return _matrix((name, repr(arguments)), result)
        return result  # a number, a text, or None: #N/A

    call.__name__ = name
    return call


def _component_class():
    """The class, made when the first instance is: the interface XFunctions comes from the
    package's own type library, which is not yet known while unopkg registers the package for
    all users (--shared) and so loads this module."""
    from nl.fondscijfers.calc import XFunctions

    class PortableFunctions(unohelper.Base, XFunctions, XServiceInfo):
        def __init__(self, ctx, *args):
            self.ctx = ctx

        def getImplementationName(self):
            return table.IMPLEMENTATION

        def supportsService(self, name):
            return name == table.SERVICE

        def getSupportedServiceNames(self):
            return (table.SERVICE,)

    # One method per function of the table, each the core's binding of its model call.
    for _name, method, *_rest in table.FUNCTIONS:
        setattr(PortableFunctions, method, _method(method))
    return PortableFunctions


_classes = []  # type: list


def create(ctx, *args):
    if not _classes:
        _classes.append(_component_class())
    return _classes[0](ctx, *args)


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(create, table.IMPLEMENTATION, (table.SERVICE,))
