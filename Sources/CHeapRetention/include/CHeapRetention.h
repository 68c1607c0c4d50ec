#ifndef CHEAPRETENTION_H
#define CHEAPRETENTION_H

#include <stddef.h>

/// Asks the C allocator to keep freed memory instead of handing it back to the kernel: glibc
/// trims its heaps when more than `trim_threshold` bytes are free at their top, and serves blocks
/// of `mmap_threshold` bytes or more with mmap, unmapping them on free. Memory handed back is
/// faulted in and zeroed again by the kernel when it is next used. Returns 1 when both settings
/// were taken, 0 where the allocator has no such settings (not glibc).
int archive_retain_freed_heap(size_t trim_threshold, size_t mmap_threshold);

#endif
