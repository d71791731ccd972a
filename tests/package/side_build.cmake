# side_build(<dir> <target> [cmake options...]): configures and builds one target of this
# project in a separate build tree, for the tests that need another build (sanitizers, clang
# and libFuzzer, a second build to compare). Fails the calling test when either step fails.
function(side_build dir target)
  execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE}" -B "${dir}" ${ARGN}
                  RESULT_VARIABLE configured OUTPUT_QUIET)
  execute_process(COMMAND ${CMAKE_COMMAND} --build "${dir}" --target ${target} --parallel
                  RESULT_VARIABLE built OUTPUT_QUIET)
  if(NOT configured EQUAL 0 OR NOT built EQUAL 0)
    message(FATAL_ERROR "building ${target} in ${dir} failed")
  endif()
endfunction()
