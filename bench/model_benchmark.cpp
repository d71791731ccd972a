// Nanoseconds per call of the model API (Google Benchmark). The years cycle through the
// table so that no call is answered from a branch predictor's single path.
#include "fondscijfers/accres.hpp"
#include "fondscijfers/bcf.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/default_stand.hpp"
#include "fondscijfers/opschalingskorting.hpp"

#include <benchmark/benchmark.h>

using namespace fondscijfers;

namespace {

Year year_at(std::size_t i) {
    return Year{2018 + static_cast<int>(i % 8)};
}

// The loop and the argument alone: what every row below includes.
void BM_LoopOnly(benchmark::State& state) {
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(year_at(i++));
}
BENCHMARK(BM_LoopOnly);

void BM_Accres(benchmark::State& state) {
    const Stand stand = Stand::standard();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(accres(year_at(i++), stand));
}
BENCHMARK(BM_Accres);

void BM_AccresPercentage(benchmark::State& state) {
    const Stand stand = Stand::standard();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(accres_percentage(year_at(i++), stand));
}
BENCHMARK(BM_AccresPercentage);

void BM_AccresIndex(benchmark::State& state) {
    const Stand stand = Stand::standard();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(accres_index(Year{2021}, year_at(i++), stand));
}
BENCHMARK(BM_AccresIndex);

void BM_BcfOmvang(benchmark::State& state) {
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(bcf_omvang(year_at(i++), Stand::standard()));
}
BENCHMARK(BM_BcfOmvang);

void BM_BcfVrijval(benchmark::State& state) {
    const Stand stand = Stand::standard();
    const Growth growth = *Growth::from_fraction(0.02);
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(bcf_vrijval(year_at(i++), stand, growth, Deel::gemeenten));
}
BENCHMARK(BM_BcfVrijval);

void BM_Opschalingskorting(benchmark::State& state) {
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(opschalingskorting(year_at(i++), Stand::standard()));
}
BENCHMARK(BM_Opschalingskorting);

// As a formula that names its stand: the code as typed, then the figure.
void BM_AccresNamedStand(benchmark::State& state) {
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(accres(year_at(i++), *Stand::parse("S2020")));
}
BENCHMARK(BM_AccresNamedStand);

void BM_CirculaireNamedStand(benchmark::State& state) {
    std::size_t i = 0;
    for (auto _ : state) {
        const int y = year_at(i++).value();
        benchmark::DoNotOptimize(
            catalogue_value("accres.nominaal", Period{y, y}, *Stand::parse("S2020")));
    }
}
BENCHMARK(BM_CirculaireNamedStand);

// As a formula that names no stand, the way the generated UNO methods call the model: the
// default rule's stands (looked up once per function, per call for a key), the first that
// answers.
void BM_AccresDefault(benchmark::State& state) {
    const Defaults defaults = defaults_of("ACCRES");
    std::size_t i = 0;
    for (auto _ : state) {
        const Year year = year_at(i++);
        benchmark::DoNotOptimize(in_stand(std::nullopt, defaults.for_year(year),
                                          [&](Stand s) { return accres(year, s); }));
    }
}
BENCHMARK(BM_AccresDefault);

void BM_BcfVrijvalDefault(benchmark::State& state) {
    const Defaults defaults = defaults_of("BCFVRIJVAL");
    const Growth growth = *Growth::from_fraction(0.02);
    std::size_t i = 0;
    for (auto _ : state) {
        const Year year = year_at(i++);
        benchmark::DoNotOptimize(in_stand(std::nullopt, defaults.for_year(year), [&](Stand s) {
            return bcf_vrijval(year, s, growth, Deel::gemeenten);
        }));
    }
}
BENCHMARK(BM_BcfVrijvalDefault);

void BM_CirculaireDefault(benchmark::State& state) {
    std::size_t i = 0;
    for (auto _ : state) {
        const int y = year_at(i++).value();
        benchmark::DoNotOptimize(in_stand(
            std::nullopt, defaults_of("jeugd.incidenteel").for_period(Period{y, y}), [&](Stand s) {
                return catalogue_value("jeugd.incidenteel", Period{y, y}, s);
            }));
    }
}
BENCHMARK(BM_CirculaireDefault);

// The oldest code: a scan over the codes would take longest for it.
void BM_StandParse(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(Stand::parse("startnota"));
}
BENCHMARK(BM_StandParse);

void BM_CirculaireByKey(benchmark::State& state) {
    const Stand stand = Stand::standard();
    std::size_t i = 0;
    for (auto _ : state) {
        const int y = year_at(i++).value();
        benchmark::DoNotOptimize(catalogue_value("accres.nominaal", Period{y, y}, stand));
    }
}
BENCHMARK(BM_CirculaireByKey);

} // namespace

BENCHMARK_MAIN();
