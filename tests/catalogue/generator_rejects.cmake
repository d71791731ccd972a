# cmake -DGENERATOR=<generate_catalogue> -DWORK=<dir> -P generator_rejects.cmake
# A malformed data file must stop the generator (and so the build) with file:line: message.
file(MAKE_DIRECTORY "${WORK}")
file(WRITE "${WORK}/good.txt" "stand S1\ntitel T\ndocument D\nstandaard ja\n"
     "sleutel a.b\nomschrijving X\neenheid euro\nplaats P\n2020 1 mln\n")
file(WRITE "${WORK}/bad.txt" "stand S2\ntitel T\ndocument D\n"
     "sleutel a.b\nomschrijving X\neenheid euro\nplaats P\n2020 1 mln\n2020 2 mln\n")

execute_process(COMMAND "${GENERATOR}" "${WORK}/out.cpp" "${WORK}/out.md" "${WORK}/good.txt"
                RESULT_VARIABLE good_result ERROR_VARIABLE good_error)
if(NOT good_result EQUAL 0)
  message(FATAL_ERROR "a good file was rejected: ${good_error}")
endif()

execute_process(COMMAND "${GENERATOR}" "${WORK}/out.cpp" "${WORK}/out.md" "${WORK}/good.txt" "${WORK}/bad.txt"
                RESULT_VARIABLE bad_result ERROR_VARIABLE bad_error)
if(bad_result EQUAL 0)
  message(FATAL_ERROR "the malformed file was accepted")
endif()
if(NOT bad_error MATCHES "bad.txt:9: the entry already has a value for 2020")
  message(FATAL_ERROR "the message does not name file and line: ${bad_error}")
endif()
message(STATUS "rejected as expected: ${bad_error}")
