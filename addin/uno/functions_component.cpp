// The UNO component Calc calls. Each method converts its arguments, asks the model and
// returns the figure; no domain logic lives here.
#include "arguments.hpp"
#include "component.hpp"
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
    Any SAL_CALL accres(const Any& jaar, const Any& stand) override {
        const Stand s = stand_argument(stand);
        return for_each_year(jaar, [&](Year y) { return fondscijfers::accres(y, s); });
    }
    Any SAL_CALL accresPercentage(const Any& jaar, const Any& stand) override {
        const Stand s = stand_argument(stand);
        return for_each_year(jaar, [&](Year y) { return accres_percentage(y, s); });
    }
    Any SAL_CALL accresReeel(const Any& jaar, const Any& stand) override {
        const Stand s = stand_argument(stand);
        return for_each_year(jaar, [&](Year y) { return accres_reeel(y, s); });
    }
    Any SAL_CALL accresReeelPercentage(const Any& jaar, const Any& stand) override {
        const Stand s = stand_argument(stand);
        return for_each_year(jaar, [&](Year y) { return accres_reeel_percentage(y, s); });
    }
    Any SAL_CALL accresIndex(double basisjaar, const Any& jaar, const Any& stand) override {
        const Year base = year_argument(basisjaar);
        const Stand s = stand_argument(stand);
        return for_each_year(jaar, [&](Year y) { return accres_index(base, y, s); });
    }
    Any SAL_CALL bcfOmvang(const Any& jaar, const Any& stand) override {
        const Stand s = stand_argument(stand);
        return for_each_year(jaar, [&](Year y) { return bcf_omvang(y, s); });
    }
    Any SAL_CALL bcfDeclaraties(const Any& jaar, const Any& groei, const Any& stand) override {
        const auto g = growth_argument(groei);
        const Stand s = stand_argument(stand);
        return for_each_year(jaar, [&](Year y) { return bcf_declaraties(y, s, g); });
    }
    Any SAL_CALL bcfVrijval(const Any& jaar, const Any& groei, const Any& deel,
                            const Any& stand) override {
        const auto g = growth_argument(groei);
        const Deel d = deel_argument(deel);
        const Stand s = stand_argument(stand);
        return for_each_year(jaar, [&](Year y) { return bcf_vrijval(y, s, g, d); });
    }
    Any SAL_CALL opschalingskorting(const Any& jaar, const Any& stand) override {
        const Stand s = stand_argument(stand);
        return for_each_year(jaar, [&](Year y) { return fondscijfers::opschalingskorting(y, s); });
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
    Any SAL_CALL circulaireLijst(const Any& filter, const Any& kop) override {
        return cell_value(catalogue_list(filter_argument(filter)), flag_argument(kop));
    }
    Any SAL_CALL circulaireInfo(const OUString& sleutel, const OUString& veld, const Any& jaar,
                                const Any& stand) override {
        return cell_value(catalogue_info(utf8(sleutel), utf8(veld), period_argument(jaar),
                                         stand_argument(stand)));
    }
    Any SAL_CALL circulaireStand(const Any& stand) override {
        return cell_value(stand_answer(optional_stand_argument(stand)));
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
