# cmake -DSOURCE=<source dir> -DWORK=<dir> -DSECONDS=<n> -P fuzz_bounded.cmake
# Builds the libFuzzer target with clang (and ASan, UBSan) and runs it for a bounded time.
include("${CMAKE_CURRENT_LIST_DIR}/side_build.cmake")
side_build("${WORK}" fuzz_functions -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang
           -DCMAKE_CXX_COMPILER=clang++ -DFONDSCIJFERS_FUZZ=ON -DFONDSCIJFERS_BUILD_TESTS=OFF
           -DFONDSCIJFERS_BUILD_BENCHMARKS=OFF)
file(MAKE_DIRECTORY "${WORK}/findings")
execute_process(COMMAND ${CMAKE_COMMAND} -E env "LSAN_OPTIONS=suppressions=${SOURCE}/fuzz/lsan.supp"
                        "${WORK}/fuzz/fuzz_functions" -max_total_time=${SECONDS} -seed=1
                        -print_final_stats=1 "-artifact_prefix=${WORK}/findings/"
                RESULT_VARIABLE ran OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" executed "${err}")
message(STATUS "${executed}")
if(NOT ran EQUAL 0)
  message(FATAL_ERROR "the fuzzer found a problem:\n${err}")
endif()
