# cmake -DSOURCE=<source dir> -DWORK=<empty dir> -DOXT=<the build's .oxt> -P reproducible.cmake
# Builds the .oxt again in another build tree from the same sources and compares the bytes.
include("${CMAKE_CURRENT_LIST_DIR}/side_build.cmake")
file(REMOVE_RECURSE "${WORK}")
side_build("${WORK}" oxt -DCMAKE_BUILD_TYPE=Release -DFONDSCIJFERS_BUILD_TESTS=OFF
           -DFONDSCIJFERS_BUILD_BENCHMARKS=OFF)
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${OXT}" "${WORK}/fondscijfers.oxt"
                RESULT_VARIABLE differs)
if(differs)
  message(FATAL_ERROR "two builds of the same sources gave different .oxt files")
endif()
file(SHA256 "${OXT}" hash)
message(STATUS "byte-identical .oxt from two build trees, sha256 ${hash}")
file(REMOVE_RECURSE "${WORK}")
