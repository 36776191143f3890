/* SIMD benchmark: byte scanning over generated text with wasm_simd128.h intrinsics: count
 * lines (i8x16.eq + bitmask + popcount), check for all-ASCII blocks (any lane >= 0x80 via
 * bitmask), validate UTF-8 (ASCII fast path by 16-byte blocks, scalar decoder otherwise) and
 * find every occurrence of a byte (memchr-style). argv[1] = passes over a 1 MiB buffer.
 * Self-checking against scalar versions on the first pass; prints the counts. */
#include <wasm_simd128.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "../programs/common.h"

enum { N = 1 << 20 };
static uint8_t text[N + 16];

static void generate(void) {
    static const char *words[] = {"the ", "quick ", "brown ", "fox ", "jumps ", "über ", "naïve ", "café ",
                                  "日本語 ", "λόγος ", "déjà ", "vu ", "lazy ", "dog\n", "ok\n", "π≈3.14 "};
    size_t n = 0;
    while (n < N) {
        const char *w = words[rng_next() % 16];
        size_t len = strlen(w);
        if (n + len > N) break;
        memcpy(text + n, w, len);
        n += len;
    }
    while (n < N) text[n++] = ' ';
}

static long count_byte_simd(const uint8_t *p, long n, uint8_t b) {
    v128_t needle = wasm_i8x16_splat((int8_t)b);
    long count = 0, i = 0;
    for (; i + 16 <= n; i += 16)
        count += __builtin_popcount(wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(p + i), needle)));
    for (; i < n; i++) count += p[i] == b;
    return count;
}

static long count_byte_scalar(const uint8_t *p, long n, uint8_t b) {
    long count = 0;
    for (long i = 0; i < n; i++) count += p[i] == b;
    return count;
}

/* Length of the valid UTF-8 sequence at p (1-4), or 0 if invalid. */
static int utf8_seq(const uint8_t *p, const uint8_t *end) {
    uint8_t c = p[0];
    if (c < 0x80) return 1;
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || c > 0xF4 || p + len > end) return 0;
    for (int k = 1; k < len; k++)
        if ((p[k] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;
    if (c == 0xED && p[1] > 0x9F) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;
    if (c == 0xF4 && p[1] > 0x8F) return 0;
    return len;
}

/* Number of code points, or -1 if invalid; 16-byte ASCII blocks take the SIMD fast path. */
static long utf8_count_simd(const uint8_t *p, long n, long *ascii_blocks) {
    const uint8_t *end = p + n, *q = p;
    long cps = 0;
    while (q < end) {
        if (q + 16 <= end && wasm_i8x16_bitmask(wasm_v128_load(q)) == 0) {
            q += 16;
            cps += 16;
            (*ascii_blocks)++;
            continue;
        }
        int len = utf8_seq(q, end);
        if (!len) return -1;
        q += len;
        cps++;
    }
    return cps;
}

static long utf8_count_scalar(const uint8_t *p, long n) {
    const uint8_t *end = p + n, *q = p;
    long cps = 0;
    while (q < end) {
        int len = utf8_seq(q, end);
        if (!len) return -1;
        q += len;
        cps++;
    }
    return cps;
}

/* Positions of every `b`, summed (memchr-style: skip blocks without a match). */
static uint64_t find_all_simd(const uint8_t *p, long n, uint8_t b) {
    v128_t needle = wasm_i8x16_splat((int8_t)b);
    uint64_t sum = 0;
    long i = 0;
    for (; i + 16 <= n; i += 16) {
        v128_t eq = wasm_i8x16_eq(wasm_v128_load(p + i), needle);
        if (!wasm_v128_any_true(eq)) continue;
        uint32_t m = wasm_i8x16_bitmask(eq);
        while (m) {
            sum += (uint64_t)(i + __builtin_ctz(m));
            m &= m - 1;
        }
    }
    for (; i < n; i++)
        if (p[i] == b) sum += (uint64_t)i;
    return sum;
}

static uint64_t find_all_scalar(const uint8_t *p, long n, uint8_t b) {
    uint64_t sum = 0;
    for (long i = 0; i < n; i++)
        if (p[i] == b) sum += (uint64_t)i;
    return sum;
}

int main(int argc, char **argv) {
    long passes = arg_size(argc, argv, 8);
    generate();
    long blocks = 0;
    long lines = count_byte_simd(text, N, '\n');
    long cps = utf8_count_simd(text, N, &blocks);
    uint64_t xs = find_all_simd(text, N, 'x');
    if (lines != count_byte_scalar(text, N, '\n') || cps != utf8_count_scalar(text, N) ||
        xs != find_all_scalar(text, N, 'x')) {
        printf("utf8: SIMD and scalar results differ\n");
        return 1;
    }
    uint64_t acc = 0;
    for (long p = 0; p < passes; p++) {
        long b = 0;
        acc += (uint64_t)count_byte_simd(text, N, (uint8_t)"\n ea"[p & 3]);
        acc += (uint64_t)utf8_count_simd(text, N, &b) + (uint64_t)b;
        acc += find_all_simd(text, N, (uint8_t)"xqz"[p % 3]);
    }
    printf("utf8 %ld passes: %ld lines, %ld code points, %ld ascii blocks, acc %llu\n", passes, lines, cps,
           blocks, (unsigned long long)acc);
    return 0;
}
