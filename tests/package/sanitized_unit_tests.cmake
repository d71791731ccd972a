# cmake -DSOURCE=<source dir> -DWORK=<dir> -P sanitized_unit_tests.cmake
# Builds the model and its unit tests with AddressSanitizer and UndefinedBehaviorSanitizer in
# a separate tree and runs them; any report fails the test.
execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE}" -B "${WORK}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
                        -DFONDSCIJFERS_SANITIZE=ON -DFONDSCIJFERS_BUILD_ADDIN=OFF
                        -DFONDSCIJFERS_BUILD_BENCHMARKS=OFF
                RESULT_VARIABLE configured OUTPUT_QUIET)
execute_process(COMMAND ${CMAKE_COMMAND} --build "${WORK}" --target model_tests --parallel
                RESULT_VARIABLE built OUTPUT_QUIET)
if(NOT configured EQUAL 0 OR NOT built EQUAL 0)
  message(FATAL_ERROR "the sanitizer build failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
                        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
                        "${WORK}/tests/model_tests" --gtest_brief=1
                RESULT_VARIABLE ran OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
if(NOT ran EQUAL 0)
  message(FATAL_ERROR "unit tests failed under the sanitizers")
endif()
