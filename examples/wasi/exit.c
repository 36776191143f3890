// Exits with a code given as argument; `trap` aborts with a wasm trap instead.
// usage: exit CODE | exit trap
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void crash(void) { __builtin_trap(); }

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "trap") == 0) {
        printf("about to trap\n");
        fflush(stdout);
        crash();
    }
    int code = argc > 1 ? atoi(argv[1]) : 0;
    printf("exiting with %d\n", code);
    exit(code);
}
