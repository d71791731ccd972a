# cmake -DCOMMITTED=<file> -DGENERATED=<file> -DSTAMP=<file> -P CheckGeneratedFile.cmake
# Fails the build when a committed file no longer matches what the generator writes.
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${COMMITTED}" "${GENERATED}"
                RESULT_VARIABLE differs)
if(differs)
  message(FATAL_ERROR "${COMMITTED} does not match the function table.\n"
                      "Review and copy the generated file over it:\n  cp ${GENERATED} ${COMMITTED}")
endif()
file(TOUCH "${STAMP}")
