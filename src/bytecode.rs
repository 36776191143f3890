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
//! - `BrTable { index, len }` (and `BrTableA`, index in `acc`) is followed by `len + 1` `Br` instructions (the targets, default
//!   last); it jumps to `pc + 1 + min(r[index], len)`, which executes that `Br`.
//! - Calls use overlapping frames: the caller has already placed the arguments in
//!   `r[base..base+params]`; the callee's frame starts at the caller's `base`, so its parameters
//!   are its slots `0..params`, and it leaves its results in its slots `0..results`, which are the
//!   caller's `r[base..]`. Nothing is copied on call or return.
//! - `acc` is the accumulator: the value the previous instruction produced. Names ending in `A`
//!   read one operand from it; names ending in `R` leave their result only in it (no slot is
//!   written: the translator uses them when the next instruction is the value's only reader);
//!   every other producer writes its `dst` slot and also sets `acc`.
//! - There are three accumulators, so a float chain stays in float registers: `acc` (integers,
//!   and floats handled as bits: reinterpretations), `facc` (f32 results) and `dacc` (f64
//!   results). In the docs `acc` stands for the one matching the value's type; which one an op
//!   writes and reads is `Op::acc_results` / `Op::acc_read`, and the translator pairs a producer
//!   with an `A` consumer only when they agree.
//! - Float loads and stores use the integer ops of the same width (`f32.load` is `I32Load`, etc.):
//!   a cell holds the bits either way. Full-width loads set both the integer accumulator and the
//!   float one of their width.

/// A frame slot index.
pub type Reg = u16;

/// One of the accumulators (see the notes above).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccKind {
    /// `acc`: integers, and floats handled as bits.
    Int,
    /// `facc`: f32 results.
    F32,
    /// `dacc`: f64 results.
    F64,
}

/// A set of accumulators: which ones an instruction writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccSet(u8);

#[allow(missing_docs)] // the names say it
impl AccSet {
    pub const NONE: AccSet = AccSet(0);
    pub const INT: AccSet = AccSet(1);
    pub const F32: AccSet = AccSet(2);
    pub const F64: AccSet = AccSet(4);
    pub const INT_F32: AccSet = AccSet(1 | 2);
    pub const INT_F64: AccSet = AccSet(1 | 4);

    /// Whether the set holds accumulator `kind`.
    pub fn contains(self, kind: AccKind) -> bool {
        let bit = match kind {
            AccKind::Int => 1,
            AccKind::F32 => 2,
            AccKind::F64 => 4,
        };
        self.0 & bit != 0
    }
}

/// One instruction. Variants are grouped in the spec's order; every variant names its operand
/// fields the same way: `dst`, `src`, `lhs`, `rhs`, `cond`, `addr`, `offset`, `imm`.
#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(missing_docs)] // operand fields are described by each variant's doc line
pub enum Op {
    // ---- control ----
    /// trap "unreachable"
    Unreachable,
    /// if store.fuel < cost { trap "all fuel consumed" } store.fuel -= cost (the cost of the
    /// basic block it starts; emitted only with `Config::consume_fuel`)
    Fuel { cost: u32 },
    /// if the store's interrupt flag is set { trap "interrupted" } (at function entry and loop
    /// headers; emitted only with `Config::interruptible`)
    CheckInterrupt,
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
    /// `BrTable` with the index in `acc`
    BrTableA { len: u32 },
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
    /// r[dst] = r[src]; pc += offset
    CopyBr { dst: Reg, src: Reg, offset: i32 },
    /// r[dst..dst+len] = r[src..src+len], in ascending order (`src >= dst`): the values of a
    /// branch or return with many results, in one instruction
    CopySpan { dst: Reg, src: Reg, len: Reg },
    /// r[from..from+count] = 0 (a function's first instruction when it has non-parameter locals)
    ZeroLocals { from: Reg, count: Reg },
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
    /// r[dst] = imm -wrap r[lhs] (i32.sub from a constant: negation and `c - x`)
    I32RSubImm { dst: Reg, lhs: Reg, imm: i32 },
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
    /// r[dst] = imm as i64 -wrap r[lhs] (i64.sub from a small constant)
    I64RSubImm { dst: Reg, lhs: Reg, imm: i32 },
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

    // ---- address fusions (an `i32.add` feeding a load's address) ----
    /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as u32
    I32LoadAddA { dst: Reg, base: Reg, offset: u32 },
    /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as u64
    I64LoadAddA { dst: Reg, base: Reg, offset: u32 },
    /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as u8
    I32Load8UAddA { dst: Reg, base: Reg, offset: u32 },
    /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as i8 as i32
    I32Load8SAddA { dst: Reg, base: Reg, offset: u32 },
    /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as u32
    I32LoadAddImmA { dst: Reg, imm: i32, offset: u32 },
    /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as u64
    I64LoadAddImmA { dst: Reg, imm: i32, offset: u32 },
    /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as u8
    I32Load8UAddImmA { dst: Reg, imm: i32, offset: u32 },
    /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as i8 as i32
    I32Load8SAddImmA { dst: Reg, imm: i32, offset: u32 },

    // ---- immediate forms added for stores and i64 compares ----
    /// mem[ea..ea+1] = imm as u8 (a store of a constant)
    Store8Imm { addr: Reg, imm: i32, offset: u32 },
    /// mem[ea..ea+2] = imm as u16 (a store of a constant)
    Store16Imm { addr: Reg, imm: i32, offset: u32 },
    /// mem[ea..ea+4] = imm as u32 (a store of a constant)
    Store32Imm { addr: Reg, imm: i32, offset: u32 },
    /// mem[ea..ea+8] = imm as i64 as u64 (a store of a constant)
    Store64Imm { addr: Reg, imm: i32, offset: u32 },
    /// mem[acc as u32 + offset..] = imm as u8
    Store8ImmA { imm: i32, offset: u32 },
    /// mem[acc as u32 + offset..] = imm as u16
    Store16ImmA { imm: i32, offset: u32 },
    /// mem[acc as u32 + offset..] = imm as u32
    Store32ImmA { imm: i32, offset: u32 },
    /// mem[acc as u32 + offset..] = imm as i64 as u64
    Store64ImmA { imm: i32, offset: u32 },
    /// r[dst] = r[lhs] == imm as i64 (i64)
    I64EqImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] != imm as i64 (i64)
    I64NeImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] <s imm as i64 (i64)
    I64LtSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] <u imm as i64 (i64)
    I64LtUImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >s imm as i64 (i64)
    I64GtSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >u imm as i64 (i64)
    I64GtUImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] <=s imm as i64 (i64)
    I64LeSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] <=u imm as i64 (i64)
    I64LeUImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >=s imm as i64 (i64)
    I64GeSImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >=u imm as i64 (i64)
    I64GeUImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = acc == imm as i64 (i64)
    I64EqImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc != imm as i64 (i64)
    I64NeImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc <s imm as i64 (i64)
    I64LtSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc <u imm as i64 (i64)
    I64LtUImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >s imm as i64 (i64)
    I64GtSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >u imm as i64 (i64)
    I64GtUImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc <=s imm as i64 (i64)
    I64LeSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc <=u imm as i64 (i64)
    I64LeUImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >=s imm as i64 (i64)
    I64GeSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >=u imm as i64 (i64)
    I64GeUImmA { dst: Reg, imm: i32 },

    // ---- f32 compares against a constant (imm holds the f32 bits) ----
    /// r[dst] = r[lhs] == f32::from_bits(imm) (f32)
    F32EqImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] != f32::from_bits(imm) (f32)
    F32NeImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] < f32::from_bits(imm) (f32)
    F32LtImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] > f32::from_bits(imm) (f32)
    F32GtImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] <= f32::from_bits(imm) (f32)
    F32LeImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = r[lhs] >= f32::from_bits(imm) (f32)
    F32GeImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = acc == f32::from_bits(imm) (f32)
    F32EqImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc != f32::from_bits(imm) (f32)
    F32NeImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc < f32::from_bits(imm) (f32)
    F32LtImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc > f32::from_bits(imm) (f32)
    F32GtImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc <= f32::from_bits(imm) (f32)
    F32LeImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >= f32::from_bits(imm) (f32)
    F32GeImmA { dst: Reg, imm: i32 },

    // ---- accumulator forms: one operand is `acc`, the previous instruction's result ----
    /// r[dst] = acc == r[rhs]
    I32EqA { dst: Reg, rhs: Reg },
    /// r[dst] = acc != r[rhs]
    I32NeA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <s r[rhs]
    I32LtSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <u r[rhs]
    I32LtUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >s r[rhs]
    I32GtSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >u r[rhs]
    I32GtUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <=s r[rhs]
    I32LeSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <=u r[rhs]
    I32LeUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >=s r[rhs]
    I32GeSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >=u r[rhs]
    I32GeUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc +wrap r[rhs]
    I32AddA { dst: Reg, rhs: Reg },
    /// r[dst] = acc -wrap r[rhs]
    I32SubA { dst: Reg, rhs: Reg },
    /// r[dst] = acc *wrap r[rhs]
    I32MulA { dst: Reg, rhs: Reg },
    /// r[dst] = acc & r[rhs]
    I32AndA { dst: Reg, rhs: Reg },
    /// r[dst] = acc | r[rhs]
    I32OrA { dst: Reg, rhs: Reg },
    /// r[dst] = acc ^ r[rhs]
    I32XorA { dst: Reg, rhs: Reg },
    /// r[dst] = acc << (r[rhs] & 31)
    I32ShlA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >>s (r[rhs] & 31)
    I32ShrSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >>u (r[rhs] & 31)
    I32ShrUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc == r[rhs] (i64)
    I64EqA { dst: Reg, rhs: Reg },
    /// r[dst] = acc != r[rhs] (i64)
    I64NeA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <s r[rhs] (i64)
    I64LtSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <u r[rhs] (i64)
    I64LtUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >s r[rhs] (i64)
    I64GtSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >u r[rhs] (i64)
    I64GtUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <=s r[rhs] (i64)
    I64LeSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <=u r[rhs] (i64)
    I64LeUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >=s r[rhs] (i64)
    I64GeSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >=u r[rhs] (i64)
    I64GeUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc +wrap r[rhs] (i64)
    I64AddA { dst: Reg, rhs: Reg },
    /// r[dst] = acc -wrap r[rhs] (i64)
    I64SubA { dst: Reg, rhs: Reg },
    /// r[dst] = acc *wrap r[rhs] (i64)
    I64MulA { dst: Reg, rhs: Reg },
    /// r[dst] = acc & r[rhs] (i64)
    I64AndA { dst: Reg, rhs: Reg },
    /// r[dst] = acc | r[rhs] (i64)
    I64OrA { dst: Reg, rhs: Reg },
    /// r[dst] = acc ^ r[rhs] (i64)
    I64XorA { dst: Reg, rhs: Reg },
    /// r[dst] = acc << (r[rhs] & 63)
    I64ShlA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >>s (r[rhs] & 63)
    I64ShrSA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >>u (r[rhs] & 63)
    I64ShrUA { dst: Reg, rhs: Reg },
    /// r[dst] = acc + r[rhs] (f32)
    F32AddA { dst: Reg, rhs: Reg },
    /// r[dst] = acc - r[rhs] (f32)
    F32SubA { dst: Reg, rhs: Reg },
    /// r[dst] = acc * r[rhs] (f32)
    F32MulA { dst: Reg, rhs: Reg },
    /// r[dst] = acc / r[rhs] (f32)
    F32DivA { dst: Reg, rhs: Reg },
    /// r[dst] = acc < r[rhs] (f32)
    F32LtA { dst: Reg, rhs: Reg },
    /// r[dst] = acc > r[rhs] (f32)
    F32GtA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <= r[rhs] (f32)
    F32LeA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >= r[rhs] (f32)
    F32GeA { dst: Reg, rhs: Reg },
    /// r[dst] = acc == r[rhs] (f32)
    F32EqA { dst: Reg, rhs: Reg },
    /// r[dst] = acc != r[rhs] (f32)
    F32NeA { dst: Reg, rhs: Reg },
    /// r[dst] = acc + r[rhs] (f64)
    F64AddA { dst: Reg, rhs: Reg },
    /// r[dst] = acc - r[rhs] (f64)
    F64SubA { dst: Reg, rhs: Reg },
    /// r[dst] = acc * r[rhs] (f64)
    F64MulA { dst: Reg, rhs: Reg },
    /// r[dst] = acc / r[rhs] (f64)
    F64DivA { dst: Reg, rhs: Reg },
    /// r[dst] = acc < r[rhs] (f64)
    F64LtA { dst: Reg, rhs: Reg },
    /// r[dst] = acc > r[rhs] (f64)
    F64GtA { dst: Reg, rhs: Reg },
    /// r[dst] = acc <= r[rhs] (f64)
    F64LeA { dst: Reg, rhs: Reg },
    /// r[dst] = acc >= r[rhs] (f64)
    F64GeA { dst: Reg, rhs: Reg },
    /// r[dst] = acc == r[rhs] (f64)
    F64EqA { dst: Reg, rhs: Reg },
    /// r[dst] = acc != r[rhs] (f64)
    F64NeA { dst: Reg, rhs: Reg },
    /// r[dst] = acc == imm
    I32EqImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc != imm
    I32NeImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc <s imm
    I32LtSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc <u imm
    I32LtUImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >s imm
    I32GtSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >u imm
    I32GtUImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc <=s imm
    I32LeSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc <=u imm
    I32LeUImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >=s imm
    I32GeSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >=u imm
    I32GeUImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc +wrap imm (also i32.sub with a constant)
    I32AddImmA { dst: Reg, imm: i32 },
    /// r[dst] = imm -wrap acc (i32)
    I32RSubImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc *wrap imm
    I32MulImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc & imm
    I32AndImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc | imm
    I32OrImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc ^ imm
    I32XorImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc << (imm & 31)
    I32ShlImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >>s (imm & 31)
    I32ShrSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >>u (imm & 31)
    I32ShrUImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc +wrap imm as i64 (also i64.sub with a small constant)
    I64AddImmA { dst: Reg, imm: i32 },
    /// r[dst] = imm as i64 -wrap acc
    I64RSubImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc & imm as i64
    I64AndImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc << (imm & 63)
    I64ShlImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >>s (imm & 63)
    I64ShrSImmA { dst: Reg, imm: i32 },
    /// r[dst] = acc >>u (imm & 63)
    I64ShrUImmA { dst: Reg, imm: i32 },
    /// r[dst] = (acc == 0) (i32)
    I32EqzA { dst: Reg },
    /// r[dst] = (acc == 0) (i64)
    I64EqzA { dst: Reg },
    /// r[dst] = acc as u32 (i32.wrap_i64)
    I32WrapI64A { dst: Reg },
    /// r[dst] = acc as i32 as i64
    I64ExtendI32SA { dst: Reg },
    /// r[dst] = acc as u32 as u64
    I64ExtendI32UA { dst: Reg },
    /// r[dst] = acc as i32 as f64
    F64ConvertI32SA { dst: Reg },
    /// r[dst] = acc as u32 as f64
    F64ConvertI32UA { dst: Reg },
    /// r[dst] = acc as i32 as f32
    F32ConvertI32SA { dst: Reg },
    /// r[dst] = acc as f32 as f64
    F64PromoteF32A { dst: Reg },
    /// r[dst] = acc as f64 as f32
    F32DemoteF64A { dst: Reg },
    /// r[dst] = acc as i8 as i32
    I32Extend8SA { dst: Reg },
    /// r[dst] = acc as i16 as i32
    I32Extend16SA { dst: Reg },
    /// r[dst] = -acc (f32, sign bit flipped)
    F32NegA { dst: Reg },
    /// r[dst] = -acc (f64)
    F64NegA { dst: Reg },
    /// r[dst] = |acc| (f32, sign bit cleared)
    F32AbsA { dst: Reg },
    /// r[dst] = |acc| (f64)
    F64AbsA { dst: Reg },
    /// r[dst] = sqrt(acc) (f64)
    F64SqrtA { dst: Reg },
    /// r[dst] = sqrt(acc) (f32)
    F32SqrtA { dst: Reg },
    /// r[dst] = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u) (addr = acc)
    I32LoadA { dst: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+8] (i64.load, f64.load) (addr = acc)
    I64LoadA { dst: Reg, offset: u32 },
    /// r[dst] = mem[ea] as i8 as i32 (zero-extended to the cell) (addr = acc)
    I32Load8SA { dst: Reg, offset: u32 },
    /// r[dst] = mem[ea] as u8 (i32.load8_u, i64.load8_u) (addr = acc)
    I32Load8UA { dst: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+2] as i16 as i32 (addr = acc)
    I32Load16SA { dst: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u) (addr = acc)
    I32Load16UA { dst: Reg, offset: u32 },
    /// r[dst] = mem[ea] as i8 as i64 (addr = acc)
    I64Load8SA { dst: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+2] as i16 as i64 (addr = acc)
    I64Load16SA { dst: Reg, offset: u32 },
    /// r[dst] = mem[ea..ea+4] as i32 as i64 (addr = acc)
    I64Load32SA { dst: Reg, offset: u32 },
    /// mem[ea] = acc as u8 (i32.store8, i64.store8)
    Store8A { addr: Reg, offset: u32 },
    /// mem[ea..ea+2] = acc as u16
    Store16A { addr: Reg, offset: u32 },
    /// mem[ea..ea+4] = acc as u32 (i32.store, f32.store, i64.store32)
    Store32A { addr: Reg, offset: u32 },
    /// mem[ea..ea+8] = acc (i64.store, f64.store)
    Store64A { addr: Reg, offset: u32 },
    /// if acc as u32 == 0 { pc += offset }
    BrIfEqzA { offset: i32 },
    /// if acc as u32 != 0 { pc += offset }
    BrIfNezA { offset: i32 },
    /// if acc as u64 == 0 { pc += offset }
    BrIfI64EqzA { offset: i32 },
    /// if acc as u64 != 0 { pc += offset }
    BrIfI64NezA { offset: i32 },
    /// if acc == r[rhs] (i32) { pc += offset }
    BrIfI32EqA { rhs: Reg, offset: i32 },
    /// if acc == imm (i32) { pc += offset }
    BrIfI32EqImmA { imm: i32, offset: i32 },
    /// if acc != r[rhs] (i32) { pc += offset }
    BrIfI32NeA { rhs: Reg, offset: i32 },
    /// if acc != imm (i32) { pc += offset }
    BrIfI32NeImmA { imm: i32, offset: i32 },
    /// if acc <s r[rhs] (i32) { pc += offset }
    BrIfI32LtSA { rhs: Reg, offset: i32 },
    /// if acc <s imm (i32) { pc += offset }
    BrIfI32LtSImmA { imm: i32, offset: i32 },
    /// if acc <u r[rhs] (i32) { pc += offset }
    BrIfI32LtUA { rhs: Reg, offset: i32 },
    /// if acc <u imm (i32) { pc += offset }
    BrIfI32LtUImmA { imm: i32, offset: i32 },
    /// if acc >s r[rhs] (i32) { pc += offset }
    BrIfI32GtSA { rhs: Reg, offset: i32 },
    /// if acc >s imm (i32) { pc += offset }
    BrIfI32GtSImmA { imm: i32, offset: i32 },
    /// if acc >u r[rhs] (i32) { pc += offset }
    BrIfI32GtUA { rhs: Reg, offset: i32 },
    /// if acc >u imm (i32) { pc += offset }
    BrIfI32GtUImmA { imm: i32, offset: i32 },
    /// if acc <=s r[rhs] (i32) { pc += offset }
    BrIfI32LeSA { rhs: Reg, offset: i32 },
    /// if acc <=s imm (i32) { pc += offset }
    BrIfI32LeSImmA { imm: i32, offset: i32 },
    /// if acc <=u r[rhs] (i32) { pc += offset }
    BrIfI32LeUA { rhs: Reg, offset: i32 },
    /// if acc <=u imm (i32) { pc += offset }
    BrIfI32LeUImmA { imm: i32, offset: i32 },
    /// if acc >=s r[rhs] (i32) { pc += offset }
    BrIfI32GeSA { rhs: Reg, offset: i32 },
    /// if acc >=s imm (i32) { pc += offset }
    BrIfI32GeSImmA { imm: i32, offset: i32 },
    /// if acc >=u r[rhs] (i32) { pc += offset }
    BrIfI32GeUA { rhs: Reg, offset: i32 },
    /// if acc >=u imm (i32) { pc += offset }
    BrIfI32GeUImmA { imm: i32, offset: i32 },
    /// r[dst] = if acc as u32 != 0 { r[lhs] } else { r[rhs] }
    SelectA { dst: Reg, lhs: Reg, rhs: Reg },
    /// global[global] = acc
    GlobalSetA { global: u32 },

    // ---- i64 compare-and-branch ----
    /// if r[lhs] == r[rhs] (i64) { pc += offset }
    BrIfI64Eq { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] == imm as i64 (i64) { pc += offset }
    BrIfI64EqImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc == r[rhs] (i64) { pc += offset }
    BrIfI64EqA { rhs: Reg, offset: i32 },
    /// if acc == imm as i64 (i64) { pc += offset }
    BrIfI64EqImmA { imm: i32, offset: i32 },
    /// if r[lhs] != r[rhs] (i64) { pc += offset }
    BrIfI64Ne { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] != imm as i64 (i64) { pc += offset }
    BrIfI64NeImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc != r[rhs] (i64) { pc += offset }
    BrIfI64NeA { rhs: Reg, offset: i32 },
    /// if acc != imm as i64 (i64) { pc += offset }
    BrIfI64NeImmA { imm: i32, offset: i32 },
    /// if r[lhs] <s r[rhs] (i64) { pc += offset }
    BrIfI64LtS { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] <s imm as i64 (i64) { pc += offset }
    BrIfI64LtSImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc <s r[rhs] (i64) { pc += offset }
    BrIfI64LtSA { rhs: Reg, offset: i32 },
    /// if acc <s imm as i64 (i64) { pc += offset }
    BrIfI64LtSImmA { imm: i32, offset: i32 },
    /// if r[lhs] <u r[rhs] (i64) { pc += offset }
    BrIfI64LtU { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] <u imm as i64 (i64) { pc += offset }
    BrIfI64LtUImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc <u r[rhs] (i64) { pc += offset }
    BrIfI64LtUA { rhs: Reg, offset: i32 },
    /// if acc <u imm as i64 (i64) { pc += offset }
    BrIfI64LtUImmA { imm: i32, offset: i32 },
    /// if r[lhs] >s r[rhs] (i64) { pc += offset }
    BrIfI64GtS { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] >s imm as i64 (i64) { pc += offset }
    BrIfI64GtSImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc >s r[rhs] (i64) { pc += offset }
    BrIfI64GtSA { rhs: Reg, offset: i32 },
    /// if acc >s imm as i64 (i64) { pc += offset }
    BrIfI64GtSImmA { imm: i32, offset: i32 },
    /// if r[lhs] >u r[rhs] (i64) { pc += offset }
    BrIfI64GtU { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] >u imm as i64 (i64) { pc += offset }
    BrIfI64GtUImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc >u r[rhs] (i64) { pc += offset }
    BrIfI64GtUA { rhs: Reg, offset: i32 },
    /// if acc >u imm as i64 (i64) { pc += offset }
    BrIfI64GtUImmA { imm: i32, offset: i32 },
    /// if r[lhs] <=s r[rhs] (i64) { pc += offset }
    BrIfI64LeS { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] <=s imm as i64 (i64) { pc += offset }
    BrIfI64LeSImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc <=s r[rhs] (i64) { pc += offset }
    BrIfI64LeSA { rhs: Reg, offset: i32 },
    /// if acc <=s imm as i64 (i64) { pc += offset }
    BrIfI64LeSImmA { imm: i32, offset: i32 },
    /// if r[lhs] <=u r[rhs] (i64) { pc += offset }
    BrIfI64LeU { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] <=u imm as i64 (i64) { pc += offset }
    BrIfI64LeUImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc <=u r[rhs] (i64) { pc += offset }
    BrIfI64LeUA { rhs: Reg, offset: i32 },
    /// if acc <=u imm as i64 (i64) { pc += offset }
    BrIfI64LeUImmA { imm: i32, offset: i32 },
    /// if r[lhs] >=s r[rhs] (i64) { pc += offset }
    BrIfI64GeS { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] >=s imm as i64 (i64) { pc += offset }
    BrIfI64GeSImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc >=s r[rhs] (i64) { pc += offset }
    BrIfI64GeSA { rhs: Reg, offset: i32 },
    /// if acc >=s imm as i64 (i64) { pc += offset }
    BrIfI64GeSImmA { imm: i32, offset: i32 },
    /// if r[lhs] >=u r[rhs] (i64) { pc += offset }
    BrIfI64GeU { lhs: Reg, rhs: Reg, offset: i32 },
    /// if r[lhs] >=u imm as i64 (i64) { pc += offset }
    BrIfI64GeUImm { lhs: Reg, imm: i32, offset: i32 },
    /// if acc >=u r[rhs] (i64) { pc += offset }
    BrIfI64GeUA { rhs: Reg, offset: i32 },
    /// if acc >=u imm as i64 (i64) { pc += offset }
    BrIfI64GeUImmA { imm: i32, offset: i32 },

    // ---- more binary ops with a constant operand ----
    /// r[dst] = r[lhs] *wrap imm (i64)
    I64MulImm { dst: Reg, lhs: Reg, imm: i64 },
    /// r[dst] = acc *wrap imm (i64)
    I64MulImmA { dst: Reg, imm: i64 },
    /// r[dst] = r[lhs] | imm (i64)
    I64OrImm { dst: Reg, lhs: Reg, imm: i64 },
    /// r[dst] = acc | imm (i64)
    I64OrImmA { dst: Reg, imm: i64 },
    /// r[dst] = r[lhs] ^ imm (i64)
    I64XorImm { dst: Reg, lhs: Reg, imm: i64 },
    /// r[dst] = acc ^ imm (i64)
    I64XorImmA { dst: Reg, imm: i64 },
    /// r[dst] = r[lhs] rotl imm (i64)
    I64RotlImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = acc rotl imm (i64)
    I64RotlImmA { dst: Reg, imm: i32 },
    /// r[dst] = r[lhs] rotr imm (i64)
    I64RotrImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = acc rotr imm (i64)
    I64RotrImmA { dst: Reg, imm: i32 },
    /// r[dst] = r[lhs] rotl imm (i32)
    I32RotlImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = acc rotl imm (i32)
    I32RotlImmA { dst: Reg, imm: i32 },
    /// r[dst] = r[lhs] rotr imm (i32)
    I32RotrImm { dst: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = acc rotr imm (i32)
    I32RotrImmA { dst: Reg, imm: i32 },

    // ---- accumulator results: the same ops leaving their result only in `acc` (its only
    // reader is the next instruction, so the slot store is skipped) ----
    /// acc = if r[cond] as u32 != 0 { r[lhs] } else { r[rhs] }
    SelectR { cond: Reg, lhs: Reg, rhs: Reg },
    /// acc = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u)
    I32LoadR { addr: Reg, offset: u32 },
    /// acc = mem[ea..ea+8] (i64.load, f64.load)
    I64LoadR { addr: Reg, offset: u32 },
    /// acc = mem[ea] as i8 as i32 (zero-extended to the cell)
    I32Load8SR { addr: Reg, offset: u32 },
    /// acc = mem[ea] as u8 (i32.load8_u, i64.load8_u)
    I32Load8UR { addr: Reg, offset: u32 },
    /// acc = mem[ea..ea+2] as i16 as i32
    I32Load16SR { addr: Reg, offset: u32 },
    /// acc = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u)
    I32Load16UR { addr: Reg, offset: u32 },
    /// acc = mem[ea] as i8 as i64
    I64Load8SR { addr: Reg, offset: u32 },
    /// acc = mem[ea..ea+2] as i16 as i64
    I64Load16SR { addr: Reg, offset: u32 },
    /// acc = mem[ea..ea+4] as i32 as i64
    I64Load32SR { addr: Reg, offset: u32 },
    /// acc = (r[src] == 0) (i32)
    I32EqzR { src: Reg },
    /// acc = r[lhs] == r[rhs]
    I32EqR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] != r[rhs]
    I32NeR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <s r[rhs]
    I32LtSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <u r[rhs]
    I32LtUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >s r[rhs]
    I32GtSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >u r[rhs]
    I32GtUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <=s r[rhs]
    I32LeSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <=u r[rhs]
    I32LeUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >=s r[rhs]
    I32GeSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >=u r[rhs]
    I32GeUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] == imm
    I32EqImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] != imm
    I32NeImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] <s imm
    I32LtSImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] <u imm
    I32LtUImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] >s imm
    I32GtSImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] >u imm
    I32GtUImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] <=s imm
    I32LeSImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] <=u imm
    I32LeUImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] >=s imm
    I32GeSImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] >=u imm
    I32GeUImmR { lhs: Reg, imm: i32 },
    /// acc = clz(r[src])
    I32ClzR { src: Reg },
    /// acc = ctz(r[src])
    I32CtzR { src: Reg },
    /// acc = popcnt(r[src])
    I32PopcntR { src: Reg },
    /// acc = r[lhs] +wrap r[rhs]
    I32AddR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] -wrap r[rhs]
    I32SubR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] *wrap r[rhs]
    I32MulR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] /s r[rhs]; traps on zero and overflow
    I32DivSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] /u r[rhs]; traps on zero
    I32DivUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] rem_s r[rhs]; traps on zero
    I32RemSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] rem_u r[rhs]; traps on zero
    I32RemUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] & r[rhs]
    I32AndR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] | r[rhs]
    I32OrR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] ^ r[rhs]
    I32XorR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] << (r[rhs] & 31)
    I32ShlR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >>s (r[rhs] & 31)
    I32ShrSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >>u (r[rhs] & 31)
    I32ShrUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] rotl r[rhs]
    I32RotlR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] rotr r[rhs]
    I32RotrR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] +wrap imm (also i32.sub with a constant)
    I32AddImmR { lhs: Reg, imm: i32 },
    /// acc = imm -wrap r[lhs] (i32)
    I32RSubImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] *wrap imm
    I32MulImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] & imm
    I32AndImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] | imm
    I32OrImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] ^ imm
    I32XorImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] << (imm & 31)
    I32ShlImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] >>s (imm & 31)
    I32ShrSImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] >>u (imm & 31)
    I32ShrUImmR { lhs: Reg, imm: i32 },
    /// acc = (r[src] == 0) (i64)
    I64EqzR { src: Reg },
    /// acc = r[lhs] == r[rhs] (i64)
    I64EqR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] != r[rhs] (i64)
    I64NeR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <s r[rhs] (i64)
    I64LtSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <u r[rhs] (i64)
    I64LtUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >s r[rhs] (i64)
    I64GtSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >u r[rhs] (i64)
    I64GtUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <=s r[rhs] (i64)
    I64LeSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <=u r[rhs] (i64)
    I64LeUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >=s r[rhs] (i64)
    I64GeSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >=u r[rhs] (i64)
    I64GeUR { lhs: Reg, rhs: Reg },
    /// acc = clz(r[src]) (i64)
    I64ClzR { src: Reg },
    /// acc = ctz(r[src]) (i64)
    I64CtzR { src: Reg },
    /// acc = popcnt(r[src]) (i64)
    I64PopcntR { src: Reg },
    /// acc = r[lhs] +wrap r[rhs] (i64)
    I64AddR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] -wrap r[rhs] (i64)
    I64SubR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] *wrap r[rhs] (i64)
    I64MulR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] /s r[rhs] (i64); traps on zero and overflow
    I64DivSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] /u r[rhs] (i64); traps on zero
    I64DivUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] rem_s r[rhs] (i64); traps on zero
    I64RemSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] rem_u r[rhs] (i64); traps on zero
    I64RemUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] & r[rhs] (i64)
    I64AndR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] | r[rhs] (i64)
    I64OrR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] ^ r[rhs] (i64)
    I64XorR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] << (r[rhs] & 63)
    I64ShlR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >>s (r[rhs] & 63)
    I64ShrSR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >>u (r[rhs] & 63)
    I64ShrUR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] rotl r[rhs] (i64)
    I64RotlR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] rotr r[rhs] (i64)
    I64RotrR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] +wrap imm as i64 (also i64.sub with a small constant)
    I64AddImmR { lhs: Reg, imm: i32 },
    /// acc = imm as i64 -wrap r[lhs]
    I64RSubImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] & imm as i64
    I64AndImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] << (imm & 63)
    I64ShlImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] >>s (imm & 63)
    I64ShrSImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] >>u (imm & 63)
    I64ShrUImmR { lhs: Reg, imm: i32 },
    /// acc = r[lhs] == r[rhs] (f32)
    F32EqR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] != r[rhs] (f32)
    F32NeR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] < r[rhs] (f32)
    F32LtR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] > r[rhs] (f32)
    F32GtR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <= r[rhs] (f32)
    F32LeR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >= r[rhs] (f32)
    F32GeR { lhs: Reg, rhs: Reg },
    /// acc = |r[src]| (f32, sign bit cleared)
    F32AbsR { src: Reg },
    /// acc = -r[src] (f32, sign bit flipped)
    F32NegR { src: Reg },
    /// acc = ceil(r[src]) (f32)
    F32CeilR { src: Reg },
    /// acc = floor(r[src]) (f32)
    F32FloorR { src: Reg },
    /// acc = trunc(r[src]) (f32)
    F32TruncR { src: Reg },
    /// acc = round-half-even(r[src]) (f32)
    F32NearestR { src: Reg },
    /// acc = sqrt(r[src]) (f32)
    F32SqrtR { src: Reg },
    /// acc = r[lhs] + r[rhs] (f32)
    F32AddR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] - r[rhs] (f32)
    F32SubR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] * r[rhs] (f32)
    F32MulR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] / r[rhs] (f32)
    F32DivR { lhs: Reg, rhs: Reg },
    /// acc = wasm_min(r[lhs], r[rhs]) (f32)
    F32MinR { lhs: Reg, rhs: Reg },
    /// acc = wasm_max(r[lhs], r[rhs]) (f32)
    F32MaxR { lhs: Reg, rhs: Reg },
    /// acc = copysign(r[lhs], r[rhs]) (f32)
    F32CopysignR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] == r[rhs] (f64)
    F64EqR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] != r[rhs] (f64)
    F64NeR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] < r[rhs] (f64)
    F64LtR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] > r[rhs] (f64)
    F64GtR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] <= r[rhs] (f64)
    F64LeR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] >= r[rhs] (f64)
    F64GeR { lhs: Reg, rhs: Reg },
    /// acc = |r[src]| (f64)
    F64AbsR { src: Reg },
    /// acc = -r[src] (f64)
    F64NegR { src: Reg },
    /// acc = ceil(r[src]) (f64)
    F64CeilR { src: Reg },
    /// acc = floor(r[src]) (f64)
    F64FloorR { src: Reg },
    /// acc = trunc(r[src]) (f64)
    F64TruncR { src: Reg },
    /// acc = round-half-even(r[src]) (f64)
    F64NearestR { src: Reg },
    /// acc = sqrt(r[src]) (f64)
    F64SqrtR { src: Reg },
    /// acc = r[lhs] + r[rhs] (f64)
    F64AddR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] - r[rhs] (f64)
    F64SubR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] * r[rhs] (f64)
    F64MulR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] / r[rhs] (f64)
    F64DivR { lhs: Reg, rhs: Reg },
    /// acc = wasm_min(r[lhs], r[rhs]) (f64)
    F64MinR { lhs: Reg, rhs: Reg },
    /// acc = wasm_max(r[lhs], r[rhs]) (f64)
    F64MaxR { lhs: Reg, rhs: Reg },
    /// acc = copysign(r[lhs], r[rhs]) (f64)
    F64CopysignR { lhs: Reg, rhs: Reg },
    /// acc = r[src] as u32 (i32.wrap_i64)
    I32WrapI64R { src: Reg },
    /// acc = trunc_s(r[src] as f32) as i32; traps on NaN/overflow
    I32TruncF32SR { src: Reg },
    /// acc = trunc_u(r[src] as f32) as u32; traps on NaN/overflow
    I32TruncF32UR { src: Reg },
    /// acc = trunc_s(r[src] as f64) as i32; traps on NaN/overflow
    I32TruncF64SR { src: Reg },
    /// acc = trunc_u(r[src] as f64) as u32; traps on NaN/overflow
    I32TruncF64UR { src: Reg },
    /// acc = r[src] as i32 as i64
    I64ExtendI32SR { src: Reg },
    /// acc = r[src] as u32 as u64
    I64ExtendI32UR { src: Reg },
    /// acc = trunc_s(r[src] as f32) as i64; traps on NaN/overflow
    I64TruncF32SR { src: Reg },
    /// acc = trunc_u(r[src] as f32) as u64; traps on NaN/overflow
    I64TruncF32UR { src: Reg },
    /// acc = trunc_s(r[src] as f64) as i64; traps on NaN/overflow
    I64TruncF64SR { src: Reg },
    /// acc = trunc_u(r[src] as f64) as u64; traps on NaN/overflow
    I64TruncF64UR { src: Reg },
    /// acc = r[src] as i32 as f32
    F32ConvertI32SR { src: Reg },
    /// acc = r[src] as u32 as f32
    F32ConvertI32UR { src: Reg },
    /// acc = r[src] as i64 as f32
    F32ConvertI64SR { src: Reg },
    /// acc = r[src] as u64 as f32
    F32ConvertI64UR { src: Reg },
    /// acc = r[src] as f64 as f32
    F32DemoteF64R { src: Reg },
    /// acc = r[src] as i32 as f64
    F64ConvertI32SR { src: Reg },
    /// acc = r[src] as u32 as f64
    F64ConvertI32UR { src: Reg },
    /// acc = r[src] as i64 as f64
    F64ConvertI64SR { src: Reg },
    /// acc = r[src] as u64 as f64
    F64ConvertI64UR { src: Reg },
    /// acc = r[src] as f32 as f64
    F64PromoteF32R { src: Reg },
    /// acc = r[src] as i8 as i32
    I32Extend8SR { src: Reg },
    /// acc = r[src] as i16 as i32
    I32Extend16SR { src: Reg },
    /// acc = r[src] as i8 as i64
    I64Extend8SR { src: Reg },
    /// acc = r[src] as i16 as i64
    I64Extend16SR { src: Reg },
    /// acc = r[src] as i32 as i64
    I64Extend32SR { src: Reg },
    /// acc = saturating trunc_s(f32) to i32
    I32TruncSatF32SR { src: Reg },
    /// acc = saturating trunc_u(f32) to u32
    I32TruncSatF32UR { src: Reg },
    /// acc = saturating trunc_s(f64) to i32
    I32TruncSatF64SR { src: Reg },
    /// acc = saturating trunc_u(f64) to u32
    I32TruncSatF64UR { src: Reg },
    /// acc = saturating trunc_s(f32) to i64
    I64TruncSatF32SR { src: Reg },
    /// acc = saturating trunc_u(f32) to u64
    I64TruncSatF32UR { src: Reg },
    /// acc = saturating trunc_s(f64) to i64
    I64TruncSatF64SR { src: Reg },
    /// acc = saturating trunc_u(f64) to u64
    I64TruncSatF64UR { src: Reg },
    /// acc = r[lhs] == imm as i64 (i64)
    I64EqImmR { lhs: Reg, imm: i32 },
    /// acc = acc == imm as i64 (i64)
    I64EqImmAR { imm: i32 },
    /// acc = r[lhs] != imm as i64 (i64)
    I64NeImmR { lhs: Reg, imm: i32 },
    /// acc = acc != imm as i64 (i64)
    I64NeImmAR { imm: i32 },
    /// acc = r[lhs] <s imm as i64 (i64)
    I64LtSImmR { lhs: Reg, imm: i32 },
    /// acc = acc <s imm as i64 (i64)
    I64LtSImmAR { imm: i32 },
    /// acc = r[lhs] <u imm as i64 (i64)
    I64LtUImmR { lhs: Reg, imm: i32 },
    /// acc = acc <u imm as i64 (i64)
    I64LtUImmAR { imm: i32 },
    /// acc = r[lhs] >s imm as i64 (i64)
    I64GtSImmR { lhs: Reg, imm: i32 },
    /// acc = acc >s imm as i64 (i64)
    I64GtSImmAR { imm: i32 },
    /// acc = r[lhs] >u imm as i64 (i64)
    I64GtUImmR { lhs: Reg, imm: i32 },
    /// acc = acc >u imm as i64 (i64)
    I64GtUImmAR { imm: i32 },
    /// acc = r[lhs] <=s imm as i64 (i64)
    I64LeSImmR { lhs: Reg, imm: i32 },
    /// acc = acc <=s imm as i64 (i64)
    I64LeSImmAR { imm: i32 },
    /// acc = r[lhs] <=u imm as i64 (i64)
    I64LeUImmR { lhs: Reg, imm: i32 },
    /// acc = acc <=u imm as i64 (i64)
    I64LeUImmAR { imm: i32 },
    /// acc = r[lhs] >=s imm as i64 (i64)
    I64GeSImmR { lhs: Reg, imm: i32 },
    /// acc = acc >=s imm as i64 (i64)
    I64GeSImmAR { imm: i32 },
    /// acc = r[lhs] >=u imm as i64 (i64)
    I64GeUImmR { lhs: Reg, imm: i32 },
    /// acc = acc >=u imm as i64 (i64)
    I64GeUImmAR { imm: i32 },
    /// acc = r[lhs] == f32::from_bits(imm) (f32)
    F32EqImmR { lhs: Reg, imm: i32 },
    /// acc = acc == f32::from_bits(imm) (f32)
    F32EqImmAR { imm: i32 },
    /// acc = r[lhs] != f32::from_bits(imm) (f32)
    F32NeImmR { lhs: Reg, imm: i32 },
    /// acc = acc != f32::from_bits(imm) (f32)
    F32NeImmAR { imm: i32 },
    /// acc = r[lhs] < f32::from_bits(imm) (f32)
    F32LtImmR { lhs: Reg, imm: i32 },
    /// acc = acc < f32::from_bits(imm) (f32)
    F32LtImmAR { imm: i32 },
    /// acc = r[lhs] > f32::from_bits(imm) (f32)
    F32GtImmR { lhs: Reg, imm: i32 },
    /// acc = acc > f32::from_bits(imm) (f32)
    F32GtImmAR { imm: i32 },
    /// acc = r[lhs] <= f32::from_bits(imm) (f32)
    F32LeImmR { lhs: Reg, imm: i32 },
    /// acc = acc <= f32::from_bits(imm) (f32)
    F32LeImmAR { imm: i32 },
    /// acc = r[lhs] >= f32::from_bits(imm) (f32)
    F32GeImmR { lhs: Reg, imm: i32 },
    /// acc = acc >= f32::from_bits(imm) (f32)
    F32GeImmAR { imm: i32 },
    /// acc = mem[(acc +wrap r[base]) as u32 + offset] as u32
    I32LoadAddAR { base: Reg, offset: u32 },
    /// acc = mem[(acc +wrap r[base]) as u32 + offset] as u64
    I64LoadAddAR { base: Reg, offset: u32 },
    /// acc = mem[(acc +wrap r[base]) as u32 + offset] as u8
    I32Load8UAddAR { base: Reg, offset: u32 },
    /// acc = mem[(acc +wrap r[base]) as u32 + offset] as i8 as i32
    I32Load8SAddAR { base: Reg, offset: u32 },
    /// acc = mem[(acc +wrap imm) as u32 + offset] as u32
    I32LoadAddImmAR { imm: i32, offset: u32 },
    /// acc = mem[(acc +wrap imm) as u32 + offset] as u64
    I64LoadAddImmAR { imm: i32, offset: u32 },
    /// acc = mem[(acc +wrap imm) as u32 + offset] as u8
    I32Load8UAddImmAR { imm: i32, offset: u32 },
    /// acc = mem[(acc +wrap imm) as u32 + offset] as i8 as i32
    I32Load8SAddImmAR { imm: i32, offset: u32 },
    /// acc = acc == r[rhs]
    I32EqAR { rhs: Reg },
    /// acc = acc != r[rhs]
    I32NeAR { rhs: Reg },
    /// acc = acc <s r[rhs]
    I32LtSAR { rhs: Reg },
    /// acc = acc <u r[rhs]
    I32LtUAR { rhs: Reg },
    /// acc = acc >s r[rhs]
    I32GtSAR { rhs: Reg },
    /// acc = acc >u r[rhs]
    I32GtUAR { rhs: Reg },
    /// acc = acc <=s r[rhs]
    I32LeSAR { rhs: Reg },
    /// acc = acc <=u r[rhs]
    I32LeUAR { rhs: Reg },
    /// acc = acc >=s r[rhs]
    I32GeSAR { rhs: Reg },
    /// acc = acc >=u r[rhs]
    I32GeUAR { rhs: Reg },
    /// acc = acc +wrap r[rhs]
    I32AddAR { rhs: Reg },
    /// acc = acc -wrap r[rhs]
    I32SubAR { rhs: Reg },
    /// acc = acc *wrap r[rhs]
    I32MulAR { rhs: Reg },
    /// acc = acc & r[rhs]
    I32AndAR { rhs: Reg },
    /// acc = acc | r[rhs]
    I32OrAR { rhs: Reg },
    /// acc = acc ^ r[rhs]
    I32XorAR { rhs: Reg },
    /// acc = acc << (r[rhs] & 31)
    I32ShlAR { rhs: Reg },
    /// acc = acc >>s (r[rhs] & 31)
    I32ShrSAR { rhs: Reg },
    /// acc = acc >>u (r[rhs] & 31)
    I32ShrUAR { rhs: Reg },
    /// acc = acc == r[rhs] (i64)
    I64EqAR { rhs: Reg },
    /// acc = acc != r[rhs] (i64)
    I64NeAR { rhs: Reg },
    /// acc = acc <s r[rhs] (i64)
    I64LtSAR { rhs: Reg },
    /// acc = acc <u r[rhs] (i64)
    I64LtUAR { rhs: Reg },
    /// acc = acc >s r[rhs] (i64)
    I64GtSAR { rhs: Reg },
    /// acc = acc >u r[rhs] (i64)
    I64GtUAR { rhs: Reg },
    /// acc = acc <=s r[rhs] (i64)
    I64LeSAR { rhs: Reg },
    /// acc = acc <=u r[rhs] (i64)
    I64LeUAR { rhs: Reg },
    /// acc = acc >=s r[rhs] (i64)
    I64GeSAR { rhs: Reg },
    /// acc = acc >=u r[rhs] (i64)
    I64GeUAR { rhs: Reg },
    /// acc = acc +wrap r[rhs] (i64)
    I64AddAR { rhs: Reg },
    /// acc = acc -wrap r[rhs] (i64)
    I64SubAR { rhs: Reg },
    /// acc = acc *wrap r[rhs] (i64)
    I64MulAR { rhs: Reg },
    /// acc = acc & r[rhs] (i64)
    I64AndAR { rhs: Reg },
    /// acc = acc | r[rhs] (i64)
    I64OrAR { rhs: Reg },
    /// acc = acc ^ r[rhs] (i64)
    I64XorAR { rhs: Reg },
    /// acc = acc << (r[rhs] & 63)
    I64ShlAR { rhs: Reg },
    /// acc = acc >>s (r[rhs] & 63)
    I64ShrSAR { rhs: Reg },
    /// acc = acc >>u (r[rhs] & 63)
    I64ShrUAR { rhs: Reg },
    /// acc = acc + r[rhs] (f32)
    F32AddAR { rhs: Reg },
    /// acc = acc - r[rhs] (f32)
    F32SubAR { rhs: Reg },
    /// acc = acc * r[rhs] (f32)
    F32MulAR { rhs: Reg },
    /// acc = acc / r[rhs] (f32)
    F32DivAR { rhs: Reg },
    /// acc = acc < r[rhs] (f32)
    F32LtAR { rhs: Reg },
    /// acc = acc > r[rhs] (f32)
    F32GtAR { rhs: Reg },
    /// acc = acc <= r[rhs] (f32)
    F32LeAR { rhs: Reg },
    /// acc = acc >= r[rhs] (f32)
    F32GeAR { rhs: Reg },
    /// acc = acc == r[rhs] (f32)
    F32EqAR { rhs: Reg },
    /// acc = acc != r[rhs] (f32)
    F32NeAR { rhs: Reg },
    /// acc = acc + r[rhs] (f64)
    F64AddAR { rhs: Reg },
    /// acc = acc - r[rhs] (f64)
    F64SubAR { rhs: Reg },
    /// acc = acc * r[rhs] (f64)
    F64MulAR { rhs: Reg },
    /// acc = acc / r[rhs] (f64)
    F64DivAR { rhs: Reg },
    /// acc = acc < r[rhs] (f64)
    F64LtAR { rhs: Reg },
    /// acc = acc > r[rhs] (f64)
    F64GtAR { rhs: Reg },
    /// acc = acc <= r[rhs] (f64)
    F64LeAR { rhs: Reg },
    /// acc = acc >= r[rhs] (f64)
    F64GeAR { rhs: Reg },
    /// acc = acc == r[rhs] (f64)
    F64EqAR { rhs: Reg },
    /// acc = acc != r[rhs] (f64)
    F64NeAR { rhs: Reg },
    /// acc = acc == imm
    I32EqImmAR { imm: i32 },
    /// acc = acc != imm
    I32NeImmAR { imm: i32 },
    /// acc = acc <s imm
    I32LtSImmAR { imm: i32 },
    /// acc = acc <u imm
    I32LtUImmAR { imm: i32 },
    /// acc = acc >s imm
    I32GtSImmAR { imm: i32 },
    /// acc = acc >u imm
    I32GtUImmAR { imm: i32 },
    /// acc = acc <=s imm
    I32LeSImmAR { imm: i32 },
    /// acc = acc <=u imm
    I32LeUImmAR { imm: i32 },
    /// acc = acc >=s imm
    I32GeSImmAR { imm: i32 },
    /// acc = acc >=u imm
    I32GeUImmAR { imm: i32 },
    /// acc = acc +wrap imm (also i32.sub with a constant)
    I32AddImmAR { imm: i32 },
    /// acc = imm -wrap acc (i32)
    I32RSubImmAR { imm: i32 },
    /// acc = acc *wrap imm
    I32MulImmAR { imm: i32 },
    /// acc = acc & imm
    I32AndImmAR { imm: i32 },
    /// acc = acc | imm
    I32OrImmAR { imm: i32 },
    /// acc = acc ^ imm
    I32XorImmAR { imm: i32 },
    /// acc = acc << (imm & 31)
    I32ShlImmAR { imm: i32 },
    /// acc = acc >>s (imm & 31)
    I32ShrSImmAR { imm: i32 },
    /// acc = acc >>u (imm & 31)
    I32ShrUImmAR { imm: i32 },
    /// acc = acc +wrap imm as i64 (also i64.sub with a small constant)
    I64AddImmAR { imm: i32 },
    /// acc = imm as i64 -wrap acc
    I64RSubImmAR { imm: i32 },
    /// acc = acc & imm as i64
    I64AndImmAR { imm: i32 },
    /// acc = acc << (imm & 63)
    I64ShlImmAR { imm: i32 },
    /// acc = acc >>s (imm & 63)
    I64ShrSImmAR { imm: i32 },
    /// acc = acc >>u (imm & 63)
    I64ShrUImmAR { imm: i32 },
    /// acc = (acc == 0) (i32)
    I32EqzAR {},
    /// acc = (acc == 0) (i64)
    I64EqzAR {},
    /// acc = acc as u32 (i32.wrap_i64)
    I32WrapI64AR {},
    /// acc = acc as i32 as i64
    I64ExtendI32SAR {},
    /// acc = acc as u32 as u64
    I64ExtendI32UAR {},
    /// acc = acc as i32 as f64
    F64ConvertI32SAR {},
    /// acc = acc as u32 as f64
    F64ConvertI32UAR {},
    /// acc = acc as i32 as f32
    F32ConvertI32SAR {},
    /// acc = acc as f32 as f64
    F64PromoteF32AR {},
    /// acc = acc as f64 as f32
    F32DemoteF64AR {},
    /// acc = acc as i8 as i32
    I32Extend8SAR {},
    /// acc = acc as i16 as i32
    I32Extend16SAR {},
    /// acc = -acc (f32, sign bit flipped)
    F32NegAR {},
    /// acc = -acc (f64)
    F64NegAR {},
    /// acc = |acc| (f32, sign bit cleared)
    F32AbsAR {},
    /// acc = |acc| (f64)
    F64AbsAR {},
    /// acc = sqrt(acc) (f64)
    F64SqrtAR {},
    /// acc = sqrt(acc) (f32)
    F32SqrtAR {},
    /// acc = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u) (addr = acc)
    I32LoadAR { offset: u32 },
    /// acc = mem[ea..ea+8] (i64.load, f64.load) (addr = acc)
    I64LoadAR { offset: u32 },
    /// acc = mem[ea] as i8 as i32 (zero-extended to the cell) (addr = acc)
    I32Load8SAR { offset: u32 },
    /// acc = mem[ea] as u8 (i32.load8_u, i64.load8_u) (addr = acc)
    I32Load8UAR { offset: u32 },
    /// acc = mem[ea..ea+2] as i16 as i32 (addr = acc)
    I32Load16SAR { offset: u32 },
    /// acc = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u) (addr = acc)
    I32Load16UAR { offset: u32 },
    /// acc = mem[ea] as i8 as i64 (addr = acc)
    I64Load8SAR { offset: u32 },
    /// acc = mem[ea..ea+2] as i16 as i64 (addr = acc)
    I64Load16SAR { offset: u32 },
    /// acc = mem[ea..ea+4] as i32 as i64 (addr = acc)
    I64Load32SAR { offset: u32 },
    /// acc = if acc as u32 != 0 { r[lhs] } else { r[rhs] }
    SelectAR { lhs: Reg, rhs: Reg },
    /// acc = r[lhs] *wrap imm (i64)
    I64MulImmR { lhs: Reg, imm: i64 },
    /// acc = acc *wrap imm (i64)
    I64MulImmAR { imm: i64 },
    /// acc = r[lhs] | imm (i64)
    I64OrImmR { lhs: Reg, imm: i64 },
    /// acc = acc | imm (i64)
    I64OrImmAR { imm: i64 },
    /// acc = r[lhs] ^ imm (i64)
    I64XorImmR { lhs: Reg, imm: i64 },
    /// acc = acc ^ imm (i64)
    I64XorImmAR { imm: i64 },
    /// acc = r[lhs] rotl imm (i64)
    I64RotlImmR { lhs: Reg, imm: i32 },
    /// acc = acc rotl imm (i64)
    I64RotlImmAR { imm: i32 },
    /// acc = r[lhs] rotr imm (i64)
    I64RotrImmR { lhs: Reg, imm: i32 },
    /// acc = acc rotr imm (i64)
    I64RotrImmAR { imm: i32 },
    /// acc = r[lhs] rotl imm (i32)
    I32RotlImmR { lhs: Reg, imm: i32 },
    /// acc = acc rotl imm (i32)
    I32RotlImmAR { imm: i32 },
    /// acc = r[lhs] rotr imm (i32)
    I32RotrImmR { lhs: Reg, imm: i32 },
    /// acc = acc rotr imm (i32)
    I32RotrImmAR { imm: i32 },

    // ---- loads with the address add of two registers, or of a register and a constant, fused ----
    /// r[dst] = i32.load at (r[base] +wrap imm) + offset
    I32LoadAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 },
    /// acc = i32.load at (r[base] +wrap imm) + offset
    I32LoadAddImmR { base: Reg, imm: i32, offset: u32 },
    /// r[dst] = i32.load at (r[base] +wrap r[index]) + offset
    I32LoadAdd { dst: Reg, base: Reg, index: Reg, offset: u32 },
    /// acc = i32.load at (r[base] +wrap r[index]) + offset
    I32LoadAddR { base: Reg, index: Reg, offset: u32 },
    /// r[dst] = i64.load at (r[base] +wrap imm) + offset
    I64LoadAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 },
    /// acc = i64.load at (r[base] +wrap imm) + offset
    I64LoadAddImmR { base: Reg, imm: i32, offset: u32 },
    /// r[dst] = i64.load at (r[base] +wrap r[index]) + offset
    I64LoadAdd { dst: Reg, base: Reg, index: Reg, offset: u32 },
    /// acc = i64.load at (r[base] +wrap r[index]) + offset
    I64LoadAddR { base: Reg, index: Reg, offset: u32 },

    // ---- multiply by a constant, then add a constant, fused ----
    /// r[dst] = r[lhs] *wrap mul +wrap add (i32; a multiply by a constant, then an add of one)
    I32MulAddImm { dst: Reg, lhs: Reg, mul: i32, add: i32 },
    /// acc = r[lhs] *wrap mul +wrap add (i32; a multiply by a constant, then an add of one)
    I32MulAddImmR { lhs: Reg, mul: i32, add: i32 },
    /// r[dst] = acc *wrap mul +wrap add (i32)
    I32MulAddImmA { dst: Reg, mul: i32, add: i32 },
    /// acc = acc *wrap mul +wrap add (i32)
    I32MulAddImmAR { mul: i32, add: i32 },
    /// r[dst] = r[lhs] *wrap mul +wrap add (i64; a multiply by a constant, then an add of one)
    I64MulAddImm { dst: Reg, lhs: Reg, mul: i32, add: i32 },
    /// acc = r[lhs] *wrap mul +wrap add (i64; a multiply by a constant, then an add of one)
    I64MulAddImmR { lhs: Reg, mul: i32, add: i32 },
    /// r[dst] = acc *wrap mul +wrap add (i64)
    I64MulAddImmA { dst: Reg, mul: i32, add: i32 },
    /// acc = acc *wrap mul +wrap add (i64)
    I64MulAddImmAR { mul: i32, add: i32 },

    // ---- an add, then a branch on the sum (loop counters): one instruction ----
    /// r[dst] = acc = r[lhs] +wrap imm; if acc == r[limit] { pc += offset } (i32)
    I32AddImmBrIfEq { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc == limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfEqImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc == r[limit] { pc += offset } (i32)
    I32AddBrIfEq { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc != r[limit] { pc += offset } (i32)
    I32AddImmBrIfNe { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc != limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfNeImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc != r[limit] { pc += offset } (i32)
    I32AddBrIfNe { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc <s r[limit] { pc += offset } (i32)
    I32AddImmBrIfLtS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc <s limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfLtSImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc <s r[limit] { pc += offset } (i32)
    I32AddBrIfLtS { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc <u r[limit] { pc += offset } (i32)
    I32AddImmBrIfLtU { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc <u limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfLtUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc <u r[limit] { pc += offset } (i32)
    I32AddBrIfLtU { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc >s r[limit] { pc += offset } (i32)
    I32AddImmBrIfGtS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc >s limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfGtSImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc >s r[limit] { pc += offset } (i32)
    I32AddBrIfGtS { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc >u r[limit] { pc += offset } (i32)
    I32AddImmBrIfGtU { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc >u limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfGtUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc >u r[limit] { pc += offset } (i32)
    I32AddBrIfGtU { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc <=s r[limit] { pc += offset } (i32)
    I32AddImmBrIfLeS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc <=s limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfLeSImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc <=s r[limit] { pc += offset } (i32)
    I32AddBrIfLeS { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc <=u r[limit] { pc += offset } (i32)
    I32AddImmBrIfLeU { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc <=u limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfLeUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc <=u r[limit] { pc += offset } (i32)
    I32AddBrIfLeU { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc >=s r[limit] { pc += offset } (i32)
    I32AddImmBrIfGeS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc >=s limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfGeSImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc >=s r[limit] { pc += offset } (i32)
    I32AddBrIfGeS { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc >=u r[limit] { pc += offset } (i32)
    I32AddImmBrIfGeU { dst: Reg, lhs: Reg, imm: i32, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc >=u limit { pc += offset } (i32; limit sign-extended)
    I32AddImmBrIfGeUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc >=u r[limit] { pc += offset } (i32)
    I32AddBrIfGeU { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc != 0 { pc += offset } (i32)
    I32AddImmBrIfNez { dst: Reg, lhs: Reg, imm: i32, offset: i32 },
    /// r[dst] = acc = r[lhs] +wrap imm; if acc == 0 { pc += offset } (i32)
    I32AddImmBrIfEqz { dst: Reg, lhs: Reg, imm: i32, offset: i32 },

    // ---- select on a bit test: an and with a constant feeding the select's condition ----
    /// r[dst] = if (r[test] & imm) as u32 != 0 { r[lhs] } else { r[rhs] }
    SelectAndImm { dst: Reg, test: Reg, imm: i32, lhs: Reg, rhs: Reg },
    /// acc = if (r[test] & imm) as u32 != 0 { r[lhs] } else { r[rhs] }
    SelectAndImmR { test: Reg, imm: i32, lhs: Reg, rhs: Reg },
    /// r[dst] = if r[test] & (imm as i64) != 0 { r[lhs] } else { r[rhs] }
    SelectI64AndImm { dst: Reg, test: Reg, imm: i32, lhs: Reg, rhs: Reg },
    /// acc = if r[test] & (imm as i64) != 0 { r[lhs] } else { r[rhs] }
    SelectI64AndImmR { test: Reg, imm: i32, lhs: Reg, rhs: Reg },

    /// r[dst] = r[dst2] = r[lhs] +wrap imm (i32; an add whose result two locals take:
    /// `local.tee a; local.set b`)
    I32AddImmDup { dst: Reg, dst2: Reg, lhs: Reg, imm: i32 },

    // ---- three-operand adds: two values and a constant ----
    /// r[dst] = r[lhs] +wrap r[rhs] +wrap imm (i32; an add of a constant and an add fused)
    I32AddAddImm { dst: Reg, lhs: Reg, rhs: Reg, imm: i32 },
    /// acc = r[lhs] +wrap r[rhs] +wrap imm (i32; an add of a constant and an add fused)
    I32AddAddImmR { lhs: Reg, rhs: Reg, imm: i32 },
    /// r[dst] = acc +wrap r[rhs] +wrap imm (i32)
    I32AddAddImmA { dst: Reg, rhs: Reg, imm: i32 },
    /// acc = acc +wrap r[rhs] +wrap imm (i32)
    I32AddAddImmAR { rhs: Reg, imm: i32 },

    /// r[dst] = r[base] +wrap (r[index] << shift) (i32; a shift by a constant, then an add)
    I32AddShl { dst: Reg, base: Reg, index: Reg, shift: u8 },
    /// r[dst] = r[lhs] ^ (r[rhs] << shift) (i32) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
    I32XorShl { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 },
    /// r[dst] = r[lhs] ^ (r[rhs] >>u shift) (i32) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
    I32XorShrU { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 },
    /// r[dst] = r[lhs] ^ (r[rhs] << shift) (i64) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
    I64XorShl { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 },
    /// r[dst] = r[lhs] ^ (r[rhs] >>u shift) (i64) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
    I64XorShrU { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 },
    /// acc = r[base] +wrap (r[index] << shift) (i32; a shift by a constant, then an add)
    I32AddShlR { base: Reg, index: Reg, shift: u8 },
    /// acc = r[lhs] ^ (r[rhs] << shift) (i32)
    I32XorShlR { lhs: Reg, rhs: Reg, shift: u8 },
    /// acc = r[lhs] ^ (r[rhs] >>u shift) (i32)
    I32XorShrUR { lhs: Reg, rhs: Reg, shift: u8 },
    /// acc = r[lhs] ^ (r[rhs] << shift) (i64)
    I64XorShlR { lhs: Reg, rhs: Reg, shift: u8 },
    /// acc = r[lhs] ^ (r[rhs] >>u shift) (i64)
    I64XorShrUR { lhs: Reg, rhs: Reg, shift: u8 },
    /// r[dst] = r[base] +wrap (acc << shift) (i32)
    I32AddShlA { dst: Reg, base: Reg, shift: u8 },
    /// r[dst] = r[lhs] ^ (acc << shift) (i32)
    I32XorShlA { dst: Reg, lhs: Reg, shift: u8 },
    /// r[dst] = r[lhs] ^ (acc >>u shift) (i32)
    I32XorShrUA { dst: Reg, lhs: Reg, shift: u8 },
    /// r[dst] = r[lhs] ^ (acc << shift) (i64)
    I64XorShlA { dst: Reg, lhs: Reg, shift: u8 },
    /// r[dst] = r[lhs] ^ (acc >>u shift) (i64)
    I64XorShrUA { dst: Reg, lhs: Reg, shift: u8 },
    /// r[dst] = acc ^ (acc >>u shift) (i32): a xorshift step on the value just computed
    I32XorShrUSelf { dst: Reg, shift: u8 },
    /// r[dst] = acc ^ (acc << shift) (i32): a xorshift step on the value just computed
    I32XorShlSelf { dst: Reg, shift: u8 },
    /// r[dst] = acc ^ (acc >>u shift) (i64): a xorshift step on the value just computed
    I64XorShrUSelf { dst: Reg, shift: u8 },
    /// r[dst] = acc ^ (acc << shift) (i64): a xorshift step on the value just computed
    I64XorShlSelf { dst: Reg, shift: u8 },
    /// acc = r[base] +wrap (acc << shift) (i32)
    I32AddShlAR { base: Reg, shift: u8 },
    /// acc = r[lhs] ^ (acc << shift) (i32)
    I32XorShlAR { lhs: Reg, shift: u8 },
    /// acc = r[lhs] ^ (acc >>u shift) (i32)
    I32XorShrUAR { lhs: Reg, shift: u8 },
    /// acc = r[lhs] ^ (acc << shift) (i64)
    I64XorShlAR { lhs: Reg, shift: u8 },
    /// acc = r[lhs] ^ (acc >>u shift) (i64)
    I64XorShrUAR { lhs: Reg, shift: u8 },

    // ---- multiply, then add a register: one instruction (each step rounds/wraps as its own op) ----
    /// r[dst] = r[lhs] *wrap r[rhs] +wrap r[add] (i32)
    I32MulAdd { dst: Reg, lhs: Reg, rhs: Reg, add: Reg },
    /// acc = r[lhs] *wrap r[rhs] +wrap r[add] (i32)
    I32MulAddR { lhs: Reg, rhs: Reg, add: Reg },
    /// r[dst] = acc *wrap r[rhs] +wrap r[add] (i32)
    I32MulAddA { dst: Reg, rhs: Reg, add: Reg },
    /// acc = acc *wrap r[rhs] +wrap r[add] (i32)
    I32MulAddAR { rhs: Reg, add: Reg },
    /// r[dst] = r[lhs] *wrap r[rhs] +wrap r[add] (i64)
    I64MulAdd { dst: Reg, lhs: Reg, rhs: Reg, add: Reg },
    /// acc = r[lhs] *wrap r[rhs] +wrap r[add] (i64)
    I64MulAddR { lhs: Reg, rhs: Reg, add: Reg },
    /// r[dst] = acc *wrap r[rhs] +wrap r[add] (i64)
    I64MulAddA { dst: Reg, rhs: Reg, add: Reg },
    /// acc = acc *wrap r[rhs] +wrap r[add] (i64)
    I64MulAddAR { rhs: Reg, add: Reg },
    /// r[dst] = (r[lhs] * r[rhs]) + r[add] (f32, two roundings: not a fused multiply-add)
    F32MulAdd { dst: Reg, lhs: Reg, rhs: Reg, add: Reg },
    /// acc = (r[lhs] * r[rhs]) + r[add] (f32, two roundings)
    F32MulAddR { lhs: Reg, rhs: Reg, add: Reg },
    /// r[dst] = (acc * r[rhs]) + r[add] (f32, two roundings)
    F32MulAddA { dst: Reg, rhs: Reg, add: Reg },
    /// acc = (acc * r[rhs]) + r[add] (f32, two roundings)
    F32MulAddAR { rhs: Reg, add: Reg },
    /// r[dst] = (r[lhs] * r[rhs]) + r[add] (f64, two roundings: not a fused multiply-add)
    F64MulAdd { dst: Reg, lhs: Reg, rhs: Reg, add: Reg },
    /// acc = (r[lhs] * r[rhs]) + r[add] (f64, two roundings)
    F64MulAddR { lhs: Reg, rhs: Reg, add: Reg },
    /// r[dst] = (acc * r[rhs]) + r[add] (f64, two roundings)
    F64MulAddA { dst: Reg, rhs: Reg, add: Reg },
    /// acc = (acc * r[rhs]) + r[add] (f64, two roundings)
    F64MulAddAR { rhs: Reg, add: Reg },

    // ---- stores with the address add of two registers fused ----
    /// mem[(r[base] +wrap r[index]) + offset] = imm (8-bit store of a constant)
    Store8ImmAdd { base: Reg, index: Reg, imm: i32, offset: u32 },
    /// mem[(r[base] +wrap r[index]) + offset] = r[src] (8-bit store)
    Store8Add { base: Reg, index: Reg, src: Reg, offset: u32 },
    /// mem[(r[base] +wrap r[index]) + offset] = imm (16-bit store of a constant)
    Store16ImmAdd { base: Reg, index: Reg, imm: i32, offset: u32 },
    /// mem[(r[base] +wrap r[index]) + offset] = r[src] (16-bit store)
    Store16Add { base: Reg, index: Reg, src: Reg, offset: u32 },
    /// mem[(r[base] +wrap r[index]) + offset] = imm (32-bit store of a constant)
    Store32ImmAdd { base: Reg, index: Reg, imm: i32, offset: u32 },
    /// mem[(r[base] +wrap r[index]) + offset] = r[src] (32-bit store)
    Store32Add { base: Reg, index: Reg, src: Reg, offset: u32 },
    /// mem[(r[base] +wrap r[index]) + offset] = imm (64-bit store of a constant)
    Store64ImmAdd { base: Reg, index: Reg, imm: i32, offset: u32 },
    /// mem[(r[base] +wrap r[index]) + offset] = r[src] (64-bit store)
    Store64Add { base: Reg, index: Reg, src: Reg, offset: u32 },

    // ---- loads of a scaled index (`base + (index << shift)`, or plus a constant), fused ----
    /// r[dst] = i32.load at ((r[index] << shift) +wrap imm) + offset
    I32LoadIdxImm { dst: Reg, index: Reg, shift: u8, imm: i32, offset: u32 },
    /// acc = i32.load at ((r[index] << shift) +wrap imm) + offset
    I32LoadIdxImmR { index: Reg, shift: u8, imm: i32, offset: u32 },
    /// r[dst] = i32.load at ((acc << shift) +wrap imm) + offset
    I32LoadIdxImmA { dst: Reg, shift: u8, imm: i32, offset: u32 },
    /// acc = i32.load at ((acc << shift) +wrap imm) + offset
    I32LoadIdxImmAR { shift: u8, imm: i32, offset: u32 },
    /// r[dst] = i32.load at (r[base] +wrap (r[index] << shift)) + offset
    I32LoadIdx { dst: Reg, base: Reg, index: Reg, shift: u8, offset: u32 },
    /// acc = i32.load at (r[base] +wrap (r[index] << shift)) + offset
    I32LoadIdxR { base: Reg, index: Reg, shift: u8, offset: u32 },
    /// r[dst] = i32.load at (r[base] +wrap (acc << shift)) + offset
    I32LoadIdxA { dst: Reg, base: Reg, shift: u8, offset: u32 },
    /// acc = i32.load at (r[base] +wrap (acc << shift)) + offset
    I32LoadIdxAR { base: Reg, shift: u8, offset: u32 },
    /// r[dst] = i64.load at ((r[index] << shift) +wrap imm) + offset
    I64LoadIdxImm { dst: Reg, index: Reg, shift: u8, imm: i32, offset: u32 },
    /// acc = i64.load at ((r[index] << shift) +wrap imm) + offset
    I64LoadIdxImmR { index: Reg, shift: u8, imm: i32, offset: u32 },
    /// r[dst] = i64.load at ((acc << shift) +wrap imm) + offset
    I64LoadIdxImmA { dst: Reg, shift: u8, imm: i32, offset: u32 },
    /// acc = i64.load at ((acc << shift) +wrap imm) + offset
    I64LoadIdxImmAR { shift: u8, imm: i32, offset: u32 },
    /// r[dst] = i64.load at (r[base] +wrap (r[index] << shift)) + offset
    I64LoadIdx { dst: Reg, base: Reg, index: Reg, shift: u8, offset: u32 },
    /// acc = i64.load at (r[base] +wrap (r[index] << shift)) + offset
    I64LoadIdxR { base: Reg, index: Reg, shift: u8, offset: u32 },
    /// r[dst] = i64.load at (r[base] +wrap (acc << shift)) + offset
    I64LoadIdxA { dst: Reg, base: Reg, shift: u8, offset: u32 },
    /// acc = i64.load at (r[base] +wrap (acc << shift)) + offset
    I64LoadIdxAR { base: Reg, shift: u8, offset: u32 },
    /// r[dst] = i32.load8_u at (r[base] +wrap imm) + offset
    I32Load8UAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 },
    /// acc = i32.load8_u at (r[base] +wrap imm) + offset
    I32Load8UAddImmR { base: Reg, imm: i32, offset: u32 },
    /// r[dst] = i32.load8_u at (r[base] +wrap r[index]) + offset
    I32Load8UAdd { dst: Reg, base: Reg, index: Reg, offset: u32 },
    /// acc = i32.load8_u at (r[base] +wrap r[index]) + offset
    I32Load8UAddR { base: Reg, index: Reg, offset: u32 },
    /// r[dst] = i32.load8_s at (r[base] +wrap imm) + offset
    I32Load8SAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 },
    /// acc = i32.load8_s at (r[base] +wrap imm) + offset
    I32Load8SAddImmR { base: Reg, imm: i32, offset: u32 },
    /// r[dst] = i32.load8_s at (r[base] +wrap r[index]) + offset
    I32Load8SAdd { dst: Reg, base: Reg, index: Reg, offset: u32 },
    /// acc = i32.load8_s at (r[base] +wrap r[index]) + offset
    I32Load8SAddR { base: Reg, index: Reg, offset: u32 },

    // ---- float compare-and-branch (`Not` forms: branch when the compare is false, NaN included) ----
    /// if a == b (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32Eq { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a == b (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32EqImm { lhs: Reg, imm: i32, offset: i32 },
    /// if a == b (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32EqA { rhs: Reg, offset: i32 },
    /// if a == b (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32EqImmA { imm: i32, offset: i32 },
    /// if a != b (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32Ne { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a != b (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32NeImm { lhs: Reg, imm: i32, offset: i32 },
    /// if a != b (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32NeA { rhs: Reg, offset: i32 },
    /// if a != b (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32NeImmA { imm: i32, offset: i32 },
    /// if a < b (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32Lt { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a < b (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32LtImm { lhs: Reg, imm: i32, offset: i32 },
    /// if a < b (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32LtA { rhs: Reg, offset: i32 },
    /// if a < b (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32LtImmA { imm: i32, offset: i32 },
    /// if a > b (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32Gt { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a > b (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32GtImm { lhs: Reg, imm: i32, offset: i32 },
    /// if a > b (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32GtA { rhs: Reg, offset: i32 },
    /// if a > b (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32GtImmA { imm: i32, offset: i32 },
    /// if a <= b (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32Le { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a <= b (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32LeImm { lhs: Reg, imm: i32, offset: i32 },
    /// if a <= b (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32LeA { rhs: Reg, offset: i32 },
    /// if a <= b (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32LeImmA { imm: i32, offset: i32 },
    /// if a >= b (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32Ge { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a >= b (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32GeImm { lhs: Reg, imm: i32, offset: i32 },
    /// if a >= b (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32GeA { rhs: Reg, offset: i32 },
    /// if a >= b (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32GeImmA { imm: i32, offset: i32 },
    /// if !(a < b) (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32NotLt { lhs: Reg, rhs: Reg, offset: i32 },
    /// if !(a < b) (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32NotLtImm { lhs: Reg, imm: i32, offset: i32 },
    /// if !(a < b) (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32NotLtA { rhs: Reg, offset: i32 },
    /// if !(a < b) (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32NotLtImmA { imm: i32, offset: i32 },
    /// if !(a > b) (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32NotGt { lhs: Reg, rhs: Reg, offset: i32 },
    /// if !(a > b) (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32NotGtImm { lhs: Reg, imm: i32, offset: i32 },
    /// if !(a > b) (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32NotGtA { rhs: Reg, offset: i32 },
    /// if !(a > b) (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32NotGtImmA { imm: i32, offset: i32 },
    /// if !(a <= b) (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32NotLe { lhs: Reg, rhs: Reg, offset: i32 },
    /// if !(a <= b) (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32NotLeImm { lhs: Reg, imm: i32, offset: i32 },
    /// if !(a <= b) (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32NotLeA { rhs: Reg, offset: i32 },
    /// if !(a <= b) (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32NotLeImmA { imm: i32, offset: i32 },
    /// if !(a >= b) (f32: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF32NotGe { lhs: Reg, rhs: Reg, offset: i32 },
    /// if !(a >= b) (f32: a = r[lhs], b = from_bits(imm)) { pc += offset }
    BrIfF32NotGeImm { lhs: Reg, imm: i32, offset: i32 },
    /// if !(a >= b) (f32: a = acc, b = r[rhs]) { pc += offset }
    BrIfF32NotGeA { rhs: Reg, offset: i32 },
    /// if !(a >= b) (f32: a = acc, b = from_bits(imm)) { pc += offset }
    BrIfF32NotGeImmA { imm: i32, offset: i32 },
    /// if a == b (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64Eq { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a == b (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64EqA { rhs: Reg, offset: i32 },
    /// if a != b (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64Ne { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a != b (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64NeA { rhs: Reg, offset: i32 },
    /// if a < b (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64Lt { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a < b (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64LtA { rhs: Reg, offset: i32 },
    /// if a > b (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64Gt { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a > b (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64GtA { rhs: Reg, offset: i32 },
    /// if a <= b (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64Le { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a <= b (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64LeA { rhs: Reg, offset: i32 },
    /// if a >= b (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64Ge { lhs: Reg, rhs: Reg, offset: i32 },
    /// if a >= b (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64GeA { rhs: Reg, offset: i32 },
    /// if !(a < b) (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64NotLt { lhs: Reg, rhs: Reg, offset: i32 },
    /// if !(a < b) (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64NotLtA { rhs: Reg, offset: i32 },
    /// if !(a > b) (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64NotGt { lhs: Reg, rhs: Reg, offset: i32 },
    /// if !(a > b) (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64NotGtA { rhs: Reg, offset: i32 },
    /// if !(a <= b) (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64NotLe { lhs: Reg, rhs: Reg, offset: i32 },
    /// if !(a <= b) (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64NotLeA { rhs: Reg, offset: i32 },
    /// if !(a >= b) (f64: a = r[lhs], b = r[rhs]) { pc += offset }
    BrIfF64NotGe { lhs: Reg, rhs: Reg, offset: i32 },
    /// if !(a >= b) (f64: a = acc, b = r[rhs]) { pc += offset }
    BrIfF64NotGeA { rhs: Reg, offset: i32 },

    // ---- select on a 64-bit condition (an `i64.eqz` condition, folded by swapping the operands) ----
    /// r[dst] = if r[cond] as u64 != 0 { r[lhs] } else { r[rhs] }
    SelectI64 { dst: Reg, cond: Reg, lhs: Reg, rhs: Reg },
    /// acc = if r[cond] as u64 != 0 { r[lhs] } else { r[rhs] }
    SelectI64R { cond: Reg, lhs: Reg, rhs: Reg },
    /// r[dst] = if acc != 0 { r[lhs] } else { r[rhs] }
    SelectI64A { dst: Reg, lhs: Reg, rhs: Reg },
    /// acc = if acc != 0 { r[lhs] } else { r[rhs] }
    SelectI64AR { lhs: Reg, rhs: Reg },

    // ---- select with one constant choice (0 <= imm <= i32::MAX: the same cell for i32 and i64) ----
    /// r[dst] = if r[cond] as u32 != 0 { imm } else { r[rhs] }
    SelectConstT { dst: Reg, cond: Reg, imm: i32, rhs: Reg },
    /// acc = if r[cond] as u32 != 0 { imm } else { r[rhs] }
    SelectConstTR { cond: Reg, imm: i32, rhs: Reg },
    /// r[dst] = if acc as u32 != 0 { imm } else { r[rhs] }
    SelectConstTA { dst: Reg, imm: i32, rhs: Reg },
    /// acc = if acc as u32 != 0 { imm } else { r[rhs] }
    SelectConstTAR { imm: i32, rhs: Reg },
    /// r[dst] = if r[cond] as u32 != 0 { r[lhs] } else { imm }
    SelectConstF { dst: Reg, cond: Reg, lhs: Reg, imm: i32 },
    /// acc = if r[cond] as u32 != 0 { r[lhs] } else { imm }
    SelectConstFR { cond: Reg, lhs: Reg, imm: i32 },
    /// r[dst] = if acc as u32 != 0 { r[lhs] } else { imm }
    SelectConstFA { dst: Reg, lhs: Reg, imm: i32 },
    /// acc = if acc as u32 != 0 { r[lhs] } else { imm }
    SelectConstFAR { lhs: Reg, imm: i32 },

    // ---- accumulator as the right operand of an operation that does not commute ----
    /// r[dst] = r[lhs] -wrap acc (i32)
    I32SubRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] -wrap acc (i32)
    I32SubRevAR { lhs: Reg },
    /// r[dst] = r[lhs] -wrap acc (i64)
    I64SubRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] -wrap acc (i64)
    I64SubRevAR { lhs: Reg },
    /// r[dst] = r[lhs] - acc (f32)
    F32SubRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] - acc (f32)
    F32SubRevAR { lhs: Reg },
    /// r[dst] = r[lhs] - acc (f64)
    F64SubRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] - acc (f64)
    F64SubRevAR { lhs: Reg },
    /// r[dst] = r[lhs] / acc (f32)
    F32DivRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] / acc (f32)
    F32DivRevAR { lhs: Reg },
    /// r[dst] = r[lhs] / acc (f64)
    F64DivRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] / acc (f64)
    F64DivRevAR { lhs: Reg },
    /// r[dst] = r[lhs] << (acc & 31)
    I32ShlRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] << (acc & 31)
    I32ShlRevAR { lhs: Reg },
    /// r[dst] = r[lhs] >>s (acc & 31)
    I32ShrSRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] >>s (acc & 31)
    I32ShrSRevAR { lhs: Reg },
    /// r[dst] = r[lhs] >>u (acc & 31)
    I32ShrURevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] >>u (acc & 31)
    I32ShrURevAR { lhs: Reg },
    /// r[dst] = r[lhs] << (acc & 63)
    I64ShlRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] << (acc & 63)
    I64ShlRevAR { lhs: Reg },
    /// r[dst] = r[lhs] >>s (acc & 63)
    I64ShrSRevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] >>s (acc & 63)
    I64ShrSRevAR { lhs: Reg },
    /// r[dst] = r[lhs] >>u (acc & 63)
    I64ShrURevA { dst: Reg, lhs: Reg },
    /// acc = r[lhs] >>u (acc & 63)
    I64ShrURevAR { lhs: Reg },
}

impl Op {
    /// Which accumulators this instruction writes (see `exec::ops`): the integer one, the f32
    /// one, the f64 one, or — for full-width loads, which serve float loads too — two of them.
    pub fn acc_results(&self) -> AccSet {
        use Op::*;
        match self {
            Select { .. }
            | GlobalGet { .. }
            | I32Load8S { .. }
            | I32Load8U { .. }
            | I32Load16S { .. }
            | I32Load16U { .. }
            | I64Load8S { .. }
            | I64Load16S { .. }
            | I64Load32S { .. }
            | MemorySize { .. }
            | MemoryGrow { .. }
            | TableGet { .. }
            | TableSize { .. }
            | TableGrow { .. }
            | RefFunc { .. }
            | I32Eqz { .. }
            | I32Eq { .. }
            | I32Ne { .. }
            | I32LtS { .. }
            | I32LtU { .. }
            | I32GtS { .. }
            | I32GtU { .. }
            | I32LeS { .. }
            | I32LeU { .. }
            | I32GeS { .. }
            | I32GeU { .. }
            | I32EqImm { .. }
            | I32NeImm { .. }
            | I32LtSImm { .. }
            | I32LtUImm { .. }
            | I32GtSImm { .. }
            | I32GtUImm { .. }
            | I32LeSImm { .. }
            | I32LeUImm { .. }
            | I32GeSImm { .. }
            | I32GeUImm { .. }
            | I32Clz { .. }
            | I32Ctz { .. }
            | I32Popcnt { .. }
            | I32Add { .. }
            | I32Sub { .. }
            | I32Mul { .. }
            | I32DivS { .. }
            | I32DivU { .. }
            | I32RemS { .. }
            | I32RemU { .. }
            | I32And { .. }
            | I32Or { .. }
            | I32Xor { .. }
            | I32Shl { .. }
            | I32ShrS { .. }
            | I32ShrU { .. }
            | I32Rotl { .. }
            | I32Rotr { .. }
            | I32AddImm { .. }
            | I32RSubImm { .. }
            | I32MulImm { .. }
            | I32AndImm { .. }
            | I32OrImm { .. }
            | I32XorImm { .. }
            | I32ShlImm { .. }
            | I32ShrSImm { .. }
            | I32ShrUImm { .. }
            | I64Eqz { .. }
            | I64Eq { .. }
            | I64Ne { .. }
            | I64LtS { .. }
            | I64LtU { .. }
            | I64GtS { .. }
            | I64GtU { .. }
            | I64LeS { .. }
            | I64LeU { .. }
            | I64GeS { .. }
            | I64GeU { .. }
            | I64Clz { .. }
            | I64Ctz { .. }
            | I64Popcnt { .. }
            | I64Add { .. }
            | I64Sub { .. }
            | I64Mul { .. }
            | I64DivS { .. }
            | I64DivU { .. }
            | I64RemS { .. }
            | I64RemU { .. }
            | I64And { .. }
            | I64Or { .. }
            | I64Xor { .. }
            | I64Shl { .. }
            | I64ShrS { .. }
            | I64ShrU { .. }
            | I64Rotl { .. }
            | I64Rotr { .. }
            | I64AddImm { .. }
            | I64RSubImm { .. }
            | I64AndImm { .. }
            | I64ShlImm { .. }
            | I64ShrSImm { .. }
            | I64ShrUImm { .. }
            | F32Eq { .. }
            | F32Ne { .. }
            | F32Lt { .. }
            | F32Gt { .. }
            | F32Le { .. }
            | F32Ge { .. }
            | F64Eq { .. }
            | F64Ne { .. }
            | F64Lt { .. }
            | F64Gt { .. }
            | F64Le { .. }
            | F64Ge { .. }
            | I32WrapI64 { .. }
            | I32TruncF32S { .. }
            | I32TruncF32U { .. }
            | I32TruncF64S { .. }
            | I32TruncF64U { .. }
            | I64ExtendI32S { .. }
            | I64ExtendI32U { .. }
            | I64TruncF32S { .. }
            | I64TruncF32U { .. }
            | I64TruncF64S { .. }
            | I64TruncF64U { .. }
            | I32Extend8S { .. }
            | I32Extend16S { .. }
            | I64Extend8S { .. }
            | I64Extend16S { .. }
            | I64Extend32S { .. }
            | I32TruncSatF32S { .. }
            | I32TruncSatF32U { .. }
            | I32TruncSatF64S { .. }
            | I32TruncSatF64U { .. }
            | I64TruncSatF32S { .. }
            | I64TruncSatF32U { .. }
            | I64TruncSatF64S { .. }
            | I64TruncSatF64U { .. }
            | I64EqImm { .. }
            | I64EqImmA { .. }
            | I64NeImm { .. }
            | I64NeImmA { .. }
            | I64LtSImm { .. }
            | I64LtSImmA { .. }
            | I64LtUImm { .. }
            | I64LtUImmA { .. }
            | I64GtSImm { .. }
            | I64GtSImmA { .. }
            | I64GtUImm { .. }
            | I64GtUImmA { .. }
            | I64LeSImm { .. }
            | I64LeSImmA { .. }
            | I64LeUImm { .. }
            | I64LeUImmA { .. }
            | I64GeSImm { .. }
            | I64GeSImmA { .. }
            | I64GeUImm { .. }
            | I64GeUImmA { .. }
            | F32EqImm { .. }
            | F32EqImmA { .. }
            | F32NeImm { .. }
            | F32NeImmA { .. }
            | F32LtImm { .. }
            | F32LtImmA { .. }
            | F32GtImm { .. }
            | F32GtImmA { .. }
            | F32LeImm { .. }
            | F32LeImmA { .. }
            | F32GeImm { .. }
            | F32GeImmA { .. }
            | I32Load8UAddA { .. }
            | I32Load8SAddA { .. }
            | I32MulAddImm { .. }
            | I32MulAddImmR { .. }
            | I32MulAddImmA { .. }
            | I32MulAddImmAR { .. }
            | I64MulAddImm { .. }
            | I64MulAddImmR { .. }
            | I64MulAddImmA { .. }
            | I64MulAddImmAR { .. }
            | I32AddImmDup { .. }
            | I32AddAddImm { .. }
            | I32AddAddImmR { .. }
            | I32AddAddImmA { .. }
            | I32AddAddImmAR { .. }
            | I32AddShl { .. }
            | I32XorShl { .. }
            | I32XorShrU { .. }
            | I64XorShl { .. }
            | I64XorShrU { .. }
            | I32AddShlR { .. }
            | I32XorShlR { .. }
            | I32XorShrUR { .. }
            | I64XorShlR { .. }
            | I64XorShrUR { .. }
            | I32AddShlA { .. }
            | I32XorShlA { .. }
            | I32XorShrUA { .. }
            | I64XorShlA { .. }
            | I64XorShrUA { .. }
            | I32XorShrUSelf { .. }
            | I32XorShlSelf { .. }
            | I64XorShrUSelf { .. }
            | I64XorShlSelf { .. }
            | I32AddShlAR { .. }
            | I32XorShlAR { .. }
            | I32XorShrUAR { .. }
            | I64XorShlAR { .. }
            | I64XorShrUAR { .. }
            | I32MulAdd { .. }
            | I32MulAddR { .. }
            | I32MulAddA { .. }
            | I32MulAddAR { .. }
            | I64MulAdd { .. }
            | I64MulAddR { .. }
            | I64MulAddA { .. }
            | I64MulAddAR { .. }
            | I32Load8UAddImm { .. }
            | I32Load8UAddImmR { .. }
            | I32Load8UAdd { .. }
            | I32Load8UAddR { .. }
            | I32Load8SAddImm { .. }
            | I32Load8SAddImmR { .. }
            | I32Load8SAdd { .. }
            | I32Load8SAddR { .. }
            | I32Load8UAddImmA { .. }
            | I32Load8SAddImmA { .. }
            | I32EqA { .. }
            | I32NeA { .. }
            | I32LtSA { .. }
            | I32LtUA { .. }
            | I32GtSA { .. }
            | I32GtUA { .. }
            | I32LeSA { .. }
            | I32LeUA { .. }
            | I32GeSA { .. }
            | I32GeUA { .. }
            | I32AddA { .. }
            | I32SubA { .. }
            | I32MulA { .. }
            | I32AndA { .. }
            | I32OrA { .. }
            | I32XorA { .. }
            | I32ShlA { .. }
            | I32ShrSA { .. }
            | I32ShrUA { .. }
            | I64EqA { .. }
            | I64NeA { .. }
            | I64LtSA { .. }
            | I64LtUA { .. }
            | I64GtSA { .. }
            | I64GtUA { .. }
            | I64LeSA { .. }
            | I64LeUA { .. }
            | I64GeSA { .. }
            | I64GeUA { .. }
            | I64AddA { .. }
            | I64SubA { .. }
            | I64MulA { .. }
            | I64AndA { .. }
            | I64OrA { .. }
            | I64XorA { .. }
            | I64ShlA { .. }
            | I64ShrSA { .. }
            | I64ShrUA { .. }
            | F32LtA { .. }
            | F32GtA { .. }
            | F32LeA { .. }
            | F32GeA { .. }
            | F32EqA { .. }
            | F32NeA { .. }
            | F64LtA { .. }
            | F64GtA { .. }
            | F64LeA { .. }
            | F64GeA { .. }
            | F64EqA { .. }
            | F64NeA { .. }
            | I32EqImmA { .. }
            | I32NeImmA { .. }
            | I32LtSImmA { .. }
            | I32LtUImmA { .. }
            | I32GtSImmA { .. }
            | I32GtUImmA { .. }
            | I32LeSImmA { .. }
            | I32LeUImmA { .. }
            | I32GeSImmA { .. }
            | I32GeUImmA { .. }
            | I32AddImmA { .. }
            | I32RSubImmA { .. }
            | I32MulImmA { .. }
            | I32AndImmA { .. }
            | I32OrImmA { .. }
            | I32XorImmA { .. }
            | I32ShlImmA { .. }
            | I32ShrSImmA { .. }
            | I32ShrUImmA { .. }
            | I64AddImmA { .. }
            | I64RSubImmA { .. }
            | I64AndImmA { .. }
            | I64ShlImmA { .. }
            | I64ShrSImmA { .. }
            | I64ShrUImmA { .. }
            | I32EqzA { .. }
            | I64EqzA { .. }
            | I32WrapI64A { .. }
            | I64ExtendI32SA { .. }
            | I64ExtendI32UA { .. }
            | I32Extend8SA { .. }
            | I32Extend16SA { .. }
            | I32Load8SA { .. }
            | I32Load8UA { .. }
            | I32Load16SA { .. }
            | I32Load16UA { .. }
            | I64Load8SA { .. }
            | I64Load16SA { .. }
            | I64Load32SA { .. }
            | I32AddImmBrIfEq { .. }
            | I32AddImmBrIfEqImm { .. }
            | I32AddBrIfEq { .. }
            | I32AddImmBrIfNe { .. }
            | I32AddImmBrIfNeImm { .. }
            | I32AddBrIfNe { .. }
            | I32AddImmBrIfLtS { .. }
            | I32AddImmBrIfLtSImm { .. }
            | I32AddBrIfLtS { .. }
            | I32AddImmBrIfLtU { .. }
            | I32AddImmBrIfLtUImm { .. }
            | I32AddBrIfLtU { .. }
            | I32AddImmBrIfGtS { .. }
            | I32AddImmBrIfGtSImm { .. }
            | I32AddBrIfGtS { .. }
            | I32AddImmBrIfGtU { .. }
            | I32AddImmBrIfGtUImm { .. }
            | I32AddBrIfGtU { .. }
            | I32AddImmBrIfLeS { .. }
            | I32AddImmBrIfLeSImm { .. }
            | I32AddBrIfLeS { .. }
            | I32AddImmBrIfLeU { .. }
            | I32AddImmBrIfLeUImm { .. }
            | I32AddBrIfLeU { .. }
            | I32AddImmBrIfGeS { .. }
            | I32AddImmBrIfGeSImm { .. }
            | I32AddBrIfGeS { .. }
            | I32AddImmBrIfGeU { .. }
            | I32AddImmBrIfGeUImm { .. }
            | I32AddBrIfGeU { .. }
            | I32AddImmBrIfNez { .. }
            | I32AddImmBrIfEqz { .. }
            | SelectA { .. }
            | I32SubRevA { .. }
            | I32SubRevAR { .. }
            | I64SubRevA { .. }
            | I64SubRevAR { .. }
            | I32ShlRevA { .. }
            | I32ShlRevAR { .. }
            | I32ShrSRevA { .. }
            | I32ShrSRevAR { .. }
            | I32ShrURevA { .. }
            | I32ShrURevAR { .. }
            | I64ShlRevA { .. }
            | I64ShlRevAR { .. }
            | I64ShrSRevA { .. }
            | I64ShrSRevAR { .. }
            | I64ShrURevA { .. }
            | I64ShrURevAR { .. }
            | SelectConstT { .. }
            | SelectConstTR { .. }
            | SelectConstTA { .. }
            | SelectConstTAR { .. }
            | SelectConstF { .. }
            | SelectConstFR { .. }
            | SelectConstFA { .. }
            | SelectConstFAR { .. }
            | SelectI64 { .. }
            | SelectI64R { .. }
            | SelectI64A { .. }
            | SelectI64AR { .. }
            | SelectAndImm { .. }
            | SelectAndImmR { .. }
            | SelectI64AndImm { .. }
            | SelectI64AndImmR { .. }
            | SelectR { .. }
            | I32Load8SR { .. }
            | I32Load8UR { .. }
            | I32Load16SR { .. }
            | I32Load16UR { .. }
            | I64Load8SR { .. }
            | I64Load16SR { .. }
            | I64Load32SR { .. }
            | I32EqzR { .. }
            | I32EqR { .. }
            | I32NeR { .. }
            | I32LtSR { .. }
            | I32LtUR { .. }
            | I32GtSR { .. }
            | I32GtUR { .. }
            | I32LeSR { .. }
            | I32LeUR { .. }
            | I32GeSR { .. }
            | I32GeUR { .. }
            | I32EqImmR { .. }
            | I32NeImmR { .. }
            | I32LtSImmR { .. }
            | I32LtUImmR { .. }
            | I32GtSImmR { .. }
            | I32GtUImmR { .. }
            | I32LeSImmR { .. }
            | I32LeUImmR { .. }
            | I32GeSImmR { .. }
            | I32GeUImmR { .. }
            | I32ClzR { .. }
            | I32CtzR { .. }
            | I32PopcntR { .. }
            | I32AddR { .. }
            | I32SubR { .. }
            | I32MulR { .. }
            | I32DivSR { .. }
            | I32DivUR { .. }
            | I32RemSR { .. }
            | I32RemUR { .. }
            | I32AndR { .. }
            | I32OrR { .. }
            | I32XorR { .. }
            | I32ShlR { .. }
            | I32ShrSR { .. }
            | I32ShrUR { .. }
            | I32RotlR { .. }
            | I32RotrR { .. }
            | I32AddImmR { .. }
            | I32RSubImmR { .. }
            | I32MulImmR { .. }
            | I32AndImmR { .. }
            | I32OrImmR { .. }
            | I32XorImmR { .. }
            | I32ShlImmR { .. }
            | I32ShrSImmR { .. }
            | I32ShrUImmR { .. }
            | I64EqzR { .. }
            | I64EqR { .. }
            | I64NeR { .. }
            | I64LtSR { .. }
            | I64LtUR { .. }
            | I64GtSR { .. }
            | I64GtUR { .. }
            | I64LeSR { .. }
            | I64LeUR { .. }
            | I64GeSR { .. }
            | I64GeUR { .. }
            | I64ClzR { .. }
            | I64CtzR { .. }
            | I64PopcntR { .. }
            | I64AddR { .. }
            | I64SubR { .. }
            | I64MulR { .. }
            | I64DivSR { .. }
            | I64DivUR { .. }
            | I64RemSR { .. }
            | I64RemUR { .. }
            | I64AndR { .. }
            | I64OrR { .. }
            | I64XorR { .. }
            | I64ShlR { .. }
            | I64ShrSR { .. }
            | I64ShrUR { .. }
            | I64RotlR { .. }
            | I64RotrR { .. }
            | I64AddImmR { .. }
            | I64RSubImmR { .. }
            | I64AndImmR { .. }
            | I64ShlImmR { .. }
            | I64ShrSImmR { .. }
            | I64ShrUImmR { .. }
            | F32EqR { .. }
            | F32NeR { .. }
            | F32LtR { .. }
            | F32GtR { .. }
            | F32LeR { .. }
            | F32GeR { .. }
            | F64EqR { .. }
            | F64NeR { .. }
            | F64LtR { .. }
            | F64GtR { .. }
            | F64LeR { .. }
            | F64GeR { .. }
            | I32WrapI64R { .. }
            | I32TruncF32SR { .. }
            | I32TruncF32UR { .. }
            | I32TruncF64SR { .. }
            | I32TruncF64UR { .. }
            | I64ExtendI32SR { .. }
            | I64ExtendI32UR { .. }
            | I64TruncF32SR { .. }
            | I64TruncF32UR { .. }
            | I64TruncF64SR { .. }
            | I64TruncF64UR { .. }
            | I32Extend8SR { .. }
            | I32Extend16SR { .. }
            | I64Extend8SR { .. }
            | I64Extend16SR { .. }
            | I64Extend32SR { .. }
            | I32TruncSatF32SR { .. }
            | I32TruncSatF32UR { .. }
            | I32TruncSatF64SR { .. }
            | I32TruncSatF64UR { .. }
            | I64TruncSatF32SR { .. }
            | I64TruncSatF32UR { .. }
            | I64TruncSatF64SR { .. }
            | I64TruncSatF64UR { .. }
            | I64EqImmR { .. }
            | I64EqImmAR { .. }
            | I64NeImmR { .. }
            | I64NeImmAR { .. }
            | I64LtSImmR { .. }
            | I64LtSImmAR { .. }
            | I64LtUImmR { .. }
            | I64LtUImmAR { .. }
            | I64GtSImmR { .. }
            | I64GtSImmAR { .. }
            | I64GtUImmR { .. }
            | I64GtUImmAR { .. }
            | I64LeSImmR { .. }
            | I64LeSImmAR { .. }
            | I64LeUImmR { .. }
            | I64LeUImmAR { .. }
            | I64GeSImmR { .. }
            | I64GeSImmAR { .. }
            | I64GeUImmR { .. }
            | I64GeUImmAR { .. }
            | F32EqImmR { .. }
            | F32EqImmAR { .. }
            | F32NeImmR { .. }
            | F32NeImmAR { .. }
            | F32LtImmR { .. }
            | F32LtImmAR { .. }
            | F32GtImmR { .. }
            | F32GtImmAR { .. }
            | F32LeImmR { .. }
            | F32LeImmAR { .. }
            | F32GeImmR { .. }
            | F32GeImmAR { .. }
            | I32Load8UAddAR { .. }
            | I32Load8SAddAR { .. }
            | I32Load8UAddImmAR { .. }
            | I32Load8SAddImmAR { .. }
            | I32EqAR { .. }
            | I32NeAR { .. }
            | I32LtSAR { .. }
            | I32LtUAR { .. }
            | I32GtSAR { .. }
            | I32GtUAR { .. }
            | I32LeSAR { .. }
            | I32LeUAR { .. }
            | I32GeSAR { .. }
            | I32GeUAR { .. }
            | I32AddAR { .. }
            | I32SubAR { .. }
            | I32MulAR { .. }
            | I32AndAR { .. }
            | I32OrAR { .. }
            | I32XorAR { .. }
            | I32ShlAR { .. }
            | I32ShrSAR { .. }
            | I32ShrUAR { .. }
            | I64EqAR { .. }
            | I64NeAR { .. }
            | I64LtSAR { .. }
            | I64LtUAR { .. }
            | I64GtSAR { .. }
            | I64GtUAR { .. }
            | I64LeSAR { .. }
            | I64LeUAR { .. }
            | I64GeSAR { .. }
            | I64GeUAR { .. }
            | I64AddAR { .. }
            | I64SubAR { .. }
            | I64MulAR { .. }
            | I64AndAR { .. }
            | I64OrAR { .. }
            | I64XorAR { .. }
            | I64ShlAR { .. }
            | I64ShrSAR { .. }
            | I64ShrUAR { .. }
            | F32LtAR { .. }
            | F32GtAR { .. }
            | F32LeAR { .. }
            | F32GeAR { .. }
            | F32EqAR { .. }
            | F32NeAR { .. }
            | F64LtAR { .. }
            | F64GtAR { .. }
            | F64LeAR { .. }
            | F64GeAR { .. }
            | F64EqAR { .. }
            | F64NeAR { .. }
            | I32EqImmAR { .. }
            | I32NeImmAR { .. }
            | I32LtSImmAR { .. }
            | I32LtUImmAR { .. }
            | I32GtSImmAR { .. }
            | I32GtUImmAR { .. }
            | I32LeSImmAR { .. }
            | I32LeUImmAR { .. }
            | I32GeSImmAR { .. }
            | I32GeUImmAR { .. }
            | I32AddImmAR { .. }
            | I32RSubImmAR { .. }
            | I32MulImmAR { .. }
            | I32AndImmAR { .. }
            | I32OrImmAR { .. }
            | I32XorImmAR { .. }
            | I32ShlImmAR { .. }
            | I32ShrSImmAR { .. }
            | I32ShrUImmAR { .. }
            | I64AddImmAR { .. }
            | I64RSubImmAR { .. }
            | I64AndImmAR { .. }
            | I64ShlImmAR { .. }
            | I64ShrSImmAR { .. }
            | I64ShrUImmAR { .. }
            | I32EqzAR { .. }
            | I64EqzAR { .. }
            | I32WrapI64AR { .. }
            | I64ExtendI32SAR { .. }
            | I64ExtendI32UAR { .. }
            | I32Extend8SAR { .. }
            | I32Extend16SAR { .. }
            | I32Load8SAR { .. }
            | I32Load8UAR { .. }
            | I32Load16SAR { .. }
            | I32Load16UAR { .. }
            | I64Load8SAR { .. }
            | I64Load16SAR { .. }
            | I64Load32SAR { .. }
            | SelectAR { .. }
            | I64MulImmR { .. }
            | I64MulImmAR { .. }
            | I64OrImmR { .. }
            | I64OrImmAR { .. }
            | I64XorImmR { .. }
            | I64XorImmAR { .. }
            | I64RotlImmR { .. }
            | I64RotlImmAR { .. }
            | I64RotrImmR { .. }
            | I64RotrImmAR { .. }
            | I32RotlImmR { .. }
            | I32RotlImmAR { .. }
            | I32RotrImmR { .. }
            | I32RotrImmAR { .. }
            | I64MulImm { .. }
            | I64MulImmA { .. }
            | I64OrImm { .. }
            | I64OrImmA { .. }
            | I64XorImm { .. }
            | I64XorImmA { .. }
            | I64RotlImm { .. }
            | I64RotlImmA { .. }
            | I64RotrImm { .. }
            | I64RotrImmA { .. }
            | I32RotlImm { .. }
            | I32RotlImmA { .. }
            | I32RotrImm { .. }
            | I32RotrImmA { .. } => AccSet::INT,
            F32Abs { .. }
            | F32Neg { .. }
            | F32Ceil { .. }
            | F32Floor { .. }
            | F32Trunc { .. }
            | F32Nearest { .. }
            | F32Sqrt { .. }
            | F32Add { .. }
            | F32Sub { .. }
            | F32Mul { .. }
            | F32Div { .. }
            | F32Min { .. }
            | F32Max { .. }
            | F32Copysign { .. }
            | F32ConvertI32S { .. }
            | F32ConvertI32U { .. }
            | F32ConvertI64S { .. }
            | F32ConvertI64U { .. }
            | F32DemoteF64 { .. }
            | F32MulAdd { .. }
            | F32MulAddR { .. }
            | F32MulAddA { .. }
            | F32MulAddAR { .. }
            | F32AddA { .. }
            | F32SubA { .. }
            | F32MulA { .. }
            | F32DivA { .. }
            | F32ConvertI32SA { .. }
            | F32DemoteF64A { .. }
            | F32NegA { .. }
            | F32AbsA { .. }
            | F32SqrtA { .. }
            | F32SubRevA { .. }
            | F32SubRevAR { .. }
            | F32DivRevA { .. }
            | F32DivRevAR { .. }
            | F32AbsR { .. }
            | F32NegR { .. }
            | F32CeilR { .. }
            | F32FloorR { .. }
            | F32TruncR { .. }
            | F32NearestR { .. }
            | F32SqrtR { .. }
            | F32AddR { .. }
            | F32SubR { .. }
            | F32MulR { .. }
            | F32DivR { .. }
            | F32MinR { .. }
            | F32MaxR { .. }
            | F32CopysignR { .. }
            | F32ConvertI32SR { .. }
            | F32ConvertI32UR { .. }
            | F32ConvertI64SR { .. }
            | F32ConvertI64UR { .. }
            | F32DemoteF64R { .. }
            | F32AddAR { .. }
            | F32SubAR { .. }
            | F32MulAR { .. }
            | F32DivAR { .. }
            | F32ConvertI32SAR { .. }
            | F32DemoteF64AR { .. }
            | F32NegAR { .. }
            | F32AbsAR { .. }
            | F32SqrtAR { .. } => AccSet::F32,
            F64Abs { .. }
            | F64Neg { .. }
            | F64Ceil { .. }
            | F64Floor { .. }
            | F64Trunc { .. }
            | F64Nearest { .. }
            | F64Sqrt { .. }
            | F64Add { .. }
            | F64Sub { .. }
            | F64Mul { .. }
            | F64Div { .. }
            | F64Min { .. }
            | F64Max { .. }
            | F64Copysign { .. }
            | F64ConvertI32S { .. }
            | F64ConvertI32U { .. }
            | F64ConvertI64S { .. }
            | F64ConvertI64U { .. }
            | F64PromoteF32 { .. }
            | F64MulAdd { .. }
            | F64MulAddR { .. }
            | F64MulAddA { .. }
            | F64MulAddAR { .. }
            | F64AddA { .. }
            | F64SubA { .. }
            | F64MulA { .. }
            | F64DivA { .. }
            | F64ConvertI32SA { .. }
            | F64ConvertI32UA { .. }
            | F64PromoteF32A { .. }
            | F64NegA { .. }
            | F64AbsA { .. }
            | F64SqrtA { .. }
            | F64SubRevA { .. }
            | F64SubRevAR { .. }
            | F64DivRevA { .. }
            | F64DivRevAR { .. }
            | F64AbsR { .. }
            | F64NegR { .. }
            | F64CeilR { .. }
            | F64FloorR { .. }
            | F64TruncR { .. }
            | F64NearestR { .. }
            | F64SqrtR { .. }
            | F64AddR { .. }
            | F64SubR { .. }
            | F64MulR { .. }
            | F64DivR { .. }
            | F64MinR { .. }
            | F64MaxR { .. }
            | F64CopysignR { .. }
            | F64ConvertI32SR { .. }
            | F64ConvertI32UR { .. }
            | F64ConvertI64SR { .. }
            | F64ConvertI64UR { .. }
            | F64PromoteF32R { .. }
            | F64AddAR { .. }
            | F64SubAR { .. }
            | F64MulAR { .. }
            | F64DivAR { .. }
            | F64ConvertI32SAR { .. }
            | F64ConvertI32UAR { .. }
            | F64PromoteF32AR { .. }
            | F64NegAR { .. }
            | F64AbsAR { .. }
            | F64SqrtAR { .. } => AccSet::F64,
            I32Load { .. }
            | I32LoadAddA { .. }
            | I32LoadAddImmA { .. }
            | I32LoadAddImm { .. }
            | I32LoadAddImmR { .. }
            | I32LoadAdd { .. }
            | I32LoadAddR { .. }
            | I32LoadIdxImm { .. }
            | I32LoadIdxImmR { .. }
            | I32LoadIdxImmA { .. }
            | I32LoadIdxImmAR { .. }
            | I32LoadIdx { .. }
            | I32LoadIdxR { .. }
            | I32LoadIdxA { .. }
            | I32LoadIdxAR { .. }
            | I32LoadA { .. }
            | I32LoadR { .. }
            | I32LoadAddAR { .. }
            | I32LoadAddImmAR { .. }
            | I32LoadAR { .. } => AccSet::INT_F32,
            I64Load { .. }
            | I64LoadAddA { .. }
            | I64LoadAddImm { .. }
            | I64LoadAddImmR { .. }
            | I64LoadAdd { .. }
            | I64LoadAddR { .. }
            | I64LoadIdxImm { .. }
            | I64LoadIdxImmR { .. }
            | I64LoadIdxImmA { .. }
            | I64LoadIdxImmAR { .. }
            | I64LoadIdx { .. }
            | I64LoadIdxR { .. }
            | I64LoadIdxA { .. }
            | I64LoadIdxAR { .. }
            | I64LoadAddImmA { .. }
            | I64LoadA { .. }
            | I64LoadR { .. }
            | I64LoadAddAR { .. }
            | I64LoadAddImmAR { .. }
            | I64LoadAR { .. } => AccSet::INT_F64,
            _ => AccSet::NONE,
        }
    }

    /// The accumulator this instruction reads an operand from, if any.
    pub fn acc_read(&self) -> Option<AccKind> {
        use Op::*;
        match self {
            BrTableA { .. }
            | Store8ImmA { .. }
            | Store16ImmA { .. }
            | Store32ImmA { .. }
            | Store64ImmA { .. }
            | I64EqImmA { .. }
            | I64NeImmA { .. }
            | I64LtSImmA { .. }
            | I64LtUImmA { .. }
            | I64GtSImmA { .. }
            | I64GtUImmA { .. }
            | I64LeSImmA { .. }
            | I64LeUImmA { .. }
            | I64GeSImmA { .. }
            | I64GeUImmA { .. }
            | I32LoadAddA { .. }
            | I64LoadAddA { .. }
            | I32Load8UAddA { .. }
            | I32Load8SAddA { .. }
            | I32LoadAddImmA { .. }
            | I32MulAddImmA { .. }
            | I32MulAddImmAR { .. }
            | I64MulAddImmA { .. }
            | I64MulAddImmAR { .. }
            | I32AddAddImmA { .. }
            | I32AddAddImmAR { .. }
            | I32AddShlA { .. }
            | I32XorShlA { .. }
            | I32XorShrUA { .. }
            | I64XorShlA { .. }
            | I64XorShrUA { .. }
            | I32XorShrUSelf { .. }
            | I32XorShlSelf { .. }
            | I64XorShrUSelf { .. }
            | I64XorShlSelf { .. }
            | I32AddShlAR { .. }
            | I32XorShlAR { .. }
            | I32XorShrUAR { .. }
            | I64XorShlAR { .. }
            | I64XorShrUAR { .. }
            | I32MulAddA { .. }
            | I32MulAddAR { .. }
            | I64MulAddA { .. }
            | I64MulAddAR { .. }
            | I32LoadIdxImmA { .. }
            | I32LoadIdxImmAR { .. }
            | I32LoadIdxA { .. }
            | I32LoadIdxAR { .. }
            | I64LoadIdxImmA { .. }
            | I64LoadIdxImmAR { .. }
            | I64LoadIdxA { .. }
            | I64LoadIdxAR { .. }
            | I64LoadAddImmA { .. }
            | I32Load8UAddImmA { .. }
            | I32Load8SAddImmA { .. }
            | I32EqA { .. }
            | I32NeA { .. }
            | I32LtSA { .. }
            | I32LtUA { .. }
            | I32GtSA { .. }
            | I32GtUA { .. }
            | I32LeSA { .. }
            | I32LeUA { .. }
            | I32GeSA { .. }
            | I32GeUA { .. }
            | I32AddA { .. }
            | I32SubA { .. }
            | I32MulA { .. }
            | I32AndA { .. }
            | I32OrA { .. }
            | I32XorA { .. }
            | I32ShlA { .. }
            | I32ShrSA { .. }
            | I32ShrUA { .. }
            | I64EqA { .. }
            | I64NeA { .. }
            | I64LtSA { .. }
            | I64LtUA { .. }
            | I64GtSA { .. }
            | I64GtUA { .. }
            | I64LeSA { .. }
            | I64LeUA { .. }
            | I64GeSA { .. }
            | I64GeUA { .. }
            | I64AddA { .. }
            | I64SubA { .. }
            | I64MulA { .. }
            | I64AndA { .. }
            | I64OrA { .. }
            | I64XorA { .. }
            | I64ShlA { .. }
            | I64ShrSA { .. }
            | I64ShrUA { .. }
            | I32EqImmA { .. }
            | I32NeImmA { .. }
            | I32LtSImmA { .. }
            | I32LtUImmA { .. }
            | I32GtSImmA { .. }
            | I32GtUImmA { .. }
            | I32LeSImmA { .. }
            | I32LeUImmA { .. }
            | I32GeSImmA { .. }
            | I32GeUImmA { .. }
            | I32AddImmA { .. }
            | I32RSubImmA { .. }
            | I32MulImmA { .. }
            | I32AndImmA { .. }
            | I32OrImmA { .. }
            | I32XorImmA { .. }
            | I32ShlImmA { .. }
            | I32ShrSImmA { .. }
            | I32ShrUImmA { .. }
            | I64AddImmA { .. }
            | I64RSubImmA { .. }
            | I64AndImmA { .. }
            | I64ShlImmA { .. }
            | I64ShrSImmA { .. }
            | I64ShrUImmA { .. }
            | I32EqzA { .. }
            | I64EqzA { .. }
            | I32WrapI64A { .. }
            | I64ExtendI32SA { .. }
            | I64ExtendI32UA { .. }
            | F64ConvertI32SA { .. }
            | F64ConvertI32UA { .. }
            | F32ConvertI32SA { .. }
            | I32Extend8SA { .. }
            | I32Extend16SA { .. }
            | I32LoadA { .. }
            | I64LoadA { .. }
            | I32Load8SA { .. }
            | I32Load8UA { .. }
            | I32Load16SA { .. }
            | I32Load16UA { .. }
            | I64Load8SA { .. }
            | I64Load16SA { .. }
            | I64Load32SA { .. }
            | Store8A { .. }
            | Store16A { .. }
            | Store32A { .. }
            | Store64A { .. }
            | BrIfEqzA { .. }
            | BrIfNezA { .. }
            | BrIfI64EqzA { .. }
            | BrIfI64NezA { .. }
            | BrIfI32EqA { .. }
            | BrIfI32EqImmA { .. }
            | BrIfI32NeA { .. }
            | BrIfI32NeImmA { .. }
            | BrIfI32LtSA { .. }
            | BrIfI32LtSImmA { .. }
            | BrIfI32LtUA { .. }
            | BrIfI32LtUImmA { .. }
            | BrIfI32GtSA { .. }
            | BrIfI32GtSImmA { .. }
            | BrIfI32GtUA { .. }
            | BrIfI32GtUImmA { .. }
            | BrIfI32LeSA { .. }
            | BrIfI32LeSImmA { .. }
            | BrIfI32LeUA { .. }
            | BrIfI32LeUImmA { .. }
            | BrIfI32GeSA { .. }
            | BrIfI32GeSImmA { .. }
            | BrIfI32GeUA { .. }
            | BrIfI32GeUImmA { .. }
            | SelectA { .. }
            | I32SubRevA { .. }
            | I32SubRevAR { .. }
            | I64SubRevA { .. }
            | I64SubRevAR { .. }
            | I32ShlRevA { .. }
            | I32ShlRevAR { .. }
            | I32ShrSRevA { .. }
            | I32ShrSRevAR { .. }
            | I32ShrURevA { .. }
            | I32ShrURevAR { .. }
            | I64ShlRevA { .. }
            | I64ShlRevAR { .. }
            | I64ShrSRevA { .. }
            | I64ShrSRevAR { .. }
            | I64ShrURevA { .. }
            | I64ShrURevAR { .. }
            | SelectConstTA { .. }
            | SelectConstTAR { .. }
            | SelectConstFA { .. }
            | SelectConstFAR { .. }
            | SelectI64A { .. }
            | SelectI64AR { .. }
            | I64EqImmAR { .. }
            | I64NeImmAR { .. }
            | I64LtSImmAR { .. }
            | I64LtUImmAR { .. }
            | I64GtSImmAR { .. }
            | I64GtUImmAR { .. }
            | I64LeSImmAR { .. }
            | I64LeUImmAR { .. }
            | I64GeSImmAR { .. }
            | I64GeUImmAR { .. }
            | I32LoadAddAR { .. }
            | I64LoadAddAR { .. }
            | I32Load8UAddAR { .. }
            | I32Load8SAddAR { .. }
            | I32LoadAddImmAR { .. }
            | I64LoadAddImmAR { .. }
            | I32Load8UAddImmAR { .. }
            | I32Load8SAddImmAR { .. }
            | I32EqAR { .. }
            | I32NeAR { .. }
            | I32LtSAR { .. }
            | I32LtUAR { .. }
            | I32GtSAR { .. }
            | I32GtUAR { .. }
            | I32LeSAR { .. }
            | I32LeUAR { .. }
            | I32GeSAR { .. }
            | I32GeUAR { .. }
            | I32AddAR { .. }
            | I32SubAR { .. }
            | I32MulAR { .. }
            | I32AndAR { .. }
            | I32OrAR { .. }
            | I32XorAR { .. }
            | I32ShlAR { .. }
            | I32ShrSAR { .. }
            | I32ShrUAR { .. }
            | I64EqAR { .. }
            | I64NeAR { .. }
            | I64LtSAR { .. }
            | I64LtUAR { .. }
            | I64GtSAR { .. }
            | I64GtUAR { .. }
            | I64LeSAR { .. }
            | I64LeUAR { .. }
            | I64GeSAR { .. }
            | I64GeUAR { .. }
            | I64AddAR { .. }
            | I64SubAR { .. }
            | I64MulAR { .. }
            | I64AndAR { .. }
            | I64OrAR { .. }
            | I64XorAR { .. }
            | I64ShlAR { .. }
            | I64ShrSAR { .. }
            | I64ShrUAR { .. }
            | I32EqImmAR { .. }
            | I32NeImmAR { .. }
            | I32LtSImmAR { .. }
            | I32LtUImmAR { .. }
            | I32GtSImmAR { .. }
            | I32GtUImmAR { .. }
            | I32LeSImmAR { .. }
            | I32LeUImmAR { .. }
            | I32GeSImmAR { .. }
            | I32GeUImmAR { .. }
            | I32AddImmAR { .. }
            | I32RSubImmAR { .. }
            | I32MulImmAR { .. }
            | I32AndImmAR { .. }
            | I32OrImmAR { .. }
            | I32XorImmAR { .. }
            | I32ShlImmAR { .. }
            | I32ShrSImmAR { .. }
            | I32ShrUImmAR { .. }
            | I64AddImmAR { .. }
            | I64RSubImmAR { .. }
            | I64AndImmAR { .. }
            | I64ShlImmAR { .. }
            | I64ShrSImmAR { .. }
            | I64ShrUImmAR { .. }
            | I32EqzAR { .. }
            | I64EqzAR { .. }
            | I32WrapI64AR { .. }
            | I64ExtendI32SAR { .. }
            | I64ExtendI32UAR { .. }
            | F64ConvertI32SAR { .. }
            | F64ConvertI32UAR { .. }
            | F32ConvertI32SAR { .. }
            | I32Extend8SAR { .. }
            | I32Extend16SAR { .. }
            | I32LoadAR { .. }
            | I64LoadAR { .. }
            | I32Load8SAR { .. }
            | I32Load8UAR { .. }
            | I32Load16SAR { .. }
            | I32Load16UAR { .. }
            | I64Load8SAR { .. }
            | I64Load16SAR { .. }
            | I64Load32SAR { .. }
            | SelectAR { .. }
            | I64MulImmAR { .. }
            | I64OrImmAR { .. }
            | I64XorImmAR { .. }
            | I64RotlImmAR { .. }
            | I64RotrImmAR { .. }
            | I32RotlImmAR { .. }
            | I32RotrImmAR { .. }
            | BrIfI64EqA { .. }
            | BrIfI64EqImmA { .. }
            | BrIfI64NeA { .. }
            | BrIfI64NeImmA { .. }
            | BrIfI64LtSA { .. }
            | BrIfI64LtSImmA { .. }
            | BrIfI64LtUA { .. }
            | BrIfI64LtUImmA { .. }
            | BrIfI64GtSA { .. }
            | BrIfI64GtSImmA { .. }
            | BrIfI64GtUA { .. }
            | BrIfI64GtUImmA { .. }
            | BrIfI64LeSA { .. }
            | BrIfI64LeSImmA { .. }
            | BrIfI64LeUA { .. }
            | BrIfI64LeUImmA { .. }
            | BrIfI64GeSA { .. }
            | BrIfI64GeSImmA { .. }
            | BrIfI64GeUA { .. }
            | BrIfI64GeUImmA { .. }
            | I64MulImmA { .. }
            | I64OrImmA { .. }
            | I64XorImmA { .. }
            | I64RotlImmA { .. }
            | I64RotrImmA { .. }
            | I32RotlImmA { .. }
            | I32RotrImmA { .. }
            | GlobalSetA { .. } => Some(AccKind::Int),
            F32EqImmA { .. }
            | F32NeImmA { .. }
            | F32LtImmA { .. }
            | F32GtImmA { .. }
            | F32LeImmA { .. }
            | F32GeImmA { .. }
            | F32MulAddA { .. }
            | F32MulAddAR { .. }
            | F32AddA { .. }
            | F32SubA { .. }
            | F32MulA { .. }
            | F32DivA { .. }
            | F32LtA { .. }
            | F32GtA { .. }
            | F32LeA { .. }
            | F32GeA { .. }
            | F32EqA { .. }
            | F32NeA { .. }
            | F64PromoteF32A { .. }
            | F32NegA { .. }
            | F32AbsA { .. }
            | F32SqrtA { .. }
            | F32SubRevA { .. }
            | F32SubRevAR { .. }
            | F32DivRevA { .. }
            | F32DivRevAR { .. }
            | BrIfF32EqA { .. }
            | BrIfF32EqImmA { .. }
            | BrIfF32NeA { .. }
            | BrIfF32NeImmA { .. }
            | BrIfF32LtA { .. }
            | BrIfF32LtImmA { .. }
            | BrIfF32GtA { .. }
            | BrIfF32GtImmA { .. }
            | BrIfF32LeA { .. }
            | BrIfF32LeImmA { .. }
            | BrIfF32GeA { .. }
            | BrIfF32GeImmA { .. }
            | BrIfF32NotLtA { .. }
            | BrIfF32NotLtImmA { .. }
            | BrIfF32NotGtA { .. }
            | BrIfF32NotGtImmA { .. }
            | BrIfF32NotLeA { .. }
            | BrIfF32NotLeImmA { .. }
            | BrIfF32NotGeA { .. }
            | BrIfF32NotGeImmA { .. }
            | F32EqImmAR { .. }
            | F32NeImmAR { .. }
            | F32LtImmAR { .. }
            | F32GtImmAR { .. }
            | F32LeImmAR { .. }
            | F32GeImmAR { .. }
            | F32AddAR { .. }
            | F32SubAR { .. }
            | F32MulAR { .. }
            | F32DivAR { .. }
            | F32LtAR { .. }
            | F32GtAR { .. }
            | F32LeAR { .. }
            | F32GeAR { .. }
            | F32EqAR { .. }
            | F32NeAR { .. }
            | F64PromoteF32AR { .. }
            | F32NegAR { .. }
            | F32AbsAR { .. }
            | F32SqrtAR { .. } => Some(AccKind::F32),
            F64MulAddA { .. }
            | F64MulAddAR { .. }
            | F64AddA { .. }
            | F64SubA { .. }
            | F64MulA { .. }
            | F64DivA { .. }
            | F64LtA { .. }
            | F64GtA { .. }
            | F64LeA { .. }
            | F64GeA { .. }
            | F64EqA { .. }
            | F64NeA { .. }
            | F32DemoteF64A { .. }
            | F64NegA { .. }
            | F64AbsA { .. }
            | F64SqrtA { .. }
            | F64SubRevA { .. }
            | F64SubRevAR { .. }
            | F64DivRevA { .. }
            | F64DivRevAR { .. }
            | BrIfF64EqA { .. }
            | BrIfF64NeA { .. }
            | BrIfF64LtA { .. }
            | BrIfF64GtA { .. }
            | BrIfF64LeA { .. }
            | BrIfF64GeA { .. }
            | BrIfF64NotLtA { .. }
            | BrIfF64NotGtA { .. }
            | BrIfF64NotLeA { .. }
            | BrIfF64NotGeA { .. }
            | F64AddAR { .. }
            | F64SubAR { .. }
            | F64MulAR { .. }
            | F64DivAR { .. }
            | F64LtAR { .. }
            | F64GtAR { .. }
            | F64LeAR { .. }
            | F64GeAR { .. }
            | F64EqAR { .. }
            | F64NeAR { .. }
            | F32DemoteF64AR { .. }
            | F64NegAR { .. }
            | F64AbsAR { .. }
            | F64SqrtAR { .. } => Some(AccKind::F64),
            _ => None,
        }
    }
    /// The register this instruction reads that its accumulator form (`into_acc_form`) takes
    /// from `acc` instead; `None` if it has no accumulator form.
    pub fn acc_operand(&self) -> Option<Reg> {
        use Op::*;
        match *self {
            I32Eq { lhs, .. } => Some(lhs),
            I32Ne { lhs, .. } => Some(lhs),
            I32LtS { lhs, .. } => Some(lhs),
            I32LtU { lhs, .. } => Some(lhs),
            I32GtS { lhs, .. } => Some(lhs),
            I32GtU { lhs, .. } => Some(lhs),
            I32LeS { lhs, .. } => Some(lhs),
            I32LeU { lhs, .. } => Some(lhs),
            I32GeS { lhs, .. } => Some(lhs),
            I32GeU { lhs, .. } => Some(lhs),
            I32Add { lhs, .. } => Some(lhs),
            I32Sub { lhs, .. } => Some(lhs),
            I32Mul { lhs, .. } => Some(lhs),
            I32And { lhs, .. } => Some(lhs),
            I32Or { lhs, .. } => Some(lhs),
            I32Xor { lhs, .. } => Some(lhs),
            I32Shl { lhs, .. } => Some(lhs),
            I32ShrS { lhs, .. } => Some(lhs),
            I32ShrU { lhs, .. } => Some(lhs),
            I64Eq { lhs, .. } => Some(lhs),
            I64Ne { lhs, .. } => Some(lhs),
            I64LtS { lhs, .. } => Some(lhs),
            I64LtU { lhs, .. } => Some(lhs),
            I64GtS { lhs, .. } => Some(lhs),
            I64GtU { lhs, .. } => Some(lhs),
            I64LeS { lhs, .. } => Some(lhs),
            I64LeU { lhs, .. } => Some(lhs),
            I64GeS { lhs, .. } => Some(lhs),
            I64GeU { lhs, .. } => Some(lhs),
            I64Add { lhs, .. } => Some(lhs),
            I64Sub { lhs, .. } => Some(lhs),
            I64Mul { lhs, .. } => Some(lhs),
            I64And { lhs, .. } => Some(lhs),
            I64Or { lhs, .. } => Some(lhs),
            I64Xor { lhs, .. } => Some(lhs),
            I64Shl { lhs, .. } => Some(lhs),
            I64ShrS { lhs, .. } => Some(lhs),
            I64ShrU { lhs, .. } => Some(lhs),
            F32Add { lhs, .. } => Some(lhs),
            F32Sub { lhs, .. } => Some(lhs),
            F32Mul { lhs, .. } => Some(lhs),
            F32Div { lhs, .. } => Some(lhs),
            F32Lt { lhs, .. } => Some(lhs),
            F32Gt { lhs, .. } => Some(lhs),
            F32Le { lhs, .. } => Some(lhs),
            F32Ge { lhs, .. } => Some(lhs),
            F32Eq { lhs, .. } => Some(lhs),
            F32Ne { lhs, .. } => Some(lhs),
            F64Add { lhs, .. } => Some(lhs),
            F64Sub { lhs, .. } => Some(lhs),
            F64Mul { lhs, .. } => Some(lhs),
            F64Div { lhs, .. } => Some(lhs),
            F64Lt { lhs, .. } => Some(lhs),
            F64Gt { lhs, .. } => Some(lhs),
            F64Le { lhs, .. } => Some(lhs),
            F64Ge { lhs, .. } => Some(lhs),
            F64Eq { lhs, .. } => Some(lhs),
            F64Ne { lhs, .. } => Some(lhs),
            I32EqImm { lhs, .. } => Some(lhs),
            I32NeImm { lhs, .. } => Some(lhs),
            I32LtSImm { lhs, .. } => Some(lhs),
            I32LtUImm { lhs, .. } => Some(lhs),
            I32GtSImm { lhs, .. } => Some(lhs),
            I32GtUImm { lhs, .. } => Some(lhs),
            I32LeSImm { lhs, .. } => Some(lhs),
            I32LeUImm { lhs, .. } => Some(lhs),
            I32GeSImm { lhs, .. } => Some(lhs),
            I32GeUImm { lhs, .. } => Some(lhs),
            I32AddImm { lhs, .. } => Some(lhs),
            I32RSubImm { lhs, .. } => Some(lhs),
            I32MulImm { lhs, .. } => Some(lhs),
            I32AndImm { lhs, .. } => Some(lhs),
            I32OrImm { lhs, .. } => Some(lhs),
            I32XorImm { lhs, .. } => Some(lhs),
            I32ShlImm { lhs, .. } => Some(lhs),
            I32ShrSImm { lhs, .. } => Some(lhs),
            I32ShrUImm { lhs, .. } => Some(lhs),
            I64AddImm { lhs, .. } => Some(lhs),
            I64RSubImm { lhs, .. } => Some(lhs),
            I64AndImm { lhs, .. } => Some(lhs),
            I64ShlImm { lhs, .. } => Some(lhs),
            I64ShrSImm { lhs, .. } => Some(lhs),
            I64ShrUImm { lhs, .. } => Some(lhs),
            I32Eqz { src, .. } => Some(src),
            I64Eqz { src, .. } => Some(src),
            I32WrapI64 { src, .. } => Some(src),
            I64ExtendI32S { src, .. } => Some(src),
            I64ExtendI32U { src, .. } => Some(src),
            F64ConvertI32S { src, .. } => Some(src),
            F64ConvertI32U { src, .. } => Some(src),
            F32ConvertI32S { src, .. } => Some(src),
            F64PromoteF32 { src, .. } => Some(src),
            F32DemoteF64 { src, .. } => Some(src),
            I32Extend8S { src, .. } => Some(src),
            I32Extend16S { src, .. } => Some(src),
            F32Neg { src, .. } => Some(src),
            F64Neg { src, .. } => Some(src),
            F32Abs { src, .. } => Some(src),
            F64Abs { src, .. } => Some(src),
            F64Sqrt { src, .. } => Some(src),
            F32Sqrt { src, .. } => Some(src),
            I32Load { addr, .. } => Some(addr),
            F32EqImm { lhs, .. } => Some(lhs),
            F32NeImm { lhs, .. } => Some(lhs),
            F32LtImm { lhs, .. } => Some(lhs),
            F32GtImm { lhs, .. } => Some(lhs),
            F32LeImm { lhs, .. } => Some(lhs),
            F32GeImm { lhs, .. } => Some(lhs),
            Store8Imm { addr, .. } => Some(addr),
            Store16Imm { addr, .. } => Some(addr),
            Store32Imm { addr, .. } => Some(addr),
            Store64Imm { addr, .. } => Some(addr),
            I64EqImm { lhs, .. } => Some(lhs),
            I64NeImm { lhs, .. } => Some(lhs),
            I64LtSImm { lhs, .. } => Some(lhs),
            I64LtUImm { lhs, .. } => Some(lhs),
            I64GtSImm { lhs, .. } => Some(lhs),
            I64GtUImm { lhs, .. } => Some(lhs),
            I64LeSImm { lhs, .. } => Some(lhs),
            I64LeUImm { lhs, .. } => Some(lhs),
            I64GeSImm { lhs, .. } => Some(lhs),
            I64GeUImm { lhs, .. } => Some(lhs),
            I64Load { addr, .. } => Some(addr),
            I32Load8S { addr, .. } => Some(addr),
            I32Load8U { addr, .. } => Some(addr),
            I32Load16S { addr, .. } => Some(addr),
            I32Load16U { addr, .. } => Some(addr),
            I64Load8S { addr, .. } => Some(addr),
            I64Load16S { addr, .. } => Some(addr),
            I64Load32S { addr, .. } => Some(addr),
            Store8 { src, .. } => Some(src),
            Store16 { src, .. } => Some(src),
            Store32 { src, .. } => Some(src),
            Store64 { src, .. } => Some(src),
            BrIfEqz { cond, .. } => Some(cond),
            BrIfNez { cond, .. } => Some(cond),
            BrIfI64Eqz { cond, .. } => Some(cond),
            BrIfI64Nez { cond, .. } => Some(cond),
            BrIfI32Eq { lhs, .. } => Some(lhs),
            BrIfI32EqImm { lhs, .. } => Some(lhs),
            BrIfI32Ne { lhs, .. } => Some(lhs),
            BrIfI32NeImm { lhs, .. } => Some(lhs),
            BrIfI32LtS { lhs, .. } => Some(lhs),
            BrIfI32LtSImm { lhs, .. } => Some(lhs),
            BrIfI32LtU { lhs, .. } => Some(lhs),
            BrIfI32LtUImm { lhs, .. } => Some(lhs),
            BrIfI32GtS { lhs, .. } => Some(lhs),
            BrIfI32GtSImm { lhs, .. } => Some(lhs),
            BrIfI32GtU { lhs, .. } => Some(lhs),
            BrIfI32GtUImm { lhs, .. } => Some(lhs),
            BrIfI32LeS { lhs, .. } => Some(lhs),
            BrIfI32LeSImm { lhs, .. } => Some(lhs),
            BrIfI32LeU { lhs, .. } => Some(lhs),
            BrIfI32LeUImm { lhs, .. } => Some(lhs),
            BrIfI32GeS { lhs, .. } => Some(lhs),
            BrIfI32GeSImm { lhs, .. } => Some(lhs),
            BrIfI32GeU { lhs, .. } => Some(lhs),
            BrIfI32GeUImm { lhs, .. } => Some(lhs),
            Select { cond, .. } => Some(cond),
            BrTable { index, .. } => Some(index),
            SelectI64 { cond, .. } => Some(cond),
            SelectConstT { cond, .. } => Some(cond),
            SelectConstF { cond, .. } => Some(cond),
            GlobalSet { src, .. } => Some(src),
            BrIfI64Eq { lhs, .. } => Some(lhs),
            BrIfI64EqImm { lhs, .. } => Some(lhs),
            BrIfI64Ne { lhs, .. } => Some(lhs),
            BrIfI64NeImm { lhs, .. } => Some(lhs),
            BrIfI64LtS { lhs, .. } => Some(lhs),
            BrIfI64LtSImm { lhs, .. } => Some(lhs),
            BrIfI64LtU { lhs, .. } => Some(lhs),
            BrIfI64LtUImm { lhs, .. } => Some(lhs),
            BrIfI64GtS { lhs, .. } => Some(lhs),
            BrIfI64GtSImm { lhs, .. } => Some(lhs),
            BrIfI64GtU { lhs, .. } => Some(lhs),
            BrIfI64GtUImm { lhs, .. } => Some(lhs),
            BrIfI64LeS { lhs, .. } => Some(lhs),
            BrIfI64LeSImm { lhs, .. } => Some(lhs),
            BrIfI64LeU { lhs, .. } => Some(lhs),
            BrIfI64LeUImm { lhs, .. } => Some(lhs),
            BrIfI64GeS { lhs, .. } => Some(lhs),
            BrIfI64GeSImm { lhs, .. } => Some(lhs),
            BrIfI64GeU { lhs, .. } => Some(lhs),
            BrIfI64GeUImm { lhs, .. } => Some(lhs),
            I64MulImm { lhs, .. } => Some(lhs),
            I64OrImm { lhs, .. } => Some(lhs),
            I64XorImm { lhs, .. } => Some(lhs),
            I64RotlImm { lhs, .. } => Some(lhs),
            I64RotrImm { lhs, .. } => Some(lhs),
            I32RotlImm { lhs, .. } => Some(lhs),
            I32RotrImm { lhs, .. } => Some(lhs),
            BrIfF32Eq { lhs, .. } => Some(lhs),
            BrIfF32EqImm { lhs, .. } => Some(lhs),
            BrIfF32Ne { lhs, .. } => Some(lhs),
            BrIfF32NeImm { lhs, .. } => Some(lhs),
            BrIfF32Lt { lhs, .. } => Some(lhs),
            BrIfF32LtImm { lhs, .. } => Some(lhs),
            BrIfF32Gt { lhs, .. } => Some(lhs),
            BrIfF32GtImm { lhs, .. } => Some(lhs),
            BrIfF32Le { lhs, .. } => Some(lhs),
            BrIfF32LeImm { lhs, .. } => Some(lhs),
            BrIfF32Ge { lhs, .. } => Some(lhs),
            BrIfF32GeImm { lhs, .. } => Some(lhs),
            BrIfF32NotLt { lhs, .. } => Some(lhs),
            BrIfF32NotLtImm { lhs, .. } => Some(lhs),
            BrIfF32NotGt { lhs, .. } => Some(lhs),
            BrIfF32NotGtImm { lhs, .. } => Some(lhs),
            BrIfF32NotLe { lhs, .. } => Some(lhs),
            BrIfF32NotLeImm { lhs, .. } => Some(lhs),
            BrIfF32NotGe { lhs, .. } => Some(lhs),
            BrIfF32NotGeImm { lhs, .. } => Some(lhs),
            BrIfF64Eq { lhs, .. } => Some(lhs),
            BrIfF64Ne { lhs, .. } => Some(lhs),
            BrIfF64Lt { lhs, .. } => Some(lhs),
            BrIfF64Gt { lhs, .. } => Some(lhs),
            BrIfF64Le { lhs, .. } => Some(lhs),
            BrIfF64Ge { lhs, .. } => Some(lhs),
            BrIfF64NotLt { lhs, .. } => Some(lhs),
            BrIfF64NotGt { lhs, .. } => Some(lhs),
            BrIfF64NotLe { lhs, .. } => Some(lhs),
            BrIfF64NotGe { lhs, .. } => Some(lhs),
            _ => None,
        }
    }

    /// This instruction with its `acc_operand` read from the accumulator.
    pub fn into_acc_form(self) -> Option<Op> {
        use Op::*;
        Some(match self {
            I32Eq { dst, rhs, .. } => I32EqA { dst, rhs },
            I32Ne { dst, rhs, .. } => I32NeA { dst, rhs },
            I32LtS { dst, rhs, .. } => I32LtSA { dst, rhs },
            I32LtU { dst, rhs, .. } => I32LtUA { dst, rhs },
            I32GtS { dst, rhs, .. } => I32GtSA { dst, rhs },
            I32GtU { dst, rhs, .. } => I32GtUA { dst, rhs },
            I32LeS { dst, rhs, .. } => I32LeSA { dst, rhs },
            I32LeU { dst, rhs, .. } => I32LeUA { dst, rhs },
            I32GeS { dst, rhs, .. } => I32GeSA { dst, rhs },
            I32GeU { dst, rhs, .. } => I32GeUA { dst, rhs },
            I32Add { dst, rhs, .. } => I32AddA { dst, rhs },
            I32Sub { dst, rhs, .. } => I32SubA { dst, rhs },
            I32Mul { dst, rhs, .. } => I32MulA { dst, rhs },
            I32And { dst, rhs, .. } => I32AndA { dst, rhs },
            I32Or { dst, rhs, .. } => I32OrA { dst, rhs },
            I32Xor { dst, rhs, .. } => I32XorA { dst, rhs },
            I32Shl { dst, rhs, .. } => I32ShlA { dst, rhs },
            I32ShrS { dst, rhs, .. } => I32ShrSA { dst, rhs },
            I32ShrU { dst, rhs, .. } => I32ShrUA { dst, rhs },
            I64Eq { dst, rhs, .. } => I64EqA { dst, rhs },
            I64Ne { dst, rhs, .. } => I64NeA { dst, rhs },
            I64LtS { dst, rhs, .. } => I64LtSA { dst, rhs },
            I64LtU { dst, rhs, .. } => I64LtUA { dst, rhs },
            I64GtS { dst, rhs, .. } => I64GtSA { dst, rhs },
            I64GtU { dst, rhs, .. } => I64GtUA { dst, rhs },
            I64LeS { dst, rhs, .. } => I64LeSA { dst, rhs },
            I64LeU { dst, rhs, .. } => I64LeUA { dst, rhs },
            I64GeS { dst, rhs, .. } => I64GeSA { dst, rhs },
            I64GeU { dst, rhs, .. } => I64GeUA { dst, rhs },
            I64Add { dst, rhs, .. } => I64AddA { dst, rhs },
            I64Sub { dst, rhs, .. } => I64SubA { dst, rhs },
            I64Mul { dst, rhs, .. } => I64MulA { dst, rhs },
            I64And { dst, rhs, .. } => I64AndA { dst, rhs },
            I64Or { dst, rhs, .. } => I64OrA { dst, rhs },
            I64Xor { dst, rhs, .. } => I64XorA { dst, rhs },
            I64Shl { dst, rhs, .. } => I64ShlA { dst, rhs },
            I64ShrS { dst, rhs, .. } => I64ShrSA { dst, rhs },
            I64ShrU { dst, rhs, .. } => I64ShrUA { dst, rhs },
            F32Add { dst, rhs, .. } => F32AddA { dst, rhs },
            F32Sub { dst, rhs, .. } => F32SubA { dst, rhs },
            F32Mul { dst, rhs, .. } => F32MulA { dst, rhs },
            F32Div { dst, rhs, .. } => F32DivA { dst, rhs },
            F32Lt { dst, rhs, .. } => F32LtA { dst, rhs },
            F32Gt { dst, rhs, .. } => F32GtA { dst, rhs },
            F32Le { dst, rhs, .. } => F32LeA { dst, rhs },
            F32Ge { dst, rhs, .. } => F32GeA { dst, rhs },
            F32Eq { dst, rhs, .. } => F32EqA { dst, rhs },
            F32Ne { dst, rhs, .. } => F32NeA { dst, rhs },
            F64Add { dst, rhs, .. } => F64AddA { dst, rhs },
            F64Sub { dst, rhs, .. } => F64SubA { dst, rhs },
            F64Mul { dst, rhs, .. } => F64MulA { dst, rhs },
            F64Div { dst, rhs, .. } => F64DivA { dst, rhs },
            F64Lt { dst, rhs, .. } => F64LtA { dst, rhs },
            F64Gt { dst, rhs, .. } => F64GtA { dst, rhs },
            F64Le { dst, rhs, .. } => F64LeA { dst, rhs },
            F64Ge { dst, rhs, .. } => F64GeA { dst, rhs },
            F64Eq { dst, rhs, .. } => F64EqA { dst, rhs },
            F64Ne { dst, rhs, .. } => F64NeA { dst, rhs },
            I32EqImm { dst, imm, .. } => I32EqImmA { dst, imm },
            I32NeImm { dst, imm, .. } => I32NeImmA { dst, imm },
            I32LtSImm { dst, imm, .. } => I32LtSImmA { dst, imm },
            I32LtUImm { dst, imm, .. } => I32LtUImmA { dst, imm },
            I32GtSImm { dst, imm, .. } => I32GtSImmA { dst, imm },
            I32GtUImm { dst, imm, .. } => I32GtUImmA { dst, imm },
            I32LeSImm { dst, imm, .. } => I32LeSImmA { dst, imm },
            I32LeUImm { dst, imm, .. } => I32LeUImmA { dst, imm },
            I32GeSImm { dst, imm, .. } => I32GeSImmA { dst, imm },
            I32GeUImm { dst, imm, .. } => I32GeUImmA { dst, imm },
            I32AddImm { dst, imm, .. } => I32AddImmA { dst, imm },
            I32RSubImm { dst, imm, .. } => I32RSubImmA { dst, imm },
            I32MulImm { dst, imm, .. } => I32MulImmA { dst, imm },
            I32AndImm { dst, imm, .. } => I32AndImmA { dst, imm },
            I32OrImm { dst, imm, .. } => I32OrImmA { dst, imm },
            I32XorImm { dst, imm, .. } => I32XorImmA { dst, imm },
            I32ShlImm { dst, imm, .. } => I32ShlImmA { dst, imm },
            I32ShrSImm { dst, imm, .. } => I32ShrSImmA { dst, imm },
            I32ShrUImm { dst, imm, .. } => I32ShrUImmA { dst, imm },
            I64AddImm { dst, imm, .. } => I64AddImmA { dst, imm },
            I64RSubImm { dst, imm, .. } => I64RSubImmA { dst, imm },
            I64AndImm { dst, imm, .. } => I64AndImmA { dst, imm },
            I64ShlImm { dst, imm, .. } => I64ShlImmA { dst, imm },
            I64ShrSImm { dst, imm, .. } => I64ShrSImmA { dst, imm },
            I64ShrUImm { dst, imm, .. } => I64ShrUImmA { dst, imm },
            I32Eqz { dst, .. } => I32EqzA { dst },
            I64Eqz { dst, .. } => I64EqzA { dst },
            I32WrapI64 { dst, .. } => I32WrapI64A { dst },
            I64ExtendI32S { dst, .. } => I64ExtendI32SA { dst },
            I64ExtendI32U { dst, .. } => I64ExtendI32UA { dst },
            F64ConvertI32S { dst, .. } => F64ConvertI32SA { dst },
            F64ConvertI32U { dst, .. } => F64ConvertI32UA { dst },
            F32ConvertI32S { dst, .. } => F32ConvertI32SA { dst },
            F64PromoteF32 { dst, .. } => F64PromoteF32A { dst },
            F32DemoteF64 { dst, .. } => F32DemoteF64A { dst },
            I32Extend8S { dst, .. } => I32Extend8SA { dst },
            I32Extend16S { dst, .. } => I32Extend16SA { dst },
            F32Neg { dst, .. } => F32NegA { dst },
            F64Neg { dst, .. } => F64NegA { dst },
            F32Abs { dst, .. } => F32AbsA { dst },
            F64Abs { dst, .. } => F64AbsA { dst },
            F64Sqrt { dst, .. } => F64SqrtA { dst },
            F32Sqrt { dst, .. } => F32SqrtA { dst },
            I32Load { dst, offset, .. } => I32LoadA { dst, offset },
            F32EqImm { dst, imm, .. } => F32EqImmA { dst, imm },
            F32NeImm { dst, imm, .. } => F32NeImmA { dst, imm },
            F32LtImm { dst, imm, .. } => F32LtImmA { dst, imm },
            F32GtImm { dst, imm, .. } => F32GtImmA { dst, imm },
            F32LeImm { dst, imm, .. } => F32LeImmA { dst, imm },
            F32GeImm { dst, imm, .. } => F32GeImmA { dst, imm },
            Store8Imm { imm, offset, .. } => Store8ImmA { imm, offset },
            Store16Imm { imm, offset, .. } => Store16ImmA { imm, offset },
            Store32Imm { imm, offset, .. } => Store32ImmA { imm, offset },
            Store64Imm { imm, offset, .. } => Store64ImmA { imm, offset },
            I64EqImm { dst, imm, .. } => I64EqImmA { dst, imm },
            I64NeImm { dst, imm, .. } => I64NeImmA { dst, imm },
            I64LtSImm { dst, imm, .. } => I64LtSImmA { dst, imm },
            I64LtUImm { dst, imm, .. } => I64LtUImmA { dst, imm },
            I64GtSImm { dst, imm, .. } => I64GtSImmA { dst, imm },
            I64GtUImm { dst, imm, .. } => I64GtUImmA { dst, imm },
            I64LeSImm { dst, imm, .. } => I64LeSImmA { dst, imm },
            I64LeUImm { dst, imm, .. } => I64LeUImmA { dst, imm },
            I64GeSImm { dst, imm, .. } => I64GeSImmA { dst, imm },
            I64GeUImm { dst, imm, .. } => I64GeUImmA { dst, imm },
            I64Load { dst, offset, .. } => I64LoadA { dst, offset },
            I32Load8S { dst, offset, .. } => I32Load8SA { dst, offset },
            I32Load8U { dst, offset, .. } => I32Load8UA { dst, offset },
            I32Load16S { dst, offset, .. } => I32Load16SA { dst, offset },
            I32Load16U { dst, offset, .. } => I32Load16UA { dst, offset },
            I64Load8S { dst, offset, .. } => I64Load8SA { dst, offset },
            I64Load16S { dst, offset, .. } => I64Load16SA { dst, offset },
            I64Load32S { dst, offset, .. } => I64Load32SA { dst, offset },
            Store8 { addr, offset, .. } => Store8A { addr, offset },
            Store16 { addr, offset, .. } => Store16A { addr, offset },
            Store32 { addr, offset, .. } => Store32A { addr, offset },
            Store64 { addr, offset, .. } => Store64A { addr, offset },
            BrIfEqz { offset, .. } => BrIfEqzA { offset },
            BrIfNez { offset, .. } => BrIfNezA { offset },
            BrIfI64Eqz { offset, .. } => BrIfI64EqzA { offset },
            BrIfI64Nez { offset, .. } => BrIfI64NezA { offset },
            BrIfI32Eq { rhs, offset, .. } => BrIfI32EqA { rhs, offset },
            BrIfI32EqImm { imm, offset, .. } => BrIfI32EqImmA { imm, offset },
            BrIfI32Ne { rhs, offset, .. } => BrIfI32NeA { rhs, offset },
            BrIfI32NeImm { imm, offset, .. } => BrIfI32NeImmA { imm, offset },
            BrIfI32LtS { rhs, offset, .. } => BrIfI32LtSA { rhs, offset },
            BrIfI32LtSImm { imm, offset, .. } => BrIfI32LtSImmA { imm, offset },
            BrIfI32LtU { rhs, offset, .. } => BrIfI32LtUA { rhs, offset },
            BrIfI32LtUImm { imm, offset, .. } => BrIfI32LtUImmA { imm, offset },
            BrIfI32GtS { rhs, offset, .. } => BrIfI32GtSA { rhs, offset },
            BrIfI32GtSImm { imm, offset, .. } => BrIfI32GtSImmA { imm, offset },
            BrIfI32GtU { rhs, offset, .. } => BrIfI32GtUA { rhs, offset },
            BrIfI32GtUImm { imm, offset, .. } => BrIfI32GtUImmA { imm, offset },
            BrIfI32LeS { rhs, offset, .. } => BrIfI32LeSA { rhs, offset },
            BrIfI32LeSImm { imm, offset, .. } => BrIfI32LeSImmA { imm, offset },
            BrIfI32LeU { rhs, offset, .. } => BrIfI32LeUA { rhs, offset },
            BrIfI32LeUImm { imm, offset, .. } => BrIfI32LeUImmA { imm, offset },
            BrIfI32GeS { rhs, offset, .. } => BrIfI32GeSA { rhs, offset },
            BrIfI32GeSImm { imm, offset, .. } => BrIfI32GeSImmA { imm, offset },
            BrIfI32GeU { rhs, offset, .. } => BrIfI32GeUA { rhs, offset },
            BrIfI32GeUImm { imm, offset, .. } => BrIfI32GeUImmA { imm, offset },
            Select { dst, lhs, rhs, .. } => SelectA { dst, lhs, rhs },
            BrTable { len, .. } => BrTableA { len },
            SelectI64 { dst, lhs, rhs, .. } => SelectI64A { dst, lhs, rhs },
            SelectConstT { dst, imm, rhs, .. } => SelectConstTA { dst, imm, rhs },
            SelectConstF { dst, lhs, imm, .. } => SelectConstFA { dst, lhs, imm },
            GlobalSet { global, .. } => GlobalSetA { global },
            BrIfI64Eq { rhs, offset, .. } => BrIfI64EqA { rhs, offset },
            BrIfI64EqImm { imm, offset, .. } => BrIfI64EqImmA { imm, offset },
            BrIfI64Ne { rhs, offset, .. } => BrIfI64NeA { rhs, offset },
            BrIfI64NeImm { imm, offset, .. } => BrIfI64NeImmA { imm, offset },
            BrIfI64LtS { rhs, offset, .. } => BrIfI64LtSA { rhs, offset },
            BrIfI64LtSImm { imm, offset, .. } => BrIfI64LtSImmA { imm, offset },
            BrIfI64LtU { rhs, offset, .. } => BrIfI64LtUA { rhs, offset },
            BrIfI64LtUImm { imm, offset, .. } => BrIfI64LtUImmA { imm, offset },
            BrIfI64GtS { rhs, offset, .. } => BrIfI64GtSA { rhs, offset },
            BrIfI64GtSImm { imm, offset, .. } => BrIfI64GtSImmA { imm, offset },
            BrIfI64GtU { rhs, offset, .. } => BrIfI64GtUA { rhs, offset },
            BrIfI64GtUImm { imm, offset, .. } => BrIfI64GtUImmA { imm, offset },
            BrIfI64LeS { rhs, offset, .. } => BrIfI64LeSA { rhs, offset },
            BrIfI64LeSImm { imm, offset, .. } => BrIfI64LeSImmA { imm, offset },
            BrIfI64LeU { rhs, offset, .. } => BrIfI64LeUA { rhs, offset },
            BrIfI64LeUImm { imm, offset, .. } => BrIfI64LeUImmA { imm, offset },
            BrIfI64GeS { rhs, offset, .. } => BrIfI64GeSA { rhs, offset },
            BrIfI64GeSImm { imm, offset, .. } => BrIfI64GeSImmA { imm, offset },
            BrIfI64GeU { rhs, offset, .. } => BrIfI64GeUA { rhs, offset },
            BrIfI64GeUImm { imm, offset, .. } => BrIfI64GeUImmA { imm, offset },
            I64MulImm { dst, imm, .. } => I64MulImmA { dst, imm },
            I64OrImm { dst, imm, .. } => I64OrImmA { dst, imm },
            I64XorImm { dst, imm, .. } => I64XorImmA { dst, imm },
            I64RotlImm { dst, imm, .. } => I64RotlImmA { dst, imm },
            I64RotrImm { dst, imm, .. } => I64RotrImmA { dst, imm },
            I32RotlImm { dst, imm, .. } => I32RotlImmA { dst, imm },
            I32RotrImm { dst, imm, .. } => I32RotrImmA { dst, imm },
            BrIfF32Eq { rhs, offset, .. } => BrIfF32EqA { rhs, offset },
            BrIfF32EqImm { imm, offset, .. } => BrIfF32EqImmA { imm, offset },
            BrIfF32Ne { rhs, offset, .. } => BrIfF32NeA { rhs, offset },
            BrIfF32NeImm { imm, offset, .. } => BrIfF32NeImmA { imm, offset },
            BrIfF32Lt { rhs, offset, .. } => BrIfF32LtA { rhs, offset },
            BrIfF32LtImm { imm, offset, .. } => BrIfF32LtImmA { imm, offset },
            BrIfF32Gt { rhs, offset, .. } => BrIfF32GtA { rhs, offset },
            BrIfF32GtImm { imm, offset, .. } => BrIfF32GtImmA { imm, offset },
            BrIfF32Le { rhs, offset, .. } => BrIfF32LeA { rhs, offset },
            BrIfF32LeImm { imm, offset, .. } => BrIfF32LeImmA { imm, offset },
            BrIfF32Ge { rhs, offset, .. } => BrIfF32GeA { rhs, offset },
            BrIfF32GeImm { imm, offset, .. } => BrIfF32GeImmA { imm, offset },
            BrIfF32NotLt { rhs, offset, .. } => BrIfF32NotLtA { rhs, offset },
            BrIfF32NotLtImm { imm, offset, .. } => BrIfF32NotLtImmA { imm, offset },
            BrIfF32NotGt { rhs, offset, .. } => BrIfF32NotGtA { rhs, offset },
            BrIfF32NotGtImm { imm, offset, .. } => BrIfF32NotGtImmA { imm, offset },
            BrIfF32NotLe { rhs, offset, .. } => BrIfF32NotLeA { rhs, offset },
            BrIfF32NotLeImm { imm, offset, .. } => BrIfF32NotLeImmA { imm, offset },
            BrIfF32NotGe { rhs, offset, .. } => BrIfF32NotGeA { rhs, offset },
            BrIfF32NotGeImm { imm, offset, .. } => BrIfF32NotGeImmA { imm, offset },
            BrIfF64Eq { rhs, offset, .. } => BrIfF64EqA { rhs, offset },
            BrIfF64Ne { rhs, offset, .. } => BrIfF64NeA { rhs, offset },
            BrIfF64Lt { rhs, offset, .. } => BrIfF64LtA { rhs, offset },
            BrIfF64Gt { rhs, offset, .. } => BrIfF64GtA { rhs, offset },
            BrIfF64Le { rhs, offset, .. } => BrIfF64LeA { rhs, offset },
            BrIfF64Ge { rhs, offset, .. } => BrIfF64GeA { rhs, offset },
            BrIfF64NotLt { rhs, offset, .. } => BrIfF64NotLtA { rhs, offset },
            BrIfF64NotGt { rhs, offset, .. } => BrIfF64NotGtA { rhs, offset },
            BrIfF64NotLe { rhs, offset, .. } => BrIfF64NotLeA { rhs, offset },
            BrIfF64NotGe { rhs, offset, .. } => BrIfF64NotGeA { rhs, offset },
            _ => return None,
        })
    }

    /// Whether this is a conditional branch that writes no register (the `BrIf*` family; the
    /// fused add-and-branch ops, which also write a sum, are not): on its fall-through path
    /// every register keeps its value.
    pub fn is_pure_conditional_branch(&self) -> bool {
        use Op::*;
        matches!(
            self,
            BrIfEqz { .. }
                | BrIfNez { .. }
                | BrIfI64Eqz { .. }
                | BrIfI64Nez { .. }
                | BrIfI32Eq { .. }
                | BrIfI32Ne { .. }
                | BrIfI32LtS { .. }
                | BrIfI32LtU { .. }
                | BrIfI32GtS { .. }
                | BrIfI32GtU { .. }
                | BrIfI32LeS { .. }
                | BrIfI32LeU { .. }
                | BrIfI32GeS { .. }
                | BrIfI32GeU { .. }
                | BrIfI32EqImm { .. }
                | BrIfI32NeImm { .. }
                | BrIfI32LtSImm { .. }
                | BrIfI32LtUImm { .. }
                | BrIfI32GtSImm { .. }
                | BrIfI32GtUImm { .. }
                | BrIfI32LeSImm { .. }
                | BrIfI32LeUImm { .. }
                | BrIfI32GeSImm { .. }
                | BrIfI32GeUImm { .. }
                | BrIfEqzA { .. }
                | BrIfNezA { .. }
                | BrIfI64EqzA { .. }
                | BrIfI64NezA { .. }
                | BrIfI32EqA { .. }
                | BrIfI32EqImmA { .. }
                | BrIfI32NeA { .. }
                | BrIfI32NeImmA { .. }
                | BrIfI32LtSA { .. }
                | BrIfI32LtSImmA { .. }
                | BrIfI32LtUA { .. }
                | BrIfI32LtUImmA { .. }
                | BrIfI32GtSA { .. }
                | BrIfI32GtSImmA { .. }
                | BrIfI32GtUA { .. }
                | BrIfI32GtUImmA { .. }
                | BrIfI32LeSA { .. }
                | BrIfI32LeSImmA { .. }
                | BrIfI32LeUA { .. }
                | BrIfI32LeUImmA { .. }
                | BrIfI32GeSA { .. }
                | BrIfI32GeSImmA { .. }
                | BrIfI32GeUA { .. }
                | BrIfI32GeUImmA { .. }
                | BrIfI64Eq { .. }
                | BrIfI64EqImm { .. }
                | BrIfI64EqA { .. }
                | BrIfI64EqImmA { .. }
                | BrIfI64Ne { .. }
                | BrIfI64NeImm { .. }
                | BrIfI64NeA { .. }
                | BrIfI64NeImmA { .. }
                | BrIfI64LtS { .. }
                | BrIfI64LtSImm { .. }
                | BrIfI64LtSA { .. }
                | BrIfI64LtSImmA { .. }
                | BrIfI64LtU { .. }
                | BrIfI64LtUImm { .. }
                | BrIfI64LtUA { .. }
                | BrIfI64LtUImmA { .. }
                | BrIfI64GtS { .. }
                | BrIfI64GtSImm { .. }
                | BrIfI64GtSA { .. }
                | BrIfI64GtSImmA { .. }
                | BrIfI64GtU { .. }
                | BrIfI64GtUImm { .. }
                | BrIfI64GtUA { .. }
                | BrIfI64GtUImmA { .. }
                | BrIfI64LeS { .. }
                | BrIfI64LeSImm { .. }
                | BrIfI64LeSA { .. }
                | BrIfI64LeSImmA { .. }
                | BrIfI64LeU { .. }
                | BrIfI64LeUImm { .. }
                | BrIfI64LeUA { .. }
                | BrIfI64LeUImmA { .. }
                | BrIfI64GeS { .. }
                | BrIfI64GeSImm { .. }
                | BrIfI64GeSA { .. }
                | BrIfI64GeSImmA { .. }
                | BrIfI64GeU { .. }
                | BrIfI64GeUImm { .. }
                | BrIfI64GeUA { .. }
                | BrIfI64GeUImmA { .. }
                | BrIfF32Eq { .. }
                | BrIfF32EqImm { .. }
                | BrIfF32EqA { .. }
                | BrIfF32EqImmA { .. }
                | BrIfF32Ne { .. }
                | BrIfF32NeImm { .. }
                | BrIfF32NeA { .. }
                | BrIfF32NeImmA { .. }
                | BrIfF32Lt { .. }
                | BrIfF32LtImm { .. }
                | BrIfF32LtA { .. }
                | BrIfF32LtImmA { .. }
                | BrIfF32Gt { .. }
                | BrIfF32GtImm { .. }
                | BrIfF32GtA { .. }
                | BrIfF32GtImmA { .. }
                | BrIfF32Le { .. }
                | BrIfF32LeImm { .. }
                | BrIfF32LeA { .. }
                | BrIfF32LeImmA { .. }
                | BrIfF32Ge { .. }
                | BrIfF32GeImm { .. }
                | BrIfF32GeA { .. }
                | BrIfF32GeImmA { .. }
                | BrIfF32NotLt { .. }
                | BrIfF32NotLtImm { .. }
                | BrIfF32NotLtA { .. }
                | BrIfF32NotLtImmA { .. }
                | BrIfF32NotGt { .. }
                | BrIfF32NotGtImm { .. }
                | BrIfF32NotGtA { .. }
                | BrIfF32NotGtImmA { .. }
                | BrIfF32NotLe { .. }
                | BrIfF32NotLeImm { .. }
                | BrIfF32NotLeA { .. }
                | BrIfF32NotLeImmA { .. }
                | BrIfF32NotGe { .. }
                | BrIfF32NotGeImm { .. }
                | BrIfF32NotGeA { .. }
                | BrIfF32NotGeImmA { .. }
                | BrIfF64Eq { .. }
                | BrIfF64EqA { .. }
                | BrIfF64Ne { .. }
                | BrIfF64NeA { .. }
                | BrIfF64Lt { .. }
                | BrIfF64LtA { .. }
                | BrIfF64Gt { .. }
                | BrIfF64GtA { .. }
                | BrIfF64Le { .. }
                | BrIfF64LeA { .. }
                | BrIfF64Ge { .. }
                | BrIfF64GeA { .. }
                | BrIfF64NotLt { .. }
                | BrIfF64NotLtA { .. }
                | BrIfF64NotGt { .. }
                | BrIfF64NotGtA { .. }
                | BrIfF64NotLe { .. }
                | BrIfF64NotLeA { .. }
                | BrIfF64NotGe { .. }
                | BrIfF64NotGeA { .. }
        )
    }

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
            | I32RSubImm { dst, .. }
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
            | I64RSubImm { dst, .. }
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
            | I64TruncSatF64U { dst, .. }
            | I32EqA { dst, .. }
            | I32NeA { dst, .. }
            | I32LtSA { dst, .. }
            | I32LtUA { dst, .. }
            | I32GtSA { dst, .. }
            | I32GtUA { dst, .. }
            | I32LeSA { dst, .. }
            | I32LeUA { dst, .. }
            | I32GeSA { dst, .. }
            | I32GeUA { dst, .. }
            | I32AddA { dst, .. }
            | I32SubA { dst, .. }
            | I32MulA { dst, .. }
            | I32AndA { dst, .. }
            | I32OrA { dst, .. }
            | I32XorA { dst, .. }
            | I32ShlA { dst, .. }
            | I32ShrSA { dst, .. }
            | I32ShrUA { dst, .. }
            | I64EqA { dst, .. }
            | I64NeA { dst, .. }
            | I64LtSA { dst, .. }
            | I64LtUA { dst, .. }
            | I64GtSA { dst, .. }
            | I64GtUA { dst, .. }
            | I64LeSA { dst, .. }
            | I64LeUA { dst, .. }
            | I64GeSA { dst, .. }
            | I64GeUA { dst, .. }
            | I64AddA { dst, .. }
            | I64SubA { dst, .. }
            | I64MulA { dst, .. }
            | I64AndA { dst, .. }
            | I64OrA { dst, .. }
            | I64XorA { dst, .. }
            | I64ShlA { dst, .. }
            | I64ShrSA { dst, .. }
            | I64ShrUA { dst, .. }
            | F32AddA { dst, .. }
            | F32SubA { dst, .. }
            | F32MulA { dst, .. }
            | F32DivA { dst, .. }
            | F32LtA { dst, .. }
            | F32GtA { dst, .. }
            | F32LeA { dst, .. }
            | F32GeA { dst, .. }
            | F32EqA { dst, .. }
            | F32NeA { dst, .. }
            | F64AddA { dst, .. }
            | F64SubA { dst, .. }
            | F64MulA { dst, .. }
            | F64DivA { dst, .. }
            | F64LtA { dst, .. }
            | F64GtA { dst, .. }
            | F64LeA { dst, .. }
            | F64GeA { dst, .. }
            | F64EqA { dst, .. }
            | F64NeA { dst, .. }
            | I32EqImmA { dst, .. }
            | I32NeImmA { dst, .. }
            | I32LtSImmA { dst, .. }
            | I32LtUImmA { dst, .. }
            | I32GtSImmA { dst, .. }
            | I32GtUImmA { dst, .. }
            | I32LeSImmA { dst, .. }
            | I32LeUImmA { dst, .. }
            | I32GeSImmA { dst, .. }
            | I32GeUImmA { dst, .. }
            | I32AddImmA { dst, .. }
            | I32RSubImmA { dst, .. }
            | I32MulImmA { dst, .. }
            | I32AndImmA { dst, .. }
            | I32OrImmA { dst, .. }
            | I32XorImmA { dst, .. }
            | I32ShlImmA { dst, .. }
            | I32ShrSImmA { dst, .. }
            | I32ShrUImmA { dst, .. }
            | I64AddImmA { dst, .. }
            | I64RSubImmA { dst, .. }
            | I64AndImmA { dst, .. }
            | I64ShlImmA { dst, .. }
            | I64ShrSImmA { dst, .. }
            | I64ShrUImmA { dst, .. }
            | I32EqzA { dst, .. }
            | I64EqzA { dst, .. }
            | I32WrapI64A { dst, .. }
            | I64ExtendI32SA { dst, .. }
            | I64ExtendI32UA { dst, .. }
            | F64ConvertI32SA { dst, .. }
            | F64ConvertI32UA { dst, .. }
            | F32ConvertI32SA { dst, .. }
            | F64PromoteF32A { dst, .. }
            | F32DemoteF64A { dst, .. }
            | I32Extend8SA { dst, .. }
            | I32Extend16SA { dst, .. }
            | F32NegA { dst, .. }
            | F64NegA { dst, .. }
            | F32AbsA { dst, .. }
            | F64AbsA { dst, .. }
            | F64SqrtA { dst, .. }
            | F32SqrtA { dst, .. }
            | I32LoadA { dst, .. }
            | F32EqImm { dst, .. }
            | F32EqImmA { dst, .. }
            | F32NeImm { dst, .. }
            | F32NeImmA { dst, .. }
            | F32LtImm { dst, .. }
            | F32LtImmA { dst, .. }
            | F32GtImm { dst, .. }
            | F32GtImmA { dst, .. }
            | F32LeImm { dst, .. }
            | F32LeImmA { dst, .. }
            | F32GeImm { dst, .. }
            | F32GeImmA { dst, .. }
            | I64EqImm { dst, .. }
            | I64EqImmA { dst, .. }
            | I64NeImm { dst, .. }
            | I64NeImmA { dst, .. }
            | I64LtSImm { dst, .. }
            | I64LtSImmA { dst, .. }
            | I64LtUImm { dst, .. }
            | I64LtUImmA { dst, .. }
            | I64GtSImm { dst, .. }
            | I64GtSImmA { dst, .. }
            | I64GtUImm { dst, .. }
            | I64GtUImmA { dst, .. }
            | I64LeSImm { dst, .. }
            | I64LeSImmA { dst, .. }
            | I64LeUImm { dst, .. }
            | I64LeUImmA { dst, .. }
            | I64GeSImm { dst, .. }
            | I64GeSImmA { dst, .. }
            | I64GeUImm { dst, .. }
            | I64GeUImmA { dst, .. }
            | I32LoadAddA { dst, .. }
            | I64LoadAddA { dst, .. }
            | I32Load8UAddA { dst, .. }
            | I32Load8SAddA { dst, .. }
            | I32LoadAddImmA { dst, .. }
            | I64LoadAddImmA { dst, .. }
            | I32Load8UAddImmA { dst, .. }
            | I32Load8SAddImmA { dst, .. }
            | I64LoadA { dst, .. }
            | I32Load8SA { dst, .. }
            | I32Load8UA { dst, .. }
            | I32Load16SA { dst, .. }
            | I32Load16UA { dst, .. }
            | I64Load8SA { dst, .. }
            | I64Load16SA { dst, .. }
            | I64Load32SA { dst, .. }
            | I64MulImm { dst, .. }
            | I64MulImmA { dst, .. }
            | I64OrImm { dst, .. }
            | I64OrImmA { dst, .. }
            | I64XorImm { dst, .. }
            | I64XorImmA { dst, .. }
            | I64RotlImm { dst, .. }
            | I64RotlImmA { dst, .. }
            | I64RotrImm { dst, .. }
            | I64RotrImmA { dst, .. }
            | I32RotlImm { dst, .. }
            | I32RotlImmA { dst, .. }
            | I32RotrImm { dst, .. }
            | I32RotrImmA { dst, .. }
            | I32LoadAddImm { dst, .. }
            | I32LoadAdd { dst, .. }
            | I64LoadAddImm { dst, .. }
            | I64LoadAdd { dst, .. }
            | I32Load8UAddImm { dst, .. }
            | I32Load8UAdd { dst, .. }
            | I32Load8SAddImm { dst, .. }
            | I32Load8SAdd { dst, .. }
            | SelectI64 { dst, .. }
            | SelectI64A { dst, .. }
            | SelectConstT { dst, .. }
            | SelectConstTA { dst, .. }
            | SelectConstF { dst, .. }
            | SelectConstFA { dst, .. }
            | I32SubRevA { dst, .. }
            | I64SubRevA { dst, .. }
            | F32SubRevA { dst, .. }
            | F64SubRevA { dst, .. }
            | F32DivRevA { dst, .. }
            | F64DivRevA { dst, .. }
            | I32ShlRevA { dst, .. }
            | I32ShrSRevA { dst, .. }
            | I32ShrURevA { dst, .. }
            | I64ShlRevA { dst, .. }
            | I64ShrSRevA { dst, .. }
            | I64ShrURevA { dst, .. }
            | I32LoadIdxImm { dst, .. }
            | I32LoadIdxImmA { dst, .. }
            | I32LoadIdx { dst, .. }
            | I32LoadIdxA { dst, .. }
            | I64LoadIdxImm { dst, .. }
            | I64LoadIdxImmA { dst, .. }
            | I64LoadIdx { dst, .. }
            | I64LoadIdxA { dst, .. }
            | I32MulAddImm { dst, .. }
            | I32MulAddImmA { dst, .. }
            | I32AddAddImm { dst, .. }
            | I32AddAddImmA { dst, .. }
            | SelectAndImm { dst, .. }
            | SelectI64AndImm { dst, .. }
            | I32AddShl { dst, .. }
            | I32XorShl { dst, .. }
            | I32XorShrU { dst, .. }
            | I64XorShl { dst, .. }
            | I64XorShrU { dst, .. }
            | I32AddShlA { dst, .. }
            | I32XorShlA { dst, .. }
            | I32XorShrUA { dst, .. }
            | I64XorShlA { dst, .. }
            | I64XorShrUA { dst, .. }
            | I32XorShrUSelf { dst, .. }
            | I32XorShlSelf { dst, .. }
            | I64XorShrUSelf { dst, .. }
            | I64XorShlSelf { dst, .. }
            | I32MulAdd { dst, .. }
            | I32MulAddA { dst, .. }
            | I64MulAdd { dst, .. }
            | I64MulAddA { dst, .. }
            | F32MulAdd { dst, .. }
            | F32MulAddA { dst, .. }
            | F64MulAdd { dst, .. }
            | F64MulAddA { dst, .. }
            | I64MulAddImm { dst, .. }
            | I64MulAddImmA { dst, .. }
            | SelectA { dst, .. } => Some(dst),
            _ => None,
        }
    }
    /// This instruction reading its right operand, register `slot`, from the accumulator (the
    /// `RevA` forms of the ops that do not commute); `None` if it has no such form.
    pub fn into_rev_acc_form(self, slot: Reg) -> Option<Op> {
        use Op::*;
        Some(match self {
            I32Sub { dst, lhs, rhs } if rhs == slot && lhs != slot => I32SubRevA { dst, lhs },
            I64Sub { dst, lhs, rhs } if rhs == slot && lhs != slot => I64SubRevA { dst, lhs },
            F32Sub { dst, lhs, rhs } if rhs == slot && lhs != slot => F32SubRevA { dst, lhs },
            F64Sub { dst, lhs, rhs } if rhs == slot && lhs != slot => F64SubRevA { dst, lhs },
            F32Div { dst, lhs, rhs } if rhs == slot && lhs != slot => F32DivRevA { dst, lhs },
            F64Div { dst, lhs, rhs } if rhs == slot && lhs != slot => F64DivRevA { dst, lhs },
            I32Shl { dst, lhs, rhs } if rhs == slot && lhs != slot => I32ShlRevA { dst, lhs },
            I32ShrS { dst, lhs, rhs } if rhs == slot && lhs != slot => I32ShrSRevA { dst, lhs },
            I32ShrU { dst, lhs, rhs } if rhs == slot && lhs != slot => I32ShrURevA { dst, lhs },
            I64Shl { dst, lhs, rhs } if rhs == slot && lhs != slot => I64ShlRevA { dst, lhs },
            I64ShrS { dst, lhs, rhs } if rhs == slot && lhs != slot => I64ShrSRevA { dst, lhs },
            I64ShrU { dst, lhs, rhs } if rhs == slot && lhs != slot => I64ShrURevA { dst, lhs },
            _ => return None,
        })
    }

    /// This instruction leaving its result only in the accumulator (its `R` form), for a
    /// producer whose result register is a temporary read by nothing but the next instruction.
    pub fn into_acc_result(self) -> Option<Op> {
        use Op::*;
        Some(match self {
            Select { cond, lhs, rhs, .. } => SelectR { cond, lhs, rhs },
            I32Load { addr, offset, .. } => I32LoadR { addr, offset },
            I64Load { addr, offset, .. } => I64LoadR { addr, offset },
            I32Load8S { addr, offset, .. } => I32Load8SR { addr, offset },
            I32Load8U { addr, offset, .. } => I32Load8UR { addr, offset },
            I32Load16S { addr, offset, .. } => I32Load16SR { addr, offset },
            I32Load16U { addr, offset, .. } => I32Load16UR { addr, offset },
            I64Load8S { addr, offset, .. } => I64Load8SR { addr, offset },
            I64Load16S { addr, offset, .. } => I64Load16SR { addr, offset },
            I64Load32S { addr, offset, .. } => I64Load32SR { addr, offset },
            I32Eqz { src, .. } => I32EqzR { src },
            I32Eq { lhs, rhs, .. } => I32EqR { lhs, rhs },
            I32Ne { lhs, rhs, .. } => I32NeR { lhs, rhs },
            I32LtS { lhs, rhs, .. } => I32LtSR { lhs, rhs },
            I32LtU { lhs, rhs, .. } => I32LtUR { lhs, rhs },
            I32GtS { lhs, rhs, .. } => I32GtSR { lhs, rhs },
            I32GtU { lhs, rhs, .. } => I32GtUR { lhs, rhs },
            I32LeS { lhs, rhs, .. } => I32LeSR { lhs, rhs },
            I32LeU { lhs, rhs, .. } => I32LeUR { lhs, rhs },
            I32GeS { lhs, rhs, .. } => I32GeSR { lhs, rhs },
            I32GeU { lhs, rhs, .. } => I32GeUR { lhs, rhs },
            I32EqImm { lhs, imm, .. } => I32EqImmR { lhs, imm },
            I32NeImm { lhs, imm, .. } => I32NeImmR { lhs, imm },
            I32LtSImm { lhs, imm, .. } => I32LtSImmR { lhs, imm },
            I32LtUImm { lhs, imm, .. } => I32LtUImmR { lhs, imm },
            I32GtSImm { lhs, imm, .. } => I32GtSImmR { lhs, imm },
            I32GtUImm { lhs, imm, .. } => I32GtUImmR { lhs, imm },
            I32LeSImm { lhs, imm, .. } => I32LeSImmR { lhs, imm },
            I32LeUImm { lhs, imm, .. } => I32LeUImmR { lhs, imm },
            I32GeSImm { lhs, imm, .. } => I32GeSImmR { lhs, imm },
            I32GeUImm { lhs, imm, .. } => I32GeUImmR { lhs, imm },
            I32Clz { src, .. } => I32ClzR { src },
            I32Ctz { src, .. } => I32CtzR { src },
            I32Popcnt { src, .. } => I32PopcntR { src },
            I32Add { lhs, rhs, .. } => I32AddR { lhs, rhs },
            I32Sub { lhs, rhs, .. } => I32SubR { lhs, rhs },
            I32Mul { lhs, rhs, .. } => I32MulR { lhs, rhs },
            I32DivS { lhs, rhs, .. } => I32DivSR { lhs, rhs },
            I32DivU { lhs, rhs, .. } => I32DivUR { lhs, rhs },
            I32RemS { lhs, rhs, .. } => I32RemSR { lhs, rhs },
            I32RemU { lhs, rhs, .. } => I32RemUR { lhs, rhs },
            I32And { lhs, rhs, .. } => I32AndR { lhs, rhs },
            I32Or { lhs, rhs, .. } => I32OrR { lhs, rhs },
            I32Xor { lhs, rhs, .. } => I32XorR { lhs, rhs },
            I32Shl { lhs, rhs, .. } => I32ShlR { lhs, rhs },
            I32ShrS { lhs, rhs, .. } => I32ShrSR { lhs, rhs },
            I32ShrU { lhs, rhs, .. } => I32ShrUR { lhs, rhs },
            I32Rotl { lhs, rhs, .. } => I32RotlR { lhs, rhs },
            I32Rotr { lhs, rhs, .. } => I32RotrR { lhs, rhs },
            I32AddImm { lhs, imm, .. } => I32AddImmR { lhs, imm },
            I32RSubImm { lhs, imm, .. } => I32RSubImmR { lhs, imm },
            I32MulImm { lhs, imm, .. } => I32MulImmR { lhs, imm },
            I32AndImm { lhs, imm, .. } => I32AndImmR { lhs, imm },
            I32OrImm { lhs, imm, .. } => I32OrImmR { lhs, imm },
            I32XorImm { lhs, imm, .. } => I32XorImmR { lhs, imm },
            I32ShlImm { lhs, imm, .. } => I32ShlImmR { lhs, imm },
            I32ShrSImm { lhs, imm, .. } => I32ShrSImmR { lhs, imm },
            I32ShrUImm { lhs, imm, .. } => I32ShrUImmR { lhs, imm },
            I64Eqz { src, .. } => I64EqzR { src },
            I64Eq { lhs, rhs, .. } => I64EqR { lhs, rhs },
            I64Ne { lhs, rhs, .. } => I64NeR { lhs, rhs },
            I64LtS { lhs, rhs, .. } => I64LtSR { lhs, rhs },
            I64LtU { lhs, rhs, .. } => I64LtUR { lhs, rhs },
            I64GtS { lhs, rhs, .. } => I64GtSR { lhs, rhs },
            I64GtU { lhs, rhs, .. } => I64GtUR { lhs, rhs },
            I64LeS { lhs, rhs, .. } => I64LeSR { lhs, rhs },
            I64LeU { lhs, rhs, .. } => I64LeUR { lhs, rhs },
            I64GeS { lhs, rhs, .. } => I64GeSR { lhs, rhs },
            I64GeU { lhs, rhs, .. } => I64GeUR { lhs, rhs },
            I64Clz { src, .. } => I64ClzR { src },
            I64Ctz { src, .. } => I64CtzR { src },
            I64Popcnt { src, .. } => I64PopcntR { src },
            I64Add { lhs, rhs, .. } => I64AddR { lhs, rhs },
            I64Sub { lhs, rhs, .. } => I64SubR { lhs, rhs },
            I64Mul { lhs, rhs, .. } => I64MulR { lhs, rhs },
            I64DivS { lhs, rhs, .. } => I64DivSR { lhs, rhs },
            I64DivU { lhs, rhs, .. } => I64DivUR { lhs, rhs },
            I64RemS { lhs, rhs, .. } => I64RemSR { lhs, rhs },
            I64RemU { lhs, rhs, .. } => I64RemUR { lhs, rhs },
            I64And { lhs, rhs, .. } => I64AndR { lhs, rhs },
            I64Or { lhs, rhs, .. } => I64OrR { lhs, rhs },
            I64Xor { lhs, rhs, .. } => I64XorR { lhs, rhs },
            I64Shl { lhs, rhs, .. } => I64ShlR { lhs, rhs },
            I64ShrS { lhs, rhs, .. } => I64ShrSR { lhs, rhs },
            I64ShrU { lhs, rhs, .. } => I64ShrUR { lhs, rhs },
            I64Rotl { lhs, rhs, .. } => I64RotlR { lhs, rhs },
            I64Rotr { lhs, rhs, .. } => I64RotrR { lhs, rhs },
            I64AddImm { lhs, imm, .. } => I64AddImmR { lhs, imm },
            I64RSubImm { lhs, imm, .. } => I64RSubImmR { lhs, imm },
            I64AndImm { lhs, imm, .. } => I64AndImmR { lhs, imm },
            I64ShlImm { lhs, imm, .. } => I64ShlImmR { lhs, imm },
            I64ShrSImm { lhs, imm, .. } => I64ShrSImmR { lhs, imm },
            I64ShrUImm { lhs, imm, .. } => I64ShrUImmR { lhs, imm },
            F32Eq { lhs, rhs, .. } => F32EqR { lhs, rhs },
            F32Ne { lhs, rhs, .. } => F32NeR { lhs, rhs },
            F32Lt { lhs, rhs, .. } => F32LtR { lhs, rhs },
            F32Gt { lhs, rhs, .. } => F32GtR { lhs, rhs },
            F32Le { lhs, rhs, .. } => F32LeR { lhs, rhs },
            F32Ge { lhs, rhs, .. } => F32GeR { lhs, rhs },
            F32Abs { src, .. } => F32AbsR { src },
            F32Neg { src, .. } => F32NegR { src },
            F32Ceil { src, .. } => F32CeilR { src },
            F32Floor { src, .. } => F32FloorR { src },
            F32Trunc { src, .. } => F32TruncR { src },
            F32Nearest { src, .. } => F32NearestR { src },
            F32Sqrt { src, .. } => F32SqrtR { src },
            F32Add { lhs, rhs, .. } => F32AddR { lhs, rhs },
            F32Sub { lhs, rhs, .. } => F32SubR { lhs, rhs },
            F32Mul { lhs, rhs, .. } => F32MulR { lhs, rhs },
            F32Div { lhs, rhs, .. } => F32DivR { lhs, rhs },
            F32Min { lhs, rhs, .. } => F32MinR { lhs, rhs },
            F32Max { lhs, rhs, .. } => F32MaxR { lhs, rhs },
            F32Copysign { lhs, rhs, .. } => F32CopysignR { lhs, rhs },
            F64Eq { lhs, rhs, .. } => F64EqR { lhs, rhs },
            F64Ne { lhs, rhs, .. } => F64NeR { lhs, rhs },
            F64Lt { lhs, rhs, .. } => F64LtR { lhs, rhs },
            F64Gt { lhs, rhs, .. } => F64GtR { lhs, rhs },
            F64Le { lhs, rhs, .. } => F64LeR { lhs, rhs },
            F64Ge { lhs, rhs, .. } => F64GeR { lhs, rhs },
            F64Abs { src, .. } => F64AbsR { src },
            F64Neg { src, .. } => F64NegR { src },
            F64Ceil { src, .. } => F64CeilR { src },
            F64Floor { src, .. } => F64FloorR { src },
            F64Trunc { src, .. } => F64TruncR { src },
            F64Nearest { src, .. } => F64NearestR { src },
            F64Sqrt { src, .. } => F64SqrtR { src },
            F64Add { lhs, rhs, .. } => F64AddR { lhs, rhs },
            F64Sub { lhs, rhs, .. } => F64SubR { lhs, rhs },
            F64Mul { lhs, rhs, .. } => F64MulR { lhs, rhs },
            F64Div { lhs, rhs, .. } => F64DivR { lhs, rhs },
            F64Min { lhs, rhs, .. } => F64MinR { lhs, rhs },
            F64Max { lhs, rhs, .. } => F64MaxR { lhs, rhs },
            F64Copysign { lhs, rhs, .. } => F64CopysignR { lhs, rhs },
            I32WrapI64 { src, .. } => I32WrapI64R { src },
            I32TruncF32S { src, .. } => I32TruncF32SR { src },
            I32TruncF32U { src, .. } => I32TruncF32UR { src },
            I32TruncF64S { src, .. } => I32TruncF64SR { src },
            I32TruncF64U { src, .. } => I32TruncF64UR { src },
            I64ExtendI32S { src, .. } => I64ExtendI32SR { src },
            I64ExtendI32U { src, .. } => I64ExtendI32UR { src },
            I64TruncF32S { src, .. } => I64TruncF32SR { src },
            I64TruncF32U { src, .. } => I64TruncF32UR { src },
            I64TruncF64S { src, .. } => I64TruncF64SR { src },
            I64TruncF64U { src, .. } => I64TruncF64UR { src },
            F32ConvertI32S { src, .. } => F32ConvertI32SR { src },
            F32ConvertI32U { src, .. } => F32ConvertI32UR { src },
            F32ConvertI64S { src, .. } => F32ConvertI64SR { src },
            F32ConvertI64U { src, .. } => F32ConvertI64UR { src },
            F32DemoteF64 { src, .. } => F32DemoteF64R { src },
            F64ConvertI32S { src, .. } => F64ConvertI32SR { src },
            F64ConvertI32U { src, .. } => F64ConvertI32UR { src },
            F64ConvertI64S { src, .. } => F64ConvertI64SR { src },
            F64ConvertI64U { src, .. } => F64ConvertI64UR { src },
            F64PromoteF32 { src, .. } => F64PromoteF32R { src },
            I32Extend8S { src, .. } => I32Extend8SR { src },
            I32Extend16S { src, .. } => I32Extend16SR { src },
            I64Extend8S { src, .. } => I64Extend8SR { src },
            I64Extend16S { src, .. } => I64Extend16SR { src },
            I64Extend32S { src, .. } => I64Extend32SR { src },
            I32TruncSatF32S { src, .. } => I32TruncSatF32SR { src },
            I32TruncSatF32U { src, .. } => I32TruncSatF32UR { src },
            I32TruncSatF64S { src, .. } => I32TruncSatF64SR { src },
            I32TruncSatF64U { src, .. } => I32TruncSatF64UR { src },
            I64TruncSatF32S { src, .. } => I64TruncSatF32SR { src },
            I64TruncSatF32U { src, .. } => I64TruncSatF32UR { src },
            I64TruncSatF64S { src, .. } => I64TruncSatF64SR { src },
            I64TruncSatF64U { src, .. } => I64TruncSatF64UR { src },
            I64EqImm { lhs, imm, .. } => I64EqImmR { lhs, imm },
            I64EqImmA { imm, .. } => I64EqImmAR { imm },
            I64NeImm { lhs, imm, .. } => I64NeImmR { lhs, imm },
            I64NeImmA { imm, .. } => I64NeImmAR { imm },
            I64LtSImm { lhs, imm, .. } => I64LtSImmR { lhs, imm },
            I64LtSImmA { imm, .. } => I64LtSImmAR { imm },
            I64LtUImm { lhs, imm, .. } => I64LtUImmR { lhs, imm },
            I64LtUImmA { imm, .. } => I64LtUImmAR { imm },
            I64GtSImm { lhs, imm, .. } => I64GtSImmR { lhs, imm },
            I64GtSImmA { imm, .. } => I64GtSImmAR { imm },
            I64GtUImm { lhs, imm, .. } => I64GtUImmR { lhs, imm },
            I64GtUImmA { imm, .. } => I64GtUImmAR { imm },
            I64LeSImm { lhs, imm, .. } => I64LeSImmR { lhs, imm },
            I64LeSImmA { imm, .. } => I64LeSImmAR { imm },
            I64LeUImm { lhs, imm, .. } => I64LeUImmR { lhs, imm },
            I64LeUImmA { imm, .. } => I64LeUImmAR { imm },
            I64GeSImm { lhs, imm, .. } => I64GeSImmR { lhs, imm },
            I64GeSImmA { imm, .. } => I64GeSImmAR { imm },
            I64GeUImm { lhs, imm, .. } => I64GeUImmR { lhs, imm },
            I64GeUImmA { imm, .. } => I64GeUImmAR { imm },
            F32EqImm { lhs, imm, .. } => F32EqImmR { lhs, imm },
            F32EqImmA { imm, .. } => F32EqImmAR { imm },
            F32NeImm { lhs, imm, .. } => F32NeImmR { lhs, imm },
            F32NeImmA { imm, .. } => F32NeImmAR { imm },
            F32LtImm { lhs, imm, .. } => F32LtImmR { lhs, imm },
            F32LtImmA { imm, .. } => F32LtImmAR { imm },
            F32GtImm { lhs, imm, .. } => F32GtImmR { lhs, imm },
            F32GtImmA { imm, .. } => F32GtImmAR { imm },
            F32LeImm { lhs, imm, .. } => F32LeImmR { lhs, imm },
            F32LeImmA { imm, .. } => F32LeImmAR { imm },
            F32GeImm { lhs, imm, .. } => F32GeImmR { lhs, imm },
            F32GeImmA { imm, .. } => F32GeImmAR { imm },
            I32LoadAddA { base, offset, .. } => I32LoadAddAR { base, offset },
            I64LoadAddA { base, offset, .. } => I64LoadAddAR { base, offset },
            I32Load8UAddA { base, offset, .. } => I32Load8UAddAR { base, offset },
            I32Load8SAddA { base, offset, .. } => I32Load8SAddAR { base, offset },
            I32LoadAddImmA { imm, offset, .. } => I32LoadAddImmAR { imm, offset },
            I64LoadAddImmA { imm, offset, .. } => I64LoadAddImmAR { imm, offset },
            I32Load8UAddImmA { imm, offset, .. } => I32Load8UAddImmAR { imm, offset },
            I32Load8SAddImmA { imm, offset, .. } => I32Load8SAddImmAR { imm, offset },
            I32EqA { rhs, .. } => I32EqAR { rhs },
            I32NeA { rhs, .. } => I32NeAR { rhs },
            I32LtSA { rhs, .. } => I32LtSAR { rhs },
            I32LtUA { rhs, .. } => I32LtUAR { rhs },
            I32GtSA { rhs, .. } => I32GtSAR { rhs },
            I32GtUA { rhs, .. } => I32GtUAR { rhs },
            I32LeSA { rhs, .. } => I32LeSAR { rhs },
            I32LeUA { rhs, .. } => I32LeUAR { rhs },
            I32GeSA { rhs, .. } => I32GeSAR { rhs },
            I32GeUA { rhs, .. } => I32GeUAR { rhs },
            I32AddA { rhs, .. } => I32AddAR { rhs },
            I32SubA { rhs, .. } => I32SubAR { rhs },
            I32MulA { rhs, .. } => I32MulAR { rhs },
            I32AndA { rhs, .. } => I32AndAR { rhs },
            I32OrA { rhs, .. } => I32OrAR { rhs },
            I32XorA { rhs, .. } => I32XorAR { rhs },
            I32ShlA { rhs, .. } => I32ShlAR { rhs },
            I32ShrSA { rhs, .. } => I32ShrSAR { rhs },
            I32ShrUA { rhs, .. } => I32ShrUAR { rhs },
            I64EqA { rhs, .. } => I64EqAR { rhs },
            I64NeA { rhs, .. } => I64NeAR { rhs },
            I64LtSA { rhs, .. } => I64LtSAR { rhs },
            I64LtUA { rhs, .. } => I64LtUAR { rhs },
            I64GtSA { rhs, .. } => I64GtSAR { rhs },
            I64GtUA { rhs, .. } => I64GtUAR { rhs },
            I64LeSA { rhs, .. } => I64LeSAR { rhs },
            I64LeUA { rhs, .. } => I64LeUAR { rhs },
            I64GeSA { rhs, .. } => I64GeSAR { rhs },
            I64GeUA { rhs, .. } => I64GeUAR { rhs },
            I64AddA { rhs, .. } => I64AddAR { rhs },
            I64SubA { rhs, .. } => I64SubAR { rhs },
            I64MulA { rhs, .. } => I64MulAR { rhs },
            I64AndA { rhs, .. } => I64AndAR { rhs },
            I64OrA { rhs, .. } => I64OrAR { rhs },
            I64XorA { rhs, .. } => I64XorAR { rhs },
            I64ShlA { rhs, .. } => I64ShlAR { rhs },
            I64ShrSA { rhs, .. } => I64ShrSAR { rhs },
            I64ShrUA { rhs, .. } => I64ShrUAR { rhs },
            F32AddA { rhs, .. } => F32AddAR { rhs },
            F32SubA { rhs, .. } => F32SubAR { rhs },
            F32MulA { rhs, .. } => F32MulAR { rhs },
            F32DivA { rhs, .. } => F32DivAR { rhs },
            F32LtA { rhs, .. } => F32LtAR { rhs },
            F32GtA { rhs, .. } => F32GtAR { rhs },
            F32LeA { rhs, .. } => F32LeAR { rhs },
            F32GeA { rhs, .. } => F32GeAR { rhs },
            F32EqA { rhs, .. } => F32EqAR { rhs },
            F32NeA { rhs, .. } => F32NeAR { rhs },
            F64AddA { rhs, .. } => F64AddAR { rhs },
            F64SubA { rhs, .. } => F64SubAR { rhs },
            F64MulA { rhs, .. } => F64MulAR { rhs },
            F64DivA { rhs, .. } => F64DivAR { rhs },
            F64LtA { rhs, .. } => F64LtAR { rhs },
            F64GtA { rhs, .. } => F64GtAR { rhs },
            F64LeA { rhs, .. } => F64LeAR { rhs },
            F64GeA { rhs, .. } => F64GeAR { rhs },
            F64EqA { rhs, .. } => F64EqAR { rhs },
            F64NeA { rhs, .. } => F64NeAR { rhs },
            I32EqImmA { imm, .. } => I32EqImmAR { imm },
            I32NeImmA { imm, .. } => I32NeImmAR { imm },
            I32LtSImmA { imm, .. } => I32LtSImmAR { imm },
            I32LtUImmA { imm, .. } => I32LtUImmAR { imm },
            I32GtSImmA { imm, .. } => I32GtSImmAR { imm },
            I32GtUImmA { imm, .. } => I32GtUImmAR { imm },
            I32LeSImmA { imm, .. } => I32LeSImmAR { imm },
            I32LeUImmA { imm, .. } => I32LeUImmAR { imm },
            I32GeSImmA { imm, .. } => I32GeSImmAR { imm },
            I32GeUImmA { imm, .. } => I32GeUImmAR { imm },
            I32AddImmA { imm, .. } => I32AddImmAR { imm },
            I32RSubImmA { imm, .. } => I32RSubImmAR { imm },
            I32MulImmA { imm, .. } => I32MulImmAR { imm },
            I32AndImmA { imm, .. } => I32AndImmAR { imm },
            I32OrImmA { imm, .. } => I32OrImmAR { imm },
            I32XorImmA { imm, .. } => I32XorImmAR { imm },
            I32ShlImmA { imm, .. } => I32ShlImmAR { imm },
            I32ShrSImmA { imm, .. } => I32ShrSImmAR { imm },
            I32ShrUImmA { imm, .. } => I32ShrUImmAR { imm },
            I64AddImmA { imm, .. } => I64AddImmAR { imm },
            I64RSubImmA { imm, .. } => I64RSubImmAR { imm },
            I64AndImmA { imm, .. } => I64AndImmAR { imm },
            I64ShlImmA { imm, .. } => I64ShlImmAR { imm },
            I64ShrSImmA { imm, .. } => I64ShrSImmAR { imm },
            I64ShrUImmA { imm, .. } => I64ShrUImmAR { imm },
            I32EqzA { .. } => I32EqzAR {},
            I64EqzA { .. } => I64EqzAR {},
            I32WrapI64A { .. } => I32WrapI64AR {},
            I64ExtendI32SA { .. } => I64ExtendI32SAR {},
            I64ExtendI32UA { .. } => I64ExtendI32UAR {},
            F64ConvertI32SA { .. } => F64ConvertI32SAR {},
            F64ConvertI32UA { .. } => F64ConvertI32UAR {},
            F32ConvertI32SA { .. } => F32ConvertI32SAR {},
            F64PromoteF32A { .. } => F64PromoteF32AR {},
            F32DemoteF64A { .. } => F32DemoteF64AR {},
            I32Extend8SA { .. } => I32Extend8SAR {},
            I32Extend16SA { .. } => I32Extend16SAR {},
            F32NegA { .. } => F32NegAR {},
            F64NegA { .. } => F64NegAR {},
            F32AbsA { .. } => F32AbsAR {},
            F64AbsA { .. } => F64AbsAR {},
            F64SqrtA { .. } => F64SqrtAR {},
            F32SqrtA { .. } => F32SqrtAR {},
            I32LoadA { offset, .. } => I32LoadAR { offset },
            I64LoadA { offset, .. } => I64LoadAR { offset },
            I32Load8SA { offset, .. } => I32Load8SAR { offset },
            I32Load8UA { offset, .. } => I32Load8UAR { offset },
            I32Load16SA { offset, .. } => I32Load16SAR { offset },
            I32Load16UA { offset, .. } => I32Load16UAR { offset },
            I64Load8SA { offset, .. } => I64Load8SAR { offset },
            I64Load16SA { offset, .. } => I64Load16SAR { offset },
            I64Load32SA { offset, .. } => I64Load32SAR { offset },
            SelectA { lhs, rhs, .. } => SelectAR { lhs, rhs },
            I64MulImm { lhs, imm, .. } => I64MulImmR { lhs, imm },
            I64MulImmA { imm, .. } => I64MulImmAR { imm },
            I64OrImm { lhs, imm, .. } => I64OrImmR { lhs, imm },
            I64OrImmA { imm, .. } => I64OrImmAR { imm },
            I64XorImm { lhs, imm, .. } => I64XorImmR { lhs, imm },
            I64XorImmA { imm, .. } => I64XorImmAR { imm },
            I64RotlImm { lhs, imm, .. } => I64RotlImmR { lhs, imm },
            I64RotlImmA { imm, .. } => I64RotlImmAR { imm },
            I64RotrImm { lhs, imm, .. } => I64RotrImmR { lhs, imm },
            I64RotrImmA { imm, .. } => I64RotrImmAR { imm },
            I32RotlImm { lhs, imm, .. } => I32RotlImmR { lhs, imm },
            I32RotlImmA { imm, .. } => I32RotlImmAR { imm },
            I32RotrImm { lhs, imm, .. } => I32RotrImmR { lhs, imm },
            I32RotrImmA { imm, .. } => I32RotrImmAR { imm },
            I32LoadAddImm { base, imm, offset, .. } => I32LoadAddImmR { base, imm, offset },
            I32LoadAdd { base, index, offset, .. } => I32LoadAddR { base, index, offset },
            I64LoadAddImm { base, imm, offset, .. } => I64LoadAddImmR { base, imm, offset },
            I64LoadAdd { base, index, offset, .. } => I64LoadAddR { base, index, offset },
            I32MulAddImm { lhs, mul, add, .. } => I32MulAddImmR { lhs, mul, add },
            I32AddAddImm { lhs, rhs, imm, .. } => I32AddAddImmR { lhs, rhs, imm },
            I32AddAddImmA { rhs, imm, .. } => I32AddAddImmAR { rhs, imm },
            SelectAndImm { test, imm, lhs, rhs, .. } => SelectAndImmR { test, imm, lhs, rhs },
            SelectI64AndImm { test, imm, lhs, rhs, .. } => SelectI64AndImmR { test, imm, lhs, rhs },
            I32AddShl { base, index, shift, .. } => I32AddShlR { base, index, shift },
            I32XorShl { lhs, rhs, shift, .. } => I32XorShlR { lhs, rhs, shift },
            I32XorShrU { lhs, rhs, shift, .. } => I32XorShrUR { lhs, rhs, shift },
            I64XorShl { lhs, rhs, shift, .. } => I64XorShlR { lhs, rhs, shift },
            I64XorShrU { lhs, rhs, shift, .. } => I64XorShrUR { lhs, rhs, shift },
            I32AddShlA { base, shift, .. } => I32AddShlAR { base, shift },
            I32XorShlA { lhs, shift, .. } => I32XorShlAR { lhs, shift },
            I32XorShrUA { lhs, shift, .. } => I32XorShrUAR { lhs, shift },
            I64XorShlA { lhs, shift, .. } => I64XorShlAR { lhs, shift },
            I64XorShrUA { lhs, shift, .. } => I64XorShrUAR { lhs, shift },
            I32MulAdd { lhs, rhs, add, .. } => I32MulAddR { lhs, rhs, add },
            I32MulAddA { rhs, add, .. } => I32MulAddAR { rhs, add },
            I64MulAdd { lhs, rhs, add, .. } => I64MulAddR { lhs, rhs, add },
            I64MulAddA { rhs, add, .. } => I64MulAddAR { rhs, add },
            F32MulAdd { lhs, rhs, add, .. } => F32MulAddR { lhs, rhs, add },
            F32MulAddA { rhs, add, .. } => F32MulAddAR { rhs, add },
            F64MulAdd { lhs, rhs, add, .. } => F64MulAddR { lhs, rhs, add },
            F64MulAddA { rhs, add, .. } => F64MulAddAR { rhs, add },
            I32MulAddImmA { mul, add, .. } => I32MulAddImmAR { mul, add },
            I64MulAddImm { lhs, mul, add, .. } => I64MulAddImmR { lhs, mul, add },
            I64MulAddImmA { mul, add, .. } => I64MulAddImmAR { mul, add },
            I32LoadIdxImm { index, shift, imm, offset, .. } => I32LoadIdxImmR { index, shift, imm, offset },
            I32LoadIdxImmA { shift, imm, offset, .. } => I32LoadIdxImmAR { shift, imm, offset },
            I32LoadIdx { base, index, shift, offset, .. } => I32LoadIdxR { base, index, shift, offset },
            I32LoadIdxA { base, shift, offset, .. } => I32LoadIdxAR { base, shift, offset },
            I64LoadIdxImm { index, shift, imm, offset, .. } => I64LoadIdxImmR { index, shift, imm, offset },
            I64LoadIdxImmA { shift, imm, offset, .. } => I64LoadIdxImmAR { shift, imm, offset },
            I64LoadIdx { base, index, shift, offset, .. } => I64LoadIdxR { base, index, shift, offset },
            I64LoadIdxA { base, shift, offset, .. } => I64LoadIdxAR { base, shift, offset },
            I32Load8UAddImm { base, imm, offset, .. } => I32Load8UAddImmR { base, imm, offset },
            I32Load8UAdd { base, index, offset, .. } => I32Load8UAddR { base, index, offset },
            I32Load8SAddImm { base, imm, offset, .. } => I32Load8SAddImmR { base, imm, offset },
            I32Load8SAdd { base, index, offset, .. } => I32Load8SAddR { base, index, offset },
            SelectI64 { cond, lhs, rhs, .. } => SelectI64R { cond, lhs, rhs },
            SelectI64A { lhs, rhs, .. } => SelectI64AR { lhs, rhs },
            SelectConstT { cond, imm, rhs, .. } => SelectConstTR { cond, imm, rhs },
            SelectConstTA { imm, rhs, .. } => SelectConstTAR { imm, rhs },
            SelectConstF { cond, lhs, imm, .. } => SelectConstFR { cond, lhs, imm },
            SelectConstFA { lhs, imm, .. } => SelectConstFAR { lhs, imm },
            I32SubRevA { lhs, .. } => I32SubRevAR { lhs },
            I64SubRevA { lhs, .. } => I64SubRevAR { lhs },
            F32SubRevA { lhs, .. } => F32SubRevAR { lhs },
            F64SubRevA { lhs, .. } => F64SubRevAR { lhs },
            F32DivRevA { lhs, .. } => F32DivRevAR { lhs },
            F64DivRevA { lhs, .. } => F64DivRevAR { lhs },
            I32ShlRevA { lhs, .. } => I32ShlRevAR { lhs },
            I32ShrSRevA { lhs, .. } => I32ShrSRevAR { lhs },
            I32ShrURevA { lhs, .. } => I32ShrURevAR { lhs },
            I64ShlRevA { lhs, .. } => I64ShlRevAR { lhs },
            I64ShrSRevA { lhs, .. } => I64ShrSRevAR { lhs },
            I64ShrURevA { lhs, .. } => I64ShrURevAR { lhs },
            _ => return None,
        })
    }

    /// The plain or `A` form, writing `dst`, of a compare that left its result only in the
    /// accumulator (the inverse of `into_acc_result` for the compares a branch can fuse).
    pub fn compare_from_acc_result(self, dst: Reg) -> Option<Op> {
        use Op::*;
        Some(match self {
            I32EqzR { src } => I32Eqz { dst, src },
            I32EqR { lhs, rhs } => I32Eq { dst, lhs, rhs },
            I32NeR { lhs, rhs } => I32Ne { dst, lhs, rhs },
            I32LtSR { lhs, rhs } => I32LtS { dst, lhs, rhs },
            I32LtUR { lhs, rhs } => I32LtU { dst, lhs, rhs },
            I32GtSR { lhs, rhs } => I32GtS { dst, lhs, rhs },
            I32GtUR { lhs, rhs } => I32GtU { dst, lhs, rhs },
            I32LeSR { lhs, rhs } => I32LeS { dst, lhs, rhs },
            I32LeUR { lhs, rhs } => I32LeU { dst, lhs, rhs },
            I32GeSR { lhs, rhs } => I32GeS { dst, lhs, rhs },
            I32GeUR { lhs, rhs } => I32GeU { dst, lhs, rhs },
            I32EqImmR { lhs, imm } => I32EqImm { dst, lhs, imm },
            I32NeImmR { lhs, imm } => I32NeImm { dst, lhs, imm },
            I32LtSImmR { lhs, imm } => I32LtSImm { dst, lhs, imm },
            I32LtUImmR { lhs, imm } => I32LtUImm { dst, lhs, imm },
            I32GtSImmR { lhs, imm } => I32GtSImm { dst, lhs, imm },
            I32GtUImmR { lhs, imm } => I32GtUImm { dst, lhs, imm },
            I32LeSImmR { lhs, imm } => I32LeSImm { dst, lhs, imm },
            I32LeUImmR { lhs, imm } => I32LeUImm { dst, lhs, imm },
            I32GeSImmR { lhs, imm } => I32GeSImm { dst, lhs, imm },
            I32GeUImmR { lhs, imm } => I32GeUImm { dst, lhs, imm },
            I64EqzR { src } => I64Eqz { dst, src },
            I64EqR { lhs, rhs } => I64Eq { dst, lhs, rhs },
            I64NeR { lhs, rhs } => I64Ne { dst, lhs, rhs },
            I64LtSR { lhs, rhs } => I64LtS { dst, lhs, rhs },
            I64LtUR { lhs, rhs } => I64LtU { dst, lhs, rhs },
            I64GtSR { lhs, rhs } => I64GtS { dst, lhs, rhs },
            I64GtUR { lhs, rhs } => I64GtU { dst, lhs, rhs },
            I64LeSR { lhs, rhs } => I64LeS { dst, lhs, rhs },
            I64LeUR { lhs, rhs } => I64LeU { dst, lhs, rhs },
            I64GeSR { lhs, rhs } => I64GeS { dst, lhs, rhs },
            I64GeUR { lhs, rhs } => I64GeU { dst, lhs, rhs },
            F32EqR { lhs, rhs } => F32Eq { dst, lhs, rhs },
            F32NeR { lhs, rhs } => F32Ne { dst, lhs, rhs },
            F32LtR { lhs, rhs } => F32Lt { dst, lhs, rhs },
            F32GtR { lhs, rhs } => F32Gt { dst, lhs, rhs },
            F32LeR { lhs, rhs } => F32Le { dst, lhs, rhs },
            F32GeR { lhs, rhs } => F32Ge { dst, lhs, rhs },
            F64EqR { lhs, rhs } => F64Eq { dst, lhs, rhs },
            F64NeR { lhs, rhs } => F64Ne { dst, lhs, rhs },
            F64LtR { lhs, rhs } => F64Lt { dst, lhs, rhs },
            F64GtR { lhs, rhs } => F64Gt { dst, lhs, rhs },
            F64LeR { lhs, rhs } => F64Le { dst, lhs, rhs },
            F64GeR { lhs, rhs } => F64Ge { dst, lhs, rhs },
            I64EqImmR { lhs, imm } => I64EqImm { dst, lhs, imm },
            I64EqImmAR { imm } => I64EqImmA { dst, imm },
            I64NeImmR { lhs, imm } => I64NeImm { dst, lhs, imm },
            I64NeImmAR { imm } => I64NeImmA { dst, imm },
            I64LtSImmR { lhs, imm } => I64LtSImm { dst, lhs, imm },
            I64LtSImmAR { imm } => I64LtSImmA { dst, imm },
            I64LtUImmR { lhs, imm } => I64LtUImm { dst, lhs, imm },
            I64LtUImmAR { imm } => I64LtUImmA { dst, imm },
            I64GtSImmR { lhs, imm } => I64GtSImm { dst, lhs, imm },
            I64GtSImmAR { imm } => I64GtSImmA { dst, imm },
            I64GtUImmR { lhs, imm } => I64GtUImm { dst, lhs, imm },
            I64GtUImmAR { imm } => I64GtUImmA { dst, imm },
            I64LeSImmR { lhs, imm } => I64LeSImm { dst, lhs, imm },
            I64LeSImmAR { imm } => I64LeSImmA { dst, imm },
            I64LeUImmR { lhs, imm } => I64LeUImm { dst, lhs, imm },
            I64LeUImmAR { imm } => I64LeUImmA { dst, imm },
            I64GeSImmR { lhs, imm } => I64GeSImm { dst, lhs, imm },
            I64GeSImmAR { imm } => I64GeSImmA { dst, imm },
            I64GeUImmR { lhs, imm } => I64GeUImm { dst, lhs, imm },
            I64GeUImmAR { imm } => I64GeUImmA { dst, imm },
            F32EqImmR { lhs, imm } => F32EqImm { dst, lhs, imm },
            F32EqImmAR { imm } => F32EqImmA { dst, imm },
            F32NeImmR { lhs, imm } => F32NeImm { dst, lhs, imm },
            F32NeImmAR { imm } => F32NeImmA { dst, imm },
            F32LtImmR { lhs, imm } => F32LtImm { dst, lhs, imm },
            F32LtImmAR { imm } => F32LtImmA { dst, imm },
            F32GtImmR { lhs, imm } => F32GtImm { dst, lhs, imm },
            F32GtImmAR { imm } => F32GtImmA { dst, imm },
            F32LeImmR { lhs, imm } => F32LeImm { dst, lhs, imm },
            F32LeImmAR { imm } => F32LeImmA { dst, imm },
            F32GeImmR { lhs, imm } => F32GeImm { dst, lhs, imm },
            F32GeImmAR { imm } => F32GeImmA { dst, imm },
            I32EqAR { rhs } => I32EqA { dst, rhs },
            I32NeAR { rhs } => I32NeA { dst, rhs },
            I32LtSAR { rhs } => I32LtSA { dst, rhs },
            I32LtUAR { rhs } => I32LtUA { dst, rhs },
            I32GtSAR { rhs } => I32GtSA { dst, rhs },
            I32GtUAR { rhs } => I32GtUA { dst, rhs },
            I32LeSAR { rhs } => I32LeSA { dst, rhs },
            I32LeUAR { rhs } => I32LeUA { dst, rhs },
            I32GeSAR { rhs } => I32GeSA { dst, rhs },
            I32GeUAR { rhs } => I32GeUA { dst, rhs },
            I64EqAR { rhs } => I64EqA { dst, rhs },
            I64NeAR { rhs } => I64NeA { dst, rhs },
            I64LtSAR { rhs } => I64LtSA { dst, rhs },
            I64LtUAR { rhs } => I64LtUA { dst, rhs },
            I64GtSAR { rhs } => I64GtSA { dst, rhs },
            I64GtUAR { rhs } => I64GtUA { dst, rhs },
            I64LeSAR { rhs } => I64LeSA { dst, rhs },
            I64LeUAR { rhs } => I64LeUA { dst, rhs },
            I64GeSAR { rhs } => I64GeSA { dst, rhs },
            I64GeUAR { rhs } => I64GeUA { dst, rhs },
            F32LtAR { rhs } => F32LtA { dst, rhs },
            F32GtAR { rhs } => F32GtA { dst, rhs },
            F32LeAR { rhs } => F32LeA { dst, rhs },
            F32GeAR { rhs } => F32GeA { dst, rhs },
            F32EqAR { rhs } => F32EqA { dst, rhs },
            F32NeAR { rhs } => F32NeA { dst, rhs },
            F64LtAR { rhs } => F64LtA { dst, rhs },
            F64GtAR { rhs } => F64GtA { dst, rhs },
            F64LeAR { rhs } => F64LeA { dst, rhs },
            F64GeAR { rhs } => F64GeA { dst, rhs },
            F64EqAR { rhs } => F64EqA { dst, rhs },
            F64NeAR { rhs } => F64NeA { dst, rhs },
            I32EqImmAR { imm } => I32EqImmA { dst, imm },
            I32NeImmAR { imm } => I32NeImmA { dst, imm },
            I32LtSImmAR { imm } => I32LtSImmA { dst, imm },
            I32LtUImmAR { imm } => I32LtUImmA { dst, imm },
            I32GtSImmAR { imm } => I32GtSImmA { dst, imm },
            I32GtUImmAR { imm } => I32GtUImmA { dst, imm },
            I32LeSImmAR { imm } => I32LeSImmA { dst, imm },
            I32LeUImmAR { imm } => I32LeUImmA { dst, imm },
            I32GeSImmAR { imm } => I32GeSImmA { dst, imm },
            I32GeUImmAR { imm } => I32GeUImmA { dst, imm },
            _ => return None,
        })
    }

    /// The branch offset of a branch instruction, for patching; `None` for other ops.
    pub fn branch_offset_mut(&mut self) -> Option<&mut i32> {
        use Op::*;
        match self {
            Br { offset, .. }
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
            | BrIfI32GeUImm { offset, .. }
            | BrIfEqzA { offset, .. }
            | BrIfNezA { offset, .. }
            | BrIfI64EqzA { offset, .. }
            | BrIfI64NezA { offset, .. }
            | BrIfI32EqA { offset, .. }
            | BrIfI32EqImmA { offset, .. }
            | BrIfI32NeA { offset, .. }
            | BrIfI32NeImmA { offset, .. }
            | BrIfI32LtSA { offset, .. }
            | BrIfI32LtSImmA { offset, .. }
            | BrIfI32LtUA { offset, .. }
            | BrIfI32LtUImmA { offset, .. }
            | BrIfI32GtSA { offset, .. }
            | BrIfI32GtSImmA { offset, .. }
            | BrIfI32GtUA { offset, .. }
            | BrIfI32GtUImmA { offset, .. }
            | BrIfI32LeSA { offset, .. }
            | BrIfI32LeSImmA { offset, .. }
            | BrIfI32LeUA { offset, .. }
            | BrIfI32LeUImmA { offset, .. }
            | BrIfI32GeSA { offset, .. }
            | BrIfI32GeSImmA { offset, .. }
            | BrIfI32GeUA { offset, .. }
            | BrIfI32GeUImmA { offset, .. }
            | I32AddImmBrIfEq { offset, .. }
            | I32AddImmBrIfEqImm { offset, .. }
            | I32AddBrIfEq { offset, .. }
            | I32AddImmBrIfNe { offset, .. }
            | I32AddImmBrIfNeImm { offset, .. }
            | I32AddBrIfNe { offset, .. }
            | I32AddImmBrIfLtS { offset, .. }
            | I32AddImmBrIfLtSImm { offset, .. }
            | I32AddBrIfLtS { offset, .. }
            | I32AddImmBrIfLtU { offset, .. }
            | I32AddImmBrIfLtUImm { offset, .. }
            | I32AddBrIfLtU { offset, .. }
            | I32AddImmBrIfGtS { offset, .. }
            | I32AddImmBrIfGtSImm { offset, .. }
            | I32AddBrIfGtS { offset, .. }
            | I32AddImmBrIfGtU { offset, .. }
            | I32AddImmBrIfGtUImm { offset, .. }
            | I32AddBrIfGtU { offset, .. }
            | I32AddImmBrIfLeS { offset, .. }
            | I32AddImmBrIfLeSImm { offset, .. }
            | I32AddBrIfLeS { offset, .. }
            | I32AddImmBrIfLeU { offset, .. }
            | I32AddImmBrIfLeUImm { offset, .. }
            | I32AddBrIfLeU { offset, .. }
            | I32AddImmBrIfGeS { offset, .. }
            | I32AddImmBrIfGeSImm { offset, .. }
            | I32AddBrIfGeS { offset, .. }
            | I32AddImmBrIfGeU { offset, .. }
            | I32AddImmBrIfGeUImm { offset, .. }
            | I32AddBrIfGeU { offset, .. }
            | I32AddImmBrIfNez { offset, .. }
            | I32AddImmBrIfEqz { offset, .. }
            | BrIfI64Eq { offset, .. }
            | BrIfI64EqImm { offset, .. }
            | BrIfI64EqA { offset, .. }
            | BrIfI64EqImmA { offset, .. }
            | BrIfI64Ne { offset, .. }
            | BrIfI64NeImm { offset, .. }
            | BrIfI64NeA { offset, .. }
            | BrIfI64NeImmA { offset, .. }
            | BrIfI64LtS { offset, .. }
            | BrIfI64LtSImm { offset, .. }
            | BrIfI64LtSA { offset, .. }
            | BrIfI64LtSImmA { offset, .. }
            | BrIfI64LtU { offset, .. }
            | BrIfI64LtUImm { offset, .. }
            | BrIfI64LtUA { offset, .. }
            | BrIfI64LtUImmA { offset, .. }
            | BrIfI64GtS { offset, .. }
            | BrIfI64GtSImm { offset, .. }
            | BrIfI64GtSA { offset, .. }
            | BrIfI64GtSImmA { offset, .. }
            | BrIfI64GtU { offset, .. }
            | BrIfI64GtUImm { offset, .. }
            | BrIfI64GtUA { offset, .. }
            | BrIfI64GtUImmA { offset, .. }
            | BrIfI64LeS { offset, .. }
            | BrIfI64LeSImm { offset, .. }
            | BrIfI64LeSA { offset, .. }
            | BrIfI64LeSImmA { offset, .. }
            | BrIfI64LeU { offset, .. }
            | BrIfI64LeUImm { offset, .. }
            | BrIfI64LeUA { offset, .. }
            | BrIfI64LeUImmA { offset, .. }
            | BrIfI64GeS { offset, .. }
            | BrIfI64GeSImm { offset, .. }
            | BrIfI64GeSA { offset, .. }
            | BrIfI64GeSImmA { offset, .. }
            | BrIfI64GeU { offset, .. }
            | BrIfI64GeUImm { offset, .. }
            | BrIfI64GeUA { offset, .. }
            | BrIfI64GeUImmA { offset, .. }
            | BrIfF32Eq { offset, .. }
            | BrIfF32EqImm { offset, .. }
            | BrIfF32EqA { offset, .. }
            | BrIfF32EqImmA { offset, .. }
            | BrIfF32Ne { offset, .. }
            | BrIfF32NeImm { offset, .. }
            | BrIfF32NeA { offset, .. }
            | BrIfF32NeImmA { offset, .. }
            | BrIfF32Lt { offset, .. }
            | BrIfF32LtImm { offset, .. }
            | BrIfF32LtA { offset, .. }
            | BrIfF32LtImmA { offset, .. }
            | BrIfF32Gt { offset, .. }
            | BrIfF32GtImm { offset, .. }
            | BrIfF32GtA { offset, .. }
            | BrIfF32GtImmA { offset, .. }
            | BrIfF32Le { offset, .. }
            | BrIfF32LeImm { offset, .. }
            | BrIfF32LeA { offset, .. }
            | BrIfF32LeImmA { offset, .. }
            | BrIfF32Ge { offset, .. }
            | BrIfF32GeImm { offset, .. }
            | BrIfF32GeA { offset, .. }
            | BrIfF32GeImmA { offset, .. }
            | BrIfF32NotLt { offset, .. }
            | BrIfF32NotLtImm { offset, .. }
            | BrIfF32NotLtA { offset, .. }
            | BrIfF32NotLtImmA { offset, .. }
            | BrIfF32NotGt { offset, .. }
            | BrIfF32NotGtImm { offset, .. }
            | BrIfF32NotGtA { offset, .. }
            | BrIfF32NotGtImmA { offset, .. }
            | BrIfF32NotLe { offset, .. }
            | BrIfF32NotLeImm { offset, .. }
            | BrIfF32NotLeA { offset, .. }
            | BrIfF32NotLeImmA { offset, .. }
            | BrIfF32NotGe { offset, .. }
            | BrIfF32NotGeImm { offset, .. }
            | BrIfF32NotGeA { offset, .. }
            | BrIfF32NotGeImmA { offset, .. }
            | BrIfF64Eq { offset, .. }
            | BrIfF64EqA { offset, .. }
            | BrIfF64Ne { offset, .. }
            | BrIfF64NeA { offset, .. }
            | BrIfF64Lt { offset, .. }
            | BrIfF64LtA { offset, .. }
            | BrIfF64Gt { offset, .. }
            | BrIfF64GtA { offset, .. }
            | BrIfF64Le { offset, .. }
            | BrIfF64LeA { offset, .. }
            | BrIfF64Ge { offset, .. }
            | BrIfF64GeA { offset, .. }
            | BrIfF64NotLt { offset, .. }
            | BrIfF64NotLtA { offset, .. }
            | BrIfF64NotGt { offset, .. }
            | BrIfF64NotGtA { offset, .. }
            | BrIfF64NotLe { offset, .. }
            | BrIfF64NotLeA { offset, .. }
            | BrIfF64NotGe { offset, .. }
            | BrIfF64NotGeA { offset, .. }
            | CopyBr { offset, .. } => Some(offset),
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
