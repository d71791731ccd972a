// The floor of our add-in path: a function with ACCRES's signature that returns a constant.
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <nl/fondscijfers/bench/XBenchFunctions.hpp>

namespace {

using css::uno::Any;
using rtl::OUString;

class FloorComponent : public cppu::WeakImplHelper2<nl::fondscijfers::bench::XBenchFunctions,
                                                    css::lang::XServiceInfo> {
public:
    Any SAL_CALL floorAccres(const Any&, const Any&) override { return Any(1.0); }
    Any SAL_CALL floorAccresDouble(double, const Any&) override { return Any(1.0); }

    OUString SAL_CALL getImplementationName() override { return "nl.fondscijfers.bench.FloorImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString name = "nl.fondscijfers.bench.Floor";
        return css::uno::Sequence<OUString>(&name, 1);
    }
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
nl_fondscijfers_bench_FloorImpl_get_implementation(css::uno::XComponentContext*,
                                                   css::uno::Sequence<css::uno::Any> const&) {
    return cppu::acquire(new FloorComponent);
}
