/* Tail calls: a threaded-code interpreter whose handlers end by tail-calling the next handler
 * through a function-pointer table (`return_call_indirect`), plus a lexer-style state machine
 * whose states tail-call each other directly (`return_call`). Built with -mtail-call; every
 * `musttail` call is a Wasm tail call, so the native and wasm stacks stay flat. */
#include "common.h"

/* ---- threaded interpreter: handlers tail-call the next handler ---- */

typedef uint32_t (*Handler)(const int32_t *pc, uint32_t *regs, uint32_t acc);

enum { OP_LDI, OP_ADD, OP_MULI, OP_XORSHR, OP_DEC, OP_JNZ, OP_MIX, OP_HALT, OP_COUNT };

static Handler handlers[OP_COUNT];

#define NEXT(pc, regs, acc) __attribute__((musttail)) return handlers[(pc)[0]]((pc), (regs), (acc))

__attribute__((noinline)) static uint32_t op_ldi(const int32_t *pc, uint32_t *regs, uint32_t acc) {
    regs[pc[1]] = (uint32_t)pc[2];
    pc += 3;
    NEXT(pc, regs, acc);
}
__attribute__((noinline)) static uint32_t op_add(const int32_t *pc, uint32_t *regs, uint32_t acc) {
    acc += regs[pc[1]];
    pc += 2;
    NEXT(pc, regs, acc);
}
__attribute__((noinline)) static uint32_t op_muli(const int32_t *pc, uint32_t *regs, uint32_t acc) {
    acc = acc * (uint32_t)pc[1] + 12345u;
    pc += 2;
    NEXT(pc, regs, acc);
}
__attribute__((noinline)) static uint32_t op_xorshr(const int32_t *pc, uint32_t *regs, uint32_t acc) {
    acc ^= acc >> pc[1];
    pc += 2;
    NEXT(pc, regs, acc);
}
__attribute__((noinline)) static uint32_t op_dec(const int32_t *pc, uint32_t *regs, uint32_t acc) {
    regs[pc[1]]--;
    pc += 2;
    NEXT(pc, regs, acc);
}
__attribute__((noinline)) static uint32_t op_jnz(const int32_t *pc, uint32_t *regs, uint32_t acc) {
    pc = regs[pc[1]] ? pc + pc[2] : pc + 3;
    NEXT(pc, regs, acc);
}
__attribute__((noinline)) static uint32_t op_mix(const int32_t *pc, uint32_t *regs, uint32_t acc) {
    regs[pc[1]] = (regs[pc[1]] << 5 | regs[pc[1]] >> 27) ^ acc;
    pc += 2;
    NEXT(pc, regs, acc);
}
__attribute__((noinline)) static uint32_t op_halt(const int32_t *pc, uint32_t *regs, uint32_t acc) {
    (void)pc;
    return acc ^ regs[1];
}

static const int32_t program[] = {
    OP_LDI, 1, 7,           /* r1 = 7 */
    /* loop (offset 3): */
    OP_ADD, 1,              /* acc += r1 */
    OP_MULI, 1103515245,    /* acc = acc * a + c */
    OP_XORSHR, 13,          /* acc ^= acc >> 13 */
    OP_MIX, 1,              /* r1 = rotl(r1, 5) ^ acc */
    OP_DEC, 0,              /* r0-- */
    OP_JNZ, 0, -10,         /* if r0 goto loop */
    OP_HALT,
};

static uint32_t interpret(uint32_t n) {
    uint32_t regs[4] = {n, 0, 0, 0};
    handlers[OP_LDI] = op_ldi;
    handlers[OP_ADD] = op_add;
    handlers[OP_MULI] = op_muli;
    handlers[OP_XORSHR] = op_xorshr;
    handlers[OP_DEC] = op_dec;
    handlers[OP_JNZ] = op_jnz;
    handlers[OP_MIX] = op_mix;
    handlers[OP_HALT] = op_halt;
    return handlers[program[0]](program, regs, 0);
}

/* ---- state machine: states tail-call each other directly ---- */

static uint32_t st_space(const uint8_t *p, const uint8_t *end, uint32_t h);
static uint32_t st_word(const uint8_t *p, const uint8_t *end, uint32_t h);
static uint32_t st_number(const uint8_t *p, const uint8_t *end, uint32_t h);

__attribute__((noinline)) static uint32_t st_space(const uint8_t *p, const uint8_t *end, uint32_t h) {
    if (p == end) return h;
    uint8_t c = *p;
    if (c >= 'a' && c <= 'z') __attribute__((musttail)) return st_word(p, end, h * 31u + 1u);
    if (c >= '0' && c <= '9') __attribute__((musttail)) return st_number(p, end, h * 31u + 2u);
    __attribute__((musttail)) return st_space(p + 1, end, h);
}
__attribute__((noinline)) static uint32_t st_word(const uint8_t *p, const uint8_t *end, uint32_t h) {
    if (p == end) return h;
    uint8_t c = *p;
    if (c >= 'a' && c <= 'z') __attribute__((musttail)) return st_word(p + 1, end, (h ^ c) * 16777619u);
    __attribute__((musttail)) return st_space(p, end, h + 7u);
}
__attribute__((noinline)) static uint32_t st_number(const uint8_t *p, const uint8_t *end, uint32_t h) {
    if (p == end) return h;
    uint8_t c = *p;
    if (c >= '0' && c <= '9') __attribute__((musttail)) return st_number(p + 1, end, (h ^ (uint32_t)(c - '0')) * 2654435761u);
    __attribute__((musttail)) return st_space(p, end, h ^ 0x9e3779b9u);
}

static uint8_t text[1 << 16];

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 1000000);
    if (n <= 0) { printf("tailcall: nothing to do\n"); return 0; }
    uint32_t a = interpret((uint32_t)n);
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789  ,.";
    for (size_t i = 0; i < sizeof text; i++) text[i] = (uint8_t)alphabet[rng_next() % (sizeof alphabet - 1)];
    uint32_t h = 0;
    for (long round = 0; round < n / 20000 + 1; round++) h = st_space(text, text + sizeof text, h);
    printf("tailcall(%ld) = %u %u\n", n, a, h);
    return 0;
}
