// Reads all of stdin; prints it upper-cased and counts lines and bytes.
#include <ctype.h>
#include <stdio.h>

int main(void) {
    int c;
    long bytes = 0, lines = 0;
    while ((c = getchar()) != EOF) {
        bytes++;
        if (c == '\n') lines++;
        putchar(toupper(c));
    }
    printf("lines=%ld bytes=%ld\n", lines, bytes);
    return 0;
}
