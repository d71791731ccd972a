// The UNO component Calc calls. Each method converts its arguments, asks the model and
// returns the figure; no domain logic lives here.
#include "arguments.hpp"
#include "fondscijfers/accres.hpp"
#include "fondscijfers/bcf.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/opschalingskorting.hpp"
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
    Any SAL_CALL accres(double jaar, const Any& stand) override {
        return cell_value(fondscijfers::accres(year_argument(jaar), stand_argument(stand)));
    }
    Any SAL_CALL accresPercentage(double jaar, const Any& stand) override {
        return cell_value(accres_percentage(year_argument(jaar), stand_argument(stand)));
    }
    Any SAL_CALL accresReeel(double jaar, const Any& stand) override {
        return cell_value(accres_reeel(year_argument(jaar), stand_argument(stand)));
    }
    Any SAL_CALL accresReeelPercentage(double jaar, const Any& stand) override {
        return cell_value(accres_reeel_percentage(year_argument(jaar), stand_argument(stand)));
    }
    Any SAL_CALL accresIndex(double basisjaar, double jaar, const Any& stand) override {
        return cell_value(
            accres_index(year_argument(basisjaar), year_argument(jaar), stand_argument(stand)));
    }
    Any SAL_CALL bcfOmvang(double jaar) override {
        return cell_value(bcf_omvang(year_argument(jaar)));
    }
    Any SAL_CALL bcfDeclaraties(double jaar, const Any& groei) override {
        return cell_value(bcf_declaraties(year_argument(jaar), growth_argument(groei)));
    }
    Any SAL_CALL bcfVrijval(double jaar, const Any& groei, const Any& deel) override {
        return cell_value(
            bcf_vrijval(year_argument(jaar), growth_argument(groei), deel_argument(deel)));
    }
    Any SAL_CALL opschalingskorting(double jaar, const Any& stand) override {
        return cell_value(
            fondscijfers::opschalingskorting(year_argument(jaar), stand_argument(stand)));
    }
    Any SAL_CALL circulaire(const OUString& sleutel, const Any& jaar, const Any& stand) override {
        return cell_value(
            catalogue_value(utf8(sleutel), period_argument(jaar), stand_argument(stand)));
    }
    Any SAL_CALL circulaireBron(const OUString& sleutel, const Any& jaar,
                                const Any& stand) override {
        return cell_value(
            catalogue_source(utf8(sleutel), period_argument(jaar), stand_argument(stand)));
    }
    Any SAL_CALL circulaireLijst(const Any& filter) override {
        return cell_value(catalogue_list(filter_argument(filter)));
    }

    OUString SAL_CALL getImplementationName() override { return ascii(implementation_name); }
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
