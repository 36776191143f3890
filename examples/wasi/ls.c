// Lists a directory, sorted by name, with entry types and file sizes.
// usage: ls DIR
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : ".";
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "ls: %s: %s\n", path, strerror(errno));
        return 1;
    }
    char *names[1024];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 1024) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    for (int i = 0; i < n; i++) {
        char full[1024];
        snprintf(full, sizeof full, "%s/%s", path, names[i]);
        struct stat st;
        if (lstat(full, &st) != 0) {
            printf("? %s (%s)\n", names[i], strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            printf("d %s/\n", names[i]);
        } else if (S_ISLNK(st.st_mode)) {
            printf("l %s\n", names[i]);
        } else {
            printf("f %s %lld\n", names[i], (long long)st.st_size);
        }
    }
    printf("%d entries\n", n);
    return 0;
}
