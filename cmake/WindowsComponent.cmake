# The Windows x64 component (addin/windows): a second CMake project with the mingw-w64
# toolchain (cmake/mingw-w64-x86_64.cmake), run by the main build. It is optional: without
# mingw-w64 the main build says so and leaves it out; tools/setup-debian.sh installs it.
# Sets FONDSCIJFERS_WINDOWS_DIR (the sub-build's tree, holding fondscijfers.dll) when built.
include(ExternalProject)
option(FONDSCIJFERS_BUILD_WINDOWS "Build the Windows x64 component with mingw-w64 when it is installed" ON)
set(FONDSCIJFERS_WINDOWS_DIR "" CACHE INTERNAL "")
if(NOT FONDSCIJFERS_BUILD_WINDOWS)
  return()
endif()
find_program(FONDSCIJFERS_MINGW_CXX_FOUND NAMES x86_64-w64-mingw32-g++-win32 x86_64-w64-mingw32-g++)
find_program(FONDSCIJFERS_MINGW_DLLTOOL x86_64-w64-mingw32-dlltool)
find_program(FONDSCIJFERS_MINGW_OBJDUMP x86_64-w64-mingw32-objdump)
find_program(FONDSCIJFERS_MINGW_STRIP x86_64-w64-mingw32-strip)
if(NOT FONDSCIJFERS_MINGW_CXX_FOUND OR NOT FONDSCIJFERS_MINGW_DLLTOOL OR NOT FONDSCIJFERS_MINGW_OBJDUMP
   OR NOT FONDSCIJFERS_MINGW_STRIP)
  message(STATUS "mingw-w64 not found: the Windows component fondscijfers.dll is not built "
                 "(apt-get install g++-mingw-w64-x86-64 binutils-mingw-w64-x86-64; "
                 "tools/setup-debian.sh installs them)")
  return()
endif()

set(FONDSCIJFERS_WINDOWS_DIR "${PROJECT_BINARY_DIR}/windows" CACHE INTERNAL "")
set(windows_build_type "${CMAKE_BUILD_TYPE}")
if(NOT windows_build_type)
  set(windows_build_type Release)
endif()
ExternalProject_Add(fondscijfers_windows
  SOURCE_DIR "${PROJECT_SOURCE_DIR}/addin/windows"
  BINARY_DIR "${FONDSCIJFERS_WINDOWS_DIR}"
  PREFIX "${PROJECT_BINARY_DIR}/windows-project"
  CMAKE_ARGS
    "-DCMAKE_TOOLCHAIN_FILE=${PROJECT_SOURCE_DIR}/cmake/mingw-w64-x86_64.cmake"
    "-DCMAKE_BUILD_TYPE=${windows_build_type}"
    "-DFONDSCIJFERS_WERROR=${FONDSCIJFERS_WERROR}"
    "-DFONDSCIJFERS_WINDOWS_TESTS=${FONDSCIJFERS_BUILD_TESTS}"
    "-DFONDSCIJFERS_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "-DFONDSCIJFERS_CATALOGUE_DATA=${PROJECT_BINARY_DIR}/model/catalogue_data.cpp"
    "-DFONDSCIJFERS_GENERATED=${PROJECT_BINARY_DIR}/addin/generated"
    "-DFONDSCIJFERS_SDK_INCLUDE=${LibreOfficeSDK_INCLUDE_DIR}"
  # The component's sources: those of the host's component (addin/CMakeLists.txt).
  CMAKE_CACHE_ARGS "-DFONDSCIJFERS_BINARY_SOURCES:STRING=${FONDSCIJFERS_BINARY_SOURCES}"
  # The host made catalogue_data.cpp (fondscijfers_model) and addin/generated (fondscijfers_uno).
  DEPENDS fondscijfers_model fondscijfers_uno
  INSTALL_COMMAND ""
  BUILD_BYPRODUCTS "${FONDSCIJFERS_WINDOWS_DIR}/fondscijfers.dll"
  BUILD_ALWAYS ON)
