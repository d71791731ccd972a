# cmake -DSOURCE=<source dir> -DWORK=<dir> -P sanitized_unit_tests.cmake
# Builds the model and its unit tests with AddressSanitizer and UndefinedBehaviorSanitizer in
# a separate tree and runs them; any report fails the test.
include("${CMAKE_CURRENT_LIST_DIR}/side_build.cmake")
side_build("${WORK}" model_tests -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFONDSCIJFERS_SANITIZE=ON
           -DFONDSCIJFERS_BUILD_ADDIN=OFF -DFONDSCIJFERS_BUILD_BENCHMARKS=OFF)
execute_process(COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
                        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
                        "${WORK}/tests/model_tests" --gtest_brief=1
                RESULT_VARIABLE ran OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
if(NOT ran EQUAL 0)
  message(FATAL_ERROR "unit tests failed under the sanitizers")
endif()
