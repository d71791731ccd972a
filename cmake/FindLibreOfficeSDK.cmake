# Finds the LibreOffice SDK (Debian: package libreoffice-dev) and the office's type
# libraries. Defines LibreOfficeSDK::uno and the tool paths LibreOfficeSDK_UNOIDL_WRITE,
# LibreOfficeSDK_CPPUMAKER, LibreOfficeSDK_TYPES_RDB, LibreOfficeSDK_OFFAPI_RDB.
set(LIBREOFFICE_HOME "/usr/lib/libreoffice" CACHE PATH "LibreOffice installation root")

find_program(LibreOfficeSDK_UNOIDL_WRITE unoidl-write HINTS "${LIBREOFFICE_HOME}/sdk/bin" NO_DEFAULT_PATH)
find_program(LibreOfficeSDK_CPPUMAKER cppumaker HINTS "${LIBREOFFICE_HOME}/sdk/bin" NO_DEFAULT_PATH)
find_file(LibreOfficeSDK_TYPES_RDB types.rdb HINTS "${LIBREOFFICE_HOME}/program" NO_DEFAULT_PATH)
find_file(LibreOfficeSDK_OFFAPI_RDB offapi.rdb HINTS "${LIBREOFFICE_HOME}/program/types" NO_DEFAULT_PATH)
find_path(LibreOfficeSDK_INCLUDE_DIR cppuhelper/implbase2.hxx PATH_SUFFIXES libreoffice)
foreach(lib cppu cppuhelper sal)
  set(name uno_${lib})
  if(lib STREQUAL "cppuhelper")
    set(name uno_cppuhelpergcc3)
  endif()
  find_library(LibreOfficeSDK_${lib}_LIBRARY ${name} HINTS "${LIBREOFFICE_HOME}/sdk/lib" NO_DEFAULT_PATH)
endforeach()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibreOfficeSDK REQUIRED_VARS
  LibreOfficeSDK_UNOIDL_WRITE LibreOfficeSDK_CPPUMAKER LibreOfficeSDK_TYPES_RDB
  LibreOfficeSDK_OFFAPI_RDB LibreOfficeSDK_INCLUDE_DIR LibreOfficeSDK_cppu_LIBRARY
  LibreOfficeSDK_cppuhelper_LIBRARY LibreOfficeSDK_sal_LIBRARY)

if(LibreOfficeSDK_FOUND AND NOT TARGET LibreOfficeSDK::uno)
  add_library(LibreOfficeSDK::uno INTERFACE IMPORTED GLOBAL)
  target_include_directories(LibreOfficeSDK::uno SYSTEM INTERFACE "${LibreOfficeSDK_INCLUDE_DIR}")
  target_compile_definitions(LibreOfficeSDK::uno INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
  target_link_libraries(LibreOfficeSDK::uno INTERFACE
    "${LibreOfficeSDK_cppuhelper_LIBRARY}" "${LibreOfficeSDK_cppu_LIBRARY}"
    "${LibreOfficeSDK_sal_LIBRARY}")
endif()
