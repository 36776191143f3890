/* Indirect calls: dispatch through a table of function pointers (call_indirect). */
#include "common.h"

typedef uint32_t (*op_fn)(uint32_t, uint32_t);

__attribute__((noinline)) static uint32_t f_add(uint32_t a, uint32_t b) { return a + b; }
__attribute__((noinline)) static uint32_t f_sub(uint32_t a, uint32_t b) { return a - b; }
__attribute__((noinline)) static uint32_t f_mul(uint32_t a, uint32_t b) { return a * b + 1; }
__attribute__((noinline)) static uint32_t f_xor(uint32_t a, uint32_t b) { return a ^ b; }
__attribute__((noinline)) static uint32_t f_rotl(uint32_t a, uint32_t b) { return (a << (b & 31)) | (a >> ((32 - b) & 31)); }
__attribute__((noinline)) static uint32_t f_mix(uint32_t a, uint32_t b) { return (a ^ (b >> 3)) * 0x9E3779B1u; }
__attribute__((noinline)) static uint32_t f_min(uint32_t a, uint32_t b) { return a < b ? a ^ 0x5bd1e995u : b + 7; }
__attribute__((noinline)) static uint32_t f_max(uint32_t a, uint32_t b) { return a > b ? a - b : b - a + 3; }

static op_fn volatile table[8] = { f_add, f_sub, f_mul, f_xor, f_rotl, f_mix, f_min, f_max };

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 10000000);
    uint32_t acc = 1, x = 12345;
    for (long i = 0; i < n; i++) {
        x = x * 1664525u + 1013904223u;
        op_fn f = table[x >> 29];
        acc = f(acc, x);
    }
    printf("indirect(%ld) = %u\n", n, acc);
    return 0;
}
