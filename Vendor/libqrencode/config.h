/* What libqrencode's configure script would write into config.h for
 * Pamphlet's build (SwiftPM target QREncode; scripts/test-qrencode for its
 * tests). Not part of the 4.1.1 release: see PATCHES.md, patch 1. */
#ifndef QRENCODE_PAMPHLET_CONFIG_H
#define QRENCODE_PAMPHLET_CONFIG_H

#define MAJOR_VERSION 4
#define MINOR_VERSION 1
#define MICRO_VERSION 1
#define VERSION "4.1.1"

/* The Reed-Solomon tables are initialised under a mutex: Pamphlet encodes
 * pages' codes on several threads at once. */
#define HAVE_LIBPTHREAD 1

/* configure --enable-tests (-DWITH_TESTS here) exports the internal
 * functions the tests call; a release build keeps them static. */
#ifdef WITH_TESTS
#define STATIC_IN_RELEASE
#else
#define STATIC_IN_RELEASE static
#endif

#endif
