/* Recursive calls: naive fib(n). Stresses call/return and small-frame setup. */
#include "common.h"

__attribute__((noinline)) static uint32_t fib(uint32_t n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 32);
    if (n <= 0) { printf("fib: nothing to do\n"); return 0; }
    uint32_t r = fib((uint32_t)n);
    printf("fib(%ld) = %u\n", n, r);
    return 0;
}
