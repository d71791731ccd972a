# Toolchain file: Windows x64 with Debian's mingw-w64 (gcc-mingw-w64-x86-64,
# g++-mingw-w64-x86-64, binutils-mingw-w64-x86-64). The win32 thread model is taken when both
# are installed: its C++ runtime needs no libwinpthread, so the DLL imports only KERNEL32 and
# msvcrt besides LibreOffice's sal3 and cppu3.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(mingw_prefix x86_64-w64-mingw32)

find_program(FONDSCIJFERS_MINGW_CC NAMES ${mingw_prefix}-gcc-win32 ${mingw_prefix}-gcc REQUIRED)
find_program(FONDSCIJFERS_MINGW_CXX NAMES ${mingw_prefix}-g++-win32 ${mingw_prefix}-g++ REQUIRED)
set(CMAKE_C_COMPILER "${FONDSCIJFERS_MINGW_CC}")
set(CMAKE_CXX_COMPILER "${FONDSCIJFERS_MINGW_CXX}")
find_program(CMAKE_RC_COMPILER NAMES ${mingw_prefix}-windres)
find_program(FONDSCIJFERS_DLLTOOL NAMES ${mingw_prefix}-dlltool REQUIRED)
find_program(FONDSCIJFERS_OBJDUMP NAMES ${mingw_prefix}-objdump REQUIRED)

set(CMAKE_FIND_ROOT_PATH /usr/${mingw_prefix})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
