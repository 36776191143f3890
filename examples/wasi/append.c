// Append mode and positioned writes through wasi-libc: open(O_CREAT|O_TRUNC|O_WRONLY|O_APPEND)
// must work, every write on an append descriptor goes to the end whatever the offset, and
// pwrite writes at its offset without moving the descriptor's offset.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: append FILE\n");
        return 2;
    }
    const char *path = argv[1];
    int fd = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_APPEND, 0644);
    if (fd < 0) {
        printf("open: %s\n", strerror(errno));
        return 1;
    }
    printf("open: ok\n");
    printf("write: %zd\n", write(fd, "hello", 5));
    printf("seek 0: %lld\n", (long long)lseek(fd, 0, SEEK_SET));
    printf("write after seek: %zd\n", write(fd, " world", 6));
    printf("offset: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("pwrite at 0: %zd\n", pwrite(fd, "J", 1, 0));
    printf("offset after pwrite: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("fcntl append: %d\n", (fcntl(fd, F_GETFL) & O_APPEND) != 0);
    close(fd);
    // Reopen for appending without truncation: the old content stays.
    fd = open(path, O_WRONLY | O_APPEND);
    printf("reopen: %s\n", fd < 0 ? strerror(errno) : "ok");
    printf("write: %zd\n", write(fd, "!", 1));
    close(fd);
    char buf[64] = {0};
    fd = open(path, O_RDONLY);
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    printf("content: %zd '%s'\n", n, buf);
    return 0;
}
