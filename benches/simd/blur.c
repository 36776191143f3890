/* SIMD benchmark: a separable 3x3 binomial blur (1 2 1 / 4, twice) over a generated 8-bit
 * grayscale image, with wasm_simd128.h intrinsics (widen u8 -> u16, add, shift, narrow).
 * argv[1] = passes over a 1024x768 image. Self-checking: the first pass is compared with a
 * scalar version of the same filter; prints a checksum of the final image. */
#include <wasm_simd128.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../programs/common.h"

enum { W = 1024, H = 768 };
static uint8_t img[H][W], tmp[H][W], ref[H][W];

/* Horizontal 1 2 1 of row `s` into row `d` (edges copied). */
static void hpass_simd(uint8_t *d, const uint8_t *s) {
    d[0] = s[0];
    d[W - 1] = s[W - 1];
    int x = 1;
    for (; x + 16 <= W - 1; x += 16) {
        v128_t l = wasm_v128_load(s + x - 1), c = wasm_v128_load(s + x), r = wasm_v128_load(s + x + 1);
        v128_t lo = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_low_u8x16(l), wasm_u16x8_extend_low_u8x16(r)),
                                   wasm_i16x8_shl(wasm_u16x8_extend_low_u8x16(c), 1));
        v128_t hi = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_high_u8x16(l), wasm_u16x8_extend_high_u8x16(r)),
                                   wasm_i16x8_shl(wasm_u16x8_extend_high_u8x16(c), 1));
        lo = wasm_u16x8_shr(wasm_i16x8_add(lo, wasm_i16x8_splat(2)), 2);
        hi = wasm_u16x8_shr(wasm_i16x8_add(hi, wasm_i16x8_splat(2)), 2);
        wasm_v128_store(d + x, wasm_u8x16_narrow_i16x8(lo, hi));
    }
    for (; x < W - 1; x++) d[x] = (uint8_t)((s[x - 1] + 2 * s[x] + s[x + 1] + 2) >> 2);
}

/* Vertical 1 2 1 of rows a, b, c into d. */
static void vpass_simd(uint8_t *d, const uint8_t *a, const uint8_t *b, const uint8_t *c) {
    for (int x = 0; x < W; x += 16) {
        v128_t va = wasm_v128_load(a + x), vb = wasm_v128_load(b + x), vc = wasm_v128_load(c + x);
        /* avgr(avgr(a, c), b) rounds differently from (a + 2b + c + 2) >> 2; use widening. */
        v128_t lo = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_low_u8x16(va), wasm_u16x8_extend_low_u8x16(vc)),
                                   wasm_i16x8_shl(wasm_u16x8_extend_low_u8x16(vb), 1));
        v128_t hi = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_high_u8x16(va), wasm_u16x8_extend_high_u8x16(vc)),
                                   wasm_i16x8_shl(wasm_u16x8_extend_high_u8x16(vb), 1));
        lo = wasm_u16x8_shr(wasm_i16x8_add(lo, wasm_i16x8_splat(2)), 2);
        hi = wasm_u16x8_shr(wasm_i16x8_add(hi, wasm_i16x8_splat(2)), 2);
        wasm_v128_store(d + x, wasm_u8x16_narrow_i16x8(lo, hi));
    }
}

static void blur_simd(void) {
    for (int y = 0; y < H; y++) hpass_simd(tmp[y], img[y]);
    memcpy(img[0], tmp[0], W);
    memcpy(img[H - 1], tmp[H - 1], W);
    for (int y = 1; y < H - 1; y++) vpass_simd(img[y], tmp[y - 1], tmp[y], tmp[y + 1]);
}

static void blur_scalar(uint8_t (*im)[W]) {
    static uint8_t t[H][W];
    for (int y = 0; y < H; y++) {
        t[y][0] = im[y][0];
        t[y][W - 1] = im[y][W - 1];
        for (int x = 1; x < W - 1; x++) t[y][x] = (uint8_t)((im[y][x - 1] + 2 * im[y][x] + im[y][x + 1] + 2) >> 2);
    }
    memcpy(im[0], t[0], W);
    memcpy(im[H - 1], t[H - 1], W);
    for (int y = 1; y < H - 1; y++)
        for (int x = 0; x < W; x++) im[y][x] = (uint8_t)((t[y - 1][x] + 2 * t[y][x] + t[y + 1][x] + 2) >> 2);
}

int main(int argc, char **argv) {
    long passes = arg_size(argc, argv, 40);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) img[y][x] = (uint8_t)(rng_next() >> 56);
    memcpy(ref, img, sizeof img);
    blur_scalar(ref);
    blur_simd();
    if (memcmp(ref, img, sizeof img) != 0) {
        printf("blur: SIMD and scalar results differ\n");
        return 1;
    }
    for (long p = 1; p < passes; p++) blur_simd();
    uint64_t sum = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) sum = sum * 31 + img[y][x];
    printf("blur %ld passes: checksum %016llx\n", passes, (unsigned long long)sum);
    return 0;
}
