/* Bulk memory: memcpy/memmove/memset over varying sizes. Built with -mbulk-memory so the
 * compiler emits memory.copy / memory.fill for them. */
#include "common.h"
#include <string.h>

#define BUF (1 << 20)

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 200000);
    unsigned char *a = malloc(BUF), *b = malloc(BUF);
    for (int i = 0; i < BUF; i++) a[i] = (unsigned char)(i * 7 + 3);
    memset(b, 0, BUF);
    uint64_t sum = 0;
    for (long it = 0; it < n; it++) {
        uint32_t r = (uint32_t)rng_next();
        size_t len = (r & 0x3fff) + 1;                   /* 1 .. 16 KiB */
        size_t src = (r >> 14) % (BUF - len);
        size_t dst = (rng_next() >> 20) % (BUF - len);
        switch (it & 3) {
        case 0: memcpy(b + dst, a + src, len); break;
        case 1: memmove(a + dst, a + src, len); break;
        case 2: memset(b + dst, (int)(r >> 24), len); break;
        default: memcpy(a + dst, b + src, len); break;
        }
        sum += b[(dst + len / 2) % BUF] + a[src];
    }
    uint64_t h = 14695981039346656037ull;
    for (int i = 0; i < BUF; i += 64) h = (h ^ a[i] ^ ((uint64_t)b[i] << 8)) * 1099511628211ull;
    printf("memops(%ld): sum=%llu hash=%llu\n", n, (unsigned long long)sum, (unsigned long long)h);
    free(a); free(b);
    return 0;
}
