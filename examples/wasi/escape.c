// Tries to leave the sandbox in every way it can think of; each attempt must fail.
// usage: escape DIR   (DIR is the preopened directory, e.g. /sandbox)
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char base[512];
static const char *p(const char *name) {
    static char buf[4][1024];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "%s/%s", base, name);
    return buf[i];
}
static void attempt(const char *what, const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd >= 0) {
        char buf[64] = {0};
        ssize_t n = read(fd, buf, sizeof buf - 1);
        printf("%s: opened (read %zd bytes)\n", what, n);
        close(fd);
    } else {
        printf("%s: denied (%s)\n", what, strerror(errno));
    }
}

int main(int argc, char **argv) {
    snprintf(base, sizeof base, "%s", argc > 1 ? argv[1] : ".");
    attempt("inside", p("inside.txt"));
    attempt("dotdot", p("../secret.txt"));
    attempt("deep dotdot", p("a/../../secret.txt"));
    attempt("absolute", "/etc/passwd");
    attempt("root", "/secret.txt");
    printf("symlink out: %s\n", symlink("../secret.txt", p("out")) == 0 ? "created" : strerror(errno));
    attempt("via symlink", p("out"));
    printf("symlink chain: %s\n",
           symlink("out", p("chain")) == 0 && symlink("chain", p("chain2")) == 0 ? "created" : strerror(errno));
    attempt("via symlink chain", p("chain2"));
    printf("absolute symlink: %s\n", symlink("/etc/passwd", p("abs")) == 0 ? "created" : strerror(errno));
    attempt("via absolute symlink", p("abs"));
    struct stat st;
    printf("stat dotdot: %s\n", stat(p(".."), &st) == 0 ? "ESCAPED" : strerror(errno));
    printf("mkdir outside: %s\n", mkdir(p("../made-by-guest"), 0755) == 0 ? "ESCAPED" : strerror(errno));
    printf("unlink outside: %s\n", unlink(p("../secret.txt")) == 0 ? "ESCAPED" : strerror(errno));
    printf("rename out: %s\n", rename(p("inside.txt"), p("../stolen.txt")) == 0 ? "ESCAPED" : strerror(errno));
    return 0;
}
