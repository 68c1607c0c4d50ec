#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the x86 SHA extensions (and SSSE3, SSE4.1) that
/// `csha256_compress_hardware` needs. Always 0 off x86-64.
int csha256_hardware_available(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks of `data`, updating
/// `state` (eight words, the usual order), on the SHA instructions. Call only when
/// `csha256_hardware_available()` returned 1.
void csha256_compress_hardware(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The same in portable C, for every other CPU.
void csha256_compress_portable(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
