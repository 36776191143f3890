// Copies a file to another file (or to stdout), through the preopened directories.
// usage: cat SRC [DST]
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: cat SRC [DST]\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) {
        fprintf(stderr, "cat: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    FILE *out = stdout;
    if (argc > 2) {
        out = fopen(argv[2], "wb");
        if (!out) {
            fprintf(stderr, "cat: %s: %s\n", argv[2], strerror(errno));
            return 1;
        }
    }
    char buf[4096];
    size_t n, total = 0;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) {
        fwrite(buf, 1, n, out);
        total += n;
    }
    fclose(in);
    if (out != stdout) {
        fclose(out);
        printf("copied %zu bytes\n", total);
    }
    return 0;
}
