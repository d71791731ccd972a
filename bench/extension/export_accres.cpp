// Writes the ACCRES figures of the default stand as a Python module for the Python add-in
// of the benchmark, so that the figures keep their one home in model/data.
#include "fondscijfers/accres.hpp"

#include <fstream>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    std::ofstream out(argv[1]);
    out << "# Generated from the model by export_accres; benchmark only.\nACCRES = {\n";
    for (int y = 1990; y <= 2100; ++y)
        if (const auto a =
                fondscijfers::accres(fondscijfers::Year{y}, fondscijfers::Stand::standard()))
            out << "    " << y << ": " << a->value << ".0,\n";
    out << "}\n";
    return out ? 0 : 1;
}
