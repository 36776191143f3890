// A minimal C++ exception runtime for clang's -fwasm-exceptions (no libc++abi here): what
// the compiler's code calls. Exceptions are a header (the thrown type's type_info) followed by
// the object; the header's address is what is thrown with the C++ tag.
typedef unsigned int usize;
typedef unsigned char u8;

extern "C" {
struct LandingPadContext { usize lpad_index; usize lsda; usize selector; };
LandingPadContext __wasm_lpad_context;
// The vtable symbol clang's type_info objects for classes refer to (unused here).
void* _ZTVN10__cxxabiv117__class_type_infoE[4];

struct Header { const void* type; usize in_use; };
static unsigned long long pool[64][8];  // 64 slots of 64 bytes

void* __cxa_allocate_exception(usize size) {
  if (size > sizeof(pool[0]) - sizeof(Header)) __builtin_trap();
  for (auto& slot : pool) {
    Header* h = reinterpret_cast<Header*>(slot);
    if (!h->in_use) { h->in_use = 1; return h + 1; }
  }
  __builtin_trap();
}
[[noreturn]] void __cxa_throw(void* object, void* type, void (*)(void*)) {
  Header* h = static_cast<Header*>(object) - 1;
  h->type = type;
  __builtin_wasm_throw(0, h);
}
// The exceptions being handled, innermost last (for `throw;`).
static Header* caught[16];
static usize caught_len = 0;
void* __cxa_begin_catch(void* exn) {
  if (caught_len == 16) __builtin_trap();
  caught[caught_len++] = static_cast<Header*>(exn);
  return static_cast<Header*>(exn) + 1;
}
void __cxa_end_catch() { caught_len--; }
[[noreturn]] void __cxa_rethrow() {
  Header* h = caught[--caught_len];
  __builtin_wasm_throw(0, h);
}
// Frees the caught exception (called by the test program when it is done with one).
void eh_free(void* object) { (static_cast<Header*>(object) - 1)->in_use = 0; }

static usize uleb(const u8** p) {
  usize v = 0; unsigned shift = 0; u8 b;
  do { b = *(*p)++; v |= usize(b & 0x7f) << shift; shift += 7; } while (b & 0x80);
  return v;
}
static int sleb(const u8** p) {
  int v = 0; unsigned shift = 0; u8 b;
  do { b = *(*p)++; v |= int(b & 0x7f) << shift; shift += 7; } while (b & 0x80);
  if (shift < 32 && (b & 0x40)) v |= -(1 << shift);
  return v;
}
// Sets the selector of the current landing pad: the type index of the first catch clause
// whose type is the thrown one, or 0 (a cleanup, or no match: the pad rethrows).
int _Unwind_CallPersonality(void* exn) {
  const void* thrown = static_cast<Header*>(exn)->type;
  const u8* p = reinterpret_cast<const u8*>(__wasm_lpad_context.lsda);
  __wasm_lpad_context.selector = 0;
  if (!p) return 0;
  if (*p++ != 0xff) __builtin_trap();          // lpStart encoding: omitted
  u8 ttype_enc = *p++;
  const u8* types = nullptr;
  if (ttype_enc != 0xff) { usize off = uleb(&p); types = p + off; }
  p++;                                         // call-site encoding (uleb128)
  usize cs_len = uleb(&p);
  const u8* actions = p + cs_len;
  for (usize i = 0; p < actions; i++) {
    usize pad = uleb(&p);
    usize action = uleb(&p);
    (void)pad;
    if (i != __wasm_lpad_context.lpad_index) continue;
    if (action == 0) return 0;
    const u8* a = actions + action - 1;
    for (;;) {
      int index = sleb(&a);
      const u8* next_at = a;
      int next = sleb(&a);
      if (index > 0) {
        const void* type = reinterpret_cast<const void* const*>(types)[-index];
        if (type == nullptr || type == thrown) { __wasm_lpad_context.selector = index; return 0; }
      }
      if (next == 0) return 0;
      a = next_at + next;
    }
  }
  return 0;
}
}

namespace std {
[[noreturn]] void terminate() noexcept { __builtin_trap(); }
}
