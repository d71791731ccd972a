# The build steps every LibreOffice extension of the project shares: the shipped add-in
# (addin/) and the benchmark-only one (bench/). Needs FindLibreOfficeSDK.cmake found first.
include_guard(GLOBAL)

find_program(ZIP_PROGRAM zip REQUIRED)

# fondscijfers_uno_types(<rdb> <idl directory> <include directory> <header> DEPENDS <file>...)
# IDL -> UNO type library <rdb> -> C++ headers in <include directory>; <header> is one of
# them, for targets to depend on.
function(fondscijfers_uno_types rdb idl_dir include_dir header)
  cmake_parse_arguments(PARSE_ARGV 4 arg "" "" "DEPENDS")
  get_filename_component(rdb_dir "${rdb}" DIRECTORY)
  add_custom_command(
    OUTPUT "${rdb}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${rdb_dir}"
    COMMAND "${LibreOfficeSDK_UNOIDL_WRITE}" "${LibreOfficeSDK_TYPES_RDB}"
            "${LibreOfficeSDK_OFFAPI_RDB}" "${idl_dir}" "${rdb}"
    DEPENDS ${arg_DEPENDS}
    COMMENT "Compiling the UNO type library ${rdb}")
  add_custom_command(
    OUTPUT "${header}"
    COMMAND ${CMAKE_COMMAND} -E rm -rf "${include_dir}"
    COMMAND "${LibreOfficeSDK_CPPUMAKER}" -Gc "-O${include_dir}" "${LibreOfficeSDK_TYPES_RDB}"
            "${LibreOfficeSDK_OFFAPI_RDB}" "${rdb}"
    DEPENDS "${rdb}"
    COMMENT "Generating UNO C++ headers from ${rdb}")
endfunction()

# fondscijfers_oxt(<output .oxt> <stage directory> FILES <path in the package>...
#                  STAGE_COMMANDS COMMAND ... [COMMAND ...] DEPENDS <file or target>...)
# The stage directory is emptied, filled by STAGE_COMMANDS, and its FILES zipped in the order
# given with fixed modes and dates: two builds give the same bytes.
function(fondscijfers_oxt output stage)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "FILES;STAGE_COMMANDS;DEPENDS")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -E rm -rf "${stage}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${stage}"
    ${arg_STAGE_COMMANDS}
    # Reproducible: fixed modes and dates, fixed order, no extra fields (zip -X), no directories.
    COMMAND chmod -R u=rwX,go=rX "${stage}"
    COMMAND find "${stage}" -exec touch -h -d @1600732800 {} +
    COMMAND ${CMAKE_COMMAND} -E rm -f "${output}"
    COMMAND ${CMAKE_COMMAND} -E chdir "${stage}" ${CMAKE_COMMAND} -E env TZ=UTC
            "${ZIP_PROGRAM}" -X -D -q "${output}" ${arg_FILES}
    DEPENDS ${arg_DEPENDS}
    COMMENT "Packaging ${output}")
endfunction()
