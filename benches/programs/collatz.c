/* Tight integer loop with data-dependent branches: total Collatz stopping times of 1..n. */
#include "common.h"

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 1000000);
    uint64_t total = 0;
    uint32_t best = 0, best_len = 0;
    for (uint32_t i = 1; i <= (uint32_t)n; i++) {
        uint64_t x = i;
        uint32_t len = 0;
        while (x != 1) {
            if (x & 1) x = 3 * x + 1; else x >>= 1;
            len++;
        }
        total += len;
        if (len > best_len) { best_len = len; best = i; }
    }
    printf("collatz(%ld): total=%llu longest=%u (%u steps)\n", n, (unsigned long long)total, best, best_len);
    return 0;
}
