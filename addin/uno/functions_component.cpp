// The UNO component Calc calls. Its methods are generated from the function table: each
// converts its arguments, asks the model and returns the figure; no domain logic lives here.
#include "arguments.hpp"
#include "component.hpp"
#include "fondscijfers/functions.hpp"
#include "function_table.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <nl/fondscijfers/calc/XFunctions.hpp>

namespace fondscijfers::addin {
namespace {

using css::uno::Any;
using rtl::OUString;

OUString ascii(std::string_view text) {
    return OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_ASCII_US);
}

class FunctionsComponent
    : public cppu::WeakImplHelper2<nl::fondscijfers::calc::XFunctions, css::lang::XServiceInfo> {
public:
    // One method per function of the table, each bound to its model call (generated).
#include "functions_component.inc"

    OUString SAL_CALL getImplementationName() override {
        return ascii(implementation_name);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString name = ascii(service_name);
        return css::uno::Sequence<OUString>(&name, 1);
    }
};

} // namespace
} // namespace fondscijfers::addin

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
nl_fondscijfers_calc_FunctionsImpl_get_implementation(css::uno::XComponentContext*,
                                                      css::uno::Sequence<css::uno::Any> const&) {
    return cppu::acquire(new fondscijfers::addin::FunctionsComponent);
}
