// Linking jemalloc into the `pamphlet` executable makes it the process's
// malloc (it is found before glibc's); see Package.swift for why.
#include <jemalloc/jemalloc.h>
