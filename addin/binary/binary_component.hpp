// The component's objects in binary UNO, for the library's entry points and for code that
// reaches the component without an office (component.hpp).
#pragma once

#include <uno/dispatcher.h>

namespace fondscijfers::addin {

// A new component (XFunctions, XTypeProvider, XServiceInfo), acquired once.
uno_Interface* new_component();
// Its factory (XSingleComponentFactory, XServiceInfo), acquired once.
uno_Interface* new_factory();

} // namespace fondscijfers::addin
