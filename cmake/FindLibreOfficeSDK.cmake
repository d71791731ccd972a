# Finds a LibreOffice office and its SDK (Debian: package libreoffice-dev). Defines
# LibreOfficeSDK::uno, the tool paths LibreOfficeSDK_UNOIDL_WRITE, LibreOfficeSDK_CPPUMAKER,
# the type libraries LibreOfficeSDK_TYPES_RDB, LibreOfficeSDK_OFFAPI_RDB, the C++ UNO
# environment LibreOfficeSDK_CPPU_ENV, LIBREOFFICE_HOME (the office root: the folder holding
# program/, on macOS the .app) and LibreOfficeSDK_HOME (the SDK root).
# LIBREOFFICE_HOME, given or in the environment, is taken as it is. Else the office is looked
# for in LibreOffice_ROOT, ENV LibreOffice_ROOT, ENV OFFICE_HOME, the parent of the SDK, then
# the usual install places; the SDK in LibreOfficeSDK_ROOT, ENV LibreOfficeSDK_ROOT,
# ENV OO_SDK_HOME (OFFICE_HOME and OO_SDK_HOME as setsdkenv sets them), then <office>/sdk
# and on macOS the LibreOffice*_SDK folders.

# A hint as a normalized CMake path without a trailing slash: find_path returns it as given.
function(_libreofficesdk_hint list dir)
  if(dir)
    cmake_path(SET dir NORMALIZE "${dir}")
    string(REGEX REPLACE "(.)/$" "\\1" dir "${dir}")
    set(${list} ${${list}} "${dir}" PARENT_SCOPE)
  endif()
endfunction()
if(NOT LIBREOFFICE_HOME AND NOT "$ENV{LIBREOFFICE_HOME}" STREQUAL "")
  _libreofficesdk_hint(_lo_home "$ENV{LIBREOFFICE_HOME}")
  set(LIBREOFFICE_HOME "${_lo_home}" CACHE PATH "LibreOffice installation root" FORCE)
endif()
set(_lo_hints "")
set(_lo_sdk_hints "")
foreach(_lo_dir "${LibreOffice_ROOT}" "$ENV{LibreOffice_ROOT}" "$ENV{OFFICE_HOME}")
  _libreofficesdk_hint(_lo_hints "${_lo_dir}")
endforeach()
foreach(_lo_dir "${LibreOfficeSDK_ROOT}" "$ENV{LibreOfficeSDK_ROOT}" "$ENV{OO_SDK_HOME}")
  _libreofficesdk_hint(_lo_sdk_hints "${_lo_dir}")
  if(_lo_dir)
    _libreofficesdk_hint(_lo_hints "${_lo_dir}/..")
  endif()
endforeach()

# Where the office keeps the URE's libraries and type library: program/ on Linux and Windows,
# the macOS bundle splits them (setsdkenv_unix.sh OO_SDK_URE_LIB_DIR, settings.mk URE_MISC).
set(_lo_urelib program)
set(_lo_misc program)
set(_lo_types program/types)
set(_lo_sdk_paths "")
if(WIN32)
  set(_lo_paths "C:/Program Files/LibreOffice")
  if(CMAKE_SIZEOF_VOID_P EQUAL 4)
    list(PREPEND _lo_paths "C:/Program Files (x86)/LibreOffice")
  endif()
elseif(APPLE)
  set(_lo_urelib Contents/Frameworks)
  set(_lo_misc Contents/Resources/ure/share/misc)
  set(_lo_types Contents/Resources/types)
  set(_lo_paths /Applications/LibreOffice.app "$ENV{HOME}/Applications/LibreOffice.app")
  # The macOS SDK is a folder of its own, LibreOffice<version>_SDK.
  file(GLOB _lo_sdk_paths /Applications/LibreOffice*_SDK "$ENV{HOME}/LibreOffice*_SDK")
  list(SORT _lo_sdk_paths COMPARE NATURAL ORDER DESCENDING)
else()
  # The newest upstream package first: /opt/libreoffice24.8 before /opt/libreoffice7.6.
  file(GLOB _lo_opt /opt/libreoffice*)
  list(SORT _lo_opt COMPARE NATURAL ORDER DESCENDING)
  set(_lo_paths /usr/lib/libreoffice /usr/lib64/libreoffice /usr/local/lib/libreoffice ${_lo_opt})
endif()

find_path(LIBREOFFICE_HOME ${_lo_misc}/types.rdb HINTS ${_lo_hints} PATHS ${_lo_paths}
  NO_DEFAULT_PATH DOC "LibreOffice installation root")
find_path(LibreOfficeSDK_HOME settings/settings.mk HINTS ${_lo_sdk_hints} "${LIBREOFFICE_HOME}/sdk"
  PATHS ${_lo_sdk_paths} NO_DEFAULT_PATH DOC "LibreOffice SDK root (OO_SDK_HOME)")
find_program(LibreOfficeSDK_UNOIDL_WRITE unoidl-write HINTS "${LibreOfficeSDK_HOME}/bin" NO_DEFAULT_PATH)
find_program(LibreOfficeSDK_CPPUMAKER cppumaker HINTS "${LibreOfficeSDK_HOME}/bin" NO_DEFAULT_PATH)
find_file(LibreOfficeSDK_TYPES_RDB types.rdb HINTS "${LIBREOFFICE_HOME}/${_lo_misc}" NO_DEFAULT_PATH)
find_file(LibreOfficeSDK_OFFAPI_RDB offapi.rdb HINTS "${LIBREOFFICE_HOME}/${_lo_types}" NO_DEFAULT_PATH)
find_path(LibreOfficeSDK_INCLUDE_DIR cppuhelper/implbase2.hxx
  HINTS "${LibreOfficeSDK_HOME}/include" PATH_SUFFIXES libreoffice)

# The defines and CPPU_ENV as the SDK's settings/settings.mk sets CC_DEFINES and CPPU_ENV for
# the platform. A preset LibreOfficeSDK_CPPU_ENV wins, for what it does not cover (Windows on
# ARM); where it has no CPPU_ENV the SDK is not found.
set(_lo_env "")
if(WIN32)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "MSVC" OR CMAKE_CXX_SIMULATE_ID STREQUAL "MSVC")
    # Windows: CC_DEFINES=-DWIN32 -DWNT -D_DLL -DCPPU_ENV=$(CPPU_ENV); CPPU_ENV=mscx if
    # PROCTYPE is x86_64, else msci. It knows no ARM.
    set(_lo_defines WIN32 WNT _DLL)
    if(NOT CMAKE_CXX_COMPILER_ARCHITECTURE_ID MATCHES "^ARM")
      if(CMAKE_SIZEOF_VOID_P EQUAL 8)
        set(_lo_env mscx)
      else()
        set(_lo_env msci)
      endif()
    endif()
  else()
    # MinGW: settings.mk builds with cl only; g++ has the gcc3 ABI of its Unix sections.
    set(_lo_defines WIN32 WNT)
    set(_lo_env gcc3)
    message(WARNING "LibreOfficeSDK: the SDK's settings.mk knows only MSVC on Windows; a "
      "MinGW component needs a LibreOffice built with MinGW too.")
  endif()
elseif(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  # Linux, macOS, FreeBSD: CC_DEFINES=-DUNX -DGCC -D<OS> -DCPPU_ENV=$(CPPU_ENV) and
  # CPPU_ENV=gcc3, with clang++ (macOS) as with g++.
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(_lo_defines UNX GCC LINUX)
  elseif(APPLE)
    set(_lo_defines UNX GCC MACOSX)
  elseif(CMAKE_SYSTEM_NAME STREQUAL "FreeBSD")
    set(_lo_defines UNX GCC FREEBSD)
  endif()
  if(_lo_defines)
    set(_lo_env gcc3)
  endif()
endif()
# Where GNU make is at hand and the SDK is for the platform being built, the SDK itself says
# them: settings.mk evaluated with its own dk.mk. The table above is what it says elsewhere.
find_program(LibreOfficeSDK_MAKE NAMES gmake make)
if(LibreOfficeSDK_MAKE AND LibreOfficeSDK_HOME AND NOT CMAKE_CROSSCOMPILING)
  set(_lo_print "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/libreofficesdk-print.mk")
  file(WRITE "${_lo_print}" "print-%:\n\t@echo $($*)\n")
  execute_process(COMMAND "${LibreOfficeSDK_MAKE}" -s "OO_SDK_HOME=${LibreOfficeSDK_HOME}"
      -f "${LibreOfficeSDK_HOME}/settings/settings.mk" -f "${_lo_print}" print-CC_DEFINES print-CPPU_ENV
    OUTPUT_VARIABLE _lo_said RESULT_VARIABLE _lo_rc ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REPLACE "\n" ";" _lo_said "${_lo_said}")
  list(LENGTH _lo_said _lo_lines)
  if(_lo_rc EQUAL 0 AND _lo_lines EQUAL 2)
    list(GET _lo_said 0 _lo_cc_defines)
    list(GET _lo_said 1 _lo_said_env)
    string(REGEX MATCHALL "-D[^ ]+" _lo_cc_defines "${_lo_cc_defines}")
    list(TRANSFORM _lo_cc_defines REPLACE "^-D" "")
    list(FILTER _lo_cc_defines EXCLUDE REGEX "^CPPU_ENV=")
    if(_lo_cc_defines AND _lo_said_env)
      set(_lo_defines ${_lo_cc_defines})
      set(_lo_env "${_lo_said_env}")
      message(STATUS "LibreOfficeSDK: settings.mk says ${_lo_defines}, CPPU_ENV ${_lo_env}")
    endif()
  endif()
endif()
if(_lo_env)
  set(LibreOfficeSDK_CPPU_ENV "${_lo_env}" CACHE STRING "C++ UNO environment (settings.mk CPPU_ENV)")
endif()

if(WIN32)
  # Windows: SALLIB=isal.lib CPPULIB=icppu.lib CPPUHELPERLIB=icppuhelper.lib, in sdk/lib.
  set(_lo_libs sal isal cppu icppu cppuhelper icppuhelper)
else()
  # Unix: SALLIB=-luno_sal CPPULIB=-luno_cppu CPPUHELPERLIB=-luno_cppuhelper$(COMID), COMID
  # being CPPU_ENV. The macOS SDK lacks these links (setsdkenv makes them): the .dylib.3.
  set(_lo_libs sal uno_sal cppu uno_cppu cppuhelper uno_cppuhelper${LibreOfficeSDK_CPPU_ENV})
endif()
while(_lo_libs)
  list(POP_FRONT _lo_libs _lo_lib _lo_name)
  set(_lo_names ${_lo_name})
  if(APPLE)
    list(APPEND _lo_names lib${_lo_name}.dylib.3)
  endif()
  find_library(LibreOfficeSDK_${_lo_lib}_LIBRARY NAMES ${_lo_names} NO_DEFAULT_PATH
    HINTS "${LibreOfficeSDK_HOME}/lib" "${LIBREOFFICE_HOME}/${_lo_urelib}")
endwhile()

string(CONCAT _lo_reason "For the office and the SDK: set LIBREOFFICE_HOME (now "
  "${LIBREOFFICE_HOME}) to the office root, the folder holding program/ (on macOS the .app), "
  "and OO_SDK_HOME to the SDK if it is not its sdk/ folder.")
if(NOT LibreOfficeSDK_CPPU_ENV)
  string(APPEND _lo_reason " The SDK's settings.mk gives no CPPU_ENV for ${CMAKE_SYSTEM_NAME} "
    "${CMAKE_CXX_COMPILER_ARCHITECTURE_ID} with ${CMAKE_CXX_COMPILER_ID}: set LibreOfficeSDK_CPPU_ENV.")
  string(REPLACE "  " " " _lo_reason "${_lo_reason}")
endif()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibreOfficeSDK REQUIRED_VARS
  LIBREOFFICE_HOME LibreOfficeSDK_HOME LibreOfficeSDK_CPPU_ENV
  LibreOfficeSDK_UNOIDL_WRITE LibreOfficeSDK_CPPUMAKER LibreOfficeSDK_TYPES_RDB
  LibreOfficeSDK_OFFAPI_RDB LibreOfficeSDK_INCLUDE_DIR LibreOfficeSDK_cppu_LIBRARY
  LibreOfficeSDK_cppuhelper_LIBRARY LibreOfficeSDK_sal_LIBRARY
  REASON_FAILURE_MESSAGE "${_lo_reason}")

if(LibreOfficeSDK_FOUND AND NOT TARGET LibreOfficeSDK::uno)
  # Debian's sdk/include links to /usr/include/libreoffice: use the real folder, as before.
  file(REAL_PATH "${LibreOfficeSDK_INCLUDE_DIR}" _lo_include)
  add_library(LibreOfficeSDK::uno INTERFACE IMPORTED GLOBAL)
  target_include_directories(LibreOfficeSDK::uno SYSTEM INTERFACE "${_lo_include}")
  target_compile_definitions(LibreOfficeSDK::uno INTERFACE
    ${_lo_defines} CPPU_ENV=${LibreOfficeSDK_CPPU_ENV})
  target_link_libraries(LibreOfficeSDK::uno INTERFACE
    "${LibreOfficeSDK_cppuhelper_LIBRARY}" "${LibreOfficeSDK_cppu_LIBRARY}"
    "${LibreOfficeSDK_sal_LIBRARY}")
  # Binary UNO only, the C ABI (the component: addin/binary/): no C++ helper library.
  add_library(LibreOfficeSDK::binary_uno INTERFACE IMPORTED GLOBAL)
  target_include_directories(LibreOfficeSDK::binary_uno SYSTEM INTERFACE "${_lo_include}")
  target_compile_definitions(LibreOfficeSDK::binary_uno INTERFACE ${_lo_defines})
  target_link_libraries(LibreOfficeSDK::binary_uno INTERFACE
    "${LibreOfficeSDK_cppu_LIBRARY}" "${LibreOfficeSDK_sal_LIBRARY}")
endif()
