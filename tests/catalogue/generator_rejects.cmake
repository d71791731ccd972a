# cmake -DGENERATOR=<generate_catalogue> -DWORK=<dir> -P generator_rejects.cmake
# A malformed data file must stop the generator (and so the build) with file:line: message.
file(MAKE_DIRECTORY "${WORK}")
# A full stand: every key the named functions read (model/data/FORMAT.md).
set(full "stand S1\ntitel T\ndocument D\ndatum 2020-09\nvolledig ja\n")
foreach(key accres.nominaal bcf.omvang bcf.declaraties bcf.declaraties.raming_miljoenennota
            opschalingskorting.cumulatief)
  string(APPEND full "sleutel ${key}\nomschrijving X\neenheid euro\nplaats P\n2021 1 mln\n")
endforeach()
string(APPEND full "sleutel accres.percentage\nomschrijving X\neenheid fractie\nplaats P\n2021 1 %\n"
       "sleutel bcf.declaraties.groei\nomschrijving X\neenheid fractie\nplaats P\n2021-2025 3,5 %\n"
       "sleutel bcf.vrijval.aandeel_gemeenten\nomschrijving X\neenheid fractie\nplaats P\n2021-2025 0,9\n")
file(WRITE "${WORK}/good.txt" "${full}")
file(WRITE "${WORK}/bad.txt" "stand S2\ntitel T\ndocument D\n"
     "sleutel a.b\nomschrijving X\neenheid euro\nplaats P\n2020 1 mln\n2020 2 mln\n")
# The same full stand without accres.nominaal: it cannot be the default.
string(REPLACE "sleutel accres.nominaal\n" "sleutel accres.nominaal_\n" lacking "${full}")
string(REPLACE "stand S1\n" "stand S3\n" lacking "${lacking}")
string(REPLACE "datum 2020-09\n" "datum 2021-09\n" lacking "${lacking}")
file(WRITE "${WORK}/lacking.txt" "${lacking}")

function(expect_rejection files pattern)
  execute_process(COMMAND "${GENERATOR}" "${WORK}/out.cpp" "${WORK}/out.md" ${files}
                  RESULT_VARIABLE result ERROR_VARIABLE error)
  if(result EQUAL 0)
    message(FATAL_ERROR "accepted, but should be rejected: ${files}")
  endif()
  if(NOT error MATCHES "${pattern}")
    message(FATAL_ERROR "the message does not name file and line: ${error}")
  endif()
  message(STATUS "rejected as expected: ${error}")
endfunction()

execute_process(COMMAND "${GENERATOR}" "${WORK}/out.cpp" "${WORK}/out.md" "${WORK}/good.txt"
                RESULT_VARIABLE good_result ERROR_VARIABLE good_error)
if(NOT good_result EQUAL 0)
  message(FATAL_ERROR "a good file was rejected: ${good_error}")
endif()
expect_rejection("${WORK}/good.txt;${WORK}/bad.txt" "bad.txt:9: the entry already has a value for 2020")
expect_rejection("${WORK}/good.txt;${WORK}/lacking.txt"
                 "lacking.txt:5: a full stand \\('volledig ja'\\) must hold 'accres.nominaal'")
