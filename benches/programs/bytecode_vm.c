/* A tiny stack-machine interpreter with a dense switch (lowers to br_table). Runs a program
 * that computes a sum of an LCG sequence with nested loops and a few arithmetic ops. */
#include "common.h"

enum { OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL, OP_XOR, OP_SHR, OP_AND, OP_DUP,
       OP_DROP, OP_JNZ, OP_JMP, OP_LT, OP_INC, OP_DEC, OP_SWAP, OP_OR, OP_SHL, OP_NOP, OP_HALT };

static const int32_t program[] = {
    /* r0 = n (outer counter), r1 = acc, r2 = x */
    OP_PUSH, 0, OP_STORE, 1,            /* acc = 0 */
    OP_PUSH, 12345, OP_STORE, 2,        /* x = 12345 */
    /* loop: (pc 8) */
    OP_LOAD, 2, OP_PUSH, 1103515245, OP_MUL, OP_PUSH, 12345, OP_ADD, OP_PUSH, 0x7fffffff, OP_AND,
    OP_DUP, OP_STORE, 2,                /* x = (x*a + c) & mask; leave x on stack */
    OP_PUSH, 7, OP_SHR, OP_LOAD, 1, OP_XOR, OP_PUSH, 3, OP_SHL, OP_LOAD, 1, OP_OR,
    OP_PUSH, 0x55555555, OP_SUB, OP_NOP, OP_LOAD, 2, OP_PUSH, 0xffff, OP_AND, OP_ADD,
    OP_STORE, 1,                        /* acc = ((x>>7 ^ acc) << 3 | acc) - K + (x & 0xffff) */
    OP_LOAD, 0, OP_DEC, OP_DUP, OP_STORE, 0, OP_JNZ, 8,
    OP_LOAD, 1, OP_HALT,
};

__attribute__((noinline)) static int32_t run(const int32_t *code, int32_t n) {
    int32_t stack[64];
    int32_t regs[8] = {0};
    int sp = 0, pc = 0;
    regs[0] = n;
    for (;;) {
        int32_t op = code[pc++];
        switch (op) {
        case OP_PUSH: stack[sp++] = code[pc++]; break;
        case OP_LOAD: stack[sp++] = regs[code[pc++]]; break;
        case OP_STORE: regs[code[pc++]] = stack[--sp]; break;
        case OP_ADD: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] + (uint32_t)stack[sp]); break;
        case OP_SUB: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] - (uint32_t)stack[sp]); break;
        case OP_MUL: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] * (uint32_t)stack[sp]); break;
        case OP_XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case OP_OR: sp--; stack[sp - 1] |= stack[sp]; break;
        case OP_AND: sp--; stack[sp - 1] &= stack[sp]; break;
        case OP_SHR: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] >> (stack[sp] & 31)); break;
        case OP_SHL: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] << (stack[sp] & 31)); break;
        case OP_LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case OP_DROP: sp--; break;
        case OP_SWAP: { int32_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
        case OP_INC: stack[sp - 1]++; break;
        case OP_DEC: stack[sp - 1]--; break;
        case OP_JNZ: { int32_t t = code[pc++]; if (stack[--sp]) pc = t; break; }
        case OP_JMP: pc = code[pc]; break;
        case OP_NOP: break;
        case OP_HALT: return stack[sp - 1];
        default: return -1;
        }
    }
}

int main(int argc, char **argv) {
    long n = arg_size(argc, argv, 1000000);
    if (n <= 0) { printf("bytecode_vm: nothing to do\n"); return 0; }
    int32_t r = run(program, (int32_t)n);
    printf("bytecode_vm(%ld) = %d\n", n, r);
    return 0;
}
