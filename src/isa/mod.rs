//! The register instruction set, defined once. `base` holds the table of every instruction
//! (`for_each_op!`); this module expands it into the `Op` enum and the relations the translator
//! needs (which accumulator a form reads or writes, its result slot, its branch target, its
//! accumulator forms). The executor expands the same table into its two dispatch backends, so
//! the enum, the semantics and the relations cannot drift apart.
//!
//! Notation in the doc lines of the table: `r[x]` is cell `x` of the current frame (a 64-bit
//! slot; i32 values are stored zero-extended, floats as their bits), `pc` is the index of the
//! current instruction, `mem` is memory 0 of the current instance, and
//! `ea = r[addr] as u32 as u64 + offset` is an effective address (checked: `ea + size <=
//! mem.len` or the op traps with "out of bounds memory access").
//!
//! The table is a list of *families*. A family is one operation in its operand forms, each
//! form in a *slot* (`Slot`): `Reg` (operands in registers, result in `dst`), `Acc` (the first
//! operand from the accumulator), `RevAcc` (the second operand from the accumulator) and the
//! `R` variant of each (the result left only in the accumulator). A family row states once
//! what all its forms share:
//!
//! ```text
//! family I32Add [out INT, acc_in Int, operand lhs, result dst, branch -, compare []] {
//!     /// r[dst] = r[lhs] + r[rhs]
//!     fast Reg I32Add { dst: Reg, lhs: Reg, rhs: Reg } => { ... }
//!     fast Acc I32AddA { dst: Reg, rhs: Reg } => { ... }
//!     ...
//! }
//! ```
//!
//! - `out`: the accumulators its forms write (`AccSet`); `acc_in`: the accumulator its `Acc`
//!   forms read (`AccKind`), `-` for none.
//! - `operand`: the register of the `Reg` form that the `Acc` form takes from the accumulator.
//! - `result`: the field holding the result register (`dst`), or `-` (stores, branches, and
//!   ops writing several registers).
//! - `branch`: `cond` for a conditional branch that writes no register (on its fall-through
//!   path every register keeps its value), `jump` for any other op with a `target`, `-`.
//! - `compare`: `yes` if the `R` forms are compares a branch can take over
//!   (`compare_from_acc_result`).
//!
//! Each row is `kind Slot Name { fields } => { body }`: `fast` ops run inline in every backend,
//! `slow` ops (rare, or needing the whole store) make the threaded backend exit to its driver;
//! the body is the op's semantics in the executor's vocabulary (see `exec::ops`).
//!
//! Irregular instructions:
//! - Branch `target`s are relative to the branch instruction itself: `pc += target`.
//! - `BrTable { index, len }` (and `BrTableA`, index in `acc`) is followed by `len + 1` `Br`
//!   instructions (the targets, default last); it jumps to `pc + 1 + min(r[index], len)`, which
//!   executes that `Br`. So do its fused forms (`Op::table_len` lists them). The encoder turns
//!   each entry into a `BrTableEntry` holding its target's distance in bytes from the table
//!   jump, which then goes straight there: one load and one add after the index.
//! - Calls use overlapping frames: the caller has already placed the arguments in
//!   `r[base..base+params]`; the callee's frame starts at the caller's `base`, so its
//!   parameters are its slots `0..params`, and it leaves its results in its slots
//!   `0..results`, which are the caller's `r[base..]`. Nothing is copied on call or return.
//! - `acc` is the accumulator: the value the previous instruction produced. There are three, so
//!   a float chain stays in float registers: `acc` (integers, and floats handled as bits),
//!   `facc` (f32 results) and `dacc` (f64 results). In the doc lines `acc` stands for the one
//!   matching the value's type.
//! - Float loads and stores use the integer ops of the same width (`f32.load` is `I32Load`):
//!   a cell holds the bits either way. Full-width loads set both the integer accumulator and
//!   the float one of their width.

#[macro_use]
mod forms;
#[macro_use]
mod fused;
#[macro_use]
mod simd;
#[macro_use]
mod exn;
#[macro_use]
mod memory_n;
pub(crate) use memory_n::{LANE, LoadKind, SIZE_MASK, narrow_table_index};
#[macro_use]
mod base;

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

/// The operand form of an instruction within its family (see the module notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Operands in registers, result in `dst` (and the accumulator).
    Reg,
    /// `Reg` with the result only in the accumulator.
    RegR,
    /// The first operand from the accumulator.
    Acc,
    /// `Acc` with the result only in the accumulator.
    AccR,
    /// The second operand from the accumulator (the ops that do not commute).
    RevAcc,
    /// `RevAcc` with the result only in the accumulator.
    RevAccR,
}

impl Slot {
    /// Whether forms in this slot read an operand from the accumulator.
    fn reads_acc(self) -> bool {
        matches!(self, Slot::Acc | Slot::AccR | Slot::RevAcc | Slot::RevAccR)
    }

    /// The slot of the same form leaving its result only in the accumulator.
    fn result_in_acc(self) -> Option<Slot> {
        match self {
            Slot::Reg => Some(Slot::RegR),
            Slot::Acc => Some(Slot::AccR),
            Slot::RevAcc => Some(Slot::RevAccR),
            _ => None,
        }
    }

    /// The slot of the same form writing a result register (the inverse of `result_in_acc`).
    fn result_in_reg(self) -> Option<Slot> {
        match self {
            Slot::RegR => Some(Slot::Reg),
            Slot::AccR => Some(Slot::Acc),
            Slot::RevAccR => Some(Slot::RevAcc),
            _ => None,
        }
    }
}

/// How an instruction branches (the `branch` attribute of its family).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Branch {
    /// Not a branch.
    No,
    /// A conditional branch that writes no register.
    Cond,
    /// Any other instruction with a branch target.
    Jump,
}

/// Every operand field of every instruction, widened to 64 bits: an instruction converted to
/// another form of its family (`Op::build`) takes the fields it has from the original.
#[derive(Debug, Default, Clone, Copy)]
#[allow(missing_docs)]
struct Operands {
    cost: u64,
    offset: u64,
    target: u64,
    cond: u64,
    lhs: u64,
    rhs: u64,
    imm: u64,
    index: u64,
    len: u64,
    src: u64,
    func: u64,
    base: u64,
    sig: u64,
    table: u64,
    dst: u64,
    from: u64,
    count: u64,
    global: u64,
    addr: u64,
    mem: u64,
    delta: u64,
    val: u64,
    data: u64,
    init: u64,
    dst_table: u64,
    src_table: u64,
    elem: u64,
    mul: u64,
    add: u64,
    limit: u64,
    test: u64,
    dst2: u64,
    shift: u64,
    src_mem: u64,
    tag: u64,
}

/// `Some(kind)` for an accumulator attribute (an accumulator or an operand type), `None` for
/// `-`.
macro_rules! acc_kind {
    (-) => {
        None
    };
    (i32) => {
        Some(AccKind::Int)
    };
    (i64) => {
        Some(AccKind::Int)
    };
    (f32) => {
        Some(AccKind::F32)
    };
    (f64) => {
        Some(AccKind::F64)
    };
    ($kind:ident) => {
        Some(AccKind::$kind)
    };
}

/// The `AccSet` for an `out` attribute (a set or a result type).
macro_rules! acc_set {
    (i32) => {
        AccSet::INT
    };
    (i64) => {
        AccSet::INT
    };
    (f32) => {
        AccSet::F32
    };
    (f64) => {
        AccSet::F64
    };
    ($set:ident) => {
        AccSet::$set
    };
}

/// The branch attribute as a `Branch`.
macro_rules! branch_kind {
    (-) => {
        Branch::No
    };
    (cond) => {
        Branch::Cond
    };
    (jump) => {
        Branch::Jump
    };
}

/// The compare attribute as a bool.
macro_rules! flag {
    () => {
        false
    };
    (yes) => {
        true
    };
    (compare) => {
        true
    };
}

/// `Some(field)` for the `operand` attribute of a `Reg` form, else `None`.
macro_rules! operand_of {
    (Reg, $field:ident) => {
        Some($field)
    };
    ($slot:ident, $field:tt) => {
        None
    };
}

/// `Some(field)` for the `result` attribute of a form that writes a register, else `None`.
macro_rules! result_of {
    (RegR, $field:tt) => {
        None
    };
    (AccR, $field:tt) => {
        None
    };
    (RevAccR, $field:tt) => {
        None
    };
    ($slot:ident, -) => {
        None
    };
    ($slot:ident, $field:ident) => {
        Some($field)
    };
}

/// `Some(target)` if one of the listed fields is `target`, else `None`.
macro_rules! target_of {
    () => {
        None
    };
    ($first:ident $($rest:ident)*) => {
        target_of!(@check $first $first $($rest)*)
    };
    (@check target $field:ident $($rest:ident)*) => {
        Some($field)
    };
    (@check $other:ident $field:ident $($rest:ident)*) => {
        target_of!($($rest)*)
    };
}

/// Expands the table into `Op`, `Opcode`, `Family` and the per-instruction relations.
macro_rules! define_isa {
    ($(
        family $fam:ident [out $out:tt, acc_in $in:tt, operand $opnd:tt, result $res:tt, branch $br:tt, compare [$($cmp:ident)?]] {
            $( $(#[doc = $doc:literal])* $kind:ident $slot:ident $name:ident { $($field:ident : $fty:ty),* } => $body:block )*
        }
    )*) => {
        /// One instruction (16 bytes). The variants and their semantics are the table in
        /// `isa::base`.
        #[derive(Debug, Clone, Copy, PartialEq)]
        #[allow(missing_docs)] // operand fields are described by each variant's doc line
        pub enum Op {
            $($( $(#[doc = $doc])* $name { $($field: $fty),* }, )*)*
        }

        /// The name of an instruction, without its operands.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(dead_code)]
        pub(crate) enum Opcode {
            $($( $name, )*)*
        }

        /// The operation an instruction performs, whatever its operand form.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(dead_code)]
        pub(crate) enum Family {
            $( $fam, )*
        }

        /// What the forms of one family share (its attributes in the table).
        #[derive(Clone, Copy)]
        struct FamilyInfo {
            writes: AccSet,
            reads: Option<AccKind>,
            branch: Branch,
            compare: bool,
        }

        impl Family {
            fn info(self) -> FamilyInfo {
                match self {
                    $( Family::$fam => FamilyInfo {
                        writes: acc_set!($out),
                        reads: acc_kind!($in),
                        branch: branch_kind!($br),
                        compare: flag!($($cmp)?),
                    }, )*
                }
            }

            /// The form of this family in `slot`, if it has one.
            fn form(self, slot: Slot) -> Option<Opcode> {
                match (self, slot) {
                    $($( (Family::$fam, Slot::$slot) => Some(Opcode::$name), )*)*
                    _ => None,
                }
            }
        }

        impl Opcode {
            /// Every instruction name, in table order.
            #[allow(dead_code)]
            pub(crate) const ALL: &'static [Opcode] = &[$($( Opcode::$name, )*)*];
        }

        impl Op {
            /// The instruction's family and operand form.
            pub(crate) fn form(&self) -> (Family, Slot) {
                match self {
                    $($( Op::$name { .. } => (Family::$fam, Slot::$slot), )*)*
                }
            }

            /// The register this instruction reads that its accumulator form (`into_acc_form`)
            /// takes from `acc` instead; `None` if it has no accumulator form.
            #[allow(unused_variables)]
            pub fn acc_operand(&self) -> Option<Reg> {
                match *self {
                    $($( Op::$name { $($field),* } => operand_of!($slot, $opnd), )*)*
                }
            }

            /// The result register of an instruction that writes exactly one register, for
            /// retargeting its result (the translator's copy elimination); `None` otherwise.
            #[allow(unused_variables)]
            pub fn result_mut(&mut self) -> Option<&mut Reg> {
                match self {
                    $($( Op::$name { $($field),* } => result_of!($slot, $res), )*)*
                }
            }

            /// The branch target of a branch instruction, for patching; `None` for other ops.
            #[allow(unused_variables)]
            pub fn branch_target_mut(&mut self) -> Option<&mut i32> {
                match self {
                    $($( Op::$name { $($field),* } => target_of!($($field)*), )*)*
                }
            }

            /// How many of the fields (operands, immediates, results) are `value`, widened.
            #[allow(clippy::unnecessary_cast, unused_variables)]
            fn count_fields_equal(&self, value: u64) -> usize {
                match *self {
                    $($( Op::$name { $($field),* } => 0 $(+ usize::from($field as u64 == value))*, )*)*
                }
            }

            /// All operand fields, widened.
            #[allow(clippy::unnecessary_cast)]
            fn operands(&self) -> Operands {
                match *self {
                    $($( Op::$name { $($field),* } => Operands { $($field: $field as u64,)* ..Operands::default() }, )*)*
                }
            }

            /// Instruction `code` with its fields taken from `o`.
            #[allow(clippy::unnecessary_cast, unused_variables)]
            fn build(code: Opcode, o: &Operands) -> Op {
                match code {
                    $($( Opcode::$name => Op::$name { $($field: o.$field as $fty),* }, )*)*
                }
            }
        }
    };
}

for_each_op!(define_isa);

impl Op {
    /// For a table jump (`BrTable` and its fused forms), the number of `Br` entries after it
    /// less one (its `len`); `None` for every other instruction.
    pub fn table_len(&self) -> Option<u32> {
        match *self {
            Op::BrTable { len, .. }
            | Op::BrTableA { len }
            | Op::BrTableAddImm { len, .. }
            | Op::BrTableAddImmA { len, .. }
            | Op::BrTableLoadIdx { len, .. }
            | Op::BrTableLoadIdxA { len, .. } => Some(len),
            _ => None,
        }
    }

    /// Instruction `code` with every field set to a distinct small value (for tests).
    #[cfg(test)]
    pub(crate) fn example(code: Opcode) -> Op {
        let mut o = Operands::default();
        let fields = [
            &mut o.cost,
            &mut o.offset,
            &mut o.target,
            &mut o.cond,
            &mut o.lhs,
            &mut o.rhs,
            &mut o.imm,
            &mut o.index,
            &mut o.len,
            &mut o.src,
            &mut o.func,
            &mut o.base,
            &mut o.sig,
            &mut o.table,
            &mut o.dst,
            &mut o.from,
            &mut o.count,
            &mut o.global,
            &mut o.addr,
            &mut o.mem,
            &mut o.delta,
            &mut o.val,
            &mut o.data,
            &mut o.init,
            &mut o.dst_table,
            &mut o.src_table,
            &mut o.elem,
            &mut o.mul,
            &mut o.add,
            &mut o.limit,
            &mut o.test,
            &mut o.dst2,
            &mut o.shift,
            &mut o.src_mem,
        ];
        for (i, f) in fields.into_iter().enumerate() {
            *f = i as u64 + 1;
        }
        Op::build(code, &o)
    }

    /// This instruction converted to the form of its family in `slot`, with `o`'s fields.
    fn to_form(self, slot: Slot, o: &Operands) -> Option<Op> {
        let (family, _) = self.form();
        family.form(slot).map(|code| Op::build(code, o))
    }

    /// Which accumulators this instruction writes: the integer one, the f32 one, the f64 one,
    /// or — for full-width loads, which serve float loads too — two of them.
    pub fn acc_results(&self) -> AccSet {
        let (family, _) = self.form();
        family.info().writes
    }

    /// The accumulator this instruction reads an operand from, if any.
    pub fn acc_read(&self) -> Option<AccKind> {
        let (family, slot) = self.form();
        if slot.reads_acc() { family.info().reads } else { None }
    }

    /// How many of this instruction's fields, other than a result register, hold the number
    /// `reg`. Immediates count too, so this over-counts: the translator uses it to prove that
    /// an instruction does *not* read register `reg` besides one known operand.
    pub fn fields_equal_to(&self, reg: Reg) -> usize {
        let result = {
            let mut op = *self;
            op.result_mut().is_some_and(|dst| *dst == reg)
        };
        self.count_fields_equal(reg as u64) - usize::from(result)
    }

    /// This instruction with its `acc_operand` read from the accumulator.
    pub fn into_acc_form(self) -> Option<Op> {
        match self.form() {
            (_, Slot::Reg) => self.to_form(Slot::Acc, &self.operands()),
            _ => None,
        }
    }

    /// This instruction reading its right operand, register `slot`, from the accumulator (the
    /// `RevAcc` forms of the ops that do not commute); `None` if it has no such form.
    pub fn into_rev_acc_form(self, slot: Reg) -> Option<Op> {
        let o = self.operands();
        match self.form() {
            (_, Slot::Reg) if o.rhs == slot as u64 && o.lhs != slot as u64 => self.to_form(Slot::RevAcc, &o),
            _ => None,
        }
    }

    /// This instruction leaving its result only in the accumulator (its `R` form), for a
    /// producer whose result register is a temporary read by nothing but the next instruction.
    pub fn into_acc_result(self) -> Option<Op> {
        let (_, slot) = self.form();
        self.to_form(slot.result_in_acc()?, &self.operands())
    }

    /// The form writing `dst` of a compare that left its result only in the accumulator (the
    /// inverse of `into_acc_result`, for the compares a branch can take over).
    pub fn compare_from_acc_result(self, dst: Reg) -> Option<Op> {
        let (family, slot) = self.form();
        if !family.info().compare {
            return None;
        }
        let o = Operands { dst: dst as u64, ..self.operands() };
        self.to_form(slot.result_in_reg()?, &o)
    }

    /// Whether this is a conditional branch that writes no register (the `BrIf*` family; the
    /// fused add-and-branch ops, which also write a sum, are not): on its fall-through path
    /// every register keeps its value.
    pub fn is_pure_conditional_branch(&self) -> bool {
        let (family, _) = self.form();
        family.info().branch == Branch::Cond
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

/// The executor's run context as the handler ABI names it: opaque here (the executor's `Ctx`,
/// which the handlers cast it back to), so encoded code does not depend on the executor.
pub(crate) enum RunCtx {}

/// A threaded-code handler: executes the instruction at `pc` and continues the chain.
pub(crate) type Handler =
    unsafe extern "C" fn(*const Instr, *mut u64, *mut u8, usize, u64, *mut RunCtx, f32, f64) -> u64;

/// One executable instruction: the handler that runs it (threaded backend) and the op itself
/// (its operands, and what the loop backend and the disassembler read).
#[derive(Clone, Copy)]
#[repr(C)]
pub(crate) struct Instr {
    pub handler: Handler,
    pub op: Op,
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.op.fmt(f)
    }
}

/// `if cond { a } else { b }` computed after both values are loaded, as a conditional move.
///
/// Written as `if`, LLVM selects the *register index* first and loads once, which puts the
/// condition, an index load and a value load in series on the critical path; loading both first
/// leaves only the `cmov` after the condition, which often arrives last (from the accumulator).
#[inline(always)]
pub(crate) fn select_loaded(cond: bool, mut a: u64, mut b: u64) -> u64 {
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    // SAFETY: an empty asm statement that only claims to read and rewrite two registers; it
    // executes no instruction, touches no memory or stack and keeps the flags.
    unsafe {
        std::arch::asm!("/* {0} {1} */", inout(reg) a, inout(reg) b, options(pure, nomem, nostack, preserves_flags));
    }
    std::hint::select_unpredictable(cond, a, b)
}

#[cfg(test)]
mod tests;
