/* The SDK's sal/types.h for mingw-w64. The header (LibreOffice 7.4) chooses the export and
   calling-convention macros for _MSC_VER or SAL_UNX only and stops with "unknown platform"
   otherwise. This file, searched before the SDK, lets it through that choice and then gives
   the macros their Windows meaning, as the _MSC_VER branch does. Everything else (the
   integer types from sal/typesizes.h, sal_Unicode as wchar_t, #pragma pack(8) for the
   structures) is the header's own _WIN32 branch. */
#ifndef FONDSCIJFERS_WINDOWS_SAL_TYPES_H
#define FONDSCIJFERS_WINDOWS_SAL_TYPES_H

#if !defined _WIN64 || !defined __GNUC__ || defined _MSC_VER
#error "This sal/types.h is for mingw-w64 (GCC, Windows x64) only"
#endif
#if defined SAL_UNX
#error "SAL_UNX must not be defined for Windows"
#endif

#define SAL_UNX
#include_next <sal/types.h>
#undef SAL_UNX

#undef SAL_DLLPUBLIC_EXPORT
#undef SAL_JNI_EXPORT
#undef SAL_DLLPUBLIC_IMPORT
#undef SAL_DLLPRIVATE
#undef SAL_DLLPUBLIC_TEMPLATE
#undef SAL_DLLPUBLIC_RTTI
#undef SAL_CALL
#define SAL_DLLPUBLIC_EXPORT __declspec(dllexport)
#define SAL_JNI_EXPORT __declspec(dllexport)
#define SAL_DLLPUBLIC_IMPORT __declspec(dllimport)
#define SAL_DLLPRIVATE
#define SAL_DLLPUBLIC_TEMPLATE
#define SAL_DLLPUBLIC_RTTI
#define SAL_CALL __cdecl

#endif
