// A small C++ program using exceptions, for the legacy exception-handling encoding clang 14
// emits with -fwasm-exceptions: typed catches, catch (...), rethrow (`throw;`), a destructor
// run while unwinding, a nested try in a handler, and a throw that no handler of a function
// matches (it goes to its caller). `run(n)` returns a checksum of what happened.
extern "C" void eh_free(void* object);

struct Err { int code; };
struct Other { int a, b; };

static int destroyed = 0;
struct Guard { int* log; ~Guard() { *log += 1; destroyed++; } };

__attribute__((noinline)) int step(int x) {
  if (x % 5 == 4) throw Other{x, 2 * x};
  if (x % 3 == 2) throw Err{x};
  return x;
}

__attribute__((noinline)) int guarded(int x, int* log) {
  Guard g{log};
  return step(x) * 2;
}

__attribute__((noinline)) int only_err(int x) {
  try {
    return step(x);
  } catch (const Err& e) {
    int code = e.code;
    eh_free(const_cast<Err*>(&e));
    return 1000 * code;
  }
}

__attribute__((noinline)) int rethrows(int x) {
  try {
    return only_err(x);
  } catch (...) {
    throw;
  }
}

extern "C" __attribute__((export_name("run"))) int run(int n) {
  int total = 0;
  int log = 0;
  destroyed = 0;
  for (int i = 0; i < n; i++) {
    try {
      total += guarded(i, &log);
    } catch (const Err& e) {
      total += 100 * e.code;
      eh_free(const_cast<Err*>(&e));
    } catch (const Other& o) {
      try {
        total += rethrows(o.b);
      } catch (const Other& inner) {
        total += inner.a + inner.b;
        eh_free(const_cast<Other*>(&inner));
      }
      eh_free(const_cast<Other*>(&o));
    }
  }
  return total * 1000 + log * 10 + (destroyed == log);
}
