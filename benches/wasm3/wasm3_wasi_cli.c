/*
 * A minimal command-line host for the wasm3 interpreter, used only as a peer in
 * benches/compare.py. Usage: wasm3 FILE.wasm [ARGS...]  (runs `_start`).
 *
 * The wasm3 sources come from the `pywasm3` sdist on PyPI (the only registry that ships
 * them); that sdist has the interpreter core but not wasm3's own WASI layer or CLI, so this
 * file provides the handful of wasi_snapshot_preview1 functions the benchmark corpus imports:
 * args_get, args_sizes_get, environ_get, environ_sizes_get, fd_write, fd_close,
 * fd_fdstat_get, fd_seek, clock_time_get, random_get, proc_exit.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "wasm3.h"

#define WASI_ESUCCESS 0
#define WASI_EBADF 8
#define WASI_EINVAL 28
#define WASI_ESPIPE 70
#define WASI_ENOSYS 52

static int g_argc;
static char **g_argv;
static int g_exit_code;

#define CHECK(addr, len) m3ApiCheckMem(addr, len)

m3ApiRawFunction(wasi_args_sizes_get) {
    m3ApiReturnType(uint32_t)
    m3ApiGetArgMem(uint32_t *, argc)
    m3ApiGetArgMem(uint32_t *, buf_size)
    CHECK(argc, 4);
    CHECK(buf_size, 4);
    uint32_t size = 0;
    for (int i = 0; i < g_argc; i++) size += (uint32_t)strlen(g_argv[i]) + 1;
    m3ApiWriteMem32(argc, (uint32_t)g_argc);
    m3ApiWriteMem32(buf_size, size);
    m3ApiReturn(WASI_ESUCCESS);
}

m3ApiRawFunction(wasi_args_get) {
    m3ApiReturnType(uint32_t)
    m3ApiGetArgMem(uint32_t *, argv)
    m3ApiGetArgMem(char *, buf)
    CHECK(argv, 4 * (uint64_t)g_argc);
    for (int i = 0; i < g_argc; i++) {
        size_t len = strlen(g_argv[i]) + 1;
        CHECK(buf, len);
        m3ApiWriteMem32(&argv[i], m3ApiPtrToOffset(buf));
        memcpy(buf, g_argv[i], len);
        buf += len;
    }
    m3ApiReturn(WASI_ESUCCESS);
}

m3ApiRawFunction(wasi_environ_sizes_get) {
    m3ApiReturnType(uint32_t)
    m3ApiGetArgMem(uint32_t *, count)
    m3ApiGetArgMem(uint32_t *, buf_size)
    CHECK(count, 4);
    CHECK(buf_size, 4);
    m3ApiWriteMem32(count, 0);
    m3ApiWriteMem32(buf_size, 0);
    m3ApiReturn(WASI_ESUCCESS);
}

m3ApiRawFunction(wasi_environ_get) {
    m3ApiReturnType(uint32_t)
    m3ApiReturn(WASI_ESUCCESS);
}

m3ApiRawFunction(wasi_fd_write) {
    m3ApiReturnType(uint32_t)
    m3ApiGetArg(uint32_t, fd)
    m3ApiGetArg(uint32_t, iovs_off)
    m3ApiGetArg(uint32_t, iovs_len)
    m3ApiGetArgMem(uint32_t *, nwritten)
    CHECK(nwritten, 4);
    uint32_t *iovs = (uint32_t *)m3ApiOffsetToPtr(iovs_off);
    CHECK(iovs, 8 * (uint64_t)iovs_len);
    if (fd != 1 && fd != 2) m3ApiReturn(WASI_EBADF);
    struct iovec vec[64];
    if (iovs_len > 64) iovs_len = 64;
    for (uint32_t i = 0; i < iovs_len; i++) {
        uint32_t off = m3ApiReadMem32(&iovs[2 * i]);
        uint32_t len = m3ApiReadMem32(&iovs[2 * i + 1]);
        void *p = m3ApiOffsetToPtr(off);
        CHECK(p, len);
        vec[i].iov_base = p;
        vec[i].iov_len = len;
    }
    ssize_t n = writev((int)fd, vec, (int)iovs_len);
    if (n < 0) m3ApiReturn(WASI_EINVAL);
    m3ApiWriteMem32(nwritten, (uint32_t)n);
    m3ApiReturn(WASI_ESUCCESS);
}

m3ApiRawFunction(wasi_fd_close) {
    m3ApiReturnType(uint32_t)
    m3ApiGetArg(uint32_t, fd)
    m3ApiReturn(fd <= 2 ? WASI_ESUCCESS : WASI_EBADF);
}

m3ApiRawFunction(wasi_fd_fdstat_get) {
    m3ApiReturnType(uint32_t)
    m3ApiGetArg(uint32_t, fd)
    m3ApiGetArgMem(uint8_t *, stat)
    CHECK(stat, 24);
    if (fd > 2) m3ApiReturn(WASI_EBADF);
    struct stat st;
    uint8_t filetype = 0; /* unknown */
    if (fstat((int)fd, &st) == 0) {
        if (S_ISCHR(st.st_mode)) filetype = 2;      /* character device */
        else if (S_ISREG(st.st_mode)) filetype = 4; /* regular file */
    }
    memset(stat, 0, 24);
    stat[0] = filetype;
    /* rights: everything except seek/tell (bits 2 and 5), like a stream */
    uint64_t rights = ~((1ull << 2) | (1ull << 5)) & 0x1fffffffull;
    memcpy(stat + 8, &rights, 8);
    memcpy(stat + 16, &rights, 8);
    m3ApiReturn(WASI_ESUCCESS);
}

m3ApiRawFunction(wasi_fd_seek) {
    m3ApiReturnType(uint32_t)
    m3ApiReturn(WASI_ESPIPE);
}

m3ApiRawFunction(wasi_clock_time_get) {
    m3ApiReturnType(uint32_t)
    m3ApiGetArg(uint32_t, clock_id)
    m3ApiGetArg(uint64_t, precision)
    m3ApiGetArgMem(uint64_t *, out)
    (void)precision;
    CHECK(out, 8);
    struct timespec ts;
    clock_gettime(clock_id == 0 ? CLOCK_REALTIME : CLOCK_MONOTONIC, &ts);
    uint64_t ns = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
    memcpy(out, &ns, 8);
    m3ApiReturn(WASI_ESUCCESS);
}

m3ApiRawFunction(wasi_random_get) {
    m3ApiReturnType(uint32_t)
    m3ApiGetArgMem(uint8_t *, buf)
    m3ApiGetArg(uint32_t, len)
    CHECK(buf, len);
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (uint32_t i = 0; i < len; i++) { x ^= x << 13; x ^= x >> 7; x ^= x << 17; buf[i] = (uint8_t)x; }
    m3ApiReturn(WASI_ESUCCESS);
}

m3ApiRawFunction(wasi_proc_exit) {
    m3ApiGetArg(uint32_t, code)
    g_exit_code = (int)code;
    m3ApiTrap(m3Err_trapExit);
}

static void link_all(IM3Module m) {
    static const struct { const char *name, *sig; M3RawCall fn; } fns[] = {
        {"args_get", "i(**)", wasi_args_get},
        {"args_sizes_get", "i(**)", wasi_args_sizes_get},
        {"environ_get", "i(**)", wasi_environ_get},
        {"environ_sizes_get", "i(**)", wasi_environ_sizes_get},
        {"fd_write", "i(i*i*)", wasi_fd_write},
        {"fd_close", "i(i)", wasi_fd_close},
        {"fd_fdstat_get", "i(i*)", wasi_fd_fdstat_get},
        {"fd_seek", "i(iIi*)", wasi_fd_seek},
        {"clock_time_get", "i(iI*)", wasi_clock_time_get},
        {"random_get", "i(*i)", wasi_random_get},
        {"proc_exit", "v(i)", wasi_proc_exit},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        M3Result r = m3_LinkRawFunction(m, "wasi_snapshot_preview1", fns[i].name, fns[i].sig, fns[i].fn);
        if (r && r != m3Err_functionLookupFailed) {
            fprintf(stderr, "wasm3: linking %s: %s\n", fns[i].name, r);
            exit(1);
        }
    }
}

int main(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help")) {
        fprintf(stderr, "usage: %s FILE.wasm [ARGS...]\n", argv[0]);
        return 2;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("wasm3 %s (pywasm3 sdist core, minimal WASI host)\n", M3_VERSION);
        return 0;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *bytes = malloc((size_t)size);
    if (fread(bytes, 1, (size_t)size, f) != (size_t)size) { perror("read"); return 1; }
    fclose(f);

    g_argc = argc - 1;
    g_argv = argv + 1;

    IM3Environment env = m3_NewEnvironment();
    IM3Runtime rt = m3_NewRuntime(env, 1024 * 1024, NULL);
    IM3Module mod;
    M3Result r = m3_ParseModule(env, &mod, bytes, (uint32_t)size);
    if (r) { fprintf(stderr, "wasm3: parse: %s\n", r); return 1; }
    r = m3_LoadModule(rt, mod);
    if (r) { fprintf(stderr, "wasm3: load: %s\n", r); return 1; }
    link_all(mod);
    IM3Function start;
    r = m3_FindFunction(&start, rt, "_start");
    if (r) { fprintf(stderr, "wasm3: _start: %s\n", r); return 1; }
    r = m3_CallV(start);
    if (r == m3Err_trapExit) return g_exit_code;
    if (r) {
        M3ErrorInfo info;
        m3_GetErrorInfo(rt, &info);
        fprintf(stderr, "wasm3: error: %s (%s)\n", r, info.message ? info.message : "");
        return 1;
    }
    return 0;
}
