/* Memory-bound: sorts n pseudo-random u32 with a hand-written quicksort and a heapsort. */
#include "common.h"

static void quicksort(uint32_t *v, long lo, long hi) {
    while (lo < hi) {
        uint32_t pivot = v[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i <= j) { uint32_t t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(v, lo, j); lo = i; }
        else { quicksort(v, i, hi); hi = j; }
    }
}

static void sift_down(uint32_t *v, long start, long end) {
    long root = start;
    while (2 * root + 1 <= end) {
        long child = 2 * root + 1, sw = root;
        if (v[sw] < v[child]) sw = child;
        if (child + 1 <= end && v[sw] < v[child + 1]) sw = child + 1;
        if (sw == root) return;
        uint32_t t = v[root]; v[root] = v[sw]; v[sw] = t;
        root = sw;
    }
}

static void heapsort(uint32_t *v, long n) {
    for (long start = (n - 2) / 2; start >= 0; start--) sift_down(v, start, n - 1);
    for (long end = n - 1; end > 0; end--) {
        uint32_t t = v[end]; v[end] = v[0]; v[0] = t;
        sift_down(v, 0, end - 1);
    }
}

static uint64_t check(const uint32_t *v, long n) {
    uint64_t h = 0;
    for (long i = 0; i < n; i++) {
        if (i && v[i - 1] > v[i]) return 0;
        h = h * 1099511628211ull + v[i];
    }
    return h;
}

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 500000);
    if (n <= 0) { printf("sort: nothing to do\n"); return 0; }
    uint32_t *v = malloc(sizeof(uint32_t) * n);
    for (long i = 0; i < n; i++) v[i] = (uint32_t)rng_next();
    quicksort(v, 0, n - 1);
    uint64_t h1 = check(v, n);
    for (long i = 0; i < n; i++) v[i] = (uint32_t)rng_next();
    heapsort(v, n);
    uint64_t h2 = check(v, n);
    printf("sort(%ld): %llu %llu\n", n, (unsigned long long)h1, (unsigned long long)h2);
    free(v);
    return 0;
}
