# cmake -DSOURCE=<source dir> -DWORK=<dir> -DCTEST=<ctest> -P fixture_new_default.cmake
# Adding the next circular as the new default is a data change: this builds the project with
# a copy of the shipped stand files plus the fictional stand tests/fixtures/t2099.txt (full
# and the newest, so the default) through FONDSCIJFERS_DATA_DIR, then runs the unit tests and
# the fixture's in-Calc checks against that build, with the native and the portable component
# (whose data module is generated from the same files). The unit tests of which stand is the
# default in the shipped data (DefaultStand.*, CirculaireStanden.*) are left out: with T2099 the
# default is T2099's, which the fixture's own cases check.
file(REMOVE_RECURSE "${WORK}/data")
file(GLOB shipped "${SOURCE}/model/data/*.txt")
file(COPY ${shipped} "${SOURCE}/tests/fixtures/t2099.txt" DESTINATION "${WORK}/data")
set(build "${WORK}/build")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env CMAKE_BUILD_PARALLEL_LEVEL=2
          "${CTEST}" --build-and-test "${SOURCE}" "${build}" --build-generator "Unix Makefiles"
          --build-options -DCMAKE_BUILD_TYPE=Release "-DFONDSCIJFERS_DATA_DIR=${WORK}/data"
                          -DFONDSCIJFERS_BUILD_BENCHMARKS=OFF -DFONDSCIJFERS_WERROR=ON
          --test-command sh -c "'${build}/tests/model_tests' --gtest_brief=1 --gtest_filter=-DefaultStand.*:CirculaireStanden.* && '${build}/tests/addin_tests' --gtest_brief=1 && export PYTHONPATH='${SOURCE}/tools:${SOURCE}/tests/calc' && /usr/bin/python3 '${SOURCE}/tests/calc/run_cases.py' --oxt '${build}/fondscijfers.oxt' '${SOURCE}/tests/fixtures/t2099.tsv' && /usr/bin/python3 '${SOURCE}/tests/calc/run_cases.py' --oxt '${build}/tests/fondscijfers-portable-linux.oxt' '${SOURCE}/tests/fixtures/t2099.tsv'"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the build with the fictional default stand T2099 failed its tests")
endif()
