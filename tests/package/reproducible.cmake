# cmake -DSOURCE=<source dir> -DWORK=<empty dir> -DOXT=<the build's .oxt> -P reproducible.cmake
# Builds the .oxt again in another build tree from the same sources and compares the bytes.
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE}" -B "${WORK}" -DCMAKE_BUILD_TYPE=Release
                        -DFONDSCIJFERS_BUILD_TESTS=OFF -DFONDSCIJFERS_BUILD_BENCHMARKS=OFF
                RESULT_VARIABLE configured OUTPUT_QUIET)
execute_process(COMMAND ${CMAKE_COMMAND} --build "${WORK}" --target oxt --parallel
                RESULT_VARIABLE built OUTPUT_QUIET)
if(NOT configured EQUAL 0 OR NOT built EQUAL 0)
  message(FATAL_ERROR "the second build failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${OXT}" "${WORK}/fondscijfers.oxt"
                RESULT_VARIABLE differs)
if(differs)
  message(FATAL_ERROR "two builds of the same sources gave different .oxt files")
endif()
file(SHA256 "${OXT}" hash)
message(STATUS "byte-identical .oxt from two build trees, sha256 ${hash}")
file(REMOVE_RECURSE "${WORK}")
