/* The sizes and alignments of Windows x64 (LLP64), for the SDK's sal/types.h: the SDK's own
   sal/typesizes.h is that of the platform it was built for (Debian: LP64, long of 8 bytes).
   With SIZEOFLONG 4, sal_Int32 is long, as in LibreOffice's own Windows build. */
#ifndef CONFIG_TYPESIZES_H
#define CONFIG_TYPESIZES_H

#if !defined _WIN64
#error "This sal/typesizes.h is for Windows x64 only"
#endif

#define SAL_TYPES_ALIGNMENT2 2
#define SAL_TYPES_ALIGNMENT4 4
#define SAL_TYPES_ALIGNMENT8 8
#define SAL_TYPES_SIZEOFSHORT 2
#define SAL_TYPES_SIZEOFINT 4
#define SAL_TYPES_SIZEOFLONG 4
#define SAL_TYPES_SIZEOFLONGLONG 8
#define SAL_TYPES_SIZEOFPOINTER 8

#endif
