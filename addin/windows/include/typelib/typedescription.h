/* The SDK's typelib/typedescription.h (LibreOffice 7.4) is C++ only: about line 999 it
   defines `inline bool TYPELIB_TYPEDESCRIPTIONREFERENCE_ISREALLYWEAK(_typelib_TypeClass)`,
   which is no C. Every translation unit of the Windows build that reads it is C++; this file,
   searched before the SDK, says so at once instead of with the header's errors. */
#ifndef FONDSCIJFERS_WINDOWS_TYPELIB_TYPEDESCRIPTION_H
#define FONDSCIJFERS_WINDOWS_TYPELIB_TYPEDESCRIPTION_H

#if !defined __cplusplus
#error "typelib/typedescription.h of the LibreOffice SDK needs C++: compile this file as C++"
#endif
#include_next <typelib/typedescription.h>

#endif
