/* Sieve of Eratosthenes, repeated: byte stores in strided loops plus a counting pass. */
#include "common.h"
#include <string.h>

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 2000000);
    int reps = 8;
    if (n < 2) { printf("sieve: nothing to do\n"); return 0; }
    unsigned char *comp = malloc((size_t)n + 1);
    uint64_t checksum = 0;
    long count = 0;
    for (int r = 0; r < reps; r++) {
        for (long i = 0; i <= n; i++) comp[i] = 0;
        for (long i = 2; i * i <= n; i++)
            if (!comp[i])
                for (long j = i * i; j <= n; j += i) comp[j] = 1;
        count = 0;
        for (long i = 2; i <= n; i++)
            if (!comp[i]) { count++; checksum += (uint64_t)i * (uint64_t)(r + 1); }
    }
    printf("sieve(%ld): primes=%ld checksum=%llu\n", n, count, (unsigned long long)checksum);
    free(comp);
    return 0;
}
