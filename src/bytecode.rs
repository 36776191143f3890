//! The register bytecode: the one list of instructions the translator emits and the executor runs.
//!
//! Notation in the docs below: `r[x]` is cell `x` of the current frame (a 64-bit slot; i32 values
//! are stored zero-extended, floats as their bits), `pc` is the index of the current instruction,
//! `mem` is memory 0 of the current instance, and `ea = r[addr] as u32 as u64 + offset` is an
//! effective address (checked: `ea + size <= mem.len` or the op traps with "out of bounds memory
//! access").
//!
//! Notes (the irregular instructions):
//! - Branch `offset`s are relative to the branch instruction itself: `pc += offset`.
//! - `BrTable { index, len }` is followed by `len + 1` `Br` instructions (the targets, default
//!   last); it jumps to `pc + 1 + min(r[index], len)`, which executes that `Br`.
//! - Calls use overlapping frames: the caller has already placed the arguments in
//!   `r[base..base+params]`; the callee's frame starts at the caller's `base`, so its parameters
//!   are its slots `0..params`, and it leaves its results in its slots `0..results`, which are the
//!   caller's `r[base..]`. Nothing is copied on call or return.
//! - Float loads and stores use the integer ops of the same width (`f32.load` is `I32Load`, etc.):
//!   a cell holds the bits either way.

/// A frame slot index.
pub type Reg = u16;

/// One instruction. Variants are grouped in the spec's order; every variant names its operand
/// fields the same way: `dst`, `src`, `lhs`, `rhs`, `cond`, `addr`, `offset`, `imm`.
#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(missing_docs)] // operand fields are described by each variant's doc line
pub enum Op {
    // ---- control ----
    /// trap "unreachable"
    Unreachable,
    /// pc += offset
    Br { offset: i32 },
    /// if r[cond] as u32 == 0 { pc += offset }
    BrIfEqz { cond: Reg, offset: i32 },
    /// if r[cond] as u32 != 0 { pc += offset }
    BrIfNez { cond: Reg, offset: i32 },
    /// if r[cond] as u64 == 0 { pc += offset }
    BrIfI64Eqz { cond: Reg, offset: i32 },
    /// if r[cond] as u64 != 0 { pc += offset }
    BrIfI64Nez { cond: Reg, offset: i32 },
    /// if r[lhs] == r[rhs] (i32) { pc += offset }
    BrIfI32Eq { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] != r[rhs] (i32) { pc += offset }
    BrIfI32Ne { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] <s r[rhs] (i32) { pc += offset }
    BrIfI32LtS { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] <u r[rhs] (i32) { pc += offset }
    BrIfI32LtU { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] >s r[rhs] (i32) { pc += offset }
    BrIfI32GtS { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] >u r[rhs] (i32) { pc += offset }
    BrIfI32GtU { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] <=s r[rhs] (i32) { pc += offset }
    BrIfI32LeS { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] <=u r[rhs] (i32) { pc += offset }
    BrIfI32LeU { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] >=s r[rhs] (i32) { pc += offset }
    BrIfI32GeS { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] >=u r[rhs] (i32) { pc += offset }
    BrIfI32GeU { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] == imm (i32) { pc += offset }
    BrIfI32EqImm { lhs: Reg, imm: i32, offset: i32 },
    /// if r[lhs] != imm (i32) { pc += offset }
    BrIfI32NeImm { lhs: Reg, imm: i32, offset: i32 },
    /// if r[lhs] <s imm (i32) { pc += offset }
    BrIfI32LtSImm { lhs: Reg, imm: i32, offset: i32 },
    /// if r[lhs] <u imm (i32) { pc += offset }
    BrIfI32LtUImm { lhs: Reg, imm: i32, offset: i32 },
    /// if r[lhs] >s imm (i32) { pc += offset }
    BrIfI32GtSImm { lhs: Reg, imm: i32, offset: i32 },
    /// if r[lhs] >u imm (i32) { pc += offset }
    BrIfI32GtUImm { lhs: Reg, imm: i32, offset: i32 },
    /// if r[lhs] <=s imm (i32) { pc += offset }
    BrIfI32LeSImm { lhs: Reg, imm: i32, offset: i32 },
    /// if r[lhs] <=u imm (i32) { pc += offset }
    BrIfI32LeUImm { lhs: Reg, imm: i32, offset: i32 },
    /// if r[lhs] >=s imm (i32) { pc += offset }
    BrIfI32GeSImm { lhs: Reg, imm: i32, offset: i32 },
    /// if r[lhs] >=u imm (i32) { pc += offset }
    BrIfI32GeUImm { lhs: Reg, imm: i32, offset: i32 },
    /// pc += 1 + min(r[index] as u32, len); followed by len + 1 `Br` targets
    BrTable { index: Reg, len: u32 },
    /// return to the caller (results already in r[0..])
    Return,
    /// r[0] = r[src]; return
    ReturnReg { src: Reg },
    /// r[0] = imm; return
    ReturnImm { imm: u64 },
    /// call function `func` (module index) with its frame at r[base..]
    Call { func: u32, base: Reg },
    /// call table[table][r[index]] expecting signature `sig` (engine id), frame at r[base..]
    CallIndirect { sig: u32, table: u32, index: Reg, base: Reg },

    // ---- moves, constants, select ----
    /// r[dst] = r[src]
    Copy { dst: Reg, src: Reg },
    /// r[dst] = imm (zero-extended 32-bit pattern: i32, f32, null)
    Const32 { dst: Reg, imm: u32 },
    /// r[dst] = imm (64-bit pattern: i64, f64)
    Const64 { dst: Reg, imm: u64 },
    /// r[dst] = if r[cond] as u32 != 0 { r[lhs] } else { r[rhs] }
    Select { dst: Reg, cond: Reg, lhs: Reg, rhs: Reg },

    // ---- globals ----
    /// r[dst] = global[global]
    GlobalGet { dst: Reg, global: u32 },
    /// global[global] = r[src]
    GlobalSet { src: Reg, global: u32 },

    // ---- memory ----
    /// r[dst] = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u)
    I32Load { dst: Reg, addr: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+8] (i64.load, f64.load)
    I64Load { dst: Reg, addr: Reg, offset: u32 },
    /// r[dst] = mem[ea] as i8 as i32 (zero-extended to the cell)
    I32Load8S { dst: Reg, addr: Reg, offset: u32 },
    /// r[dst] = mem[ea] as u8 (i32.load8_u, i64.load8_u)
    I32Load8U { dst: Reg, addr: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+2] as i16 as i32
    I32Load16S { dst: Reg, addr: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u)
    I32Load16U { dst: Reg, addr: Reg, offset: u32 },
    /// r[dst] = mem[ea] as i8 as i64
    I64Load8S { dst: Reg, addr: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+2] as i16 as i64
    I64Load16S { dst: Reg, addr: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+4] as i32 as i64
    I64Load32S { dst: Reg, addr: Reg, offset: u32 },
    /// mem[ea] = r[src] as u8 (i32.store8, i64.store8)
    Store8 { addr: Reg, src: Reg, offset: u32 },
    /// mem[ea..ea+2] = r[src] as u16
    Store16 { addr: Reg, src: Reg, offset: u32 },
    /// mem[ea..ea+4] = r[src] as u32 (i32.store, f32.store, i64.store32)
    Store32 { addr: Reg, src: Reg, offset: u32 },
    /// mem[ea..ea+8] = r[src] (i64.store, f64.store)
    Store64 { addr: Reg, src: Reg, offset: u32 },
    /// r[dst] = size of memory `mem` in pages
    MemorySize { dst: Reg, mem: u32 },
    /// r[dst] = old size in pages after growing memory `mem` by r[delta] pages, or -1
    MemoryGrow { dst: Reg, delta: Reg, mem: u32 },
    /// mem[r[dst]..+r[len]] = r[val] as u8 (memory.fill)
    MemoryFill { dst: Reg, val: Reg, len: Reg },
    /// mem[r[dst]..+r[len]] = mem[r[src]..+r[len]] (memory.copy, overlapping allowed)
    MemoryCopy { dst: Reg, src: Reg, len: Reg },
    /// mem[r[dst]..+r[len]] = data[data][r[src]..+r[len]] (memory.init)
    MemoryInit { dst: Reg, src: Reg, len: Reg, data: u32 },
    /// data segment `data` becomes empty
    DataDrop { data: u32 },

    // ---- tables and references ----
    /// r[dst] = table[table][r[index]]
    TableGet { dst: Reg, index: Reg, table: u32 },
    /// table[table][r[index]] = r[src]
    TableSet { index: Reg, src: Reg, table: u32 },
    /// r[dst] = size of table `table`
    TableSize { dst: Reg, table: u32 },
    /// r[dst] = old size after growing `table` by r[delta] entries of r[init], or -1
    TableGrow { dst: Reg, init: Reg, delta: Reg, table: u32 },
    /// table[table][r[dst]..+r[len]] = r[val]
    TableFill { dst: Reg, val: Reg, len: Reg, table: u32 },
    /// table[dst_table][r[dst]..+r[len]] = table[src_table][r[src]..+r[len]]
    TableCopy { dst: Reg, src: Reg, len: Reg, dst_table: u32, src_table: u32 },
    /// table[table][r[dst]..+r[len]] = elem[elem][r[src]..+r[len]]
    TableInit { dst: Reg, src: Reg, len: Reg, table: u32, elem: u32 },
    /// element segment `elem` becomes empty
    ElemDrop { elem: u32 },
    /// r[dst] = reference to function `func` (module index)
    RefFunc { dst: Reg, func: u32 },

    // ---- i32 ----
    /// r[dst] = (r[src] == 0) (i32)
    I32Eqz { dst: Reg, src: Reg },
    /// r[dst] = r[lhs] == r[rhs]
    I32Eq { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] != r[rhs]
    I32Ne { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <s r[rhs]
    I32LtS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <u r[rhs]
    I32LtU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >s r[rhs]
    I32GtS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >u r[rhs]
    I32GtU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <=s r[rhs]
    I32LeS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <=u r[rhs]
    I32LeU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >=s r[rhs]
    I32GeS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >=u r[rhs]
    I32GeU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] == imm
    I32EqImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] != imm
    I32NeImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] <s imm
    I32LtSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] <u imm
    I32LtUImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >s imm
    I32GtSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >u imm
    I32GtUImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] <=s imm
    I32LeSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] <=u imm
    I32LeUImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >=s imm
    I32GeSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >=u imm
    I32GeUImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = clz(r[src])
    I32Clz { dst: Reg, src: Reg },
    /// r[dst] = ctz(r[src])
    I32Ctz { dst: Reg, src: Reg },
    /// r[dst] = popcnt(r[src])
    I32Popcnt { dst: Reg, src: Reg },
    /// r[dst] = r[lhs] +wrap r[rhs]
    I32Add { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] -wrap r[rhs]
    I32Sub { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] *wrap r[rhs]
    I32Mul { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] /s r[rhs]; traps on zero and overflow
    I32DivS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] /u r[rhs]; traps on zero
    I32DivU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] rem_s r[rhs]; traps on zero
    I32RemS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] rem_u r[rhs]; traps on zero
    I32RemU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] & r[rhs]
    I32And { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] | r[rhs]
    I32Or { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] ^ r[rhs]
    I32Xor { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] << (r[rhs] & 31)
    I32Shl { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >>s (r[rhs] & 31)
    I32ShrS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >>u (r[rhs] & 31)
    I32ShrU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] rotl r[rhs]
    I32Rotl { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] rotr r[rhs]
    I32Rotr { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] +wrap imm (also i32.sub with a constant)
    I32AddImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] *wrap imm
    I32MulImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] & imm
    I32AndImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] | imm
    I32OrImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] ^ imm
    I32XorImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] << (imm & 31)
    I32ShlImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >>s (imm & 31)
    I32ShrSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >>u (imm & 31)
    I32ShrUImm { dst: Reg, lhs: Reg, imm: i32 },

    // ---- i64 ----
    /// r[dst] = (r[src] == 0) (i64)
    I64Eqz { dst: Reg, src: Reg },
    /// r[dst] = r[lhs] == r[rhs] (i64)
    I64Eq { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] != r[rhs] (i64)
    I64Ne { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <s r[rhs] (i64)
    I64LtS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <u r[rhs] (i64)
    I64LtU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >s r[rhs] (i64)
    I64GtS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >u r[rhs] (i64)
    I64GtU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <=s r[rhs] (i64)
    I64LeS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <=u r[rhs] (i64)
    I64LeU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >=s r[rhs] (i64)
    I64GeS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >=u r[rhs] (i64)
    I64GeU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = clz(r[src]) (i64)
    I64Clz { dst: Reg, src: Reg },
    /// r[dst] = ctz(r[src]) (i64)
    I64Ctz { dst: Reg, src: Reg },
    /// r[dst] = popcnt(r[src]) (i64)
    I64Popcnt { dst: Reg, src: Reg },
    /// r[dst] = r[lhs] +wrap r[rhs] (i64)
    I64Add { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] -wrap r[rhs] (i64)
    I64Sub { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] *wrap r[rhs] (i64)
    I64Mul { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] /s r[rhs] (i64); traps on zero and overflow
    I64DivS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] /u r[rhs] (i64); traps on zero
    I64DivU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] rem_s r[rhs] (i64); traps on zero
    I64RemS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] rem_u r[rhs] (i64); traps on zero
    I64RemU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] & r[rhs] (i64)
    I64And { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] | r[rhs] (i64)
    I64Or { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] ^ r[rhs] (i64)
    I64Xor { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] << (r[rhs] & 63)
    I64Shl { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >>s (r[rhs] & 63)
    I64ShrS { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >>u (r[rhs] & 63)
    I64ShrU { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] rotl r[rhs] (i64)
    I64Rotl { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] rotr r[rhs] (i64)
    I64Rotr { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] +wrap imm as i64 (also i64.sub with a small constant)
    I64AddImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] & imm as i64
    I64AndImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] << (imm & 63)
    I64ShlImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >>s (imm & 63)
    I64ShrSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >>u (imm & 63)
    I64ShrUImm { dst: Reg, lhs: Reg, imm: i32 },

    // ---- f32 ----
    /// r[dst] = r[lhs] == r[rhs] (f32)
    F32Eq { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] != r[rhs] (f32)
    F32Ne { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] < r[rhs] (f32)
    F32Lt { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] > r[rhs] (f32)
    F32Gt { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <= r[rhs] (f32)
    F32Le { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >= r[rhs] (f32)
    F32Ge { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = |r[src]| (f32, sign bit cleared)
    F32Abs { dst: Reg, src: Reg },
    /// r[dst] = -r[src] (f32, sign bit flipped)
    F32Neg { dst: Reg, src: Reg },
    /// r[dst] = ceil(r[src]) (f32)
    F32Ceil { dst: Reg, src: Reg },
    /// r[dst] = floor(r[src]) (f32)
    F32Floor { dst: Reg, src: Reg },
    /// r[dst] = trunc(r[src]) (f32)
    F32Trunc { dst: Reg, src: Reg },
    /// r[dst] = round-half-even(r[src]) (f32)
    F32Nearest { dst: Reg, src: Reg },
    /// r[dst] = sqrt(r[src]) (f32)
    F32Sqrt { dst: Reg, src: Reg },
    /// r[dst] = r[lhs] + r[rhs] (f32)
    F32Add { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] - r[rhs] (f32)
    F32Sub { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] * r[rhs] (f32)
    F32Mul { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] / r[rhs] (f32)
    F32Div { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = wasm_min(r[lhs], r[rhs]) (f32)
    F32Min { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = wasm_max(r[lhs], r[rhs]) (f32)
    F32Max { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = copysign(r[lhs], r[rhs]) (f32)
    F32Copysign { dst: Reg, lhs: Reg, rhs: Reg },

    // ---- f64 ----
    /// r[dst] = r[lhs] == r[rhs] (f64)
    F64Eq { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] != r[rhs] (f64)
    F64Ne { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] < r[rhs] (f64)
    F64Lt { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] > r[rhs] (f64)
    F64Gt { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] <= r[rhs] (f64)
    F64Le { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] >= r[rhs] (f64)
    F64Ge { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = |r[src]| (f64)
    F64Abs { dst: Reg, src: Reg },
    /// r[dst] = -r[src] (f64)
    F64Neg { dst: Reg, src: Reg },
    /// r[dst] = ceil(r[src]) (f64)
    F64Ceil { dst: Reg, src: Reg },
    /// r[dst] = floor(r[src]) (f64)
    F64Floor { dst: Reg, src: Reg },
    /// r[dst] = trunc(r[src]) (f64)
    F64Trunc { dst: Reg, src: Reg },
    /// r[dst] = round-half-even(r[src]) (f64)
    F64Nearest { dst: Reg, src: Reg },
    /// r[dst] = sqrt(r[src]) (f64)
    F64Sqrt { dst: Reg, src: Reg },
    /// r[dst] = r[lhs] + r[rhs] (f64)
    F64Add { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] - r[rhs] (f64)
    F64Sub { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] * r[rhs] (f64)
    F64Mul { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = r[lhs] / r[rhs] (f64)
    F64Div { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = wasm_min(r[lhs], r[rhs]) (f64)
    F64Min { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = wasm_max(r[lhs], r[rhs]) (f64)
    F64Max { dst: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = copysign(r[lhs], r[rhs]) (f64)
    F64Copysign { dst: Reg, lhs: Reg, rhs: Reg },

    // ---- conversions ----
    /// r[dst] = r[src] as u32 (i32.wrap_i64)
    I32WrapI64 { dst: Reg, src: Reg },
    /// r[dst] = trunc_s(r[src] as f32) as i32; traps on NaN/overflow
    I32TruncF32S { dst: Reg, src: Reg },
    /// r[dst] = trunc_u(r[src] as f32) as u32; traps on NaN/overflow
    I32TruncF32U { dst: Reg, src: Reg },
    /// r[dst] = trunc_s(r[src] as f64) as i32; traps on NaN/overflow
    I32TruncF64S { dst: Reg, src: Reg },
    /// r[dst] = trunc_u(r[src] as f64) as u32; traps on NaN/overflow
    I32TruncF64U { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i32 as i64
    I64ExtendI32S { dst: Reg, src: Reg },
    /// r[dst] = r[src] as u32 as u64
    I64ExtendI32U { dst: Reg, src: Reg },
    /// r[dst] = trunc_s(r[src] as f32) as i64; traps on NaN/overflow
    I64TruncF32S { dst: Reg, src: Reg },
    /// r[dst] = trunc_u(r[src] as f32) as u64; traps on NaN/overflow
    I64TruncF32U { dst: Reg, src: Reg },
    /// r[dst] = trunc_s(r[src] as f64) as i64; traps on NaN/overflow
    I64TruncF64S { dst: Reg, src: Reg },
    /// r[dst] = trunc_u(r[src] as f64) as u64; traps on NaN/overflow
    I64TruncF64U { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i32 as f32
    F32ConvertI32S { dst: Reg, src: Reg },
    /// r[dst] = r[src] as u32 as f32
    F32ConvertI32U { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i64 as f32
    F32ConvertI64S { dst: Reg, src: Reg },
    /// r[dst] = r[src] as u64 as f32
    F32ConvertI64U { dst: Reg, src: Reg },
    /// r[dst] = r[src] as f64 as f32
    F32DemoteF64 { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i32 as f64
    F64ConvertI32S { dst: Reg, src: Reg },
    /// r[dst] = r[src] as u32 as f64
    F64ConvertI32U { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i64 as f64
    F64ConvertI64S { dst: Reg, src: Reg },
    /// r[dst] = r[src] as u64 as f64
    F64ConvertI64U { dst: Reg, src: Reg },
    /// r[dst] = r[src] as f32 as f64
    F64PromoteF32 { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i8 as i32
    I32Extend8S { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i16 as i32
    I32Extend16S { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i8 as i64
    I64Extend8S { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i16 as i64
    I64Extend16S { dst: Reg, src: Reg },
    /// r[dst] = r[src] as i32 as i64
    I64Extend32S { dst: Reg, src: Reg },
    /// r[dst] = saturating trunc_s(f32) to i32
    I32TruncSatF32S { dst: Reg, src: Reg },
    /// r[dst] = saturating trunc_u(f32) to u32
    I32TruncSatF32U { dst: Reg, src: Reg },
    /// r[dst] = saturating trunc_s(f64) to i32
    I32TruncSatF64S { dst: Reg, src: Reg },
    /// r[dst] = saturating trunc_u(f64) to u32
    I32TruncSatF64U { dst: Reg, src: Reg },
    /// r[dst] = saturating trunc_s(f32) to i64
    I64TruncSatF32S { dst: Reg, src: Reg },
    /// r[dst] = saturating trunc_u(f32) to u64
    I64TruncSatF32U { dst: Reg, src: Reg },
    /// r[dst] = saturating trunc_s(f64) to i64
    I64TruncSatF64S { dst: Reg, src: Reg },
    /// r[dst] = saturating trunc_u(f64) to u64
    I64TruncSatF64U { dst: Reg, src: Reg },
}

impl Op {
    /// The result register of an instruction that writes exactly one register, for
    /// retargeting its result (the translator's copy elimination); `None` otherwise.
    pub fn result_mut(&mut self) -> Option<&mut Reg> {
        use Op::*;
        match self {
            Copy { dst, .. }
            | Const32 { dst, .. }
            | Const64 { dst, .. }
            | Select { dst, .. }
            | GlobalGet { dst, .. }
            | I32Load { dst, .. }
            | I64Load { dst, .. }
            | I32Load8S { dst, .. }
            | I32Load8U { dst, .. }
            | I32Load16S { dst, .. }
            | I32Load16U { dst, .. }
            | I64Load8S { dst, .. }
            | I64Load16S { dst, .. }
            | I64Load32S { dst, .. }
            | MemorySize { dst, .. }
            | MemoryGrow { dst, .. }
            | TableGet { dst, .. }
            | TableSize { dst, .. }
            | TableGrow { dst, .. }
            | RefFunc { dst, .. }
            | I32Eqz { dst, .. }
            | I32Eq { dst, .. }
            | I32Ne { dst, .. }
            | I32LtS { dst, .. }
            | I32LtU { dst, .. }
            | I32GtS { dst, .. }
            | I32GtU { dst, .. }
            | I32LeS { dst, .. }
            | I32LeU { dst, .. }
            | I32GeS { dst, .. }
            | I32GeU { dst, .. }
            | I32EqImm { dst, .. }
            | I32NeImm { dst, .. }
            | I32LtSImm { dst, .. }
            | I32LtUImm { dst, .. }
            | I32GtSImm { dst, .. }
            | I32GtUImm { dst, .. }
            | I32LeSImm { dst, .. }
            | I32LeUImm { dst, .. }
            | I32GeSImm { dst, .. }
            | I32GeUImm { dst, .. }
            | I32Clz { dst, .. }
            | I32Ctz { dst, .. }
            | I32Popcnt { dst, .. }
            | I32Add { dst, .. }
            | I32Sub { dst, .. }
            | I32Mul { dst, .. }
            | I32DivS { dst, .. }
            | I32DivU { dst, .. }
            | I32RemS { dst, .. }
            | I32RemU { dst, .. }
            | I32And { dst, .. }
            | I32Or { dst, .. }
            | I32Xor { dst, .. }
            | I32Shl { dst, .. }
            | I32ShrS { dst, .. }
            | I32ShrU { dst, .. }
            | I32Rotl { dst, .. }
            | I32Rotr { dst, .. }
            | I32AddImm { dst, .. }
            | I32MulImm { dst, .. }
            | I32AndImm { dst, .. }
            | I32OrImm { dst, .. }
            | I32XorImm { dst, .. }
            | I32ShlImm { dst, .. }
            | I32ShrSImm { dst, .. }
            | I32ShrUImm { dst, .. }
            | I64Eqz { dst, .. }
            | I64Eq { dst, .. }
            | I64Ne { dst, .. }
            | I64LtS { dst, .. }
            | I64LtU { dst, .. }
            | I64GtS { dst, .. }
            | I64GtU { dst, .. }
            | I64LeS { dst, .. }
            | I64LeU { dst, .. }
            | I64GeS { dst, .. }
            | I64GeU { dst, .. }
            | I64Clz { dst, .. }
            | I64Ctz { dst, .. }
            | I64Popcnt { dst, .. }
            | I64Add { dst, .. }
            | I64Sub { dst, .. }
            | I64Mul { dst, .. }
            | I64DivS { dst, .. }
            | I64DivU { dst, .. }
            | I64RemS { dst, .. }
            | I64RemU { dst, .. }
            | I64And { dst, .. }
            | I64Or { dst, .. }
            | I64Xor { dst, .. }
            | I64Shl { dst, .. }
            | I64ShrS { dst, .. }
            | I64ShrU { dst, .. }
            | I64Rotl { dst, .. }
            | I64Rotr { dst, .. }
            | I64AddImm { dst, .. }
            | I64AndImm { dst, .. }
            | I64ShlImm { dst, .. }
            | I64ShrSImm { dst, .. }
            | I64ShrUImm { dst, .. }
            | F32Eq { dst, .. }
            | F32Ne { dst, .. }
            | F32Lt { dst, .. }
            | F32Gt { dst, .. }
            | F32Le { dst, .. }
            | F32Ge { dst, .. }
            | F32Abs { dst, .. }
            | F32Neg { dst, .. }
            | F32Ceil { dst, .. }
            | F32Floor { dst, .. }
            | F32Trunc { dst, .. }
            | F32Nearest { dst, .. }
            | F32Sqrt { dst, .. }
            | F32Add { dst, .. }
            | F32Sub { dst, .. }
            | F32Mul { dst, .. }
            | F32Div { dst, .. }
            | F32Min { dst, .. }
            | F32Max { dst, .. }
            | F32Copysign { dst, .. }
            | F64Eq { dst, .. }
            | F64Ne { dst, .. }
            | F64Lt { dst, .. }
            | F64Gt { dst, .. }
            | F64Le { dst, .. }
            | F64Ge { dst, .. }
            | F64Abs { dst, .. }
            | F64Neg { dst, .. }
            | F64Ceil { dst, .. }
            | F64Floor { dst, .. }
            | F64Trunc { dst, .. }
            | F64Nearest { dst, .. }
            | F64Sqrt { dst, .. }
            | F64Add { dst, .. }
            | F64Sub { dst, .. }
            | F64Mul { dst, .. }
            | F64Div { dst, .. }
            | F64Min { dst, .. }
            | F64Max { dst, .. }
            | F64Copysign { dst, .. }
            | I32WrapI64 { dst, .. }
            | I32TruncF32S { dst, .. }
            | I32TruncF32U { dst, .. }
            | I32TruncF64S { dst, .. }
            | I32TruncF64U { dst, .. }
            | I64ExtendI32S { dst, .. }
            | I64ExtendI32U { dst, .. }
            | I64TruncF32S { dst, .. }
            | I64TruncF32U { dst, .. }
            | I64TruncF64S { dst, .. }
            | I64TruncF64U { dst, .. }
            | F32ConvertI32S { dst, .. }
            | F32ConvertI32U { dst, .. }
            | F32ConvertI64S { dst, .. }
            | F32ConvertI64U { dst, .. }
            | F32DemoteF64 { dst, .. }
            | F64ConvertI32S { dst, .. }
            | F64ConvertI32U { dst, .. }
            | F64ConvertI64S { dst, .. }
            | F64ConvertI64U { dst, .. }
            | F64PromoteF32 { dst, .. }
            | I32Extend8S { dst, .. }
            | I32Extend16S { dst, .. }
            | I64Extend8S { dst, .. }
            | I64Extend16S { dst, .. }
            | I64Extend32S { dst, .. }
            | I32TruncSatF32S { dst, .. }
            | I32TruncSatF32U { dst, .. }
            | I32TruncSatF64S { dst, .. }
            | I32TruncSatF64U { dst, .. }
            | I64TruncSatF32S { dst, .. }
            | I64TruncSatF32U { dst, .. }
            | I64TruncSatF64S { dst, .. }
            | I64TruncSatF64U { dst, .. } => Some(dst),
            _ => None,
        }
    }
    /// The branch offset of a branch instruction, for patching; `None` for other ops.
    pub fn branch_offset_mut(&mut self) -> Option<&mut i32> {
        use Op::*;
        match self {
            Br { offset }
            | BrIfEqz { offset, .. }
            | BrIfNez { offset, .. }
            | BrIfI64Eqz { offset, .. }
            | BrIfI64Nez { offset, .. }
            | BrIfI32Eq { offset, .. }
            | BrIfI32Ne { offset, .. }
            | BrIfI32LtS { offset, .. }
            | BrIfI32LtU { offset, .. }
            | BrIfI32GtS { offset, .. }
            | BrIfI32GtU { offset, .. }
            | BrIfI32LeS { offset, .. }
            | BrIfI32LeU { offset, .. }
            | BrIfI32GeS { offset, .. }
            | BrIfI32GeU { offset, .. }
            | BrIfI32EqImm { offset, .. }
            | BrIfI32NeImm { offset, .. }
            | BrIfI32LtSImm { offset, .. }
            | BrIfI32LtUImm { offset, .. }
            | BrIfI32GtSImm { offset, .. }
            | BrIfI32GtUImm { offset, .. }
            | BrIfI32LeSImm { offset, .. }
            | BrIfI32LeUImm { offset, .. }
            | BrIfI32GeSImm { offset, .. }
            | BrIfI32GeUImm { offset, .. } => Some(offset),
            _ => None,
        }
    }
}

/// Writes one instruction per line, `index: Op { fields }`, the form the translator tests compare.
pub fn disassemble(code: &[Op]) -> String {
    let mut out = String::new();
    for (i, op) in code.iter().enumerate() {
        out.push_str(&format!("{i:4}: {op:?}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn op_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Op>(), 16);
    }
}
