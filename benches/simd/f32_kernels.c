/* SIMD benchmark: f32 kernels written as plain C loops and auto-vectorized by clang -O3
 * -msimd128 (no intrinsics): saxpy, a matrix-vector product with the output index innermost,
 * a clamp-and-scale pass, and int <-> float conversion. Element-wise only, so the results do
 * not depend on reassociation and equal a scalar build's bit for bit. argv[1] = rounds.
 * Prints a checksum of the float bits. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "../programs/common.h"

enum { N = 4096, M = 256 };
static float x[N], y[N], a[M][N], out[N];
static int32_t q[N];

static void saxpy(float s, const float *restrict xs, float *restrict ys, int n) {
    for (int i = 0; i < n; i++) ys[i] = s * xs[i] + ys[i];
}

static void matvec(const float (*restrict m)[N], const float *restrict v, float *restrict o) {
    for (int j = 0; j < N; j++) o[j] = 0.0f;
    for (int i = 0; i < M; i++) {
        float vi = v[i];
        for (int j = 0; j < N; j++) o[j] += m[i][j] * vi;
    }
}

static void clamp_scale(float *restrict v, int n, float lo, float hi, float s) {
    for (int i = 0; i < n; i++) {
        float t = v[i] * s;
        t = t < lo ? lo : t;
        t = t > hi ? hi : t;
        v[i] = t;
    }
}

static void quantize(const float *restrict v, int32_t *restrict o, int n) {
    for (int i = 0; i < n; i++) o[i] = (int32_t)(v[i] * 1024.0f);
}

static void dequantize(const int32_t *restrict v, float *restrict o, int n) {
    for (int i = 0; i < n; i++) o[i] = (float)v[i] * (1.0f / 1024.0f);
}

int main(int argc, char **argv) {
    long rounds = arg_size(argc, argv, 60);
    for (int i = 0; i < N; i++) {
        x[i] = (float)(int32_t)(rng_next() >> 32) / 2147483648.0f;
        y[i] = (float)(int32_t)(rng_next() >> 32) / 2147483648.0f;
    }
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++) a[i][j] = (float)(int32_t)(rng_next() >> 32) / 2147483648.0f;
    uint32_t sum = 2166136261u;
    for (long r = 0; r < rounds; r++) {
        saxpy(0.5f + (float)(r & 7) * 0.125f, x, y, N);
        matvec(a, y, out);
        clamp_scale(out, N, -8.0f, 8.0f, 0.25f);
        quantize(out, q, N);
        dequantize(q, x, N);
        for (int i = 0; i < N; i++) {
            uint32_t bits;
            memcpy(&bits, &x[i], 4);
            sum = (sum ^ bits) * 16777619u;
        }
    }
    printf("f32_kernels %ld rounds: checksum %08x\n", rounds, sum);
    return 0;
}
