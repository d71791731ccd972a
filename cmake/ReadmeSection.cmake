# cmake -DMODE=check|update -DSECTION=<name> -DREADME=<README.md> -DGENERATED=<file.md>
#       -P ReadmeSection.cmake
# Generated sections of the README lie between two markers: the catalogue reference (from
# model/data) and the bad-input table (from tests/calc/bad_input.py).
set(begin_marker "<!-- ${SECTION}:begin (generated; cmake --build build --target update-readme) -->\n")
set(end_marker "<!-- ${SECTION}:end -->")
file(READ "${README}" readme)
file(READ "${GENERATED}" generated)
string(FIND "${readme}" "${begin_marker}" begin)
string(FIND "${readme}" "${end_marker}" end)
if(begin EQUAL -1 OR end EQUAL -1 OR end LESS begin)
  message(FATAL_ERROR "${README}: the ${SECTION} markers are missing")
endif()
string(LENGTH "${begin_marker}" marker_length)
math(EXPR content_start "${begin} + ${marker_length}")
math(EXPR content_length "${end} - ${content_start}")
string(SUBSTRING "${readme}" ${content_start} ${content_length} current)
if(MODE STREQUAL "update")
  string(SUBSTRING "${readme}" 0 ${content_start} head)
  string(SUBSTRING "${readme}" ${end} -1 tail)
  file(WRITE "${README}" "${head}${generated}${tail}")
elseif(NOT current STREQUAL generated)
  message(FATAL_ERROR "The README's ${SECTION} section is out of date with its source.\n"
                      "Run: cmake --build build --target update-readme")
else()
  message(STATUS "README ${SECTION} section is current")
endif()
