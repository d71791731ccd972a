# cmake -DSOURCE=<source dir> -DWORK=<dir> -DSECONDS=<n> -P fuzz_bounded.cmake
# Builds the libFuzzer target with clang (and ASan, UBSan) and runs it for a bounded time.
execute_process(COMMAND ${CMAKE_COMMAND} -E env CC=clang CXX=clang++
                        ${CMAKE_COMMAND} -S "${SOURCE}" -B "${WORK}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
                        -DFONDSCIJFERS_FUZZ=ON -DFONDSCIJFERS_BUILD_TESTS=OFF
                        -DFONDSCIJFERS_BUILD_BENCHMARKS=OFF
                RESULT_VARIABLE configured OUTPUT_QUIET)
execute_process(COMMAND ${CMAKE_COMMAND} --build "${WORK}" --target fuzz_functions --parallel
                RESULT_VARIABLE built OUTPUT_QUIET)
if(NOT configured EQUAL 0 OR NOT built EQUAL 0)
  message(FATAL_ERROR "the fuzzer build failed")
endif()
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
