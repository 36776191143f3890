/* i64 hashing over a buffer: FNV-1a 64, an xxHash64-style mixer and SipHash-2-4. */
#include "common.h"
#include <string.h>

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

static uint64_t fnv1a64(const unsigned char *p, size_t n) {
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

static const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull,
                      P3 = 1609587929392839161ull, P4 = 9650029242287828579ull, P5 = 2870177450012600261ull;

static inline uint64_t xx_round(uint64_t acc, uint64_t in) {
    acc += in * P2; acc = ROTL64(acc, 31); return acc * P1;
}

static uint64_t xxh64ish(const unsigned char *p, size_t n, uint64_t seed) {
    uint64_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        uint64_t w[4];
        memcpy(w, p + i, 32);
        v1 = xx_round(v1, w[0]); v2 = xx_round(v2, w[1]);
        v3 = xx_round(v3, w[2]); v4 = xx_round(v4, w[3]);
    }
    uint64_t h = ROTL64(v1, 1) + ROTL64(v2, 7) + ROTL64(v3, 12) + ROTL64(v4, 18);
    for (; i < n; i++) { h ^= p[i] * P5; h = ROTL64(h, 11) * P1; }
    h ^= h >> 33; h *= P2; h ^= h >> 29; h *= P3; h ^= h >> 32;
    return h + P4;
}

#define SIPROUND do { v0 += v1; v1 = ROTL64(v1, 13); v1 ^= v0; v0 = ROTL64(v0, 32); \
    v2 += v3; v3 = ROTL64(v3, 16); v3 ^= v2; v0 += v3; v3 = ROTL64(v3, 21); v3 ^= v0; \
    v2 += v1; v1 = ROTL64(v1, 17); v1 ^= v2; v2 = ROTL64(v2, 32); } while (0)

static uint64_t siphash24(const unsigned char *p, size_t n, uint64_t k0, uint64_t k1) {
    uint64_t v0 = 0x736f6d6570736575ull ^ k0, v1 = 0x646f72616e646f6dull ^ k1;
    uint64_t v2 = 0x6c7967656e657261ull ^ k0, v3 = 0x7465646279746573ull ^ k1;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t m; memcpy(&m, p + i, 8);
        v3 ^= m; SIPROUND; SIPROUND; v0 ^= m;
    }
    uint64_t b = (uint64_t)n << 56;
    for (size_t j = 0; i + j < n; j++) b |= (uint64_t)p[i + j] << (8 * j);
    v3 ^= b; SIPROUND; SIPROUND; v0 ^= b;
    v2 ^= 0xff; SIPROUND; SIPROUND; SIPROUND; SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 40);          /* passes over a 1 MiB buffer */
    size_t len = 1 << 20;
    unsigned char *buf = malloc(len);
    for (size_t i = 0; i < len; i += 8) { uint64_t r = rng_next(); memcpy(buf + i, &r, 8); }
    uint64_t acc = 0;
    for (long it = 0; it < n; it++) {
        size_t off = (size_t)(it * 4099) % 4096;
        acc ^= fnv1a64(buf + off, len - off) + it;
        acc = ROTL64(acc, 5) ^ xxh64ish(buf + off, len - off, acc);
        acc += siphash24(buf + off, len - off, acc, (uint64_t)it);
    }
    printf("hash(%ld) = %016llx\n", n, (unsigned long long)acc);
    free(buf);
    return 0;
}
