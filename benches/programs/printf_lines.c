/* Host calls: prints n short lines; stdout is line buffered so each line is one fd_write. */
#include "common.h"

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 200000);
    setvbuf(stdout, NULL, _IOLBF, 0);
    uint32_t h = 2166136261u;
    for (long i = 0; i < n; i++) {
        uint32_t v = (uint32_t)rng_next();
        printf("%ld %08x\n", i, v);
        h = (h ^ v) * 16777619u;
    }
    printf("printf_lines(%ld): hash=%08x\n", n, h);
    return 0;
}
