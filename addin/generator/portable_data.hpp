// The portable component's data module (fondscijfers_data.py), written from the model.
#pragma once

#include <ostream>

namespace fondscijfers::addin {

void write_portable_data(std::ostream& out);

} // namespace fondscijfers::addin
