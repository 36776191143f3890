/* SIMD benchmark: integer hashing. A four-lane xxHash32-style hash of a buffer with
 * wasm_simd128.h intrinsics (i32x4 multiply, rotate by shifts, add), and a multiply-shift
 * bucket hash of 32-bit keys written as a plain loop that clang -O3 -msimd128 vectorizes.
 * argv[1] = rounds. Self-checking against scalar versions on the first round. */
#include <wasm_simd128.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "../programs/common.h"

enum { N = 1 << 20, K = 1 << 16 };
static uint8_t buf[N];
static uint32_t keys[K], buckets[K];

static const uint32_t P1 = 2654435761u, P2 = 2246822519u, P3 = 3266489917u;

static inline uint32_t rotl32(uint32_t v, int r) { return (v << r) | (v >> (32 - r)); }

static uint32_t finish(uint32_t l0, uint32_t l1, uint32_t l2, uint32_t l3, uint32_t n) {
    uint32_t h = rotl32(l0, 1) + rotl32(l1, 7) + rotl32(l2, 12) + rotl32(l3, 18) + n;
    h ^= h >> 15;
    h *= P2;
    h ^= h >> 13;
    h *= P3;
    h ^= h >> 16;
    return h;
}

/* n must be a multiple of 16. */
static uint32_t xxh_simd(const uint8_t *p, uint32_t n, uint32_t seed) {
    v128_t acc = wasm_i32x4_make((int32_t)(seed + P1 + P2), (int32_t)(seed + P2), (int32_t)seed, (int32_t)(seed - P1));
    v128_t p1 = wasm_i32x4_splat((int32_t)P1), p2 = wasm_i32x4_splat((int32_t)P2);
    for (uint32_t i = 0; i < n; i += 16) {
        acc = wasm_i32x4_add(acc, wasm_i32x4_mul(wasm_v128_load(p + i), p2));
        acc = wasm_v128_or(wasm_i32x4_shl(acc, 13), wasm_u32x4_shr(acc, 19));
        acc = wasm_i32x4_mul(acc, p1);
    }
    return finish((uint32_t)wasm_i32x4_extract_lane(acc, 0), (uint32_t)wasm_i32x4_extract_lane(acc, 1),
                  (uint32_t)wasm_i32x4_extract_lane(acc, 2), (uint32_t)wasm_i32x4_extract_lane(acc, 3), n);
}

static uint32_t xxh_scalar(const uint8_t *p, uint32_t n, uint32_t seed) {
    uint32_t l[4] = {seed + P1 + P2, seed + P2, seed, seed - P1};
    for (uint32_t i = 0; i < n; i += 16)
        for (int k = 0; k < 4; k++) {
            uint32_t w;
            memcpy(&w, p + i + 4 * k, 4);
            l[k] = rotl32(l[k] + w * P2, 13) * P1;
        }
    return finish(l[0], l[1], l[2], l[3], n);
}

/* Multiply-shift bucket of each key (vectorized by the compiler). */
static void bucketize(const uint32_t *restrict k, uint32_t *restrict b, int n, uint32_t mult) {
    for (int i = 0; i < n; i++) b[i] = ((k[i] ^ (k[i] >> 16)) * mult) >> 20;
}

int main(int argc, char **argv) {
    long rounds = arg_size(argc, argv, 200);
    for (int i = 0; i < N; i++) buf[i] = (uint8_t)(rng_next() >> 56);
    for (int i = 0; i < K; i++) keys[i] = (uint32_t)(rng_next() >> 32);
    if (xxh_simd(buf, N, 7) != xxh_scalar(buf, N, 7)) {
        printf("hash: SIMD and scalar results differ\n");
        return 1;
    }
    uint32_t h = 0;
    uint64_t bsum = 0;
    for (long r = 0; r < rounds; r++) {
        h ^= xxh_simd(buf, N, (uint32_t)r);
        bucketize(keys, buckets, K, 0x9E3779B1u + (uint32_t)r * 2);
        for (int i = 0; i < K; i += 64) bsum += buckets[i];
        keys[r % K] ^= h;
    }
    printf("simd hash %ld rounds: %08x %llu\n", rounds, h, (unsigned long long)bsum);
    return 0;
}
