/* Shared helpers for the regwasm benchmark corpus. Every program takes its problem size as
 * argv[1] (with a default) and prints one checksum line at the end. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static inline long arg_size(int argc, char **argv, long def) {
    if (argc > 1) {
        long v = strtol(argv[1], NULL, 10);
        return v;
    }
    return def;
}

/* xorshift64* PRNG: deterministic input data for every runtime. */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static inline uint64_t rng_next(void) {
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545F4914F6CDD1Dull;
}
