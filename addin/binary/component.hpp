// The component as C++ code outside LibreOffice reaches it: the unit tests, the fuzzer and
// the differential test get a C++ reference to it through the C++ bridge, as a Basic macro
// or a Python script in the office does (Calc itself calls the dispatcher directly). Needs
// the complete type descriptions of fondscijfers_component_cpp's headers.
#pragma once

#include "binary_component.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XTypeProvider.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <nl/fondscijfers/calc/XFunctions.hpp>
#include <uno/lbnames.h>
#include <uno/mapping.hxx>

namespace fondscijfers::addin {

// A binary-UNO object of ours as a C++ reference of type T.
template <class T> css::uno::Reference<T> as_cpp(uno_Interface* binary) {
    // The exceptions the dispatcher raises, known to this process's type library.
    cppu::UnoType<css::lang::IllegalArgumentException>::get();
    cppu::UnoType<css::uno::RuntimeException>::get();
    const css::uno::Mapping to_cpp(rtl::OUString(UNO_LB_UNO),
                                   rtl::OUString(CPPU_CURRENT_LANGUAGE_BINDING_NAME));
    if (!to_cpp.is()) throw css::uno::RuntimeException("no mapping from binary UNO to C++");
    T* mapped = nullptr;
    to_cpp.mapInterface(reinterpret_cast<void**>(&mapped), binary, cppu::UnoType<T>::get());
    (*binary->release)(binary);
    if (!mapped) throw css::uno::RuntimeException("the component does not map to C++");
    return css::uno::Reference<T>(mapped, SAL_NO_ACQUIRE);
}

// A new component, as LibreOffice makes one.
inline css::uno::Reference<nl::fondscijfers::calc::XFunctions> make_component() {
    return as_cpp<nl::fondscijfers::calc::XFunctions>(new_component());
}

} // namespace fondscijfers::addin
