# Every platform LibreOffice's Extension Manager knows, as
# <description.xml platform token>:<the $_OS_$_ARCH that a manifest's platform= matches>
# (LibreOffice core, desktop/source/deployment/misc/dp_platform.cxx: isPlatformSupported and
# platform_fits; the manifest's match ignores case). The native component is built for the
# first only; every other platform gets the portable (Python) component (docs/platforms.md).
set(FONDSCIJFERS_NATIVE_PLATFORM "linux_x86_64:Linux_X86_64")
set(FONDSCIJFERS_OTHER_PLATFORMS
  windows_x86:Windows_x86
  windows_x86_64:Windows_X86_64
  windows_aarch64:Windows_AARCH64
  macosx_x86_64:MacOSX_X86_64
  macosx_aarch64:MacOSX_AARCH64
  linux_x86:Linux_x86
  linux_aarch64:Linux_AARCH64
  linux_arm_eabi:Linux_ARM_EABI
  linux_arm_oabi:Linux_ARM_OABI
  linux_powerpc:Linux_PowerPC
  linux_powerpc64:Linux_PowerPC_64
  linux_powerpc64_le:Linux_PowerPC_64_LE
  linux_s390:Linux_S390
  linux_s390x:Linux_S390x
  linux_sparc:Linux_SPARC
  linux_sparc64:Linux_SPARC64
  linux_mips_el:Linux_MIPS_EL
  linux_mips64_el:Linux_MIPS64_EL
  linux_mips_eb:Linux_MIPS_EB
  linux_mips64_eb:Linux_MIPS64_EB
  linux_ia64:Linux_IA64
  linux_m68k:Linux_M68K
  linux_hppa:Linux_HPPA
  linux_alpha:Linux_ALPHA
  freebsd_x86:FreeBSD_x86
  freebsd_x86_64:FreeBSD_X86_64
  freebsd_powerpc:FreeBSD_PowerPC
  freebsd_powerpc64:FreeBSD_PowerPC64
  kfreebsd_x86:kFreeBSD_x86
  kfreebsd_x86_64:kFreeBSD_X86_64
  netbsd_x86:NetBSD_x86
  netbsd_x86_64:NetBSD_X86_64
  openbsd_x86:OpenBSD_x86
  openbsd_x86_64:OpenBSD_X86_64
  dragonfly_x86:DragonFly_x86
  dragonfly_x86_64:DragonFly_X86_64
  solaris_x86:Solaris_x86
  solaris_sparc:Solaris_SPARC
  solaris_sparc64:Solaris_SPARC64
  aix_powerpc:AIX_PowerPC)
