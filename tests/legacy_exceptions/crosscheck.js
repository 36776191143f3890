// Cross-checks a legacy exception-handling `.wast` script against V8 (Node.js), which still
// implements the legacy encoding: `wast2json --enable-exceptions x.wast -o out/x.json` (wabt),
// then `node crosscheck.js out/x.json`. Handles the directives these scripts use: modules
// (binary), register, invoke, assert_return (i32, i64, f32, f64, externref, funcref null),
// assert_exception, assert_trap, assert_invalid and assert_malformed of binary modules. Prints
// one line per failure and a summary; the exit status is 1 when something failed.
'use strict';
const fs = require('fs');
const path = require('path');

const file = process.argv[2];
const dir = path.dirname(file);
const script = JSON.parse(fs.readFileSync(file, 'utf8'));

const externs = new Map();
function externOf(n) {
  if (!externs.has(n)) externs.set(n, { extern: n });
  return externs.get(n);
}

function bitsToF32(bits) {
  const b = new DataView(new ArrayBuffer(4));
  b.setUint32(0, Number(BigInt(bits) & 0xffffffffn));
  return b.getFloat32(0);
}
function bitsToF64(bits) {
  const b = new DataView(new ArrayBuffer(8));
  b.setBigUint64(0, BigInt(bits));
  return b.getFloat64(0);
}
function f32Bits(x) {
  const b = new DataView(new ArrayBuffer(4));
  b.setFloat32(0, x);
  return BigInt(b.getUint32(0));
}
function f64Bits(x) {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return b.getBigUint64(0);
}

function arg(v) {
  switch (v.type) {
    case 'i32': return Number(BigInt.asIntN(32, BigInt(v.value)));
    case 'i64': return BigInt.asIntN(64, BigInt(v.value));
    case 'f32': return bitsToF32(v.value);
    case 'f64': return bitsToF64(v.value);
    case 'externref': return v.value === 'null' ? null : externOf(v.value);
    case 'funcref': return null;
    default: throw new Error(`unsupported argument type ${v.type}`);
  }
}

function matches(actual, expected) {
  switch (expected.type) {
    case 'i32': return (actual | 0) === Number(BigInt.asIntN(32, BigInt(expected.value)));
    case 'i64': return BigInt.asIntN(64, actual) === BigInt.asIntN(64, BigInt(expected.value));
    case 'f32': return expected.value.startsWith('nan') ? Number.isNaN(actual) : f32Bits(actual) === BigInt(expected.value);
    case 'f64': return expected.value.startsWith('nan') ? Number.isNaN(actual) : f64Bits(actual) === BigInt(expected.value);
    case 'externref': return actual === (expected.value === 'null' ? null : externOf(expected.value));
    case 'funcref': return expected.value === 'null' ? actual === null : typeof actual === 'function';
    default: throw new Error(`unsupported result type ${expected.type}`);
  }
}

const spectest = {
  print: () => {}, print_i32: () => {}, print_i64: () => {}, print_f32: () => {}, print_f64: () => {},
  print_i32_f32: () => {}, print_f64_f64: () => {},
  global_i32: new WebAssembly.Global({ value: 'i32' }, 666),
  global_i64: new WebAssembly.Global({ value: 'i64' }, 666n),
  table: new WebAssembly.Table({ initial: 10, maximum: 20, element: 'anyfunc' }),
  memory: new WebAssembly.Memory({ initial: 1, maximum: 2 }),
};
const registry = { spectest };
const named = new Map();
let current = null;

function load(filename) {
  return new Uint8Array(fs.readFileSync(path.join(dir, filename)));
}
function instantiate(filename) {
  const module = new WebAssembly.Module(load(filename));
  return new WebAssembly.Instance(module, registry);
}
function perform(action) {
  const instance = action.module ? named.get(action.module) : current;
  if (action.type === 'invoke') return instance.exports[action.field](...action.args.map(arg));
  if (action.type === 'get') return instance.exports[action.field].value;
  throw new Error(`unsupported action ${action.type}`);
}

let passed = 0;
let failed = 0;
function fail(cmd, message) {
  failed++;
  console.log(`${path.basename(file)}:${cmd.line}: ${message}`);
}

for (const cmd of script.commands) {
  try {
    switch (cmd.type) {
      case 'module':
        current = instantiate(cmd.filename);
        if (cmd.name) named.set(cmd.name, current);
        break;
      case 'register':
        registry[cmd.as] = (cmd.name ? named.get(cmd.name) : current).exports;
        break;
      case 'action':
        perform(cmd.action);
        break;
      case 'assert_return': {
        let results = perform(cmd.action);
        if (cmd.expected.length !== 1) results = results === undefined ? [] : Array.from(results);
        else results = [results];
        const ok = results.length === cmd.expected.length && cmd.expected.every((e, i) => matches(results[i], e));
        if (ok) passed++;
        else fail(cmd, `${cmd.action.field}: expected ${JSON.stringify(cmd.expected)}, got ${String(results)}`);
        break;
      }
      case 'assert_exception':
      case 'assert_trap':
      case 'assert_exhaustion': {
        let outcome;
        try {
          outcome = `returned ${String(perform(cmd.action))}`;
        } catch (e) {
          outcome = e instanceof WebAssembly.Exception ? 'exception' : e instanceof WebAssembly.RuntimeError || e instanceof RangeError ? 'trap' : `error ${e}`;
        }
        const want = cmd.type === 'assert_exception' ? 'exception' : 'trap';
        if (outcome === want) passed++;
        else fail(cmd, `${cmd.action.field}: expected ${want}, got ${outcome}`);
        break;
      }
      case 'assert_invalid':
      case 'assert_malformed':
      case 'assert_uninstantiable':
      case 'assert_unlinkable': {
        if (cmd.module_type !== 'binary') break;
        let rejected = false;
        try {
          instantiate(cmd.filename);
        } catch (e) {
          rejected = true;
        }
        if (rejected) passed++;
        else fail(cmd, `expected the module to be rejected (${cmd.text})`);
        break;
      }
      default:
        fail(cmd, `unsupported command ${cmd.type}`);
    }
  } catch (e) {
    fail(cmd, `${cmd.type}: ${e}`);
  }
}
console.log(`${path.basename(file)}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
