// Misuse of the model's strong types must not compile (in the manner of Howard Hinnant's
// date library). tests/CMakeLists.txt compiles this file once as it is (it must compile) and
// once per MISUSE_<n> (each must fail): so every failure is the misuse, not a typo.
#include "fondscijfers/accres.hpp"
#include "fondscijfers/bcf.hpp"
#include "fondscijfers/growth.hpp"
#include "fondscijfers/stand.hpp"
#include "fondscijfers/year.hpp"

using namespace fondscijfers;

int main() {
    const Stand stand = Stand::standard();
    const Year year{2022};
    (void)accres(year, stand);
    (void)bcf_vrijval(year, stand, Growth::from_fraction(0.02), Deel::totaal);
#if defined(MISUSE_1) // an int is no Year: a figure needs an explicit year
    (void)accres(2022, stand);
#elif defined(MISUSE_2) // nor is a Year made from an int implicitly
    [[maybe_unused]] const Year implicit = 2022;
#elif defined(MISUSE_3) // a stand is parsed from its code, never made from text
    (void)accres(year, "S2020");
#elif defined(MISUSE_4) // nor from an index
    [[maybe_unused]] const Stand by_index{0};
#elif defined(MISUSE_5) // a growth is checked: only Growth::from_fraction makes one
    [[maybe_unused]] const Growth unchecked{0.02};
#elif defined(MISUSE_6) // a fraction is no growth
    (void)bcf_vrijval(year, stand, 0.02);
#elif defined(MISUSE_7) // the stand comes after the year: arguments cannot be swapped
    (void)accres(stand, year);
#elif defined(MISUSE_8) // a figure must be used (nodiscard), with -Werror
    accres(year, stand);
#endif
    return 0;
}
