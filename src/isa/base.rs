//! The base instruction table: every Wasm operation in its operand forms (base rows, expanded
//! by `forms`), the immediate forms of the ops that take a constant, the compare-and-branch
//! forms, and the irregular instructions (control, memory, tables) written out as families.
//! The generic memory families (memory N, 64-bit memories) follow in `memory_n`, the exception
//! families in `exn`, the SIMD families in `simd`, the superinstructions in `fused`. Notation:
//! see `isa`; row syntax: see `forms`.

expand_isa! { ($) []

    // ---- control ----
    families {
        family Unreachable [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// trap "unreachable"
            fast Reg Unreachable {} => { trap!(TrapCode::Unreachable) }
        }
        family Fuel [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// if store.fuel < cost { trap "all fuel consumed" } store.fuel -= cost (the cost of the
            /// basic block it starts; emitted only with `Config::consume_fuel`)
            fast Reg Fuel { cost: u32 } => {
                let store = store!();
                match store.fuel.checked_sub(cost as u64) {
                    Some(left) => store.fuel = left,
                    None => trap!(TrapCode::OutOfFuel),
                }
                next!()
            }
        }
        family CheckInterrupt [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// if the store's interrupt flag is set { trap "interrupted" } (at function entry and loop
            /// headers; emitted only with `Config::interruptible`)
            fast Reg CheckInterrupt {} => {
                // SAFETY: the flag is the store's `Arc<AtomicBool>`; the store (borrowed for the
                // whole run) keeps it alive and never replaces it.
                if (*interrupt_flag!()).load(std::sync::atomic::Ordering::Relaxed) {
                    trap!(TrapCode::Interrupted);
                }
                next!()
            }
        }
        family Br [out NONE, acc_in -, operand -, result -, branch jump, compare []] {
            /// pc += target
            fast Reg Br { target: i32 } => { jump!(target) }
        }
        family BrTableEntry [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// an entry of a table jump in encoded code (`exec::encode` makes one of each `Br`
            /// after a table jump): the jump that selects it goes to its own pc + offset bytes;
            /// never run itself (it traps)
            fast Reg BrTableEntry { offset: i32 } => { let _ = offset; trap!(TrapCode::Unreachable) }
        }
    }
    /// if r[cond] as u32 == 0 { pc += target }
    branch_unary BrIfEqz(a: i32) { a == 0 } [BrIfEqz BrIfEqzA];
    /// if r[cond] as u32 != 0 { pc += target }
    branch_unary BrIfNez(a: i32) { a != 0 } [BrIfNez BrIfNezA];
    /// if r[cond] as u64 == 0 { pc += target }
    branch_unary BrIfI64Eqz(a: i64) { a == 0 } [BrIfI64Eqz BrIfI64EqzA];
    /// if r[cond] as u64 != 0 { pc += target }
    branch_unary BrIfI64Nez(a: i64) { a != 0 } [BrIfI64Nez BrIfI64NezA];
    /// if r[lhs] == r[rhs] (i32) { pc += target }
    branch BrIfI32Eq(a: i32, b: i32) { a == b } [BrIfI32Eq BrIfI32EqA];
    /// if r[lhs] != r[rhs] (i32) { pc += target }
    branch BrIfI32Ne(a: i32, b: i32) { a != b } [BrIfI32Ne BrIfI32NeA];
    /// if r[lhs] <s r[rhs] (i32) { pc += target }
    branch BrIfI32LtS(a: i32, b: i32) { (a as i32) < b as i32 } [BrIfI32LtS BrIfI32LtSA BrIfI32LtSRevA];
    /// if r[lhs] <u r[rhs] (i32) { pc += target }
    branch BrIfI32LtU(a: i32, b: i32) { a < b } [BrIfI32LtU BrIfI32LtUA BrIfI32LtURevA];
    /// if r[lhs] <=s r[rhs] (i32) { pc += target }
    branch BrIfI32LeS(a: i32, b: i32) { a as i32 <= b as i32 } [BrIfI32LeS BrIfI32LeSA BrIfI32LeSRevA];
    /// if r[lhs] <=u r[rhs] (i32) { pc += target }
    branch BrIfI32LeU(a: i32, b: i32) { a <= b } [BrIfI32LeU BrIfI32LeUA BrIfI32LeURevA];
    /// if r[lhs] == imm (i32) { pc += target }
    branch_imm BrIfI32EqImm(a: i32, b: imm i32) { a as i32 == (b as i32) } [BrIfI32EqImm BrIfI32EqImmA];
    /// if r[lhs] != imm (i32) { pc += target }
    branch_imm BrIfI32NeImm(a: i32, b: imm i32) { a as i32 != (b as i32) } [BrIfI32NeImm BrIfI32NeImmA];
    /// if r[lhs] <s imm (i32) { pc += target }
    branch_imm BrIfI32LtSImm(a: i32, b: imm i32) { (a as i32) < (b as i32) } [BrIfI32LtSImm BrIfI32LtSImmA];
    /// if r[lhs] <u imm (i32) { pc += target }
    branch_imm BrIfI32LtUImm(a: i32, b: imm i32) { a < b } [BrIfI32LtUImm BrIfI32LtUImmA];
    /// if r[lhs] >s imm (i32) { pc += target }
    branch_imm BrIfI32GtSImm(a: i32, b: imm i32) { a as i32 > (b as i32) } [BrIfI32GtSImm BrIfI32GtSImmA];
    /// if r[lhs] >u imm (i32) { pc += target }
    branch_imm BrIfI32GtUImm(a: i32, b: imm i32) { a > b } [BrIfI32GtUImm BrIfI32GtUImmA];
    families {
        family BrTable [out NONE, acc_in Int, operand index, result -, branch -, compare []] {
            /// pc += 1 + min(r[index] as u32, len); followed by len + 1 `Br` targets
            fast Reg BrTable { index: Reg, len: u32 } => {
                // Jump straight to the selected target: every entry after the table is a `Br`.
                table_jump!(1 + i32v!(index).min(len) as isize)
            }
            /// `BrTable` with the index in `acc`
            fast Acc BrTableA { len: u32 } => {
                table_jump!(1 + (acc!() as u32).min(len) as isize)
            }
        }
        family Return [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// return to the caller (results already in r[0..])
            fast Reg Return {} => { ret!() }
        }
        family ReturnReg [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// r[0] = r[src]; return
            fast Reg ReturnReg { src: Reg } => { r!(0) = r!(src); ret!() }
        }
        family ReturnImm [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// r[0] = imm; return
            fast Reg ReturnImm { imm: u64 } => { r!(0) = imm; ret!() }
        }
        family Call [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// call function `func` (module index) with its frame at r[base..]
            fast Reg Call { func: u32, base: Reg } => { call_local!(func, base) }
        }
        family CallIndirect [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// call table[table][r[index]] expecting signature `sig` (engine id), frame at r[base..]
            fast Reg CallIndirect { sig: u32, table: u32, index: Reg, base: Reg } => {
                let store = store!();
                // SAFETY: validation guarantees `table` is in the instance's table space (so the
                // instance has a table 0 when `table` is 0), and the instance's table space holds
                // indices of this store's tables (`Instance::new` rejects imports of another store).
                let table = if table == 0 {
                    table0!()
                } else {
                    *store.instances.get_unchecked(inst!() as usize).tables.get_unchecked(table as usize)
                };
                let elems = &store.tables.get_unchecked(table as usize).elems;
                let cell = match elems.get(i32v!(index) as usize) {
                    Some(&cell) => cell,
                    None => trap!(TrapCode::UndefinedElement),
                };
                if cell == 0 {
                    trap!(TrapCode::UninitializedElement);
                }
                let callee = (cell - 1) as u32;
                // SAFETY: a funcref table cell is 0 or a function index of this store + 1 (the
                // invariant on `Store`: host values are checked by `Store::val_to_cell`, wasm only
                // copies cells that hold it, and `funcs` never shrinks); validation guarantees a
                // funcref table here. `call_cache` has one entry per store function (`push_func`).
                let known = store.call_cache.get_unchecked(callee as usize).get();
                if known.sig == sig && known.instance == inst!() {
                    call_known!(known.target, base)
                }
                // Not entered before, another instance's, a host function or the wrong signature.
                off_chain!({
                    if store.funcs.get_unchecked(callee as usize).sig() != sig {
                        trap!(TrapCode::IndirectCallTypeMismatch);
                    }
                    call!(callee, base)
                })
            }
        }
        family ReturnCall [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// tail call: r[0..len] = r[base..base+len], then continue in function `func` (module
            /// index) in this frame, which it replaces (no frame is pushed)
            fast Reg ReturnCall { func: u32, base: Reg, len: Reg } => { return_call_local!(func, base, len) }
        }
        family ReturnCallIndirect [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// tail call of table[table][r[index]] expecting signature `sig` (engine id), its
            /// arguments at r[base..base+len] (moved to r[0..len] when it is entered)
            fast Reg ReturnCallIndirect { sig: u32, table: u32, index: Reg, base: Reg, len: Reg } => {
                let store = store!();
                // SAFETY: as in `CallIndirect`: `table` is in the instance's table space
                // (validated) and holds indices of this store's tables.
                let table = if table == 0 {
                    table0!()
                } else {
                    *store.instances.get_unchecked(inst!() as usize).tables.get_unchecked(table as usize)
                };
                let elems = &store.tables.get_unchecked(table as usize).elems;
                let cell = match elems.get(i32v!(index) as usize) {
                    Some(&cell) => cell,
                    None => trap!(TrapCode::UndefinedElement),
                };
                if cell == 0 {
                    trap!(TrapCode::UninitializedElement);
                }
                let callee = (cell - 1) as u32;
                // SAFETY: as in `CallIndirect`: a funcref cell is 0 or a function of this store + 1,
                // and `call_cache` has one entry per store function.
                let known = store.call_cache.get_unchecked(callee as usize).get();
                if known.sig == sig && known.instance == inst!() {
                    return_call_known!(known.target, base, len)
                }
                // Not entered before, another instance's, a host function or the wrong signature.
                off_chain!({
                    if store.funcs.get_unchecked(callee as usize).sig() != sig {
                        trap!(TrapCode::IndirectCallTypeMismatch);
                    }
                    return_call!(callee, base, len)
                })
            }
        }
    }

    // ---- moves, constants, select ----
    families {
        family Copy [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = r[src]
            fast Reg Copy { dst: Reg, src: Reg } => { r!(dst) = r!(src); next!() }
        }
        family CopyBr [out NONE, acc_in -, operand -, result -, branch jump, compare []] {
            /// r[dst] = r[src]; pc += target
            fast Reg CopyBr { dst: Reg, src: Reg, target: i32 } => { r!(dst) = r!(src); jump!(target) }
        }
        family CopySpan [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// r[dst..dst+len] = r[src..src+len], in ascending order (`src >= dst`): the values of a
            /// branch or return with many results, in one instruction
            fast Reg CopySpan { dst: Reg, src: Reg, len: Reg } => {
                // Ascending, one cell at a time: correct for overlapping spans since `src >= dst`.
                for i in 0..len as usize {
                    r!(dst as usize + i) = r!(src as usize + i);
                }
                next!()
            }
        }
        family ZeroLocals [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// r[from..from+count] = 0 (a function's first instruction when it has non-parameter locals)
            fast Reg ZeroLocals { from: Reg, count: Reg } => {
                // Most functions have a few locals: plain stores for those, so the common case does
                // not call `memset` (which would make the handler save the VM registers around it).
                let from = from as usize;
                match count {
                    0 => {}
                    1 => r!(from) = 0,
                    2 => {
                        r!(from) = 0;
                        r!(from + 1) = 0;
                    }
                    3 => {
                        r!(from) = 0;
                        r!(from + 1) = 0;
                        r!(from + 2) = 0;
                    }
                    4 => {
                        r!(from) = 0;
                        r!(from + 1) = 0;
                        r!(from + 2) = 0;
                        r!(from + 3) = 0;
                    }
                    _ => {
                        for i in from..from + count as usize {
                            r!(i) = 0;
                        }
                    }
                }
                next!()
            }
        }
        family Const32 [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = imm (zero-extended 32-bit pattern: i32, f32, null)
            fast Reg Const32 { dst: Reg, imm: u32 } => { r!(dst) = imm as u64; next!() }
        }
        family Const64 [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = imm (64-bit pattern: i64, f64)
            fast Reg Const64 { dst: Reg, imm: u64 } => { r!(dst) = imm; next!() }
        }
        family Select [out INT, acc_in Int, operand cond, result dst, branch -, compare []] {
            /// r[dst] = if r[cond] as u32 != 0 { r[lhs] } else { r[rhs] }
            fast Reg Select { dst: Reg, cond: Reg, lhs: Reg, rhs: Reg } => { put!(dst, crate::isa::select_loaded(i32v!(cond) != 0, r!(lhs), r!(rhs))); next!() }
            /// r[dst] = if acc as u32 != 0 { r[lhs] } else { r[rhs] }
            fast Acc SelectA { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, crate::isa::select_loaded((acc!() as u32) != 0, r!(lhs), r!(rhs))); next!() }
            /// acc = if r[cond] as u32 != 0 { r[lhs] } else { r[rhs] }
            fast RegR SelectR { cond: Reg, lhs: Reg, rhs: Reg } => { put_acc!(crate::isa::select_loaded(i32v!(cond) != 0, r!(lhs), r!(rhs))); next!() }
            /// acc = if acc as u32 != 0 { r[lhs] } else { r[rhs] }
            fast AccR SelectAR { lhs: Reg, rhs: Reg } => { put_acc!(crate::isa::select_loaded((acc!() as u32) != 0, r!(lhs), r!(rhs))); next!() }
        }
    }

    // ---- globals ----
    families {
        family GlobalGet [out INT, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = global[global]
            fast Reg GlobalGet { dst: Reg, global: u32 } => {
                // SAFETY: validation guarantees `global` is in the instance's global space, whose
                // store indices `inst_globals!()` points at (`Ctx::set_instance`; `Instance::new`
                // rejects foreign imports, so each is an index of this store's globals).
                let g = *inst_globals!().add(global as usize);
                put!(dst, store!().globals.get_unchecked(g as usize).value);
                next!()
            }
        }
        family GlobalSet [out NONE, acc_in Int, operand src, result -, branch -, compare []] {
            /// global[global] = r[src]
            fast Reg GlobalSet { src: Reg, global: u32 } => {
                // SAFETY: as for GlobalGet.
                let g = *inst_globals!().add(global as usize);
                store!().globals.get_unchecked_mut(g as usize).value = r!(src);
                next!()
            }
            /// global[global] = acc
            fast Acc GlobalSetA { global: u32 } => {
                // SAFETY: as for GlobalGet.
                let g = *inst_globals!().add(global as usize);
                store!().globals.get_unchecked_mut(g as usize).value = acc!();
                next!()
            }
        }
    }

    // ---- memory ----
    families {
        family I32Load [out INT_F32, acc_in Int, operand addr, result dst, branch -, compare []] {
            /// r[dst] = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u)
            fast Reg I32Load { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, u32, |v| v as u64); next!() }
            /// r[dst] = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u) (addr = acc)
            fast Acc I32LoadA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, u32, |v| v as u64); next!() }
            /// acc = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u)
            fast RegR I32LoadR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, u32, |v| v as u64); next!() }
            /// acc = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u) (addr = acc)
            fast AccR I32LoadAR { offset: u32 } => { load_acc!((acc!() as u32), offset, u32, |v| v as u64); next!() }
        }
        family I64Load [out INT_F64, acc_in Int, operand addr, result dst, branch -, compare []] {
            /// r[dst] = mem[ea..ea+8] (i64.load, f64.load)
            fast Reg I64Load { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, u64, |v| v); next!() }
            /// r[dst] = mem[ea..ea+8] (i64.load, f64.load) (addr = acc)
            fast Acc I64LoadA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, u64, |v| v); next!() }
            /// acc = mem[ea..ea+8] (i64.load, f64.load)
            fast RegR I64LoadR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, u64, |v| v); next!() }
            /// acc = mem[ea..ea+8] (i64.load, f64.load) (addr = acc)
            fast AccR I64LoadAR { offset: u32 } => { load_acc!((acc!() as u32), offset, u64, |v| v); next!() }
        }
        family I32Load8S [out INT, acc_in Int, operand addr, result dst, branch -, compare []] {
            /// r[dst] = mem[ea] as i8 as i32 (zero-extended to the cell)
            fast Reg I32Load8S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i8, |v| v as i32 as u32 as u64); next!() }
            /// r[dst] = mem[ea] as i8 as i32 (zero-extended to the cell) (addr = acc)
            fast Acc I32Load8SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
            /// acc = mem[ea] as i8 as i32 (zero-extended to the cell)
            fast RegR I32Load8SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i8, |v| v as i32 as u32 as u64); next!() }
            /// acc = mem[ea] as i8 as i32 (zero-extended to the cell) (addr = acc)
            fast AccR I32Load8SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
        }
        family I32Load8U [out INT, acc_in Int, operand addr, result dst, branch -, compare []] {
            /// r[dst] = mem[ea] as u8 (i32.load8_u, i64.load8_u)
            fast Reg I32Load8U { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, u8, |v| v as u64); next!() }
            /// r[dst] = mem[ea] as u8 (i32.load8_u, i64.load8_u) (addr = acc)
            fast Acc I32Load8UA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, u8, |v| v as u64); next!() }
            /// acc = mem[ea] as u8 (i32.load8_u, i64.load8_u)
            fast RegR I32Load8UR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, u8, |v| v as u64); next!() }
            /// acc = mem[ea] as u8 (i32.load8_u, i64.load8_u) (addr = acc)
            fast AccR I32Load8UAR { offset: u32 } => { load_acc!((acc!() as u32), offset, u8, |v| v as u64); next!() }
        }
        family I32Load16S [out INT, acc_in Int, operand addr, result dst, branch -, compare []] {
            /// r[dst] = mem[ea..ea+2] as i16 as i32
            fast Reg I32Load16S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i16, |v| v as i32 as u32 as u64); next!() }
            /// r[dst] = mem[ea..ea+2] as i16 as i32 (addr = acc)
            fast Acc I32Load16SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i16, |v| v as i32 as u32 as u64); next!() }
            /// acc = mem[ea..ea+2] as i16 as i32
            fast RegR I32Load16SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i16, |v| v as i32 as u32 as u64); next!() }
            /// acc = mem[ea..ea+2] as i16 as i32 (addr = acc)
            fast AccR I32Load16SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i16, |v| v as i32 as u32 as u64); next!() }
        }
        family I32Load16U [out INT, acc_in Int, operand addr, result dst, branch -, compare []] {
            /// r[dst] = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u)
            fast Reg I32Load16U { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, u16, |v| v as u64); next!() }
            /// r[dst] = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u) (addr = acc)
            fast Acc I32Load16UA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, u16, |v| v as u64); next!() }
            /// acc = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u)
            fast RegR I32Load16UR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, u16, |v| v as u64); next!() }
            /// acc = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u) (addr = acc)
            fast AccR I32Load16UAR { offset: u32 } => { load_acc!((acc!() as u32), offset, u16, |v| v as u64); next!() }
        }
        family I64Load8S [out INT, acc_in Int, operand addr, result dst, branch -, compare []] {
            /// r[dst] = mem[ea] as i8 as i64
            fast Reg I64Load8S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i8, |v| v as i64 as u64); next!() }
            /// r[dst] = mem[ea] as i8 as i64 (addr = acc)
            fast Acc I64Load8SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i8, |v| v as i64 as u64); next!() }
            /// acc = mem[ea] as i8 as i64
            fast RegR I64Load8SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i8, |v| v as i64 as u64); next!() }
            /// acc = mem[ea] as i8 as i64 (addr = acc)
            fast AccR I64Load8SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i8, |v| v as i64 as u64); next!() }
        }
        family I64Load16S [out INT, acc_in Int, operand addr, result dst, branch -, compare []] {
            /// r[dst] = mem[ea..ea+2] as i16 as i64
            fast Reg I64Load16S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i16, |v| v as i64 as u64); next!() }
            /// r[dst] = mem[ea..ea+2] as i16 as i64 (addr = acc)
            fast Acc I64Load16SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i16, |v| v as i64 as u64); next!() }
            /// acc = mem[ea..ea+2] as i16 as i64
            fast RegR I64Load16SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i16, |v| v as i64 as u64); next!() }
            /// acc = mem[ea..ea+2] as i16 as i64 (addr = acc)
            fast AccR I64Load16SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i16, |v| v as i64 as u64); next!() }
        }
        family I64Load32S [out INT, acc_in Int, operand addr, result dst, branch -, compare []] {
            /// r[dst] = mem[ea..ea+4] as i32 as i64
            fast Reg I64Load32S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i32, |v| v as i64 as u64); next!() }
            /// r[dst] = mem[ea..ea+4] as i32 as i64 (addr = acc)
            fast Acc I64Load32SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i32, |v| v as i64 as u64); next!() }
            /// acc = mem[ea..ea+4] as i32 as i64
            fast RegR I64Load32SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i32, |v| v as i64 as u64); next!() }
            /// acc = mem[ea..ea+4] as i32 as i64 (addr = acc)
            fast AccR I64Load32SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i32, |v| v as i64 as u64); next!() }
        }
        family Store8 [out NONE, acc_in Int, operand src, result -, branch -, compare []] {
            /// mem[ea] = r[src] as u8 (i32.store8, i64.store8)
            fast Reg Store8 { addr: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(addr), r!(src), offset, u8); next!() }
            /// mem[ea] = acc as u8 (i32.store8, i64.store8)
            fast Acc Store8A { addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), acc!(), offset, u8); next!() }
        }
        family Store16 [out NONE, acc_in Int, operand src, result -, branch -, compare []] {
            /// mem[ea..ea+2] = r[src] as u16
            fast Reg Store16 { addr: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(addr), r!(src), offset, u16); next!() }
            /// mem[ea..ea+2] = acc as u16
            fast Acc Store16A { addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), acc!(), offset, u16); next!() }
        }
        family Store32 [out NONE, acc_in Int, operand src, result -, branch -, compare []] {
            /// mem[ea..ea+4] = r[src] as u32 (i32.store, f32.store, i64.store32)
            fast Reg Store32 { addr: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(addr), r!(src), offset, u32); next!() }
            /// mem[ea..ea+4] = acc as u32 (i32.store, f32.store, i64.store32)
            fast Acc Store32A { addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), acc!(), offset, u32); next!() }
        }
        family Store64 [out NONE, acc_in Int, operand src, result -, branch -, compare []] {
            /// mem[ea..ea+8] = r[src] (i64.store, f64.store)
            fast Reg Store64 { addr: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(addr), r!(src), offset, u64); next!() }
            /// mem[ea..ea+8] = acc (i64.store, f64.store)
            fast Acc Store64A { addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), acc!(), offset, u64); next!() }
        }
        family MemorySize [out INT, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = size of memory `mem` in pages
            slow Reg MemorySize { dst: Reg, mem: u32 } => {
                let store = store!();
                let m = store.instances[inst!() as usize].memories[mem as usize];
                set32!(dst, store.memories[m as usize].pages());
                next!()
            }
        }
        family MemoryGrow [out INT, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = old size in pages after growing memory `mem` by r[delta] pages, or -1
            slow Reg MemoryGrow { dst: Reg, delta: Reg, mem: u32 } => {
                let store = store!();
                let m = store.instances[inst!() as usize].memories[mem as usize];
                let old = store.grow_memory(m, i32v!(delta) as u64);
                set32!(dst, old.map_or(u32::MAX, |p| p as u32));
                refresh_mem!();
                next!()
            }
        }
        family MemoryFill [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// mem[r[dst]..+r[len]] = r[val] as u8 (memory.fill)
            fast Reg MemoryFill { dst: Reg, val: Reg, len: Reg } => {
                let (to, n) = (i32v!(dst) as u64, i32v!(len) as u64);
                if to + n > mem_len!() as u64 {
                    trap!(TrapCode::MemoryOutOfBounds);
                }
                std::ptr::write_bytes(mem_base!().add(to as usize), r!(val) as u8, n as usize);
                next!()
            }
        }
        family MemoryCopy [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// mem[r[dst]..+r[len]] = mem[r[src]..+r[len]] (memory.copy, overlapping allowed)
            fast Reg MemoryCopy { dst: Reg, src: Reg, len: Reg } => {
                let (to, from, n) = (i32v!(dst) as u64, i32v!(src) as u64, i32v!(len) as u64);
                if to + n > mem_len!() as u64 || from + n > mem_len!() as u64 {
                    trap!(TrapCode::MemoryOutOfBounds);
                }
                std::ptr::copy(mem_base!().add(from as usize), mem_base!().add(to as usize), n as usize);
                next!()
            }
        }
        family MemoryInit [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// mem[r[dst]..+r[len]] = data[data][r[src]..+r[len]] (memory.init)
            slow Reg MemoryInit { dst: Reg, src: Reg, len: Reg, data: u32 } => {
                let store = store!();
                let m = store.instances[inst!() as usize].memories[0];
                let args = [i32v!(dst) as u64, i32v!(src) as u64, i32v!(len) as u64];
                checked!(crate::runtime::memory_n::init_store_memory(store, inst!(), m, data, args));
                refresh_mem!();
                next!()
            }
        }
        family DataDrop [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// data segment `data` becomes empty
            slow Reg DataDrop { data: u32 } => {
                store!().instances[inst!() as usize].datas[data as usize].clear();
                next!()
            }
        }
    }

    // ---- tables and references ----
    families {
        family TableGet [out INT, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = table[table][r[index]]
            slow Reg TableGet { dst: Reg, index: Reg, table: u32 } => {
                let store = store!();
                let t = store.instances[inst!() as usize].tables[table as usize];
                put!(dst, checked!(bulk::table_get(store, t, i32v!(index))));
                next!()
            }
        }
        family TableSet [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// table[table][r[index]] = r[src]
            slow Reg TableSet { index: Reg, src: Reg, table: u32 } => {
                let store = store!();
                let t = store.instances[inst!() as usize].tables[table as usize];
                checked!(bulk::table_set(store, t, i32v!(index), r!(src)));
                next!()
            }
        }
        family TableSize [out INT, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = size of table `table`
            slow Reg TableSize { dst: Reg, table: u32 } => {
                let store = store!();
                let t = store.instances[inst!() as usize].tables[table as usize];
                set32!(dst, store.tables[t as usize].elems.len());
                next!()
            }
        }
        family TableGrow [out INT, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = old size after growing `table` by r[delta] entries of r[init], or -1
            slow Reg TableGrow { dst: Reg, init: Reg, delta: Reg, table: u32 } => {
                let store = store!();
                let t = store.instances[inst!() as usize].tables[table as usize];
                let old = store.grow_table(t, i32v!(delta) as u64, r!(init));
                set32!(dst, old.map_or(u32::MAX, |n| n as u32));
                next!()
            }
        }
        family TableFill [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// table[table][r[dst]..+r[len]] = r[val]
            slow Reg TableFill { dst: Reg, val: Reg, len: Reg, table: u32 } => {
                let store = store!();
                let t = store.instances[inst!() as usize].tables[table as usize];
                checked!(bulk::table_fill(store, t, i32v!(dst), r!(val), i32v!(len)));
                next!()
            }
        }
        family TableCopy [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// table[dst_table][r[dst]..+r[len]] = table[src_table][r[src]..+r[len]]
            slow Reg TableCopy { dst: Reg, src: Reg, len: Reg, dst_table: u32, src_table: u32 } => {
                let store = store!();
                let i = &store.instances[inst!() as usize];
                let (dt, st) = (i.tables[dst_table as usize], i.tables[src_table as usize]);
                checked!(bulk::table_copy(store, dt, st, i32v!(dst), i32v!(src), i32v!(len)));
                next!()
            }
        }
        family TableInit [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// table[table][r[dst]..+r[len]] = elem[elem][r[src]..+r[len]]
            slow Reg TableInit { dst: Reg, src: Reg, len: Reg, table: u32, elem: u32 } => {
                let store = store!();
                let t = store.instances[inst!() as usize].tables[table as usize];
                let args = [i32v!(dst) as u64, i32v!(src) as u64, i32v!(len) as u64];
                checked!(bulk::table_init(store, inst!(), t, elem, args));
                next!()
            }
        }
        family ElemDrop [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// element segment `elem` becomes empty
            slow Reg ElemDrop { elem: u32 } => {
                store!().instances[inst!() as usize].elems[elem as usize] = std::sync::Arc::new([]);
                next!()
            }
        }
        family RefFunc [out INT, acc_in -, operand -, result dst, branch -, compare []] {
            /// r[dst] = reference to function `func` (module index)
            slow Reg RefFunc { dst: Reg, func: u32 } => {
                put!(dst, store!().instances[inst!() as usize].funcs[func as usize] as u64 + 1);
                next!()
            }
        }
    }

    // ---- typed function references ----
    // `br_on_null`/`br_on_non_null` are `BrIfI64Eqz`/`BrIfI64Nez` on the reference's cell.
    families {
        family RefAsNonNull [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// if r[src] == 0 { trap "null reference" } (the reference stays in r[src])
            fast Reg RefAsNonNull { src: Reg } => {
                if r!(src) == 0 {
                    trap!(TrapCode::NullReference);
                }
                next!()
            }
        }
        family CallRef [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// call the function r[src] refers to (of signature `sig`, engine id: validation
            /// guarantees it), frame at r[base..]; trap "null function reference" on null
            fast Reg CallRef { sig: u32, src: Reg, base: Reg } => {
                let cell = r!(src);
                if cell == 0 {
                    trap!(TrapCode::NullFunctionReference);
                }
                let callee = (cell - 1) as u32;
                let store = store!();
                // SAFETY: a funcref cell is 0 or a function index of this store + 1 (the invariant
                // on `Store`, as in `CallIndirect`), and `call_cache` has one entry per store
                // function (`push_func`).
                let known = store.call_cache.get_unchecked(callee as usize).get();
                if known.sig == sig && known.instance == inst!() {
                    call_known!(known.target, base)
                }
                // Not entered before, another instance's or a host function.
                off_chain!({ call!(callee, base) })
            }
        }
        family ReturnCallRef [out NONE, acc_in -, operand -, result -, branch -, compare []] {
            /// tail call of the function r[src] refers to (of signature `sig`, engine id), its
            /// arguments at r[base..base+len] (moved to r[0..len] when it is entered); trap "null
            /// function reference" on null
            fast Reg ReturnCallRef { sig: u32, src: Reg, base: Reg, len: Reg } => {
                let cell = r!(src);
                if cell == 0 {
                    trap!(TrapCode::NullFunctionReference);
                }
                let callee = (cell - 1) as u32;
                let store = store!();
                // SAFETY: as in `CallRef`: a funcref cell is 0 or a function of this store + 1,
                // and `call_cache` has one entry per store function.
                let known = store.call_cache.get_unchecked(callee as usize).get();
                if known.sig == sig && known.instance == inst!() {
                    return_call_known!(known.target, base, len)
                }
                // Not entered before, another instance's or a host function.
                off_chain!({ return_call!(callee, base, len) })
            }
        }
    }

    // ---- i32 ----
    /// r[dst] = (r[src] == 0) (i32)
    unary I32Eqz(a: i32) -> i32 { a == 0 } [I32Eqz I32EqzA I32EqzR I32EqzAR] compare;
    /// r[dst] = r[lhs] == r[rhs]
    binary I32Eq(a: i32, b: i32) -> i32 { a == b } [I32Eq I32EqA I32EqR I32EqAR] compare;
    /// r[dst] = r[lhs] != r[rhs]
    binary I32Ne(a: i32, b: i32) -> i32 { a != b } [I32Ne I32NeA I32NeR I32NeAR] compare;
    /// r[dst] = r[lhs] <s r[rhs]
    binary I32LtS(a: i32, b: i32) -> i32 { (a as i32) < b as i32 } [I32LtS I32LtSA I32LtSR I32LtSAR I32LtSRevA I32LtSRevAR] compare;
    /// r[dst] = r[lhs] <u r[rhs]
    binary I32LtU(a: i32, b: i32) -> i32 { a < b } [I32LtU I32LtUA I32LtUR I32LtUAR I32LtURevA I32LtURevAR] compare;
    /// r[dst] = r[lhs] <=s r[rhs]
    binary I32LeS(a: i32, b: i32) -> i32 { a as i32 <= b as i32 } [I32LeS I32LeSA I32LeSR I32LeSAR I32LeSRevA I32LeSRevAR] compare;
    /// r[dst] = r[lhs] <=u r[rhs]
    binary I32LeU(a: i32, b: i32) -> i32 { a <= b } [I32LeU I32LeUA I32LeUR I32LeUAR I32LeURevA I32LeURevAR] compare;
    /// r[dst] = r[lhs] == imm
    binary_imm I32EqImm(a: i32, b: imm i32) -> i32 { a as i32 == (b as i32) } [I32EqImm I32EqImmA I32EqImmR I32EqImmAR] compare;
    /// r[dst] = r[lhs] != imm
    binary_imm I32NeImm(a: i32, b: imm i32) -> i32 { a as i32 != (b as i32) } [I32NeImm I32NeImmA I32NeImmR I32NeImmAR] compare;
    /// r[dst] = r[lhs] <s imm
    binary_imm I32LtSImm(a: i32, b: imm i32) -> i32 { (a as i32) < (b as i32) } [I32LtSImm I32LtSImmA I32LtSImmR I32LtSImmAR] compare;
    /// r[dst] = r[lhs] <u imm
    binary_imm I32LtUImm(a: i32, b: imm i32) -> i32 { a < b } [I32LtUImm I32LtUImmA I32LtUImmR I32LtUImmAR] compare;
    /// r[dst] = r[lhs] >s imm
    binary_imm I32GtSImm(a: i32, b: imm i32) -> i32 { a as i32 > (b as i32) } [I32GtSImm I32GtSImmA I32GtSImmR I32GtSImmAR] compare;
    /// r[dst] = r[lhs] >u imm
    binary_imm I32GtUImm(a: i32, b: imm i32) -> i32 { a > b } [I32GtUImm I32GtUImmA I32GtUImmR I32GtUImmAR] compare;
    /// r[dst] = clz(r[src])
    unary I32Clz(a: i32) -> i32 { a.leading_zeros() } [I32Clz I32ClzR];
    /// r[dst] = ctz(r[src])
    unary I32Ctz(a: i32) -> i32 { a.trailing_zeros() } [I32Ctz I32CtzR];
    /// r[dst] = popcnt(r[src])
    unary I32Popcnt(a: i32) -> i32 { a.count_ones() } [I32Popcnt I32PopcntR];
    /// r[dst] = r[lhs] +wrap r[rhs]
    binary I32Add(a: i32, b: i32) -> i32 { a.wrapping_add(b) } [I32Add I32AddA I32AddR I32AddAR];
    /// r[dst] = r[lhs] -wrap r[rhs]
    binary I32Sub(a: i32, b: i32) -> i32 { a.wrapping_sub(b) } [I32Sub I32SubA I32SubR I32SubAR I32SubRevA I32SubRevAR];
    /// r[dst] = r[lhs] *wrap r[rhs]
    binary I32Mul(a: i32, b: i32) -> i32 { a.wrapping_mul(b) } [I32Mul I32MulA I32MulR I32MulAR];
    /// r[dst] = r[lhs] /s r[rhs]; traps on zero and overflow
    binary I32DivS(a: i32, b: i32) -> i32 { checked!(num::i32_div_s(a as i32, b as i32)) } [I32DivS I32DivSR];
    /// r[dst] = r[lhs] /u r[rhs]; traps on zero
    binary I32DivU(a: i32, b: i32) -> i32 { checked!(num::i32_div_u(a, b)) } [I32DivU I32DivUR];
    /// r[dst] = r[lhs] rem_s r[rhs]; traps on zero
    binary I32RemS(a: i32, b: i32) -> i32 { checked!(num::i32_rem_s(a as i32, b as i32)) } [I32RemS I32RemSR];
    /// r[dst] = r[lhs] rem_u r[rhs]; traps on zero
    binary I32RemU(a: i32, b: i32) -> i32 { checked!(num::i32_rem_u(a, b)) } [I32RemU I32RemUR];
    /// r[dst] = r[lhs] & r[rhs]
    binary I32And(a: i32, b: i32) -> i32 { a & b } [I32And I32AndA I32AndR I32AndAR];
    /// r[dst] = r[lhs] | r[rhs]
    binary I32Or(a: i32, b: i32) -> i32 { a | b } [I32Or I32OrA I32OrR I32OrAR];
    /// r[dst] = r[lhs] ^ r[rhs]
    binary I32Xor(a: i32, b: i32) -> i32 { a ^ b } [I32Xor I32XorA I32XorR I32XorAR];
    /// r[dst] = r[lhs] << (r[rhs] & 31)
    binary I32Shl(a: i32, b: i32) -> i32 { a.wrapping_shl(b) } [I32Shl I32ShlA I32ShlR I32ShlAR I32ShlRevA I32ShlRevAR];
    /// r[dst] = r[lhs] >>s (r[rhs] & 31)
    binary I32ShrS(a: i32, b: i32) -> i32 { (a as i32).wrapping_shr(b) } [I32ShrS I32ShrSA I32ShrSR I32ShrSAR I32ShrSRevA I32ShrSRevAR];
    /// r[dst] = r[lhs] >>u (r[rhs] & 31)
    binary I32ShrU(a: i32, b: i32) -> i32 { a.wrapping_shr(b) } [I32ShrU I32ShrUA I32ShrUR I32ShrUAR I32ShrURevA I32ShrURevAR];
    /// r[dst] = r[lhs] rotl r[rhs]
    binary I32Rotl(a: i32, b: i32) -> i32 { a.rotate_left(b & 31) } [I32Rotl I32RotlR];
    /// r[dst] = r[lhs] rotr r[rhs]
    binary I32Rotr(a: i32, b: i32) -> i32 { a.rotate_right(b & 31) } [I32Rotr I32RotrR];
    /// r[dst] = r[lhs] +wrap imm (also i32.sub with a constant)
    binary_imm I32AddImm(a: i32, b: imm i32) -> i32 { a.wrapping_add(b) } [I32AddImm I32AddImmA I32AddImmR I32AddImmAR];
    /// r[dst] = imm -wrap r[lhs] (i32.sub from a constant: negation and `c - x`)
    binary_imm I32RSubImm(a: i32, b: imm i32) -> i32 { b.wrapping_sub(a) } [I32RSubImm I32RSubImmA I32RSubImmR I32RSubImmAR];
    /// r[dst] = r[lhs] *wrap imm
    binary_imm I32MulImm(a: i32, b: imm i32) -> i32 { a.wrapping_mul(b) } [I32MulImm I32MulImmA I32MulImmR I32MulImmAR];
    /// r[dst] = r[lhs] & imm
    binary_imm I32AndImm(a: i32, b: imm i32) -> i32 { a & b } [I32AndImm I32AndImmA I32AndImmR I32AndImmAR];
    /// r[dst] = r[lhs] | imm
    binary_imm I32OrImm(a: i32, b: imm i32) -> i32 { a | b } [I32OrImm I32OrImmA I32OrImmR I32OrImmAR];
    /// r[dst] = r[lhs] ^ imm
    binary_imm I32XorImm(a: i32, b: imm i32) -> i32 { a ^ b } [I32XorImm I32XorImmA I32XorImmR I32XorImmAR];
    /// r[dst] = r[lhs] << (imm & 31)
    binary_imm I32ShlImm(a: i32, b: imm i32) -> i32 { a.wrapping_shl(b) } [I32ShlImm I32ShlImmA I32ShlImmR I32ShlImmAR];
    /// r[dst] = r[lhs] >>s (imm & 31)
    binary_imm I32ShrSImm(a: i32, b: imm i32) -> i32 { (a as i32).wrapping_shr(b) } [I32ShrSImm I32ShrSImmA I32ShrSImmR I32ShrSImmAR];
    /// r[dst] = r[lhs] >>u (imm & 31)
    binary_imm I32ShrUImm(a: i32, b: imm i32) -> i32 { a.wrapping_shr(b) } [I32ShrUImm I32ShrUImmA I32ShrUImmR I32ShrUImmAR];

    // ---- i64 ----
    /// r[dst] = (r[src] == 0) (i64)
    unary I64Eqz(a: i64) -> i32 { a == 0 } [I64Eqz I64EqzA I64EqzR I64EqzAR] compare;
    /// r[dst] = r[lhs] == r[rhs] (i64)
    binary I64Eq(a: i64, b: i64) -> i32 { a == b } [I64Eq I64EqA I64EqR I64EqAR] compare;
    /// r[dst] = r[lhs] != r[rhs] (i64)
    binary I64Ne(a: i64, b: i64) -> i32 { a != b } [I64Ne I64NeA I64NeR I64NeAR] compare;
    /// r[dst] = r[lhs] <s r[rhs] (i64)
    binary I64LtS(a: i64, b: i64) -> i32 { (a as i64) < b as i64 } [I64LtS I64LtSA I64LtSR I64LtSAR I64LtSRevA I64LtSRevAR] compare;
    /// r[dst] = r[lhs] <u r[rhs] (i64)
    binary I64LtU(a: i64, b: i64) -> i32 { a < b } [I64LtU I64LtUA I64LtUR I64LtUAR I64LtURevA I64LtURevAR] compare;
    /// r[dst] = r[lhs] <=s r[rhs] (i64)
    binary I64LeS(a: i64, b: i64) -> i32 { a as i64 <= b as i64 } [I64LeS I64LeSA I64LeSR I64LeSAR I64LeSRevA I64LeSRevAR] compare;
    /// r[dst] = r[lhs] <=u r[rhs] (i64)
    binary I64LeU(a: i64, b: i64) -> i32 { a <= b } [I64LeU I64LeUA I64LeUR I64LeUAR I64LeURevA I64LeURevAR] compare;
    /// r[dst] = clz(r[src]) (i64)
    unary I64Clz(a: i64) -> i64 { a.leading_zeros() as u64 } [I64Clz I64ClzR];
    /// r[dst] = ctz(r[src]) (i64)
    unary I64Ctz(a: i64) -> i64 { a.trailing_zeros() as u64 } [I64Ctz I64CtzR];
    /// r[dst] = popcnt(r[src]) (i64)
    unary I64Popcnt(a: i64) -> i64 { a.count_ones() as u64 } [I64Popcnt I64PopcntR];
    /// r[dst] = r[lhs] +wrap r[rhs] (i64)
    binary I64Add(a: i64, b: i64) -> i64 { a.wrapping_add(b) } [I64Add I64AddA I64AddR I64AddAR];
    /// r[dst] = r[lhs] -wrap r[rhs] (i64)
    binary I64Sub(a: i64, b: i64) -> i64 { a.wrapping_sub(b) } [I64Sub I64SubA I64SubR I64SubAR I64SubRevA I64SubRevAR];
    /// r[dst] = r[lhs] *wrap r[rhs] (i64)
    binary I64Mul(a: i64, b: i64) -> i64 { a.wrapping_mul(b) } [I64Mul I64MulA I64MulR I64MulAR];
    /// r[dst] = r[lhs] /s r[rhs] (i64); traps on zero and overflow
    binary I64DivS(a: i64, b: i64) -> i64 { checked!(num::i64_div_s(a as i64, b as i64)) as u64 } [I64DivS I64DivSR];
    /// r[dst] = r[lhs] /u r[rhs] (i64); traps on zero
    binary I64DivU(a: i64, b: i64) -> i64 { checked!(num::i64_div_u(a, b)) } [I64DivU I64DivUR];
    /// r[dst] = r[lhs] rem_s r[rhs] (i64); traps on zero
    binary I64RemS(a: i64, b: i64) -> i64 { checked!(num::i64_rem_s(a as i64, b as i64)) as u64 } [I64RemS I64RemSR];
    /// r[dst] = r[lhs] rem_u r[rhs] (i64); traps on zero
    binary I64RemU(a: i64, b: i64) -> i64 { checked!(num::i64_rem_u(a, b)) } [I64RemU I64RemUR];
    /// r[dst] = r[lhs] & r[rhs] (i64)
    binary I64And(a: i64, b: i64) -> i64 { a & b } [I64And I64AndA I64AndR I64AndAR];
    /// r[dst] = r[lhs] | r[rhs] (i64)
    binary I64Or(a: i64, b: i64) -> i64 { a | b } [I64Or I64OrA I64OrR I64OrAR];
    /// r[dst] = r[lhs] ^ r[rhs] (i64)
    binary I64Xor(a: i64, b: i64) -> i64 { a ^ b } [I64Xor I64XorA I64XorR I64XorAR];
    /// r[dst] = r[lhs] << (r[rhs] & 63)
    binary I64Shl(a: i64, b: i64) -> i64 { a.wrapping_shl(b as u32) } [I64Shl I64ShlA I64ShlR I64ShlAR I64ShlRevA I64ShlRevAR];
    /// r[dst] = r[lhs] >>s (r[rhs] & 63)
    binary I64ShrS(a: i64, b: i64) -> i64 { (a as i64).wrapping_shr(b as u32) as u64 } [I64ShrS I64ShrSA I64ShrSR I64ShrSAR I64ShrSRevA I64ShrSRevAR];
    /// r[dst] = r[lhs] >>u (r[rhs] & 63)
    binary I64ShrU(a: i64, b: i64) -> i64 { a.wrapping_shr(b as u32) } [I64ShrU I64ShrUA I64ShrUR I64ShrUAR I64ShrURevA I64ShrURevAR];
    /// r[dst] = r[lhs] rotl r[rhs] (i64)
    binary I64Rotl(a: i64, b: i64) -> i64 { a.rotate_left((b & 63) as u32) } [I64Rotl I64RotlR];
    /// r[dst] = r[lhs] rotr r[rhs] (i64)
    binary I64Rotr(a: i64, b: i64) -> i64 { a.rotate_right((b & 63) as u32) } [I64Rotr I64RotrR];
    /// r[dst] = r[lhs] +wrap imm as i64 (also i64.sub with a small constant)
    binary_imm I64AddImm(a: i64, b: imm i32) -> i64 { a.wrapping_add(b) } [I64AddImm I64AddImmA I64AddImmR I64AddImmAR];
    /// r[dst] = imm as i64 -wrap r[lhs] (i64.sub from a small constant)
    binary_imm I64RSubImm(a: i64, b: imm i32) -> i64 { b.wrapping_sub(a) } [I64RSubImm I64RSubImmA I64RSubImmR I64RSubImmAR];
    /// r[dst] = r[lhs] & imm (any 64-bit constant)
    binary_imm I64AndImm(a: i64, b: imm i64) -> i64 { a & b } [I64AndImm I64AndImmA I64AndImmR I64AndImmAR];
    /// r[dst] = r[lhs] << (imm & 63)
    binary_imm I64ShlImm(a: i64, b: imm i32) -> i64 { a.wrapping_shl(b as u32) } [I64ShlImm I64ShlImmA I64ShlImmR I64ShlImmAR];
    /// r[dst] = r[lhs] >>s (imm & 63)
    binary_imm I64ShrSImm(a: i64, b: imm i32) -> i64 { (a as i64).wrapping_shr(b as u32) as u64 } [I64ShrSImm I64ShrSImmA I64ShrSImmR I64ShrSImmAR];
    /// r[dst] = r[lhs] >>u (imm & 63)
    binary_imm I64ShrUImm(a: i64, b: imm i32) -> i64 { a.wrapping_shr(b as u32) } [I64ShrUImm I64ShrUImmA I64ShrUImmR I64ShrUImmAR];

    // ---- f32 ----
    /// r[dst] = r[lhs] == r[rhs] (f32)
    binary F32Eq(a: f32, b: f32) -> i32 { a == b } [F32Eq F32EqA F32EqR F32EqAR] compare;
    /// r[dst] = r[lhs] != r[rhs] (f32)
    binary F32Ne(a: f32, b: f32) -> i32 { a != b } [F32Ne F32NeA F32NeR F32NeAR] compare;
    /// r[dst] = r[lhs] < r[rhs] (f32)
    binary F32Lt(a: f32, b: f32) -> i32 { a < b } [F32Lt F32LtA F32LtR F32LtAR F32LtRevA F32LtRevAR] compare;
    /// r[dst] = r[lhs] <= r[rhs] (f32)
    binary F32Le(a: f32, b: f32) -> i32 { a <= b } [F32Le F32LeA F32LeR F32LeAR F32LeRevA F32LeRevAR] compare;
    /// r[dst] = |r[src]| (f32, sign bit cleared)
    unary F32Abs(a: f32) -> f32 { a.abs() } [F32Abs F32AbsA F32AbsR F32AbsAR];
    /// r[dst] = -r[src] (f32, sign bit flipped)
    unary F32Neg(a: f32) -> f32 { -a } [F32Neg F32NegA F32NegR F32NegAR];
    /// r[dst] = ceil(r[src]) (f32)
    unary F32Ceil(a: f32) -> f32 { num::f32_quiet(a.ceil()) } [F32Ceil F32CeilR];
    /// r[dst] = floor(r[src]) (f32)
    unary F32Floor(a: f32) -> f32 { num::f32_quiet(a.floor()) } [F32Floor F32FloorR];
    /// r[dst] = trunc(r[src]) (f32)
    unary F32Trunc(a: f32) -> f32 { num::f32_quiet(a.trunc()) } [F32Trunc F32TruncR];
    /// r[dst] = round-half-even(r[src]) (f32)
    unary F32Nearest(a: f32) -> f32 { num::f32_nearest(a) } [F32Nearest F32NearestR];
    /// r[dst] = sqrt(r[src]) (f32)
    unary F32Sqrt(a: f32) -> f32 { num::f32_quiet(a.sqrt()) } [F32Sqrt F32SqrtA F32SqrtR F32SqrtAR];
    /// r[dst] = r[lhs] + r[rhs] (f32)
    binary F32Add(a: f32, b: f32) -> f32 { a + b } [F32Add F32AddA F32AddR F32AddAR];
    /// r[dst] = r[lhs] - r[rhs] (f32)
    binary F32Sub(a: f32, b: f32) -> f32 { a - b } [F32Sub F32SubA F32SubR F32SubAR F32SubRevA F32SubRevAR];
    /// r[dst] = r[lhs] * r[rhs] (f32)
    binary F32Mul(a: f32, b: f32) -> f32 { a * b } [F32Mul F32MulA F32MulR F32MulAR];
    /// r[dst] = r[lhs] / r[rhs] (f32)
    binary F32Div(a: f32, b: f32) -> f32 { a / b } [F32Div F32DivA F32DivR F32DivAR F32DivRevA F32DivRevAR];
    /// r[dst] = wasm_min(r[lhs], r[rhs]) (f32)
    binary F32Min(a: f32, b: f32) -> f32 { num::f32_min(a, b) } [F32Min F32MinR];
    /// r[dst] = wasm_max(r[lhs], r[rhs]) (f32)
    binary F32Max(a: f32, b: f32) -> f32 { num::f32_max(a, b) } [F32Max F32MaxR];
    /// r[dst] = copysign(r[lhs], r[rhs]) (f32)
    binary F32Copysign(a: f32, b: f32) -> f32 { a.copysign(b) } [F32Copysign F32CopysignR];

    // ---- f64 ----
    /// r[dst] = r[lhs] == r[rhs] (f64)
    binary F64Eq(a: f64, b: f64) -> i32 { a == b } [F64Eq F64EqA F64EqR F64EqAR] compare;
    /// r[dst] = r[lhs] != r[rhs] (f64)
    binary F64Ne(a: f64, b: f64) -> i32 { a != b } [F64Ne F64NeA F64NeR F64NeAR] compare;
    /// r[dst] = r[lhs] < r[rhs] (f64)
    binary F64Lt(a: f64, b: f64) -> i32 { a < b } [F64Lt F64LtA F64LtR F64LtAR F64LtRevA F64LtRevAR] compare;
    /// r[dst] = r[lhs] <= r[rhs] (f64)
    binary F64Le(a: f64, b: f64) -> i32 { a <= b } [F64Le F64LeA F64LeR F64LeAR F64LeRevA F64LeRevAR] compare;
    /// r[dst] = |r[src]| (f64)
    unary F64Abs(a: f64) -> f64 { a.abs() } [F64Abs F64AbsA F64AbsR F64AbsAR];
    /// r[dst] = -r[src] (f64)
    unary F64Neg(a: f64) -> f64 { -a } [F64Neg F64NegA F64NegR F64NegAR];
    /// r[dst] = ceil(r[src]) (f64)
    unary F64Ceil(a: f64) -> f64 { num::f64_quiet(a.ceil()) } [F64Ceil F64CeilR];
    /// r[dst] = floor(r[src]) (f64)
    unary F64Floor(a: f64) -> f64 { num::f64_quiet(a.floor()) } [F64Floor F64FloorR];
    /// r[dst] = trunc(r[src]) (f64)
    unary F64Trunc(a: f64) -> f64 { num::f64_quiet(a.trunc()) } [F64Trunc F64TruncR];
    /// r[dst] = round-half-even(r[src]) (f64)
    unary F64Nearest(a: f64) -> f64 { num::f64_nearest(a) } [F64Nearest F64NearestR];
    /// r[dst] = sqrt(r[src]) (f64)
    unary F64Sqrt(a: f64) -> f64 { num::f64_quiet(a.sqrt()) } [F64Sqrt F64SqrtA F64SqrtR F64SqrtAR];
    /// r[dst] = r[lhs] + r[rhs] (f64)
    binary F64Add(a: f64, b: f64) -> f64 { a + b } [F64Add F64AddA F64AddR F64AddAR];
    /// r[dst] = r[lhs] - r[rhs] (f64)
    binary F64Sub(a: f64, b: f64) -> f64 { a - b } [F64Sub F64SubA F64SubR F64SubAR F64SubRevA F64SubRevAR];
    /// r[dst] = r[lhs] * r[rhs] (f64)
    binary F64Mul(a: f64, b: f64) -> f64 { a * b } [F64Mul F64MulA F64MulR F64MulAR];
    /// r[dst] = r[lhs] / r[rhs] (f64)
    binary F64Div(a: f64, b: f64) -> f64 { a / b } [F64Div F64DivA F64DivR F64DivAR F64DivRevA F64DivRevAR];
    /// r[dst] = wasm_min(r[lhs], r[rhs]) (f64)
    binary F64Min(a: f64, b: f64) -> f64 { num::f64_min(a, b) } [F64Min F64MinR];
    /// r[dst] = wasm_max(r[lhs], r[rhs]) (f64)
    binary F64Max(a: f64, b: f64) -> f64 { num::f64_max(a, b) } [F64Max F64MaxR];
    /// r[dst] = copysign(r[lhs], r[rhs]) (f64)
    binary F64Copysign(a: f64, b: f64) -> f64 { a.copysign(b) } [F64Copysign F64CopysignR];

    // ---- conversions ----
    /// r[dst] = r[src] as u32 (i32.wrap_i64)
    unary I32WrapI64(a: i64) -> i32 { a } [I32WrapI64 I32WrapI64A I32WrapI64R I32WrapI64AR];
    /// r[dst] = trunc_s(r[src] as f32) as i32; traps on NaN/overflow
    unary I32TruncF32S(a: f32) -> i32 { checked!(num::i32_trunc_f32_s(a)) } [I32TruncF32S I32TruncF32SR];
    /// r[dst] = trunc_u(r[src] as f32) as u32; traps on NaN/overflow
    unary I32TruncF32U(a: f32) -> i32 { checked!(num::i32_trunc_f32_u(a)) } [I32TruncF32U I32TruncF32UR];
    /// r[dst] = trunc_s(r[src] as f64) as i32; traps on NaN/overflow
    unary I32TruncF64S(a: f64) -> i32 { checked!(num::i32_trunc_f64_s(a)) } [I32TruncF64S I32TruncF64SR];
    /// r[dst] = trunc_u(r[src] as f64) as u32; traps on NaN/overflow
    unary I32TruncF64U(a: f64) -> i32 { checked!(num::i32_trunc_f64_u(a)) } [I32TruncF64U I32TruncF64UR];
    /// r[dst] = r[src] as i32 as i64
    unary I64ExtendI32S(a: i32) -> i64 { a as i32 as i64 as u64 } [I64ExtendI32S I64ExtendI32SA I64ExtendI32SR I64ExtendI32SAR];
    /// r[dst] = r[src] as u32 as u64
    unary I64ExtendI32U(a: i32) -> i64 { a as u64 } [I64ExtendI32U I64ExtendI32UA I64ExtendI32UR I64ExtendI32UAR];
    /// r[dst] = trunc_s(r[src] as f32) as i64; traps on NaN/overflow
    unary I64TruncF32S(a: f32) -> i64 { checked!(num::i64_trunc_f32_s(a)) as u64 } [I64TruncF32S I64TruncF32SR];
    /// r[dst] = trunc_u(r[src] as f32) as u64; traps on NaN/overflow
    unary I64TruncF32U(a: f32) -> i64 { checked!(num::i64_trunc_f32_u(a)) } [I64TruncF32U I64TruncF32UR];
    /// r[dst] = trunc_s(r[src] as f64) as i64; traps on NaN/overflow
    unary I64TruncF64S(a: f64) -> i64 { checked!(num::i64_trunc_f64_s(a)) as u64 } [I64TruncF64S I64TruncF64SR];
    /// r[dst] = trunc_u(r[src] as f64) as u64; traps on NaN/overflow
    unary I64TruncF64U(a: f64) -> i64 { checked!(num::i64_trunc_f64_u(a)) } [I64TruncF64U I64TruncF64UR];
    /// r[dst] = r[src] as i32 as f32
    unary F32ConvertI32S(a: i32) -> f32 { a as i32 as f32 } [F32ConvertI32S F32ConvertI32SA F32ConvertI32SR F32ConvertI32SAR];
    /// r[dst] = r[src] as u32 as f32
    unary F32ConvertI32U(a: i32) -> f32 { a as f32 } [F32ConvertI32U F32ConvertI32UR];
    /// r[dst] = r[src] as i64 as f32
    unary F32ConvertI64S(a: i64) -> f32 { a as i64 as f32 } [F32ConvertI64S F32ConvertI64SR];
    /// r[dst] = r[src] as u64 as f32
    unary F32ConvertI64U(a: i64) -> f32 { a as f32 } [F32ConvertI64U F32ConvertI64UR];
    /// r[dst] = r[src] as f64 as f32
    unary F32DemoteF64(a: f64) -> f32 { a as f32 } [F32DemoteF64 F32DemoteF64A F32DemoteF64R F32DemoteF64AR];
    /// r[dst] = r[src] as i32 as f64
    unary F64ConvertI32S(a: i32) -> f64 { a as i32 as f64 } [F64ConvertI32S F64ConvertI32SA F64ConvertI32SR F64ConvertI32SAR];
    /// r[dst] = r[src] as u32 as f64
    unary F64ConvertI32U(a: i32) -> f64 { a as f64 } [F64ConvertI32U F64ConvertI32UA F64ConvertI32UR F64ConvertI32UAR];
    /// r[dst] = r[src] as i64 as f64
    unary F64ConvertI64S(a: i64) -> f64 { a as i64 as f64 } [F64ConvertI64S F64ConvertI64SR];
    /// r[dst] = r[src] as u64 as f64
    unary F64ConvertI64U(a: i64) -> f64 { a as f64 } [F64ConvertI64U F64ConvertI64UR];
    /// r[dst] = r[src] as f32 as f64
    unary F64PromoteF32(a: f32) -> f64 { a as f64 } [F64PromoteF32 F64PromoteF32A F64PromoteF32R F64PromoteF32AR];
    /// r[dst] = r[src] as i8 as i32
    unary I32Extend8S(a: i64) -> i32 { a as i8 as i32 } [I32Extend8S I32Extend8SA I32Extend8SR I32Extend8SAR];
    /// r[dst] = r[src] as i16 as i32
    unary I32Extend16S(a: i64) -> i32 { a as i16 as i32 } [I32Extend16S I32Extend16SA I32Extend16SR I32Extend16SAR];
    /// r[dst] = r[src] as i8 as i64
    unary I64Extend8S(a: i64) -> i64 { a as i8 as i64 as u64 } [I64Extend8S I64Extend8SR];
    /// r[dst] = r[src] as i16 as i64
    unary I64Extend16S(a: i64) -> i64 { a as i16 as i64 as u64 } [I64Extend16S I64Extend16SR];
    /// r[dst] = r[src] as i32 as i64
    unary I64Extend32S(a: i64) -> i64 { a as i32 as i64 as u64 } [I64Extend32S I64Extend32SR];
    /// r[dst] = saturating trunc_s(f32) to i32
    unary I32TruncSatF32S(a: f32) -> i32 { a as i32 } [I32TruncSatF32S I32TruncSatF32SR];
    /// r[dst] = saturating trunc_u(f32) to u32
    unary I32TruncSatF32U(a: f32) -> i32 { a as u32 } [I32TruncSatF32U I32TruncSatF32UR];
    /// r[dst] = saturating trunc_s(f64) to i32
    unary I32TruncSatF64S(a: f64) -> i32 { a as i32 } [I32TruncSatF64S I32TruncSatF64SR];
    /// r[dst] = saturating trunc_u(f64) to u32
    unary I32TruncSatF64U(a: f64) -> i32 { a as u32 } [I32TruncSatF64U I32TruncSatF64UR];
    /// r[dst] = saturating trunc_s(f32) to i64
    unary I64TruncSatF32S(a: f32) -> i64 { a as i64 as u64 } [I64TruncSatF32S I64TruncSatF32SR];
    /// r[dst] = saturating trunc_u(f32) to u64
    unary I64TruncSatF32U(a: f32) -> i64 { a as u64 } [I64TruncSatF32U I64TruncSatF32UR];
    /// r[dst] = saturating trunc_s(f64) to i64
    unary I64TruncSatF64S(a: f64) -> i64 { a as i64 as u64 } [I64TruncSatF64S I64TruncSatF64SR];
    /// r[dst] = saturating trunc_u(f64) to u64
    unary I64TruncSatF64U(a: f64) -> i64 { a as u64 } [I64TruncSatF64U I64TruncSatF64UR];

    // ---- immediate forms added for stores and i64 compares ----
    families {
        family Store8Imm [out NONE, acc_in Int, operand addr, result -, branch -, compare []] {
            /// mem[ea..ea+1] = imm as u8 (a store of a constant)
            fast Reg Store8Imm { addr: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(addr), imm as u32, offset, u8); next!() }
            /// mem[acc as u32 + offset..] = imm as u8
            fast Acc Store8ImmA { imm: i32, offset: u32 } => { store_mem!((acc!() as u32), imm as u32, offset, u8); next!() }
        }
        family Store16Imm [out NONE, acc_in Int, operand addr, result -, branch -, compare []] {
            /// mem[ea..ea+2] = imm as u16 (a store of a constant)
            fast Reg Store16Imm { addr: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(addr), imm as u32, offset, u16); next!() }
            /// mem[acc as u32 + offset..] = imm as u16
            fast Acc Store16ImmA { imm: i32, offset: u32 } => { store_mem!((acc!() as u32), imm as u32, offset, u16); next!() }
        }
        family Store32Imm [out NONE, acc_in Int, operand addr, result -, branch -, compare []] {
            /// mem[ea..ea+4] = imm as u32 (a store of a constant)
            fast Reg Store32Imm { addr: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(addr), imm as u32, offset, u32); next!() }
            /// mem[acc as u32 + offset..] = imm as u32
            fast Acc Store32ImmA { imm: i32, offset: u32 } => { store_mem!((acc!() as u32), imm as u32, offset, u32); next!() }
        }
        family Store64Imm [out NONE, acc_in Int, operand addr, result -, branch -, compare []] {
            /// mem[ea..ea+8] = imm (a store of any 64-bit constant: NaN-boxed tags)
            fast Reg Store64Imm { addr: Reg, imm: i64, offset: u32 } => { store_mem!(i32v!(addr), imm as u64, offset, u64); next!() }
            /// mem[acc as u32 + offset..] = imm
            fast Acc Store64ImmA { imm: i64, offset: u32 } => { store_mem!((acc!() as u32), imm as u64, offset, u64); next!() }
        }
    }
    /// r[dst] = r[lhs] == imm (i64)
    binary_imm I64EqImm(a: i64, b: imm i64) -> i32 { a == b } [I64EqImm I64EqImmA I64EqImmR I64EqImmAR] compare;
    /// r[dst] = r[lhs] != imm (i64)
    binary_imm I64NeImm(a: i64, b: imm i64) -> i32 { a != b } [I64NeImm I64NeImmA I64NeImmR I64NeImmAR] compare;
    /// r[dst] = r[lhs] <s imm (i64)
    binary_imm I64LtSImm(a: i64, b: imm i64) -> i32 { (a as i64) < (b as i64) } [I64LtSImm I64LtSImmA I64LtSImmR I64LtSImmAR] compare;
    /// r[dst] = r[lhs] <u imm (i64)
    binary_imm I64LtUImm(a: i64, b: imm i64) -> i32 { a < b } [I64LtUImm I64LtUImmA I64LtUImmR I64LtUImmAR] compare;
    /// r[dst] = r[lhs] >s imm (i64)
    binary_imm I64GtSImm(a: i64, b: imm i64) -> i32 { (a as i64) > (b as i64) } [I64GtSImm I64GtSImmA I64GtSImmR I64GtSImmAR] compare;
    /// r[dst] = r[lhs] >u imm (i64)
    binary_imm I64GtUImm(a: i64, b: imm i64) -> i32 { a > b } [I64GtUImm I64GtUImmA I64GtUImmR I64GtUImmAR] compare;

    // ---- f32 compares against a constant (imm holds the f32 bits) ----
    /// r[dst] = r[lhs] == f32::from_bits(imm) (f32)
    binary_imm F32EqImm(a: f32, b: imm i32) -> i32 { a == b } [F32EqImm F32EqImmA F32EqImmR F32EqImmAR] compare;
    /// r[dst] = r[lhs] != f32::from_bits(imm) (f32)
    binary_imm F32NeImm(a: f32, b: imm i32) -> i32 { a != b } [F32NeImm F32NeImmA F32NeImmR F32NeImmAR] compare;
    /// r[dst] = r[lhs] < f32::from_bits(imm) (f32)
    binary_imm F32LtImm(a: f32, b: imm i32) -> i32 { a < b } [F32LtImm F32LtImmA F32LtImmR F32LtImmAR] compare;
    /// r[dst] = r[lhs] > f32::from_bits(imm) (f32)
    binary_imm F32GtImm(a: f32, b: imm i32) -> i32 { a > b } [F32GtImm F32GtImmA F32GtImmR F32GtImmAR] compare;
    /// r[dst] = r[lhs] <= f32::from_bits(imm) (f32)
    binary_imm F32LeImm(a: f32, b: imm i32) -> i32 { a <= b } [F32LeImm F32LeImmA F32LeImmR F32LeImmAR] compare;
    /// r[dst] = r[lhs] >= f32::from_bits(imm) (f32)
    binary_imm F32GeImm(a: f32, b: imm i32) -> i32 { a >= b } [F32GeImm F32GeImmA F32GeImmR F32GeImmAR] compare;

    // ---- i64 compare-and-branch ----
    /// if r[lhs] == r[rhs] (i64) { pc += target }
    branch BrIfI64Eq(a: i64, b: i64) { (a as u64) == (b as u64) } [BrIfI64Eq BrIfI64EqA];
    /// if r[lhs] == imm (i64) { pc += target }
    branch_imm BrIfI64EqImm(a: i64, b: imm i64) { (a as u64) == b } [BrIfI64EqImm BrIfI64EqImmA];
    /// if r[lhs] != r[rhs] (i64) { pc += target }
    branch BrIfI64Ne(a: i64, b: i64) { (a as u64) != (b as u64) } [BrIfI64Ne BrIfI64NeA];
    /// if r[lhs] != imm (i64) { pc += target }
    branch_imm BrIfI64NeImm(a: i64, b: imm i64) { (a as u64) != b } [BrIfI64NeImm BrIfI64NeImmA];
    /// if r[lhs] <s r[rhs] (i64) { pc += target }
    branch BrIfI64LtS(a: i64, b: i64) { (a as i64) < (b as i64) } [BrIfI64LtS BrIfI64LtSA BrIfI64LtSRevA];
    /// if r[lhs] <s imm (i64) { pc += target }
    branch_imm BrIfI64LtSImm(a: i64, b: imm i64) { (a as i64) < (b as i64) } [BrIfI64LtSImm BrIfI64LtSImmA];
    /// if r[lhs] <u r[rhs] (i64) { pc += target }
    branch BrIfI64LtU(a: i64, b: i64) { (a as u64) < (b as u64) } [BrIfI64LtU BrIfI64LtUA BrIfI64LtURevA];
    /// if r[lhs] <u imm (i64) { pc += target }
    branch_imm BrIfI64LtUImm(a: i64, b: imm i64) { (a as u64) < b } [BrIfI64LtUImm BrIfI64LtUImmA];
    /// if r[lhs] >s imm (i64) { pc += target }
    branch_imm BrIfI64GtSImm(a: i64, b: imm i64) { (a as i64) > (b as i64) } [BrIfI64GtSImm BrIfI64GtSImmA];
    /// if r[lhs] >u imm (i64) { pc += target }
    branch_imm BrIfI64GtUImm(a: i64, b: imm i64) { (a as u64) > b } [BrIfI64GtUImm BrIfI64GtUImmA];
    /// if r[lhs] <=s r[rhs] (i64) { pc += target }
    branch BrIfI64LeS(a: i64, b: i64) { (a as i64) <= (b as i64) } [BrIfI64LeS BrIfI64LeSA BrIfI64LeSRevA];
    /// if r[lhs] <=u r[rhs] (i64) { pc += target }
    branch BrIfI64LeU(a: i64, b: i64) { (a as u64) <= (b as u64) } [BrIfI64LeU BrIfI64LeUA BrIfI64LeURevA];

    // ---- more binary ops with a constant operand ----
    /// r[dst] = r[lhs] *wrap imm (i64)
    binary_imm I64MulImm(a: i64, b: imm i64) -> i64 { a.wrapping_mul(b) } [I64MulImm I64MulImmA I64MulImmR I64MulImmAR];
    /// r[dst] = r[lhs] | imm (i64)
    binary_imm I64OrImm(a: i64, b: imm i64) -> i64 { a | b } [I64OrImm I64OrImmA I64OrImmR I64OrImmAR];
    /// r[dst] = r[lhs] ^ imm (i64)
    binary_imm I64XorImm(a: i64, b: imm i64) -> i64 { a ^ b } [I64XorImm I64XorImmA I64XorImmR I64XorImmAR];
    /// r[dst] = r[lhs] rotl imm (i64)
    binary_imm I64RotlImm(a: i64, b: imm i32) -> i64 { a.rotate_left(b as u32) } [I64RotlImm I64RotlImmA I64RotlImmR I64RotlImmAR];
    /// r[dst] = r[lhs] rotr imm (i64)
    binary_imm I64RotrImm(a: i64, b: imm i32) -> i64 { a.rotate_right(b as u32) } [I64RotrImm I64RotrImmA I64RotrImmR I64RotrImmAR];
    /// r[dst] = r[lhs] rotl imm (i32)
    binary_imm I32RotlImm(a: i32, b: imm i32) -> i32 { a.rotate_left(b) } [I32RotlImm I32RotlImmA I32RotlImmR I32RotlImmAR];
    /// r[dst] = r[lhs] rotr imm (i32)
    binary_imm I32RotrImm(a: i32, b: imm i32) -> i32 { a.rotate_right(b) } [I32RotrImm I32RotrImmA I32RotrImmR I32RotrImmAR];

    // ---- float compare-and-branch (`Not` forms: branch when the compare is false, NaN included) ----
    /// if a == b (f32: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF32Eq(a: f32, b: f32) { a == b } [BrIfF32Eq BrIfF32EqA];
    /// if a == b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32EqImm(a: f32, b: imm i32) { a == b } [BrIfF32EqImm BrIfF32EqImmA];
    /// if a != b (f32: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF32Ne(a: f32, b: f32) { a != b } [BrIfF32Ne BrIfF32NeA];
    /// if a != b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32NeImm(a: f32, b: imm i32) { a != b } [BrIfF32NeImm BrIfF32NeImmA];
    /// if a < b (f32: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF32Lt(a: f32, b: f32) { a < b } [BrIfF32Lt BrIfF32LtA BrIfF32LtRevA];
    /// if a < b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32LtImm(a: f32, b: imm i32) { a < b } [BrIfF32LtImm BrIfF32LtImmA];
    /// if a > b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32GtImm(a: f32, b: imm i32) { a > b } [BrIfF32GtImm BrIfF32GtImmA];
    /// if a <= b (f32: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF32Le(a: f32, b: f32) { a <= b } [BrIfF32Le BrIfF32LeA BrIfF32LeRevA];
    /// if a <= b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32LeImm(a: f32, b: imm i32) { a <= b } [BrIfF32LeImm BrIfF32LeImmA];
    /// if a >= b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32GeImm(a: f32, b: imm i32) { a >= b } [BrIfF32GeImm BrIfF32GeImmA];
    /// if !(a < b) (f32: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF32NotLt(a: f32, b: f32) { !(a < b) } [BrIfF32NotLt BrIfF32NotLtA BrIfF32NotLtRevA];
    /// if !(a < b) (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32NotLtImm(a: f32, b: imm i32) { !(a < b) } [BrIfF32NotLtImm BrIfF32NotLtImmA];
    /// if !(a > b) (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32NotGtImm(a: f32, b: imm i32) { !(a > b) } [BrIfF32NotGtImm BrIfF32NotGtImmA];
    /// if !(a <= b) (f32: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF32NotLe(a: f32, b: f32) { !(a <= b) } [BrIfF32NotLe BrIfF32NotLeA BrIfF32NotLeRevA];
    /// if !(a <= b) (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32NotLeImm(a: f32, b: imm i32) { !(a <= b) } [BrIfF32NotLeImm BrIfF32NotLeImmA];
    /// if !(a >= b) (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
    branch_imm BrIfF32NotGeImm(a: f32, b: imm i32) { !(a >= b) } [BrIfF32NotGeImm BrIfF32NotGeImmA];
    /// if a == b (f64: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF64Eq(a: f64, b: f64) { a == b } [BrIfF64Eq BrIfF64EqA];
    /// if a != b (f64: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF64Ne(a: f64, b: f64) { a != b } [BrIfF64Ne BrIfF64NeA];
    /// if a < b (f64: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF64Lt(a: f64, b: f64) { a < b } [BrIfF64Lt BrIfF64LtA BrIfF64LtRevA];
    /// if a <= b (f64: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF64Le(a: f64, b: f64) { a <= b } [BrIfF64Le BrIfF64LeA BrIfF64LeRevA];
    /// if !(a < b) (f64: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF64NotLt(a: f64, b: f64) { !(a < b) } [BrIfF64NotLt BrIfF64NotLtA BrIfF64NotLtRevA];
    /// if !(a <= b) (f64: a = r[lhs], b = r[rhs]) { pc += target }
    branch BrIfF64NotLe(a: f64, b: f64) { !(a <= b) } [BrIfF64NotLe BrIfF64NotLeA BrIfF64NotLeRevA];

    @then memory_n_table
}
