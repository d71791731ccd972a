// The component as code outside LibreOffice reaches it: the unit tests, the fuzzer and the
// differential test make it through its constructor entry point (the one the .components file
// names), without an office.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <nl/fondscijfers/calc/XFunctions.hpp>

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
nl_fondscijfers_calc_FunctionsImpl_get_implementation(css::uno::XComponentContext*,
                                                      css::uno::Sequence<css::uno::Any> const&);

namespace fondscijfers::addin {

// A new component, as LibreOffice makes one.
inline css::uno::Reference<nl::fondscijfers::calc::XFunctions> make_component() {
    return {nl_fondscijfers_calc_FunctionsImpl_get_implementation(nullptr, {}),
            css::uno::UNO_QUERY_THROW};
}

} // namespace fondscijfers::addin
