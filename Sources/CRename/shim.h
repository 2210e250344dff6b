/* renameat2(2) for Swift: swap two folders in one step, or move one without replacing. Swift
 * cannot call the variadic syscall(2) and Glibc's module has no renameat2 wrapper, so these two
 * inline functions make the call. Where the system has no such call they fail with ENOSYS. */
#ifndef AGILE_CRENAME_SHIM_H
#define AGILE_CRENAME_SHIM_H
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif

/* Exchanges the paths `a` and `b` atomically (both must exist): 0, or -1 with errno. */
static inline int agile_exchange_paths(const char *a, const char *b) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, 2u /* RENAME_EXCHANGE */);
#elif defined(__APPLE__)
    return renamex_np(a, b, RENAME_SWAP);
#else
    errno = ENOSYS;
    return -1;
#endif
}

/* Renames `from` to `to` only when `to` does not exist (EEXIST otherwise): 0, or -1 with errno. */
static inline int agile_rename_new(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1u /* RENAME_NOREPLACE */);
#elif defined(__APPLE__)
    return renamex_np(from, to, RENAME_EXCL);
#else
    errno = ENOSYS;
    return -1;
#endif
}
#endif
