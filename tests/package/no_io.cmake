# cmake -DNM=<nm> -DLIBRARY=<fondscijfers.uno.so> -P no_io.cmake
# The component does no file, network or process I/O. Every symbol it imports must belong to
# an allowed family: binary UNO's types, values and strings, memory, math, C++ runtime.
# Anything else (open, fopen, socket, osl_openFile, std::filesystem, ...) fails the test.
execute_process(COMMAND "${NM}" -D --undefined-only "${LIBRARY}"
                OUTPUT_VARIABLE listing RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "nm failed on ${LIBRARY}")
endif()
set(allowed
  "^(typelib|uno)_"                 # UNO types, Any, Sequence
  "^rtl_(allocateMemory|freeMemory|string|uString)"  # strings and their memory
  "^(memchr|memcmp|memcpy|memmove|memset|strlen)$"
  "^(pow|llround|nearbyint)$"
  "^_ZSt8to_chars"                  # std::to_chars: numbers written into a buffer (explanations)
  "^(__cxa_|__gxx_personality|_Unwind_|_ITM_|__gmon_start__)"
  "^_ZSt9terminatev$"               # std::terminate: at -O2 (RelWithDebInfo) a noexcept path calls it
  "^(_Znwm|_ZdlPvm|_ZSt[0-9]+__throw_|_ZNSt9bad_alloc|_ZTISt9bad_alloc|_ZTVSt9bad_alloc|_ZTVN10__cxxabiv1|_ZTISt9exception)"
)
string(REPLACE "\n" ";" lines "${listing}")
set(count 0)
foreach(line IN LISTS lines)
  string(REGEX REPLACE "^ *[UwvV] +" "" symbol "${line}")
  string(REGEX REPLACE "@.*$" "" symbol "${symbol}")
  if(symbol STREQUAL "")
    continue()
  endif()
  math(EXPR count "${count} + 1")
  set(ok FALSE)
  foreach(pattern IN LISTS allowed)
    if(symbol MATCHES "${pattern}")
      set(ok TRUE)
      break()
    endif()
  endforeach()
  if(NOT ok)
    message(FATAL_ERROR "${LIBRARY} imports ${symbol}: not an allowed symbol (the component does no I/O)")
  endif()
endforeach()
message(STATUS "${count} imported symbols, all allowed: no file, network or process I/O")
