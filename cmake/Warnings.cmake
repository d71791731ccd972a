# The warnings of this project's own targets: each links fondscijfers_warnings PRIVATE, so
# they never reach a consumer or a dependency's headers. The Windows build
# (addin/windows/CMakeLists.txt) includes this file too: one policy for both compilers.
add_library(fondscijfers_warnings INTERFACE)
target_compile_options(fondscijfers_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wconversion -Wshadow $<$<BOOL:${FONDSCIJFERS_WERROR}>:-Werror>)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 reports false -Wrestrict positives inside std::string concatenation at -O2/-O3
  # (GCC bug 105329).
  target_compile_options(fondscijfers_warnings INTERFACE -Wno-restrict)
endif()
