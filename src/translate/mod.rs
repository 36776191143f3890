//! Translation of one Wasm function body (stack code) into register bytecode, validating each
//! operator with wasmparser's `FuncValidator` in the same pass. This file holds the operator
//! match, the only place that knows Wasm opcodes; `stack` holds the operand stack and `control`
//! the blocks and branches.
//!
//! Copy elimination: `local.get` and constants emit nothing (the operand names the local or
//! holds the constant); a result consumed by `local.set`/`local.tee` right after its producer is
//! written straight into the local (`last_producer`); a compare consumed by `br_if`/`if` is
//! fused into a compare-and-branch.

mod assigned;
mod control;
mod exn;
mod legacy_exn;
mod memory_n;
mod peephole;
mod simd;
mod stack;
mod tails;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fuel;

use crate::engine::SigId;
use crate::error::Error;
use crate::isa::{AccSet, Op, Reg};
use crate::value::{FuncType, ValType};
use control::{Control, ControlKind, Widths};
pub(crate) use exn::{TryRange, find_handler};
use peephole::{commuted, fuse_address, fuse_kept_address, fuse_scaled_index, fuse_store_address};
use smallvec::SmallVec;
use stack::Operand;
use wasmparser::{BlockType, FuncValidator, FunctionBody, Operator, ValidatorResources};

/// What the translator needs to know about the module: signatures and function types.
#[derive(Debug, Default)]
pub(crate) struct ModuleEnv {
    /// The type section.
    pub types: Vec<FuncType>,
    /// Engine-wide signature id of each type.
    pub sig_ids: Vec<SigId>,
    /// Type index of each function (imports first).
    pub func_types: Vec<u32>,
    /// Charge fuel: an `Op::Fuel` at the start of every basic block (`Config::consume_fuel`).
    pub fuel: bool,
    /// An `Op::CheckInterrupt` at function entry and loop headers (`Config::interruptible`).
    pub interruptible: bool,
    /// The Wasm features the module was validated with (read by the operator reader).
    pub features: wasmparser::WasmFeatures,
    /// Which globals (imports first) are v128 (two cells wide).
    pub v128_globals: Vec<bool>,
    /// Which memories (imports first) are 64-bit. Memory 0 when 32-bit uses the fast memory
    /// instructions; any other memory, or a 64-bit memory 0, the generic ones (`memory_n`).
    pub memory64: Vec<bool>,
    /// Type index of each tag (imports first): its payload is the type's parameters.
    pub tag_types: Vec<u32>,
    /// Which tables (imports first) are 64-bit: their `i64` indices are narrowed
    /// (`TableIndex64`) before the table instructions, which take 32-bit ones.
    pub table64: Vec<bool>,
}

impl ModuleEnv {
    /// Whether some memory instruction may need the generic forms: more than one memory, or
    /// a 64-bit memory 0.
    fn generic_memory(&self) -> bool {
        self.memory64.len() > 1 || self.memory64.first() == Some(&true)
    }
}

/// One translated function: its instructions (borrowed from the translator's buffer, to be
/// encoded for the executor) and its frame size.
#[derive(Debug)]
pub(crate) struct Translated<'a> {
    /// The instructions; execution starts at index 0.
    pub code: &'a [Op],
    /// Frame cells needed: locals plus the deepest operand stack.
    pub frame_size: u32,
    /// The `try_table` ranges, in the order they open (see `exn`).
    pub handlers: &'a [TryRange],
}

/// Reusable translation state (buffers are kept between functions).
#[derive(Debug, Default)]
pub(crate) struct FuncTranslator {
    code: Vec<Op>,
    stack: stack::OpStack,
    /// Where the stack's `Local` entries are (so a write to a local does not scan the stack).
    local_reads: stack::LocalReads,
    controls: Vec<Control>,
    /// Frame cells taken by the parameters and locals (a v128 takes two).
    num_locals: usize,
    /// The first cell of each local when some local is a v128 (`(cell, width)`); empty when
    /// every local is one cell wide, and local `i` is cell `i`.
    local_cells: Vec<(Reg, u8)>,
    num_results: usize,
    max_height: usize,
    reachable: bool,
    /// Blocks opened in unreachable code (their contents emit nothing).
    dead_depth: u32,
    /// Index of the last instruction if it wrote the temporary on top of the stack.
    last_producer: Option<usize>,
    too_large: bool,
    /// A hidden frame cell after the locals that is zero for the whole call (cleared by
    /// `ZeroLocals` once used, never written): the address register of a load or store whose address is a
    /// constant, which folds into the offset. Only in functions that clear locals anyway, of
    /// modules whose memory 0 is a 32-bit one.
    zero_slot: Option<Reg>,
    /// The last code index some branch lands on (a label bound there): instructions on
    /// either side of it must not be merged.
    label_at: usize,
    /// No loop entered yet: every path from the function's entry to the current point runs
    /// a subsequence of the code so far, in order (only a loop's back edge can run an
    /// instruction again after a later one).
    entry_path_only: bool,
    /// With fuel: the `Op::Fuel` of the current basic block, whose cost grows with each
    /// instruction translated; `None` at a block boundary (the next instruction that costs fuel
    /// opens a block).
    fuel_at: Option<usize>,
    /// The function's `try_table` ranges (see `exn`).
    handlers: Vec<TryRange>,
    /// Which locals may be read before they are written (the rest need no clearing).
    assigned: assigned::Assigned,
    /// Cells whose zero from `ZeroLocals` the code relies on besides the locals read before
    /// written: the zero cell once used, a local whose write of `0` was left out.
    zero_relied_on: SmallVec<[Reg; 4]>,
    /// Open `try_table`s: control index and range.
    open_tries: Vec<(usize, usize)>,
    /// Clauses whose target is not known yet: where it resolves, range, clause.
    pending_catches: Vec<(exn::Pending, usize, usize)>,
}

type Binary = fn(Reg, Reg, Reg) -> Op;
type BinaryImm = fn(Reg, Reg, i32) -> Op;
type Unary = fn(Reg, Reg) -> Op;

/// Immediate form of a binary op: used when the right operand is a constant that fits.
#[derive(Clone, Copy)]
enum Imm {
    None,
    /// `op(lhs, imm)`; `commutes` also allows a constant left operand.
    Rhs {
        make: BinaryImm,
        commutes: bool,
    },
    /// Subtraction: of a constant, as addition of its negation (`add`); from a constant, as
    /// reverse subtraction (`rev`: `imm - x`).
    Sub {
        add: BinaryImm,
        rev: BinaryImm,
    },
    /// `op(lhs, imm)` with any 64-bit constant, on either side (the op commutes).
    Wide(fn(Reg, Reg, i64) -> Op),
    /// `op(lhs, imm)` with any 64-bit constant on the right (i64 compares: NaN-boxed tags and
    /// masks such as `0xffff_fff7_0000_0000` do not fit an `i32`).
    WideRhs(fn(Reg, Reg, i64) -> Op),
    /// `x <= c` and `x >= c` as `x < c + 1` and `x > c - 1` (`make` builds the `<` or `>` of
    /// the adjusted constant, `adjust` computes it), so `<=` and `>=` need no immediate forms;
    /// `adjust` returns `None` at the end of the range, where the compare always holds. The
    /// constant is any value of the type (`wide`: i64) on the right.
    Bound {
        make: fn(Reg, Reg, i64) -> Op,
        adjust: fn(i64) -> Option<i64>,
        wide: bool,
    },
    /// Float arithmetic with a constant (its bits, any value): `make(x, c)` for `x op c`,
    /// `rev(x, c)` for `c op x` (the same op where it commutes; `c - x`, `c / x` otherwise).
    Float {
        make: fn(Reg, Reg, u64) -> Op,
        rev: fn(Reg, Reg, u64) -> Op,
    },
}

impl FuncTranslator {
    /// Translates the body of function `func_index` (imports first). With a validator, each
    /// operator is validated before it is translated (eager loading: one pass); without one the
    /// body must already have been validated (lazy translation on first call).
    pub(crate) fn translate(
        &mut self,
        env: &ModuleEnv,
        func_index: u32,
        body: &FunctionBody<'_>,
        mut validator: Option<&mut FuncValidator<ValidatorResources>>,
    ) -> Result<Translated<'_>, Error> {
        let func_ty = &env.types[env.func_types[func_index as usize] as usize];
        let mut reader = body.get_binary_reader();
        reader.set_features(env.features);
        let locals_reader = reader.clone();
        if let Some(v) = validator.as_deref_mut() {
            v.read_locals(&mut reader)?;
        }
        let (mut num_locals, after_locals) = self.read_locals(func_ty, locals_reader)?;
        let local_count = if self.local_cells.is_empty() { num_locals } else { self.local_cells.len() };
        self.assigned.reset(func_ty.params.len() as u32, local_count as u32);
        self.zero_relied_on.clear();
        self.zero_slot = None;
        if env.memory64.first() == Some(&false)
            && num_locals > func_ty.param_cells()
            && num_locals + 1 < Reg::MAX as usize
        {
            self.zero_slot = Some(num_locals as Reg);
            num_locals += 1;
        }
        if validator.is_none() {
            reader = after_locals;
        }
        self.code.clear();
        self.stack.clear();
        self.local_reads.clear();
        self.controls.clear();
        self.num_locals = num_locals;
        self.num_results = func_ty.results.len();
        let result_widths = func_ty.results.iter().map(|t| t.cells() as u8).collect();
        self.max_height = 0;
        self.reachable = true;
        self.dead_depth = 0;
        self.last_producer = None;
        self.too_large = num_locals >= Reg::MAX as usize;
        self.label_at = 0;
        self.entry_path_only = true;
        self.fuel_at = None;
        self.handlers.clear();
        self.open_tries.clear();
        self.pending_catches.clear();
        if env.interruptible {
            self.code.push(Op::CheckInterrupt {});
        }
        self.controls.push(Control {
            kind: ControlKind::Func,
            height: 0,
            params: 0,
            results: func_ty.results.len(),
            param_widths: Widths::new(),
            result_widths,
            start: 0,
            end_patches: SmallVec::new(),
            else_patch: None,
            branched_to: false,
            ranges_in_scope: 0,
            catch: None,
        });
        // Non-parameter locals start at zero; the callee clears them, so a call stays lean. Once
        // the body is translated, `narrow_zero_locals` keeps only the cells the code relies on.
        let params = func_ty.param_cells();
        if num_locals > params && !self.too_large {
            self.code.push(Op::ZeroLocals { from: params as Reg, count: (num_locals - params) as Reg });
        }
        let mut ops = wasmparser::OperatorsReader::new(reader);
        while !ops.eof() {
            let (op, offset) = ops.read_with_offset()?;
            if let Some(v) = validator.as_deref_mut() {
                v.op(offset, &op)?;
            }
            self.operator(env, op).map_err(|e| match e {
                Error::Invalid { message, .. } => Error::Invalid { message, offset: offset as usize },
                e => e,
            })?;
            if self.too_large {
                return Err(Error::Unsupported(format!(
                    "function {} needs more than {} frame slots",
                    func_index,
                    Reg::MAX
                )));
            }
        }
        ops.finish()?;
        self.narrow_zero_locals();
        // Every path already ends in a return, branch or trap; this guard makes a translator
        // bug trap instead of running past the end of the code.
        self.code.push(Op::Unreachable {});
        self.finish_catches();
        // Tail duplication moves code, which would take it out of its `try_table` range.
        if self.handlers.is_empty() {
            tails::duplicate_short_tails(&mut self.code);
        }
        Ok(Translated { code: &self.code, frame_size: (num_locals + self.max_height) as u32, handlers: &self.handlers })
    }

    /// Appends an instruction and returns its index. If the instruction reads the result of
    /// the instruction just before it, it reads it from the accumulator instead (the accumulator
    /// decided at the consumer, DESIGN.md §5).
    fn emit(&mut self, op: Op) -> usize {
        let op = self.with_accumulator(op);
        self.last_producer = None;
        self.code.push(op);
        self.code.len() - 1
    }

    /// The register the accumulator mirrors now: the result register of the last instruction,
    /// when that instruction produced a value and no label lies between it and the next one.
    fn acc_slot(&self) -> Option<Reg> {
        let at = self.producer_just_before()?;
        let mut producer = self.code[at];
        if producer.acc_results() == AccSet::NONE {
            return None;
        }
        producer.result_mut().map(|dst| *dst)
    }

    /// `op` in its accumulator form if one of its operands is the accumulator's register
    /// (commuting the operands when that puts the accumulator on the side that has a form).
    ///
    /// When the value is a temporary (not a local), nothing else reads its register: it is
    /// popped by this instruction, so the producer switches to its `R` form and skips the store.
    fn with_accumulator(&mut self, op: Op) -> Op {
        let Some(slot) = self.acc_slot() else { return op };
        let acc_form = if op.acc_operand() == Some(slot) {
            op.into_acc_form()
        } else {
            commuted(op).filter(|swapped| swapped.acc_operand() == Some(slot)).and_then(Op::into_acc_form)
        };
        let acc_form = acc_form.or_else(|| op.into_rev_acc_form(slot));
        let Some(acc_form) = acc_form else { return op };
        // The consumer must read the accumulator the producer wrote (an f32 add's result is
        // in the f32 accumulator, a `select`'s in the integer one).
        let at = self.code.len() - 1;
        let written = self.code[at].acc_results();
        if !acc_form.acc_read().is_some_and(|kind| written.contains(kind)) {
            return op;
        }
        if slot as usize >= self.num_locals
            && let Some(result_in_acc) = self.code[at].into_acc_result()
        {
            self.code[at] = result_in_acc;
        }
        acc_form
    }

    /// Appends an instruction that writes the new top-of-stack temporary.
    fn emit_producer(&mut self, op: Op) {
        let at = self.emit(op);
        self.last_producer = Some(at);
        self.fuse_arithmetic(at);
    }

    /// The cell widths of a block type's parameters and results.
    fn block_arity(env: &ModuleEnv, ty: BlockType) -> (Widths, Widths) {
        let widths = |tys: &[ValType]| tys.iter().map(|t| t.cells() as u8).collect();
        match ty {
            BlockType::Empty => (Widths::new(), Widths::new()),
            BlockType::Type(t) => {
                (Widths::new(), std::iter::once(if t == wasmparser::ValType::V128 { 2 } else { 1 }).collect())
            }
            BlockType::FuncType(i) => {
                let ty = &env.types[i as usize];
                (widths(&ty.params), widths(&ty.results))
            }
        }
    }

    /// Reads the function's local declarations (already validated when translating lazily; a
    /// validator has read them first otherwise): the frame cells its parameters and locals
    /// take, and the reader after them. Fills `local_cells` when some local is a v128.
    fn read_locals<'a>(
        &mut self,
        func_ty: &FuncType,
        mut reader: wasmparser::BinaryReader<'a>,
    ) -> Result<(usize, wasmparser::BinaryReader<'a>), Error> {
        self.local_cells.clear();
        let mut total = func_ty.params.len() as u64;
        let mut wide = func_ty.params.contains(&ValType::V128);
        let mut decls: SmallVec<[(u32, bool); 8]> = SmallVec::new();
        for _ in 0..reader.read_var_u32()? {
            let count = reader.read_var_u32()?;
            let v128 = reader.read::<wasmparser::ValType>()? == wasmparser::ValType::V128;
            wide |= v128 && count > 0;
            total += count as u64;
            decls.push((count, v128));
        }
        if !wide {
            return Ok((total as usize, reader));
        }
        // Validation bounds the number of locals (50,000), so the map stays small.
        let mut cell = 0usize;
        let mut add = |v128: bool, cells: &mut Vec<(Reg, u8)>| {
            let width = if v128 { 2 } else { 1 };
            cells.push((cell.min(Reg::MAX as usize) as Reg, width));
            cell += width as usize;
        };
        for t in func_ty.params.iter() {
            add(*t == ValType::V128, &mut self.local_cells);
        }
        for (count, v128) in decls {
            for _ in 0..count {
                add(v128, &mut self.local_cells);
            }
        }
        Ok((cell, reader))
    }

    /// Narrows the prologue's `ZeroLocals` to the cells the code relies on being zero: the
    /// locals it may read before writing them (`assigned`) and `zero_relied_on`; removes it
    /// when there are none. Runs once the whole body is translated: removing the instruction
    /// moves every later one down by one, which keeps every relative branch target, and no
    /// table holds absolute positions yet (a function with `try_table` ranges keeps it).
    fn narrow_zero_locals(&mut self) {
        let at = usize::from(matches!(self.code.first(), Some(Op::CheckInterrupt {})));
        let Some(&Op::ZeroLocals { from, count }) = self.code.get(at) else { return };
        if !self.handlers.is_empty() {
            return;
        }
        let (mut lo, mut hi) = (u32::MAX, 0u32);
        let mut include = |cell: u32, width: u32| {
            lo = lo.min(cell);
            hi = hi.max(cell + width);
        };
        for &cell in &self.zero_relied_on {
            include(u32::from(cell), 1);
        }
        for index in self.assigned.locals() {
            if self.assigned.read_first(index) {
                let (cell, width) = self.local(index);
                include(u32::from(cell), width as u32);
            }
        }
        let (from, end) = (u32::from(from), u32::from(from) + u32::from(count));
        let (lo, hi) = (lo.max(from), hi.min(end));
        if lo >= hi {
            self.code.remove(at);
        } else {
            self.code[at] = Op::ZeroLocals { from: lo as Reg, count: (hi - lo) as Reg };
        }
    }

    /// The first frame cell of local `index` and its width in cells.
    fn local(&self, index: u32) -> (Reg, usize) {
        match self.local_cells.get(index as usize) {
            Some(&(cell, width)) => (cell, width as usize),
            None => (index as Reg, 1),
        }
    }

    fn unary(&mut self, make: Unary) {
        let pos = self.stack.len() - 1;
        let src = self.reg_at(pos);
        self.stack.pop();
        let dst = self.push_temp();
        self.emit_producer(make(dst, src));
    }

    fn binary(&mut self, make: Binary, imm: Imm) {
        let len = self.stack.len();
        let (lhs_pos, rhs_pos) = (len - 2, len - 1);
        let small = |op: Operand| match op {
            Operand::Const { value, wide: false } => Some(value as u32 as i32),
            Operand::Const { value, wide: true } if value as i64 == value as i32 as i64 => Some(value as i32),
            _ => None,
        };
        let (l, r) = (self.stack[lhs_pos], self.stack[rhs_pos]);
        if let Imm::Bound { make, adjust, wide } = imm {
            let constant = |op: Operand| match op {
                Operand::Const { value, .. } => Some(if wide { value as i64 } else { value as u32 as i32 as i64 }),
                _ => None,
            };
            if let (None, Some(value)) = (constant(l), constant(r)) {
                let lhs = self.reg_at(lhs_pos);
                self.stack.truncate(len - 2);
                match adjust(value) {
                    Some(value) => {
                        let dst = self.push_temp();
                        self.emit_producer(make(dst, lhs, value));
                    }
                    None => {
                        // Always true: the result is a constant; nothing reads `lhs`.
                        self.last_producer = None;
                        self.push(Operand::Const { value: 1, wide: false });
                    }
                }
                return;
            }
        }
        if let Imm::Float { make, rev } = imm {
            let constant = |op: Operand| match op {
                Operand::Const { value, .. } => Some(value),
                _ => None,
            };
            // A constant on the right wins (two constants: the left one is materialized).
            let fused = match (constant(l), constant(r)) {
                (_, Some(value)) => Some((make, lhs_pos, value)),
                (Some(value), None) => Some((rev, rhs_pos, value)),
                (None, None) => None,
            };
            if let Some((make, pos, value)) = fused {
                let x = self.reg_at(pos);
                self.stack.truncate(len - 2);
                let dst = self.push_temp();
                self.emit_producer(make(dst, x, value));
                return;
            }
        }
        if let Imm::Wide(make) | Imm::WideRhs(make) = imm {
            let constant = |op: Operand| match op {
                Operand::Const { value, .. } => Some(value as i64),
                _ => None,
            };
            let fused = match (constant(l), constant(r)) {
                (None, Some(value)) => Some((lhs_pos, value)),
                (Some(value), None) if matches!(imm, Imm::Wide(_)) => Some((rhs_pos, value)),
                _ => None,
            };
            if let Some((pos, value)) = fused {
                let lhs = self.reg_at(pos);
                self.stack.truncate(len - 2);
                let dst = self.push_temp();
                self.emit_producer(make(dst, lhs, value));
                return;
            }
        }
        let with_imm = match imm {
            Imm::Rhs { make, .. } if small(r).is_some() && small(l).is_none() => Some((make, lhs_pos, small(r))),
            Imm::Rhs { make, commutes: true } if small(l).is_some() && small(r).is_none() => {
                Some((make, rhs_pos, small(l)))
            }
            Imm::Sub { add, .. } if small(l).is_none() => match small(r) {
                Some(v) if v != i32::MIN => Some((add, lhs_pos, Some(-v))),
                _ => None,
            },
            Imm::Sub { rev, .. } if small(r).is_none() => Some((rev, rhs_pos, small(l))),
            _ => None,
        };
        if let Some((make, pos, Some(value))) = with_imm {
            let lhs = self.reg_at(pos);
            self.stack.truncate(len - 2);
            let dst = self.push_temp();
            self.emit_producer(make(dst, lhs, value));
            return;
        }
        let lhs = self.reg_at(lhs_pos);
        let rhs = self.reg_at(rhs_pos);
        self.stack.truncate(len - 2);
        let dst = self.push_temp();
        self.emit_producer(make(dst, lhs, rhs));
    }

    /// The zero register and the folded offset for a memory access at stack position `pos`
    /// when its address there is a constant and `constant + offset` fits the offset field
    /// (beyond it every access traps: the unfolded form keeps that at run time).
    fn constant_address(&mut self, pos: usize, offset: u64) -> Option<(Reg, u32)> {
        let zero = self.zero_slot?;
        let Operand::Const { value, .. } = self.stack[pos] else { return None };
        let ea = u64::from(value as u32) + offset;
        let offset = u32::try_from(ea).ok()?;
        // Recorded once, not per access (a function may read its static data many times).
        if !self.zero_relied_on.contains(&zero) {
            self.zero_relied_on.push(zero);
        }
        Some((zero, offset))
    }

    fn load(&mut self, memarg: wasmparser::MemArg, make: fn(Reg, Reg, u32) -> Op) {
        let pos = self.stack.len() - 1;
        if let Some((zero, offset)) = self.constant_address(pos, memarg.offset) {
            self.stack.pop();
            let dst = self.push_temp();
            self.emit_producer(make(dst, zero, offset));
            return;
        }
        let is_temp = self.stack[pos] == Operand::Temp;
        let addr = self.reg_at(pos);
        self.stack.pop();
        let dst = self.push_temp();
        let offset = memarg.offset as u32;
        let op = make(dst, addr, offset);
        // Address fusion: `acc + x` computed just before, into this temporary, only for this
        // load, becomes part of the load (the add's wrap-around is kept).
        if is_temp && self.acc_slot() == Some(addr) {
            let at = self.code.len() - 1;
            if let Some(fused) = fuse_address(self.code[at], op) {
                self.code[at] = fused;
                self.last_producer = Some(at);
                // The shift that scaled the index just before (its result only in the
                // accumulator, for the add) joins too: `base + (index << k)`, `(index << k) + c`.
                if self.joins(at)
                    && let Some(scaled) = fuse_scaled_index(self.code[at - 1], fused)
                {
                    self.code.truncate(at - 1);
                    self.code.push(scaled);
                    self.last_producer = Some(at - 1);
                }
                return;
            }
        }
        // A pointer stepped just before and kept (`p += k; x = *p`): the add joins the load,
        // still writing the sum to its register.
        if !is_temp && self.acc_slot() == Some(addr) {
            let at = self.code.len() - 1;
            if let Some(fused) = fuse_kept_address(self.code[at], op) {
                self.code[at] = fused;
                self.last_producer = Some(at);
                return;
            }
        }
        self.emit_producer(op);
    }

    fn store(&mut self, memarg: wasmparser::MemArg, make: fn(Reg, Reg, u32) -> Op) {
        let len = self.stack.len();
        let addr_is_temp = self.stack[len - 2] == Operand::Temp;
        let constant_address = self.constant_address(len - 2, memarg.offset);
        let offset = constant_address.map_or(memarg.offset as u32, |(_, offset)| offset);
        let address = |t: &mut Self| constant_address.map_or_else(|| t.reg_at(len - 2), |(zero, _)| zero);
        // A constant value becomes an immediate (the low bits are what is stored; a 64-bit
        // store takes the whole constant).
        if let Operand::Const { value, .. } = self.stack[len - 1] {
            let addr = address(self);
            let imm = value as i32;
            let op = match make(0, 0, 0) {
                Op::Store8 { .. } => Some(Op::Store8Imm { addr, imm, offset }),
                Op::Store16 { .. } => Some(Op::Store16Imm { addr, imm, offset }),
                Op::Store32 { .. } => Some(Op::Store32Imm { addr, imm, offset }),
                Op::Store64 { .. } => Some(Op::Store64Imm { addr, imm: value as i64, offset }),
                _ => None,
            };
            if let Some(op) = op {
                self.stack.truncate(len - 2);
                self.emit_store(op, addr, addr_is_temp);
                return;
            }
        }
        let addr = address(self);
        let value_is_temp = self.stack[len - 1] == Operand::Temp;
        let src = self.reg_at(len - 1);
        self.stack.truncate(len - 2);
        let op = make(addr, src, offset);
        if value_is_temp && self.fuse_float_store(op) {
            return;
        }
        self.emit_store(op, addr, addr_is_temp);
    }

    /// Emits store `op`, folding in the address add just before it when that add computed the
    /// address temporary `addr` for this store alone, or the load and add before it when it
    /// writes back a constant added to what was loaded from its own address.
    fn emit_store(&mut self, op: Op, addr: Reg, addr_is_temp: bool) {
        if addr_is_temp && self.acc_slot() == Some(addr) {
            let at = self.code.len() - 1;
            if let Some(fused) = fuse_store_address(self.code[at], op) {
                self.code[at] = fused;
                self.last_producer = None;
                return;
            }
        }
        let at = self.emit(op);
        self.fuse_read_modify_write(at);
    }

    /// `local.set x` of local `y` that the last instruction just wrote (a folded `local.tee y`
    /// before): that instruction writes `x` too, instead of a copy after it. Only for the
    /// add of a constant (`i = next = i + 1` in loop headers).
    fn second_destination(&mut self, x: Reg, value: Operand) -> bool {
        let Operand::Local(y) = value else { return false };
        let Some(at) = self.producer_just_before() else { return false };
        match self.code[at] {
            Op::I32AddImm { dst, lhs, imm } if dst == y && y != x => {
                self.code[at] = Op::I32AddImmDup { dst, dst2: x, lhs, imm };
                true
            }
            _ => false,
        }
    }

    /// Registers of the top `n` operands (constants materialized), popped.
    fn pop_regs<const N: usize>(&mut self) -> [Reg; N] {
        let len = self.stack.len();
        let mut regs = [0; N];
        for (i, reg) in regs.iter_mut().enumerate() {
            *reg = self.reg_at(len - N + i);
        }
        self.stack.truncate(len - N);
        regs
    }

    /// Narrows the `i64` index (or length) `depth` entries below the top of the stack (0: the
    /// top) in place, for an instruction on a 64-bit table (`isa::narrow_table_index`).
    fn narrow_table_index(&mut self, depth: usize) {
        let pos = self.stack.len() - 1 - depth;
        if let Operand::Const { value, .. } = self.stack[pos] {
            let value = crate::isa::narrow_table_index(value) as u64;
            self.stack[pos] = Operand::Const { value, wide: false };
            return;
        }
        let src = self.reg_at(pos);
        let dst = self.slot(pos);
        self.emit(Op::TableIndex64 { dst, src });
        self.stack[pos] = Operand::Temp;
    }

    /// Narrows the operands at `depths` (see `narrow_table_index`) when `table` is 64-bit.
    fn narrow_table_operands(&mut self, env: &ModuleEnv, table: u32, depths: &[usize]) {
        if env.table64.get(table as usize) == Some(&true) {
            for &depth in depths {
                self.narrow_table_index(depth);
            }
        }
    }

    fn local_set(&mut self, local: u32, tee: bool) {
        let (x, width) = self.local(local);
        let (value, pos) = self.pop();
        let aliased = self.is_read(x);
        let folded = value == Operand::Temp && !aliased && {
            let slot = self.slot(pos);
            match self.producer_just_before() {
                Some(at) => match self.code[at].result_mut() {
                    Some(dst) if *dst == slot => {
                        *dst = x;
                        true
                    }
                    _ => false,
                },
                None => false,
            }
        };
        if !folded {
            self.preserve_local(x);
            if !self.second_destination(x, value) {
                self.copy_operand(x, value, pos, width);
            }
        }
        // After a folded `local.tee` the producer is still the last instruction and the
        // accumulator still holds the value now in `x`; otherwise nothing may be folded again.
        if !(folded && tee) {
            self.last_producer = None;
        }
        if tee {
            // The tee'd value is also still where it came from: a constant stays an immediate,
            // and another local is read from its own slot, so a reader does not wait for the
            // copy just made (loop-carried copy chains). A later write to that local
            // materializes this operand first (`preserve_local`), as for any local read.
            let pushed = match value {
                Operand::Const { .. } => value,
                Operand::Local(_) if !folded => value,
                _ => Operand::Local(x),
            };
            self.push_wide(pushed, width);
        }
    }

    fn call(&mut self, env: &ModuleEnv, ty: u32, make: impl FnOnce(Reg) -> Op) {
        let ty = &env.types[ty as usize];
        let params = ty.params.len();
        self.materialize_top(params);
        let base_pos = self.stack.len() - params;
        let base = self.slot(base_pos);
        self.emit(make(base));
        self.stack.truncate(base_pos);
        for t in ty.results.iter() {
            self.push_temp_wide(t.cells());
        }
    }

    /// Emits a tail call (`make(base, len)`) of a function of type `ty` whose arguments are the
    /// top values, put in their own slots `base..base+len` first; the code after it is dead.
    fn return_call(&mut self, env: &ModuleEnv, ty: u32, make: impl FnOnce(Reg, Reg) -> Op) {
        let ty = &env.types[ty as usize];
        let params = ty.params.len();
        self.materialize_top(params);
        let base = self.slot(self.stack.len() - params);
        self.emit(make(base, ty.param_cells() as Reg));
        self.reachable = false;
    }

    /// Translates one operator (already validated).
    fn operator(&mut self, env: &ModuleEnv, op: Operator<'_>) -> Result<(), Error> {
        use Operator as O;
        self.assigned.visit(&op);
        if !self.reachable {
            match op {
                O::Block { .. } | O::Loop { .. } | O::If { .. } | O::TryTable { .. } | O::Try { .. } => {
                    self.dead_depth += 1
                }
                O::Else => self.visit_else(),
                O::Catch { tag_index } => self.visit_catch(env, Some(tag_index)),
                O::CatchAll => self.visit_catch(env, None),
                O::Delegate { relative_depth } => self.visit_delegate(relative_depth),
                O::End => {
                    self.visit_end();
                }
                _ => {}
            }
            return Ok(());
        }
        // Without fuel this costs two predictable branches per operator (the body is inlined
        // once, as when it was this function).
        let label_after = env.fuel && {
            self.charge_fuel(&op);
            // A loop's `end` only falls through; every other `end` is a branch target.
            match op {
                O::Loop { .. }
                | O::If { .. }
                | O::Else
                | O::Catch { .. }
                | O::CatchAll
                | O::Delegate { .. }
                | O::BrIf { .. }
                | O::BrOnNull { .. }
                | O::BrOnNonNull { .. } => true,
                O::End => self.controls.last().is_some_and(|c| c.kind != ControlKind::Loop),
                _ => false,
            }
        };
        if !(env.generic_memory() && self.memory_n_operator(env, &op)) {
            self.operator_body(env, op)?;
        }
        if env.fuel && (label_after || !self.reachable) {
            self.fuel_at = None;
        }
        Ok(())
    }

    /// Adds the cost of `op` to the current basic block's `Op::Fuel`, opening a block (emitting
    /// its `Op::Fuel`) if none is open. Blocks open only at block boundaries, where no value is
    /// pending in the accumulator, so the new instruction separates nothing that would fuse.
    fn charge_fuel(&mut self, op: &Operator<'_>) {
        let cost = crate::fuel::cost(op);
        if cost == 0 {
            return;
        }
        // No fusion rewrites or removes the block's `Fuel`: they look back only at the last
        // producer, and a block opens with no producer pending.
        if let Some(Op::Fuel { cost: total }) = self.fuel_at.and_then(|at| self.code.get_mut(at)) {
            *total = total.saturating_add(cost);
            return;
        }
        debug_assert!(self.fuel_at.is_none(), "the fuel block's instruction was rewritten");
        self.fuel_at = Some(self.code.len());
        self.code.push(Op::Fuel { cost });
    }

    /// Translates one reachable operator.
    #[inline(always)]
    fn operator_body(&mut self, env: &ModuleEnv, op: Operator<'_>) -> Result<(), Error> {
        use Operator as O;
        macro_rules! bin {
            ($op:ident) => {
                self.binary(|dst, lhs, rhs| Op::$op { dst, lhs, rhs }, Imm::None)
            };
            ($op:ident, $imm:ident, $commutes:expr) => {
                self.binary(
                    |dst, lhs, rhs| Op::$op { dst, lhs, rhs },
                    Imm::Rhs { make: |dst, lhs, imm| Op::$imm { dst, lhs, imm }, commutes: $commutes },
                )
            };
        }
        macro_rules! bin64 {
            ($op:ident, $imm:ident) => {
                self.binary(
                    |dst, lhs, rhs| Op::$op { dst, lhs, rhs },
                    Imm::Wide(|dst, lhs, imm| Op::$imm { dst, lhs, imm }),
                )
            };
        }
        macro_rules! cmp64 {
            ($op:ident, $imm:ident) => {
                self.binary(
                    |dst, lhs, rhs| Op::$op { dst, lhs, rhs },
                    Imm::WideRhs(|dst, lhs, imm| Op::$imm { dst, lhs, imm }),
                )
            };
        }
        // `a > b` as `b < a` (and `a >= b` as `b <= a`): the order compares of two registers
        // exist only as `<` and `<=`; a constant on the right takes the `>` immediate form.
        macro_rules! gt {
            ($swapped:ident, $imm:ident) => {
                self.binary(
                    |dst, lhs, rhs| Op::$swapped { dst, lhs: rhs, rhs: lhs },
                    Imm::Rhs { make: |dst, lhs, imm| Op::$imm { dst, lhs, imm }, commutes: false },
                )
            };
        }
        // `<=` / `>=` of registers as `<=` (operands swapped for `>=`); of a constant `c` on the
        // right as `<` of `c + 1` / `>` of `c - 1` (`$t` the type the constant is read as).
        macro_rules! bound {
            (swapped $op:ident, $imm:ident, $t:ty, $step:ident, $wide:expr) => {
                self.binary(|dst, lhs, rhs| Op::$op { dst, lhs: rhs, rhs: lhs }, bound!(@imm $imm, $t, $step, $wide))
            };
            ($op:ident, $imm:ident, $t:ty, $step:ident, $wide:expr) => {
                self.binary(|dst, lhs, rhs| Op::$op { dst, lhs, rhs }, bound!(@imm $imm, $t, $step, $wide))
            };
            (@imm $imm:ident, $t:ty, $step:ident, $wide:expr) => {
                Imm::Bound {
                    make: |dst, lhs, imm| Op::$imm { dst, lhs, imm: imm as _ },
                    adjust: |c| (c as $t).$step(1).map(|c| c as i64),
                    wide: $wide,
                }
            };
        }
        macro_rules! sub {
            ($op:ident, $imm:ident, $rev:ident) => {
                self.binary(
                    |dst, lhs, rhs| Op::$op { dst, lhs, rhs },
                    Imm::Sub {
                        add: |dst, lhs, imm| Op::$imm { dst, lhs, imm },
                        rev: |dst, lhs, imm| Op::$rev { dst, lhs, imm },
                    },
                )
            };
        }
        // Float arithmetic: a constant operand (either side) becomes an immediate.
        macro_rules! fbin {
            ($op:ident, $imm:ident, $rev:ident) => {
                self.binary(
                    |dst, lhs, rhs| Op::$op { dst, lhs, rhs },
                    Imm::Float {
                        make: |dst, lhs, imm| Op::$imm { dst, lhs, imm: imm as _ },
                        rev: |dst, lhs, imm| Op::$rev { dst, lhs, imm: imm as _ },
                    },
                )
            };
        }
        macro_rules! un {
            ($op:ident) => {
                self.unary(|dst, src| Op::$op { dst, src })
            };
        }
        macro_rules! load {
            ($memarg:expr, $op:ident) => {
                self.load($memarg, |dst, addr, offset| Op::$op { dst, addr, offset })
            };
        }
        macro_rules! store {
            ($memarg:expr, $op:ident) => {
                self.store($memarg, |addr, src, offset| Op::$op { addr, src, offset })
            };
        }
        match op {
            O::Unreachable => {
                self.emit(Op::Unreachable {});
                self.reachable = false;
            }
            O::Nop => {}
            O::Block { blockty } => {
                self.enter_block(ControlKind::Block, Self::block_arity(env, blockty), None);
            }
            O::Loop { blockty } => {
                self.enter_block(ControlKind::Loop, Self::block_arity(env, blockty), None);
                let start = self.code.len();
                if let Some(c) = self.controls.last_mut() {
                    c.start = start;
                }
                // Back edges land on the check (the loop's fuel block opens after it).
                if env.interruptible {
                    self.code.push(Op::CheckInterrupt {});
                }
            }
            O::If { blockty } => {
                let arity = Self::block_arity(env, blockty);
                let cond = self.pop();
                self.enter_block(ControlKind::If, arity, Some(cond));
            }
            O::Else => self.visit_else(),
            O::End => {
                self.visit_end();
            }
            O::TryTable { try_table } => self.visit_try_table(env, try_table),
            O::Throw { tag_index } => self.visit_throw(env, tag_index),
            O::ThrowRef => self.visit_throw_ref(),
            O::Try { blockty } => self.visit_try(env, blockty),
            O::Catch { tag_index } => self.visit_catch(env, Some(tag_index)),
            O::CatchAll => self.visit_catch(env, None),
            O::Rethrow { relative_depth } => self.visit_rethrow(relative_depth),
            O::Delegate { relative_depth } => self.visit_delegate(relative_depth),
            O::Br { relative_depth } => self.visit_br(relative_depth),
            O::BrIf { relative_depth } => self.visit_br_if(relative_depth),
            O::BrTable { targets } => self.visit_br_table(&targets)?,
            O::Return => self.emit_return(),
            O::Call { function_index } => {
                let ty = env.func_types[function_index as usize];
                self.call(env, ty, |base| Op::Call { func: function_index, base });
            }
            O::CallIndirect { type_index, table_index } => {
                self.narrow_table_operands(env, table_index, &[0]);
                let [index] = self.pop_regs::<1>();
                let sig = env.sig_ids[type_index as usize];
                self.call(env, type_index, |base| Op::CallIndirect { sig, table: table_index, index, base });
            }
            O::ReturnCall { function_index } => {
                let ty = env.func_types[function_index as usize];
                self.return_call(env, ty, |base, len| Op::ReturnCall { func: function_index, base, len });
            }
            O::ReturnCallIndirect { type_index, table_index } => {
                self.narrow_table_operands(env, table_index, &[0]);
                let [index] = self.pop_regs::<1>();
                let sig = env.sig_ids[type_index as usize];
                self.return_call(env, type_index, |base, len| Op::ReturnCallIndirect {
                    sig,
                    table: table_index,
                    index,
                    base,
                    len,
                });
            }
            O::CallRef { type_index } => {
                let [src] = self.pop_regs::<1>();
                let sig = env.sig_ids[type_index as usize];
                self.call(env, type_index, |base| Op::CallRef { sig, src, base });
            }
            O::ReturnCallRef { type_index } => {
                let [src] = self.pop_regs::<1>();
                let sig = env.sig_ids[type_index as usize];
                self.return_call(env, type_index, |base, len| Op::ReturnCallRef { sig, src, base, len });
            }
            O::RefAsNonNull => {
                // The reference stays on the stack, where it is.
                let src = self.reg_at(self.stack.len() - 1);
                self.emit(Op::RefAsNonNull { src });
            }
            O::BrOnNull { relative_depth } => self.visit_br_on_null(relative_depth),
            O::BrOnNonNull { relative_depth } => self.visit_br_on_non_null(relative_depth),
            O::Drop => {
                self.stack.pop();
            }
            O::Select | O::TypedSelect { .. } if self.stack.width(self.stack.len() - 2) == 2 => {
                let [lhs, rhs, cond] = self.pop_regs::<3>();
                let dst = self.push_temp_wide(2);
                self.emit_producer(Op::SelectV128 { dst, cond, lhs, rhs });
            }
            O::Select | O::TypedSelect { .. } => {
                // One constant choice becomes an immediate (when its cell is a non-negative i32,
                // which reads the same as an i32, i64 or f32 cell).
                let len = self.stack.len();
                let constant = |op: Operand| match op {
                    Operand::Const { value, .. } if value <= i32::MAX as u64 => Some(value as i32),
                    _ => None,
                };
                let (on_true, on_false) = (constant(self.stack[len - 3]), constant(self.stack[len - 2]));
                if on_true.is_some() != on_false.is_some() {
                    let other = self.reg_at(if on_true.is_some() { len - 2 } else { len - 3 });
                    let cond = self.reg_at(len - 1);
                    self.stack.truncate(len - 3);
                    let dst = self.push_temp();
                    self.emit_producer(match (on_true, on_false) {
                        (Some(imm), _) => Op::SelectConstT { dst, cond, imm, rhs: other },
                        (_, Some(imm)) => Op::SelectConstF { dst, cond, lhs: other, imm },
                        _ => unreachable!("exactly one choice is a constant"),
                    });
                    return Ok(());
                }
                let [lhs, rhs, cond] = self.pop_regs::<3>();
                let dst = self.push_temp();
                // `select` on an `eqz` just computed: drop the eqz, test its operand and
                // swap the choices (an i64 operand needs the 64-bit test).
                if self.acc_slot() == Some(cond) && cond as usize >= self.num_locals {
                    let at = self.code.len() - 1;
                    let (lhs, rhs) = (rhs, lhs);
                    let swapped = match self.code[at] {
                        Op::I32Eqz { src, .. } => Some(Op::Select { dst, cond: src, lhs, rhs }),
                        Op::I32EqzA { .. } => Some(Op::SelectA { dst, lhs, rhs }),
                        Op::I64Eqz { src, .. } => Some(Op::SelectI64 { dst, cond: src, lhs, rhs }),
                        Op::I64EqzA { .. } => Some(Op::SelectI64A { dst, lhs, rhs }),
                        _ => None,
                    };
                    if let Some(select) = swapped {
                        self.code.pop();
                        self.last_producer = None;
                        self.emit_producer(select);
                        return Ok(());
                    }
                }
                self.emit_producer(Op::Select { dst, cond, lhs, rhs });
            }
            O::LocalGet { local_index } => {
                let (cell, width) = self.local(local_index);
                self.push_wide(Operand::Local(cell), width);
            }
            O::LocalSet { local_index } => self.local_set(local_index, false),
            O::LocalTee { local_index } => self.local_set(local_index, true),
            O::GlobalGet { global_index } if env.v128_globals.get(global_index as usize) == Some(&true) => {
                let dst = self.push_temp_wide(2);
                self.emit_producer(Op::GlobalGetV128 { dst, global: global_index });
            }
            O::GlobalSet { global_index } if env.v128_globals.get(global_index as usize) == Some(&true) => {
                let [src] = self.pop_regs::<1>();
                self.emit(Op::GlobalSetV128 { src, global: global_index });
            }
            O::GlobalGet { global_index } => {
                let dst = self.push_temp();
                self.emit_producer(Op::GlobalGet { dst, global: global_index });
            }
            O::GlobalSet { global_index } => {
                let [src] = self.pop_regs::<1>();
                let at = self.emit(Op::GlobalSet { src, global: global_index });
                self.fuse_global_update(at);
            }
            O::I32Load { memarg } | O::F32Load { memarg } | O::I64Load32U { memarg } => load!(memarg, I32Load),
            O::I64Load { memarg } | O::F64Load { memarg } => load!(memarg, I64Load),
            O::I32Load8S { memarg } => load!(memarg, I32Load8S),
            O::I32Load8U { memarg } | O::I64Load8U { memarg } => load!(memarg, I32Load8U),
            O::I32Load16S { memarg } => load!(memarg, I32Load16S),
            O::I32Load16U { memarg } | O::I64Load16U { memarg } => load!(memarg, I32Load16U),
            O::I64Load8S { memarg } => load!(memarg, I64Load8S),
            O::I64Load16S { memarg } => load!(memarg, I64Load16S),
            O::I64Load32S { memarg } => load!(memarg, I64Load32S),
            O::I32Store8 { memarg } | O::I64Store8 { memarg } => store!(memarg, Store8),
            O::I32Store16 { memarg } | O::I64Store16 { memarg } => store!(memarg, Store16),
            O::I32Store { memarg } | O::F32Store { memarg } | O::I64Store32 { memarg } => store!(memarg, Store32),
            O::I64Store { memarg } | O::F64Store { memarg } => store!(memarg, Store64),
            O::MemorySize { mem } => {
                let dst = self.push_temp();
                self.emit_producer(Op::MemorySize { dst, mem });
            }
            O::MemoryGrow { mem } => {
                let [delta] = self.pop_regs::<1>();
                let dst = self.push_temp();
                self.emit_producer(Op::MemoryGrow { dst, delta, mem });
            }
            O::MemoryFill { .. } => {
                let [dst, val, len] = self.pop_regs::<3>();
                self.emit(Op::MemoryFill { dst, val, len });
            }
            O::MemoryCopy { .. } => {
                let [dst, src, len] = self.pop_regs::<3>();
                self.emit(Op::MemoryCopy { dst, src, len });
            }
            O::MemoryInit { data_index, .. } => {
                let [dst, src, len] = self.pop_regs::<3>();
                self.emit(Op::MemoryInit { dst, src, len, data: data_index });
            }
            O::DataDrop { data_index } => {
                self.emit(Op::DataDrop { data: data_index });
            }
            O::TableGet { table } => {
                self.narrow_table_operands(env, table, &[0]);
                let [index] = self.pop_regs::<1>();
                let dst = self.push_temp();
                self.emit_producer(Op::TableGet { dst, index, table });
            }
            O::TableSet { table } => {
                self.narrow_table_operands(env, table, &[1]);
                let [index, src] = self.pop_regs::<2>();
                self.emit(Op::TableSet { index, src, table });
            }
            O::TableSize { table } => {
                let dst = self.push_temp();
                self.emit_producer(Op::TableSize { dst, table });
            }
            O::TableGrow { table } if env.table64.get(table as usize) == Some(&true) => {
                let [init, delta] = self.pop_regs::<2>();
                let dst = self.push_temp();
                self.emit_producer(Op::TableGrow64 { dst, init, delta, table });
            }
            O::TableGrow { table } => {
                let [init, delta] = self.pop_regs::<2>();
                let dst = self.push_temp();
                self.emit_producer(Op::TableGrow { dst, init, delta, table });
            }
            O::TableFill { table } => {
                self.narrow_table_operands(env, table, &[2, 0]);
                let [dst, val, len] = self.pop_regs::<3>();
                self.emit(Op::TableFill { dst, val, len, table });
            }
            O::TableCopy { dst_table, src_table } => {
                // The length is an i64 only when both tables are 64-bit.
                self.narrow_table_operands(env, dst_table, &[2]);
                self.narrow_table_operands(env, src_table, &[1]);
                if env.table64.get(src_table as usize) == Some(&true) {
                    self.narrow_table_operands(env, dst_table, &[0]);
                }
                let [dst, src, len] = self.pop_regs::<3>();
                self.emit(Op::TableCopy { dst, src, len, dst_table, src_table });
            }
            O::TableInit { elem_index, table } => {
                self.narrow_table_operands(env, table, &[2]);
                let [dst, src, len] = self.pop_regs::<3>();
                self.emit(Op::TableInit { dst, src, len, table, elem: elem_index });
            }
            O::ElemDrop { elem_index } => {
                self.emit(Op::ElemDrop { elem: elem_index });
            }
            O::RefNull { .. } => self.push(Operand::Const { value: 0, wide: false }),
            O::RefIsNull => un!(I64Eqz),
            O::RefFunc { function_index } => {
                let dst = self.push_temp();
                self.emit_producer(Op::RefFunc { dst, func: function_index });
            }
            O::I32Const { value } => self.push(Operand::Const { value: value as u32 as u64, wide: false }),
            O::I64Const { value } => self.push(Operand::Const { value: value as u64, wide: true }),
            O::F32Const { value } => self.push(Operand::Const { value: value.bits() as u64, wide: false }),
            O::F64Const { value } => self.push(Operand::Const { value: value.bits(), wide: true }),

            O::I32Eqz => un!(I32Eqz),
            O::I32Eq => bin!(I32Eq, I32EqImm, true),
            O::I32Ne => bin!(I32Ne, I32NeImm, true),
            O::I32LtS => bin!(I32LtS, I32LtSImm, false),
            O::I32LtU => bin!(I32LtU, I32LtUImm, false),
            O::I32GtS => gt!(I32LtS, I32GtSImm),
            O::I32GtU => gt!(I32LtU, I32GtUImm),
            O::I32LeS => bound!(I32LeS, I32LtSImm, i32, checked_add, false),
            O::I32LeU => bound!(I32LeU, I32LtUImm, u32, checked_add, false),
            O::I32GeS => bound!(swapped I32LeS, I32GtSImm, i32, checked_sub, false),
            O::I32GeU => bound!(swapped I32LeU, I32GtUImm, u32, checked_sub, false),
            O::I32Clz => un!(I32Clz),
            O::I32Ctz => un!(I32Ctz),
            O::I32Popcnt => un!(I32Popcnt),
            O::I32Add => bin!(I32Add, I32AddImm, true),
            O::I32Sub => sub!(I32Sub, I32AddImm, I32RSubImm),
            O::I32Mul => bin!(I32Mul, I32MulImm, true),
            O::I32DivS => bin!(I32DivS),
            O::I32DivU => bin!(I32DivU),
            O::I32RemS => bin!(I32RemS),
            O::I32RemU => bin!(I32RemU),
            O::I32And => bin!(I32And, I32AndImm, true),
            O::I32Or => bin!(I32Or, I32OrImm, true),
            O::I32Xor => bin!(I32Xor, I32XorImm, true),
            O::I32Shl => bin!(I32Shl, I32ShlImm, false),
            O::I32ShrS => bin!(I32ShrS, I32ShrSImm, false),
            O::I32ShrU => bin!(I32ShrU, I32ShrUImm, false),
            O::I32Rotl => bin!(I32Rotl, I32RotlImm, false),
            O::I32Rotr => bin!(I32Rotr, I32RotrImm, false),

            O::I64Eqz => un!(I64Eqz),
            O::I64Eq => bin64!(I64Eq, I64EqImm),
            O::I64Ne => bin64!(I64Ne, I64NeImm),
            O::I64LtS => cmp64!(I64LtS, I64LtSImm),
            O::I64LtU => cmp64!(I64LtU, I64LtUImm),
            O::I64GtS => self.binary(
                |dst, lhs, rhs| Op::I64LtS { dst, lhs: rhs, rhs: lhs },
                Imm::WideRhs(|dst, lhs, imm| Op::I64GtSImm { dst, lhs, imm }),
            ),
            O::I64GtU => self.binary(
                |dst, lhs, rhs| Op::I64LtU { dst, lhs: rhs, rhs: lhs },
                Imm::WideRhs(|dst, lhs, imm| Op::I64GtUImm { dst, lhs, imm }),
            ),
            O::I64LeS => bound!(I64LeS, I64LtSImm, i64, checked_add, true),
            O::I64LeU => bound!(I64LeU, I64LtUImm, u64, checked_add, true),
            O::I64GeS => bound!(swapped I64LeS, I64GtSImm, i64, checked_sub, true),
            O::I64GeU => bound!(swapped I64LeU, I64GtUImm, u64, checked_sub, true),
            O::I64Clz => un!(I64Clz),
            O::I64Ctz => un!(I64Ctz),
            O::I64Popcnt => un!(I64Popcnt),
            O::I64Add => bin!(I64Add, I64AddImm, true),
            O::I64Sub => sub!(I64Sub, I64AddImm, I64RSubImm),
            O::I64Mul => bin64!(I64Mul, I64MulImm),
            O::I64DivS => bin!(I64DivS),
            O::I64DivU => bin!(I64DivU),
            O::I64RemS => bin!(I64RemS),
            O::I64RemU => bin!(I64RemU),
            O::I64And => bin64!(I64And, I64AndImm),
            O::I64Or => bin64!(I64Or, I64OrImm),
            O::I64Xor => bin64!(I64Xor, I64XorImm),
            O::I64Shl => bin!(I64Shl, I64ShlImm, false),
            O::I64ShrS => bin!(I64ShrS, I64ShrSImm, false),
            O::I64ShrU => bin!(I64ShrU, I64ShrUImm, false),
            O::I64Rotl => bin!(I64Rotl, I64RotlImm, false),
            O::I64Rotr => bin!(I64Rotr, I64RotrImm, false),

            O::F32Eq => bin!(F32Eq, F32EqImm, true),
            O::F32Ne => bin!(F32Ne, F32NeImm, true),
            O::F32Lt => bin!(F32Lt, F32LtImm, false),
            O::F32Gt => gt!(F32Lt, F32GtImm),
            O::F32Le => bin!(F32Le, F32LeImm, false),
            O::F32Ge => gt!(F32Le, F32GeImm),
            O::F32Abs => un!(F32Abs),
            O::F32Neg => un!(F32Neg),
            O::F32Ceil => un!(F32Ceil),
            O::F32Floor => un!(F32Floor),
            O::F32Trunc => un!(F32Trunc),
            O::F32Nearest => un!(F32Nearest),
            O::F32Sqrt => un!(F32Sqrt),
            O::F32Add => fbin!(F32Add, F32AddImm, F32AddImm),
            O::F32Sub => fbin!(F32Sub, F32SubImm, F32RSubImm),
            O::F32Mul => fbin!(F32Mul, F32MulImm, F32MulImm),
            O::F32Div => fbin!(F32Div, F32DivImm, F32RDivImm),
            O::F32Min => bin!(F32Min),
            O::F32Max => bin!(F32Max),
            O::F32Copysign => bin!(F32Copysign),

            O::F64Eq => bin!(F64Eq),
            O::F64Ne => bin!(F64Ne),
            O::F64Lt => bin!(F64Lt),
            O::F64Gt => self.binary(|dst, lhs, rhs| Op::F64Lt { dst, lhs: rhs, rhs: lhs }, Imm::None),
            O::F64Le => bin!(F64Le),
            O::F64Ge => self.binary(|dst, lhs, rhs| Op::F64Le { dst, lhs: rhs, rhs: lhs }, Imm::None),
            O::F64Abs => un!(F64Abs),
            O::F64Neg => un!(F64Neg),
            O::F64Ceil => un!(F64Ceil),
            O::F64Floor => un!(F64Floor),
            O::F64Trunc => un!(F64Trunc),
            O::F64Nearest => un!(F64Nearest),
            O::F64Sqrt => un!(F64Sqrt),
            O::F64Add => fbin!(F64Add, F64AddImm, F64AddImm),
            O::F64Sub => fbin!(F64Sub, F64SubImm, F64RSubImm),
            O::F64Mul => fbin!(F64Mul, F64MulImm, F64MulImm),
            O::F64Div => fbin!(F64Div, F64DivImm, F64RDivImm),
            O::F64Min => bin!(F64Min),
            O::F64Max => bin!(F64Max),
            O::F64Copysign => bin!(F64Copysign),

            O::I32WrapI64 => un!(I32WrapI64),
            O::I32TruncF32S => un!(I32TruncF32S),
            O::I32TruncF32U => un!(I32TruncF32U),
            O::I32TruncF64S => un!(I32TruncF64S),
            O::I32TruncF64U => un!(I32TruncF64U),
            O::I64ExtendI32S => un!(I64ExtendI32S),
            O::I64ExtendI32U => un!(I64ExtendI32U),
            O::I64TruncF32S => un!(I64TruncF32S),
            O::I64TruncF32U => un!(I64TruncF32U),
            O::I64TruncF64S => un!(I64TruncF64S),
            O::I64TruncF64U => un!(I64TruncF64U),
            O::F32ConvertI32S => un!(F32ConvertI32S),
            O::F32ConvertI32U => un!(F32ConvertI32U),
            O::F32ConvertI64S => un!(F32ConvertI64S),
            O::F32ConvertI64U => un!(F32ConvertI64U),
            O::F32DemoteF64 => un!(F32DemoteF64),
            O::F64ConvertI32S => un!(F64ConvertI32S),
            O::F64ConvertI32U => un!(F64ConvertI32U),
            O::F64ConvertI64S => un!(F64ConvertI64S),
            O::F64ConvertI64U => un!(F64ConvertI64U),
            O::F64PromoteF32 => un!(F64PromoteF32),
            // Reinterpretations do not change the bits of a cell, except that an f32/i32 cell
            // is 32 bits wide in both types: nothing to do.
            O::I32ReinterpretF32 | O::I64ReinterpretF64 | O::F32ReinterpretI32 | O::F64ReinterpretI64 => {}
            O::I32Extend8S => un!(I32Extend8S),
            O::I32Extend16S => un!(I32Extend16S),
            O::I64Extend8S => un!(I64Extend8S),
            O::I64Extend16S => un!(I64Extend16S),
            O::I64Extend32S => un!(I64Extend32S),
            O::I32TruncSatF32S => un!(I32TruncSatF32S),
            O::I32TruncSatF32U => un!(I32TruncSatF32U),
            O::I32TruncSatF64S => un!(I32TruncSatF64S),
            O::I32TruncSatF64U => un!(I32TruncSatF64U),
            O::I64TruncSatF32S => un!(I64TruncSatF32S),
            O::I64TruncSatF32U => un!(I64TruncSatF32U),
            O::I64TruncSatF64S => un!(I64TruncSatF64S),
            O::I64TruncSatF64U => un!(I64TruncSatF64U),
            other => return self.simd_operator(other),
        }
        Ok(())
    }
}
