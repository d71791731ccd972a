// The component as a C++ UNO component (cppu::WeakImplHelper), the way it was written before
// its boundary became binary UNO: benchmark only, under a service of its own, so that one
// run measures both. Its methods (generated, cpp_methods.inc) hand their arguments, which
// have binary UNO's layout, to the same generated methods the shipped component calls: the
// two differ in their boundary only.
#include "methods.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <nl/fondscijfers/calc/XFunctions.hpp>

namespace {

using css::uno::Any;
using rtl::OUString;

class CppComponent
    : public cppu::WeakImplHelper2<nl::fondscijfers::calc::XFunctions, css::lang::XServiceInfo> {
public:
#include "cpp_methods.inc"

    OUString SAL_CALL getImplementationName() override {
        return "nl.fondscijfers.bench.CppFunctionsImpl";
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString name = "nl.fondscijfers.bench.CppFunctions";
        return css::uno::Sequence<OUString>(&name, 1);
    }

private:
    // The method's result constructed in place of the returned Any.
    static Any call(std::size_t index, void** arguments) {
        Any result;
        uno_any_destruct(&result, css::uno::cpp_release); // raw memory for the method
        fondscijfers::addin::Outcome outcome;
        try {
            outcome = fondscijfers::addin::call(fondscijfers::addin::methods()[index], arguments,
                                                &result);
        } catch (...) {
            uno_any_construct(&result, nullptr, nullptr, nullptr);
            throw;
        }
        if (outcome.illegal_argument) {
            uno_any_construct(&result, nullptr, nullptr, nullptr);
            throw css::lang::IllegalArgumentException(
                OUString(outcome.message.data(), static_cast<sal_Int32>(outcome.message.size()),
                         RTL_TEXTENCODING_UTF8),
                {}, 0);
        }
        return result;
    }
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
nl_fondscijfers_bench_CppFunctionsImpl_get_implementation(
    css::uno::XComponentContext*, css::uno::Sequence<css::uno::Any> const&) {
    return cppu::acquire(new CppComponent);
}
