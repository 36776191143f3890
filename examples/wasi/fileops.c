// Exercises file operations inside a directory: mkdir, write, stat, seek/tell, pread-style
// reads, rename, symlink/readlink, link, unlink, rmdir, utimes. Prints one line per step.
// usage: fileops DIR
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

static char base[512];
static const char *p(const char *name) {
    static char buf[4][1024];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "%s/%s", base, name);
    return buf[i];
}
static void report(const char *what, int rc) {
    if (rc == 0) printf("%s: ok\n", what);
    else printf("%s: %s\n", what, strerror(errno));
}

int main(int argc, char **argv) {
    snprintf(base, sizeof base, "%s", argc > 1 ? argv[1] : ".");
    report("mkdir sub", mkdir(p("sub"), 0755));
    report("mkdir sub again", mkdir(p("sub"), 0755));

    int fd = open(p("sub/data.txt"), O_CREAT | O_RDWR | O_TRUNC, 0644);
    report("open data.txt", fd < 0 ? -1 : 0);
    const char *text = "0123456789abcdef";
    printf("write: %zd\n", write(fd, text, strlen(text)));
    printf("tell after write: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("seek set 4: %lld\n", (long long)lseek(fd, 4, SEEK_SET));
    char buf[64] = {0};
    printf("read 6: %zd '%s'\n", read(fd, buf, 6), buf);
    printf("seek end -3: %lld\n", (long long)lseek(fd, -3, SEEK_END));
    memset(buf, 0, sizeof buf);
    printf("read rest: %zd '%s'\n", read(fd, buf, sizeof buf - 1), buf);
    memset(buf, 0, sizeof buf);
    printf("pread 2@10: %zd '%s'\n", pread(fd, buf, 2, 10), buf);
    printf("pwrite 3@0: %zd\n", pwrite(fd, "XYZ", 3, 0));
    report("ftruncate 12", ftruncate(fd, 12));
    struct stat st;
    report("fstat", fstat(fd, &st));
    printf("size: %lld regular: %d\n", (long long)st.st_size, S_ISREG(st.st_mode));
    close(fd);

    report("stat data.txt", stat(p("sub/data.txt"), &st));
    printf("size: %lld\n", (long long)st.st_size);
    report("stat missing", stat(p("sub/missing"), &st));

    struct timeval tv[2] = {{1000000000, 0}, {1234567890, 0}};
    report("utimes", utimes(p("sub/data.txt"), tv));
    stat(p("sub/data.txt"), &st);
    printf("mtime: %lld\n", (long long)st.st_mtime);

    report("rename data.txt -> moved.txt", rename(p("sub/data.txt"), p("sub/moved.txt")));
    report("stat old name", stat(p("sub/data.txt"), &st));
    report("symlink link -> moved.txt", symlink("moved.txt", p("sub/link")));
    char target[256] = {0};
    ssize_t n = readlink(p("sub/link"), target, sizeof target - 1);
    printf("readlink: %zd '%s'\n", n, n >= 0 ? target : "");
    report("lstat link", lstat(p("sub/link"), &st));
    printf("is symlink: %d\n", S_ISLNK(st.st_mode));
    report("stat through link", stat(p("sub/link"), &st));
    printf("size via link: %lld\n", (long long)st.st_size);
    report("link hard.txt", link(p("sub/moved.txt"), p("sub/hard.txt")));
    stat(p("sub/moved.txt"), &st);
    printf("nlink: %lld\n", (long long)st.st_nlink);

    FILE *f = fopen(p("sub/moved.txt"), "a");
    fputs("++", f);
    fclose(f);
    f = fopen(p("sub/moved.txt"), "r");
    memset(buf, 0, sizeof buf);
    fgets(buf, sizeof buf, f);
    fclose(f);
    printf("after append: '%s'\n", buf);

    report("rmdir non-empty sub", rmdir(p("sub")));
    report("unlink link", unlink(p("sub/link")));
    report("unlink hard.txt", unlink(p("sub/hard.txt")));
    report("unlink moved.txt", unlink(p("sub/moved.txt")));
    report("unlink missing", unlink(p("sub/moved.txt")));
    report("rmdir sub", rmdir(p("sub")));
    report("open dir for writing", open(base, O_WRONLY) < 0 ? -1 : 0);
    return 0;
}
