/* Memory-bound loads/stores: n x n int32 matrix multiply (i-k-j order), then a checksum. */
#include "common.h"

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 200);
    if (n <= 0) { printf("matmul: nothing to do\n"); return 0; }
    int32_t *a = malloc(sizeof(int32_t) * n * n);
    int32_t *b = malloc(sizeof(int32_t) * n * n);
    int32_t *c = calloc((size_t)(n * n), sizeof(int32_t));
    for (long i = 0; i < n * n; i++) {
        a[i] = (int32_t)(rng_next() % 100) - 50;
        b[i] = (int32_t)(rng_next() % 100) - 50;
    }
    for (long i = 0; i < n; i++)
        for (long k = 0; k < n; k++) {
            int32_t aik = a[i * n + k];
            int32_t *crow = &c[i * n];
            const int32_t *brow = &b[k * n];
            for (long j = 0; j < n; j++) crow[j] += aik * brow[j];
        }
    uint64_t sum = 0;
    for (long i = 0; i < n * n; i++) sum = sum * 31 + (uint32_t)c[i];
    printf("matmul(%ld): checksum=%llu\n", n, (unsigned long long)sum);
    free(a); free(b); free(c);
    return 0;
}
