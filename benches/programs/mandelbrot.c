/* f32 math: Mandelbrot set on an n x n grid in single precision, counting iterations. */
#include "common.h"

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 400);
    const int max_iter = 100;
    uint64_t total = 0;
    uint32_t hash = 2166136261u;
    for (long py = 0; py < n; py++) {
        float ci = 2.0f * (float)py / (float)n - 1.0f;
        for (long px = 0; px < n; px++) {
            float cr = 2.5f * (float)px / (float)n - 2.0f;
            float zr = 0.0f, zi = 0.0f;
            int it = 0;
            while (it < max_iter) {
                float zr2 = zr * zr, zi2 = zi * zi;
                if (zr2 + zi2 > 4.0f) break;
                zi = 2.0f * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                it++;
            }
            total += (uint64_t)it;
            hash = (hash ^ (uint32_t)it) * 16777619u;
        }
    }
    printf("mandelbrot(%ld): iters=%llu hash=%08x\n", n, (unsigned long long)total, hash);
    return 0;
}
