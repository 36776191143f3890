//! The table of every instruction: `for_each_op!(m)` calls macro `m` with the whole list, and the
//! enum, the relations the translator uses (`isa`), both dispatch backends and the disassembler
//! are expanded from it (see `isa` for the row format and the notation of the doc lines).

/// Calls `$m! { families }` with the whole instruction list.
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {

            // ---- control ----
            family Unreachable [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// trap "unreachable"
                fast Reg Unreachable {  } => { trap!(TrapCode::Unreachable) }
            }
            family Fuel [out NONE, acc_in -, operand -, result -, branch -, compare -] {
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
            family CheckInterrupt [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// if the store's interrupt flag is set { trap "interrupted" } (at function entry and loop
                /// headers; emitted only with `Config::interruptible`)
                fast Reg CheckInterrupt {  } => {
            // SAFETY: the flag is the store's `Arc<AtomicBool>`; the store (borrowed for the
            // whole run) keeps it alive and never replaces it.
            if (*interrupt_flag!()).load(std::sync::atomic::Ordering::Relaxed) {
                trap!(TrapCode::Interrupted);
            }
            next!()
        }
            }
            family Br [out NONE, acc_in -, operand -, result -, branch jump, compare -] {
                /// pc += target
                fast Reg Br { target: i32 } => { jump!(target) }
            }
            family BrIfEqz [out NONE, acc_in Int, operand cond, result -, branch cond, compare -] {
                /// if r[cond] as u32 == 0 { pc += target }
                fast Reg BrIfEqz { cond: Reg, target: i32 } => { br_if!(i32v!(cond) == 0, target); next!() }
                /// if acc as u32 == 0 { pc += target }
                fast Acc BrIfEqzA { target: i32 } => { br_if!((acc!() as u32) == 0, target); next!() }
            }
            family BrIfNez [out NONE, acc_in Int, operand cond, result -, branch cond, compare -] {
                /// if r[cond] as u32 != 0 { pc += target }
                fast Reg BrIfNez { cond: Reg, target: i32 } => { br_if!(i32v!(cond) != 0, target); next!() }
                /// if acc as u32 != 0 { pc += target }
                fast Acc BrIfNezA { target: i32 } => { br_if!((acc!() as u32) != 0, target); next!() }
            }
            family BrIfI64Eqz [out NONE, acc_in Int, operand cond, result -, branch cond, compare -] {
                /// if r[cond] as u64 == 0 { pc += target }
                fast Reg BrIfI64Eqz { cond: Reg, target: i32 } => { br_if!(r!(cond) == 0, target); next!() }
                /// if acc as u64 == 0 { pc += target }
                fast Acc BrIfI64EqzA { target: i32 } => { br_if!(acc!() == 0, target); next!() }
            }
            family BrIfI64Nez [out NONE, acc_in Int, operand cond, result -, branch cond, compare -] {
                /// if r[cond] as u64 != 0 { pc += target }
                fast Reg BrIfI64Nez { cond: Reg, target: i32 } => { br_if!(r!(cond) != 0, target); next!() }
                /// if acc as u64 != 0 { pc += target }
                fast Acc BrIfI64NezA { target: i32 } => { br_if!(acc!() != 0, target); next!() }
            }
            family BrIfI32Eq [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] == r[rhs] (i32) { pc += target }
                fast Reg BrIfI32Eq { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(i32v!(lhs) == i32v!(rhs), target); next!() }
                /// if acc == r[rhs] (i32) { pc += target }
                fast Acc BrIfI32EqA { rhs: Reg, target: i32 } => { br_if!((acc!() as u32) == i32v!(rhs), target); next!() }
            }
            family BrIfI32Ne [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] != r[rhs] (i32) { pc += target }
                fast Reg BrIfI32Ne { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(i32v!(lhs) != i32v!(rhs), target); next!() }
                /// if acc != r[rhs] (i32) { pc += target }
                fast Acc BrIfI32NeA { rhs: Reg, target: i32 } => { br_if!((acc!() as u32) != i32v!(rhs), target); next!() }
            }
            family BrIfI32LtS [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <s r[rhs] (i32) { pc += target }
                fast Reg BrIfI32LtS { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((i32v!(lhs) as i32) < i32v!(rhs) as i32, target); next!() }
                /// if acc <s r[rhs] (i32) { pc += target }
                fast Acc BrIfI32LtSA { rhs: Reg, target: i32 } => { br_if!(((acc!() as u32) as i32) < i32v!(rhs) as i32, target); next!() }
            }
            family BrIfI32LtU [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <u r[rhs] (i32) { pc += target }
                fast Reg BrIfI32LtU { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(i32v!(lhs) < i32v!(rhs), target); next!() }
                /// if acc <u r[rhs] (i32) { pc += target }
                fast Acc BrIfI32LtUA { rhs: Reg, target: i32 } => { br_if!((acc!() as u32) < i32v!(rhs), target); next!() }
            }
            family BrIfI32GtS [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >s r[rhs] (i32) { pc += target }
                fast Reg BrIfI32GtS { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(i32v!(lhs) as i32 > i32v!(rhs) as i32, target); next!() }
                /// if acc >s r[rhs] (i32) { pc += target }
                fast Acc BrIfI32GtSA { rhs: Reg, target: i32 } => { br_if!((acc!() as u32) as i32 > i32v!(rhs) as i32, target); next!() }
            }
            family BrIfI32GtU [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >u r[rhs] (i32) { pc += target }
                fast Reg BrIfI32GtU { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(i32v!(lhs) > i32v!(rhs), target); next!() }
                /// if acc >u r[rhs] (i32) { pc += target }
                fast Acc BrIfI32GtUA { rhs: Reg, target: i32 } => { br_if!((acc!() as u32) > i32v!(rhs), target); next!() }
            }
            family BrIfI32LeS [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <=s r[rhs] (i32) { pc += target }
                fast Reg BrIfI32LeS { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(i32v!(lhs) as i32 <= i32v!(rhs) as i32, target); next!() }
                /// if acc <=s r[rhs] (i32) { pc += target }
                fast Acc BrIfI32LeSA { rhs: Reg, target: i32 } => { br_if!((acc!() as u32) as i32 <= i32v!(rhs) as i32, target); next!() }
            }
            family BrIfI32LeU [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <=u r[rhs] (i32) { pc += target }
                fast Reg BrIfI32LeU { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(i32v!(lhs) <= i32v!(rhs), target); next!() }
                /// if acc <=u r[rhs] (i32) { pc += target }
                fast Acc BrIfI32LeUA { rhs: Reg, target: i32 } => { br_if!((acc!() as u32) <= i32v!(rhs), target); next!() }
            }
            family BrIfI32GeS [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >=s r[rhs] (i32) { pc += target }
                fast Reg BrIfI32GeS { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(i32v!(lhs) as i32 >= i32v!(rhs) as i32, target); next!() }
                /// if acc >=s r[rhs] (i32) { pc += target }
                fast Acc BrIfI32GeSA { rhs: Reg, target: i32 } => { br_if!((acc!() as u32) as i32 >= i32v!(rhs) as i32, target); next!() }
            }
            family BrIfI32GeU [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >=u r[rhs] (i32) { pc += target }
                fast Reg BrIfI32GeU { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(i32v!(lhs) >= i32v!(rhs), target); next!() }
                /// if acc >=u r[rhs] (i32) { pc += target }
                fast Acc BrIfI32GeUA { rhs: Reg, target: i32 } => { br_if!((acc!() as u32) >= i32v!(rhs), target); next!() }
            }
            family BrIfI32EqImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] == imm (i32) { pc += target }
                fast Reg BrIfI32EqImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(i32v!(lhs) as i32 == imm, target); next!() }
                /// if acc == imm (i32) { pc += target }
                fast Acc BrIfI32EqImmA { imm: i32, target: i32 } => { br_if!((acc!() as u32) as i32 == imm, target); next!() }
            }
            family BrIfI32NeImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] != imm (i32) { pc += target }
                fast Reg BrIfI32NeImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(i32v!(lhs) as i32 != imm, target); next!() }
                /// if acc != imm (i32) { pc += target }
                fast Acc BrIfI32NeImmA { imm: i32, target: i32 } => { br_if!((acc!() as u32) as i32 != imm, target); next!() }
            }
            family BrIfI32LtSImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <s imm (i32) { pc += target }
                fast Reg BrIfI32LtSImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((i32v!(lhs) as i32) < imm, target); next!() }
                /// if acc <s imm (i32) { pc += target }
                fast Acc BrIfI32LtSImmA { imm: i32, target: i32 } => { br_if!(((acc!() as u32) as i32) < imm, target); next!() }
            }
            family BrIfI32LtUImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <u imm (i32) { pc += target }
                fast Reg BrIfI32LtUImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(i32v!(lhs) < imm as u32, target); next!() }
                /// if acc <u imm (i32) { pc += target }
                fast Acc BrIfI32LtUImmA { imm: i32, target: i32 } => { br_if!((acc!() as u32) < imm as u32, target); next!() }
            }
            family BrIfI32GtSImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >s imm (i32) { pc += target }
                fast Reg BrIfI32GtSImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(i32v!(lhs) as i32 > imm, target); next!() }
                /// if acc >s imm (i32) { pc += target }
                fast Acc BrIfI32GtSImmA { imm: i32, target: i32 } => { br_if!((acc!() as u32) as i32 > imm, target); next!() }
            }
            family BrIfI32GtUImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >u imm (i32) { pc += target }
                fast Reg BrIfI32GtUImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(i32v!(lhs) > imm as u32, target); next!() }
                /// if acc >u imm (i32) { pc += target }
                fast Acc BrIfI32GtUImmA { imm: i32, target: i32 } => { br_if!((acc!() as u32) > imm as u32, target); next!() }
            }
            family BrIfI32LeSImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <=s imm (i32) { pc += target }
                fast Reg BrIfI32LeSImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(i32v!(lhs) as i32 <= imm, target); next!() }
                /// if acc <=s imm (i32) { pc += target }
                fast Acc BrIfI32LeSImmA { imm: i32, target: i32 } => { br_if!((acc!() as u32) as i32 <= imm, target); next!() }
            }
            family BrIfI32LeUImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <=u imm (i32) { pc += target }
                fast Reg BrIfI32LeUImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(i32v!(lhs) <= imm as u32, target); next!() }
                /// if acc <=u imm (i32) { pc += target }
                fast Acc BrIfI32LeUImmA { imm: i32, target: i32 } => { br_if!((acc!() as u32) <= imm as u32, target); next!() }
            }
            family BrIfI32GeSImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >=s imm (i32) { pc += target }
                fast Reg BrIfI32GeSImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(i32v!(lhs) as i32 >= imm, target); next!() }
                /// if acc >=s imm (i32) { pc += target }
                fast Acc BrIfI32GeSImmA { imm: i32, target: i32 } => { br_if!((acc!() as u32) as i32 >= imm, target); next!() }
            }
            family BrIfI32GeUImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >=u imm (i32) { pc += target }
                fast Reg BrIfI32GeUImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(i32v!(lhs) >= imm as u32, target); next!() }
                /// if acc >=u imm (i32) { pc += target }
                fast Acc BrIfI32GeUImmA { imm: i32, target: i32 } => { br_if!((acc!() as u32) >= imm as u32, target); next!() }
            }
            family BrTable [out NONE, acc_in Int, operand index, result -, branch -, compare -] {
                /// pc += 1 + min(r[index] as u32, len); followed by len + 1 `Br` targets
                fast Reg BrTable { index: Reg, len: u32 } => {
            // Jump straight to the selected target: every entry after the table is a `Br`.
            let entry = 1 + i32v!(index).min(len) as isize;
            match op_at!(entry) {
                Op::Br { target } => jump!(entry + target as isize),
                _ => jump!(entry),
            }
        }
                /// `BrTable` with the index in `acc`
                fast Acc BrTableA { len: u32 } => {
            let entry = 1 + (acc!() as u32).min(len) as isize;
            match op_at!(entry) {
                Op::Br { target } => jump!(entry + target as isize),
                _ => jump!(entry),
            }
        }
            }
            family Return [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// return to the caller (results already in r[0..])
                fast Reg Return {  } => { ret!() }
            }
            family ReturnReg [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// r[0] = r[src]; return
                fast Reg ReturnReg { src: Reg } => { r!(0) = r!(src); ret!() }
            }
            family ReturnImm [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// r[0] = imm; return
                fast Reg ReturnImm { imm: u64 } => { r!(0) = imm; ret!() }
            }
            family Call [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// call function `func` (module index) with its frame at r[base..]
                fast Reg Call { func: u32, base: Reg } => { call_local!(func, base) }
            }
            family CallIndirect [out NONE, acc_in -, operand -, result -, branch -, compare -] {
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

            // ---- moves, constants, select ----
            family Copy [out NONE, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[src]
                fast Reg Copy { dst: Reg, src: Reg } => { r!(dst) = r!(src); next!() }
            }
            family CopyBr [out NONE, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = r[src]; pc += target
                fast Reg CopyBr { dst: Reg, src: Reg, target: i32 } => { r!(dst) = r!(src); jump!(target) }
            }
            family CopySpan [out NONE, acc_in -, operand -, result -, branch -, compare -] {
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
            family ZeroLocals [out NONE, acc_in -, operand -, result -, branch -, compare -] {
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
            family Const32 [out NONE, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = imm (zero-extended 32-bit pattern: i32, f32, null)
                fast Reg Const32 { dst: Reg, imm: u32 } => { r!(dst) = imm as u64; next!() }
            }
            family Const64 [out NONE, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = imm (64-bit pattern: i64, f64)
                fast Reg Const64 { dst: Reg, imm: u64 } => { r!(dst) = imm; next!() }
            }
            family Select [out INT, acc_in Int, operand cond, result dst, branch -, compare -] {
                /// r[dst] = if r[cond] as u32 != 0 { r[lhs] } else { r[rhs] }
                fast Reg Select { dst: Reg, cond: Reg, lhs: Reg, rhs: Reg } => { put!(dst, crate::exec::select_loaded(i32v!(cond) != 0, r!(lhs), r!(rhs))); next!() }
                /// r[dst] = if acc as u32 != 0 { r[lhs] } else { r[rhs] }
                fast Acc SelectA { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, crate::exec::select_loaded((acc!() as u32) != 0, r!(lhs), r!(rhs))); next!() }
                /// acc = if r[cond] as u32 != 0 { r[lhs] } else { r[rhs] }
                fast RegR SelectR { cond: Reg, lhs: Reg, rhs: Reg } => { put_acc!(crate::exec::select_loaded(i32v!(cond) != 0, r!(lhs), r!(rhs))); next!() }
                /// acc = if acc as u32 != 0 { r[lhs] } else { r[rhs] }
                fast AccR SelectAR { lhs: Reg, rhs: Reg } => { put_acc!(crate::exec::select_loaded((acc!() as u32) != 0, r!(lhs), r!(rhs))); next!() }
            }

            // ---- globals ----
            family GlobalGet [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = global[global]
                fast Reg GlobalGet { dst: Reg, global: u32 } => {
            let store = store!();
            // SAFETY: validation guarantees `global` is in the instance's global space, which
            // holds indices of this store's globals (`Instance::new` rejects foreign imports).
            let g = *store.instances.get_unchecked(inst!() as usize).globals.get_unchecked(global as usize);
            put!(dst, store.globals.get_unchecked(g as usize).value);
            next!()
        }
            }
            family GlobalSet [out NONE, acc_in Int, operand src, result -, branch -, compare -] {
                /// global[global] = r[src]
                fast Reg GlobalSet { src: Reg, global: u32 } => {
            let store = store!();
            // SAFETY: as for GlobalGet.
            let g = *store.instances.get_unchecked(inst!() as usize).globals.get_unchecked(global as usize);
            store.globals.get_unchecked_mut(g as usize).value = r!(src);
            next!()
        }
                /// global[global] = acc
                fast Acc GlobalSetA { global: u32 } => {
            let store = store!();
            // SAFETY: as for GlobalGet.
            let g = *store.instances.get_unchecked(inst!() as usize).globals.get_unchecked(global as usize);
            store.globals.get_unchecked_mut(g as usize).value = acc!();
            next!()
        }
            }

            // ---- memory ----
            family I32Load [out INT_F32, acc_in Int, operand addr, result dst, branch -, compare -] {
                /// r[dst] = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u)
                fast Reg I32Load { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, u32, |v| v as u64); next!() }
                /// r[dst] = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u) (addr = acc)
                fast Acc I32LoadA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, u32, |v| v as u64); next!() }
                /// acc = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u)
                fast RegR I32LoadR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, u32, |v| v as u64); next!() }
                /// acc = mem[ea..ea+4] as u32 (i32.load, f32.load, i64.load32_u) (addr = acc)
                fast AccR I32LoadAR { offset: u32 } => { load_acc!((acc!() as u32), offset, u32, |v| v as u64); next!() }
            }
            family I64Load [out INT_F64, acc_in Int, operand addr, result dst, branch -, compare -] {
                /// r[dst] = mem[ea..ea+8] (i64.load, f64.load)
                fast Reg I64Load { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, u64, |v| v); next!() }
                /// r[dst] = mem[ea..ea+8] (i64.load, f64.load) (addr = acc)
                fast Acc I64LoadA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, u64, |v| v); next!() }
                /// acc = mem[ea..ea+8] (i64.load, f64.load)
                fast RegR I64LoadR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, u64, |v| v); next!() }
                /// acc = mem[ea..ea+8] (i64.load, f64.load) (addr = acc)
                fast AccR I64LoadAR { offset: u32 } => { load_acc!((acc!() as u32), offset, u64, |v| v); next!() }
            }
            family I32Load8S [out INT, acc_in Int, operand addr, result dst, branch -, compare -] {
                /// r[dst] = mem[ea] as i8 as i32 (zero-extended to the cell)
                fast Reg I32Load8S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i8, |v| v as i32 as u32 as u64); next!() }
                /// r[dst] = mem[ea] as i8 as i32 (zero-extended to the cell) (addr = acc)
                fast Acc I32Load8SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
                /// acc = mem[ea] as i8 as i32 (zero-extended to the cell)
                fast RegR I32Load8SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i8, |v| v as i32 as u32 as u64); next!() }
                /// acc = mem[ea] as i8 as i32 (zero-extended to the cell) (addr = acc)
                fast AccR I32Load8SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
            }
            family I32Load8U [out INT, acc_in Int, operand addr, result dst, branch -, compare -] {
                /// r[dst] = mem[ea] as u8 (i32.load8_u, i64.load8_u)
                fast Reg I32Load8U { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, u8, |v| v as u64); next!() }
                /// r[dst] = mem[ea] as u8 (i32.load8_u, i64.load8_u) (addr = acc)
                fast Acc I32Load8UA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, u8, |v| v as u64); next!() }
                /// acc = mem[ea] as u8 (i32.load8_u, i64.load8_u)
                fast RegR I32Load8UR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, u8, |v| v as u64); next!() }
                /// acc = mem[ea] as u8 (i32.load8_u, i64.load8_u) (addr = acc)
                fast AccR I32Load8UAR { offset: u32 } => { load_acc!((acc!() as u32), offset, u8, |v| v as u64); next!() }
            }
            family I32Load16S [out INT, acc_in Int, operand addr, result dst, branch -, compare -] {
                /// r[dst] = mem[ea..ea+2] as i16 as i32
                fast Reg I32Load16S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i16, |v| v as i32 as u32 as u64); next!() }
                /// r[dst] = mem[ea..ea+2] as i16 as i32 (addr = acc)
                fast Acc I32Load16SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i16, |v| v as i32 as u32 as u64); next!() }
                /// acc = mem[ea..ea+2] as i16 as i32
                fast RegR I32Load16SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i16, |v| v as i32 as u32 as u64); next!() }
                /// acc = mem[ea..ea+2] as i16 as i32 (addr = acc)
                fast AccR I32Load16SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i16, |v| v as i32 as u32 as u64); next!() }
            }
            family I32Load16U [out INT, acc_in Int, operand addr, result dst, branch -, compare -] {
                /// r[dst] = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u)
                fast Reg I32Load16U { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, u16, |v| v as u64); next!() }
                /// r[dst] = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u) (addr = acc)
                fast Acc I32Load16UA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, u16, |v| v as u64); next!() }
                /// acc = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u)
                fast RegR I32Load16UR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, u16, |v| v as u64); next!() }
                /// acc = mem[ea..ea+2] as u16 (i32.load16_u, i64.load16_u) (addr = acc)
                fast AccR I32Load16UAR { offset: u32 } => { load_acc!((acc!() as u32), offset, u16, |v| v as u64); next!() }
            }
            family I64Load8S [out INT, acc_in Int, operand addr, result dst, branch -, compare -] {
                /// r[dst] = mem[ea] as i8 as i64
                fast Reg I64Load8S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i8, |v| v as i64 as u64); next!() }
                /// r[dst] = mem[ea] as i8 as i64 (addr = acc)
                fast Acc I64Load8SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i8, |v| v as i64 as u64); next!() }
                /// acc = mem[ea] as i8 as i64
                fast RegR I64Load8SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i8, |v| v as i64 as u64); next!() }
                /// acc = mem[ea] as i8 as i64 (addr = acc)
                fast AccR I64Load8SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i8, |v| v as i64 as u64); next!() }
            }
            family I64Load16S [out INT, acc_in Int, operand addr, result dst, branch -, compare -] {
                /// r[dst] = mem[ea..ea+2] as i16 as i64
                fast Reg I64Load16S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i16, |v| v as i64 as u64); next!() }
                /// r[dst] = mem[ea..ea+2] as i16 as i64 (addr = acc)
                fast Acc I64Load16SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i16, |v| v as i64 as u64); next!() }
                /// acc = mem[ea..ea+2] as i16 as i64
                fast RegR I64Load16SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i16, |v| v as i64 as u64); next!() }
                /// acc = mem[ea..ea+2] as i16 as i64 (addr = acc)
                fast AccR I64Load16SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i16, |v| v as i64 as u64); next!() }
            }
            family I64Load32S [out INT, acc_in Int, operand addr, result dst, branch -, compare -] {
                /// r[dst] = mem[ea..ea+4] as i32 as i64
                fast Reg I64Load32S { dst: Reg, addr: Reg, offset: u32 } => { load!(dst, i32v!(addr), offset, i32, |v| v as i64 as u64); next!() }
                /// r[dst] = mem[ea..ea+4] as i32 as i64 (addr = acc)
                fast Acc I64Load32SA { dst: Reg, offset: u32 } => { load!(dst, (acc!() as u32), offset, i32, |v| v as i64 as u64); next!() }
                /// acc = mem[ea..ea+4] as i32 as i64
                fast RegR I64Load32SR { addr: Reg, offset: u32 } => { load_acc!(i32v!(addr), offset, i32, |v| v as i64 as u64); next!() }
                /// acc = mem[ea..ea+4] as i32 as i64 (addr = acc)
                fast AccR I64Load32SAR { offset: u32 } => { load_acc!((acc!() as u32), offset, i32, |v| v as i64 as u64); next!() }
            }
            family Store8 [out NONE, acc_in Int, operand src, result -, branch -, compare -] {
                /// mem[ea] = r[src] as u8 (i32.store8, i64.store8)
                fast Reg Store8 { addr: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(addr), r!(src), offset, u8); next!() }
                /// mem[ea] = acc as u8 (i32.store8, i64.store8)
                fast Acc Store8A { addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), acc!(), offset, u8); next!() }
            }
            family Store16 [out NONE, acc_in Int, operand src, result -, branch -, compare -] {
                /// mem[ea..ea+2] = r[src] as u16
                fast Reg Store16 { addr: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(addr), r!(src), offset, u16); next!() }
                /// mem[ea..ea+2] = acc as u16
                fast Acc Store16A { addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), acc!(), offset, u16); next!() }
            }
            family Store32 [out NONE, acc_in Int, operand src, result -, branch -, compare -] {
                /// mem[ea..ea+4] = r[src] as u32 (i32.store, f32.store, i64.store32)
                fast Reg Store32 { addr: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(addr), r!(src), offset, u32); next!() }
                /// mem[ea..ea+4] = acc as u32 (i32.store, f32.store, i64.store32)
                fast Acc Store32A { addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), acc!(), offset, u32); next!() }
            }
            family Store64 [out NONE, acc_in Int, operand src, result -, branch -, compare -] {
                /// mem[ea..ea+8] = r[src] (i64.store, f64.store)
                fast Reg Store64 { addr: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(addr), r!(src), offset, u64); next!() }
                /// mem[ea..ea+8] = acc (i64.store, f64.store)
                fast Acc Store64A { addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), acc!(), offset, u64); next!() }
            }
            family MemorySize [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = size of memory `mem` in pages
                slow Reg MemorySize { dst: Reg, mem: u32 } => {
            let store = store!();
            let m = store.instances[inst!() as usize].memories[mem as usize];
            set32!(dst, store.memories[m as usize].pages());
            next!()
        }
            }
            family MemoryGrow [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = old size in pages after growing memory `mem` by r[delta] pages, or -1
                slow Reg MemoryGrow { dst: Reg, delta: Reg, mem: u32 } => {
            let store = store!();
            let m = store.instances[inst!() as usize].memories[mem as usize];
            let old = store.memories[m as usize].grow(i32v!(delta) as u64);
            set32!(dst, old.map_or(u32::MAX, |p| p as u32));
            refresh_mem!();
            next!()
        }
            }
            family MemoryFill [out NONE, acc_in -, operand -, result -, branch -, compare -] {
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
            family MemoryCopy [out NONE, acc_in -, operand -, result -, branch -, compare -] {
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
            family MemoryInit [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// mem[r[dst]..+r[len]] = data[data][r[src]..+r[len]] (memory.init)
                slow Reg MemoryInit { dst: Reg, src: Reg, len: Reg, data: u32 } => {
            let store = store!();
            let m = store.instances[inst!() as usize].memories[0];
            checked!(bulk::memory_init(store, inst!(), m, data, i32v!(dst), i32v!(src), i32v!(len)));
            refresh_mem!();
            next!()
        }
            }
            family DataDrop [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// data segment `data` becomes empty
                slow Reg DataDrop { data: u32 } => {
            store!().instances[inst!() as usize].datas[data as usize].clear();
            next!()
        }
            }

            // ---- tables and references ----
            family TableGet [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = table[table][r[index]]
                slow Reg TableGet { dst: Reg, index: Reg, table: u32 } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            put!(dst, checked!(bulk::table_get(store, t, i32v!(index))));
            next!()
        }
            }
            family TableSet [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// table[table][r[index]] = r[src]
                slow Reg TableSet { index: Reg, src: Reg, table: u32 } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            checked!(bulk::table_set(store, t, i32v!(index), r!(src)));
            next!()
        }
            }
            family TableSize [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = size of table `table`
                slow Reg TableSize { dst: Reg, table: u32 } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            set32!(dst, store.tables[t as usize].elems.len());
            next!()
        }
            }
            family TableGrow [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = old size after growing `table` by r[delta] entries of r[init], or -1
                slow Reg TableGrow { dst: Reg, init: Reg, delta: Reg, table: u32 } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            let old = store.tables[t as usize].grow(i32v!(delta) as u64, r!(init), &mut store.table_budget);
            set32!(dst, old.map_or(u32::MAX, |n| n as u32));
            next!()
        }
            }
            family TableFill [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// table[table][r[dst]..+r[len]] = r[val]
                slow Reg TableFill { dst: Reg, val: Reg, len: Reg, table: u32 } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            checked!(bulk::table_fill(store, t, i32v!(dst), r!(val), i32v!(len)));
            next!()
        }
            }
            family TableCopy [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// table[dst_table][r[dst]..+r[len]] = table[src_table][r[src]..+r[len]]
                slow Reg TableCopy { dst: Reg, src: Reg, len: Reg, dst_table: u32, src_table: u32 } => {
            let store = store!();
            let i = &store.instances[inst!() as usize];
            let (dt, st) = (i.tables[dst_table as usize], i.tables[src_table as usize]);
            checked!(bulk::table_copy(store, dt, st, i32v!(dst), i32v!(src), i32v!(len)));
            next!()
        }
            }
            family TableInit [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// table[table][r[dst]..+r[len]] = elem[elem][r[src]..+r[len]]
                slow Reg TableInit { dst: Reg, src: Reg, len: Reg, table: u32, elem: u32 } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            checked!(bulk::table_init(store, inst!(), t, elem, i32v!(dst), i32v!(src), i32v!(len)));
            next!()
        }
            }
            family ElemDrop [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// element segment `elem` becomes empty
                slow Reg ElemDrop { elem: u32 } => {
            store!().instances[inst!() as usize].elems[elem as usize] = std::sync::Arc::new([]);
            next!()
        }
            }
            family RefFunc [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = reference to function `func` (module index)
                slow Reg RefFunc { dst: Reg, func: u32 } => {
            put!(dst, store!().instances[inst!() as usize].funcs[func as usize] as u64 + 1);
            next!()
        }
            }

            // ---- i32 ----
            family I32Eqz [out INT, acc_in Int, operand src, result dst, branch -, compare yes] {
                /// r[dst] = (r[src] == 0) (i32)
                fast Reg I32Eqz { dst: Reg, src: Reg } => { set32!(dst, i32v!(src) == 0); next!() }
                /// r[dst] = (acc == 0) (i32)
                fast Acc I32EqzA { dst: Reg } => { set32!(dst, (acc!() as u32) == 0); next!() }
                /// acc = (r[src] == 0) (i32)
                fast RegR I32EqzR { src: Reg } => { put_acc!(((i32v!(src) == 0) as u32 as u64)); next!() }
                /// acc = (acc == 0) (i32)
                fast AccR I32EqzAR {  } => { put_acc!((((acc!() as u32) == 0) as u32 as u64)); next!() }
            }
            family I32Eq [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] == r[rhs]
                fast Reg I32Eq { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) == i32v!(rhs)); next!() }
                /// r[dst] = acc == r[rhs]
                fast Acc I32EqA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) == i32v!(rhs)); next!() }
                /// acc = r[lhs] == r[rhs]
                fast RegR I32EqR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) == i32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc == r[rhs]
                fast AccR I32EqAR { rhs: Reg } => { put_acc!((((acc!() as u32) == i32v!(rhs)) as u32 as u64)); next!() }
            }
            family I32Ne [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] != r[rhs]
                fast Reg I32Ne { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) != i32v!(rhs)); next!() }
                /// r[dst] = acc != r[rhs]
                fast Acc I32NeA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) != i32v!(rhs)); next!() }
                /// acc = r[lhs] != r[rhs]
                fast RegR I32NeR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) != i32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc != r[rhs]
                fast AccR I32NeAR { rhs: Reg } => { put_acc!((((acc!() as u32) != i32v!(rhs)) as u32 as u64)); next!() }
            }
            family I32LtS [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <s r[rhs]
                fast Reg I32LtS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, (i32v!(lhs) as i32) < i32v!(rhs) as i32); next!() }
                /// r[dst] = acc <s r[rhs]
                fast Acc I32LtSA { dst: Reg, rhs: Reg } => { set32!(dst, ((acc!() as u32) as i32) < i32v!(rhs) as i32); next!() }
                /// acc = r[lhs] <s r[rhs]
                fast RegR I32LtSR { lhs: Reg, rhs: Reg } => { put_acc!((((i32v!(lhs) as i32) < i32v!(rhs) as i32) as u32 as u64)); next!() }
                /// acc = acc <s r[rhs]
                fast AccR I32LtSAR { rhs: Reg } => { put_acc!(((((acc!() as u32) as i32) < i32v!(rhs) as i32) as u32 as u64)); next!() }
            }
            family I32LtU [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <u r[rhs]
                fast Reg I32LtU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) < i32v!(rhs)); next!() }
                /// r[dst] = acc <u r[rhs]
                fast Acc I32LtUA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) < i32v!(rhs)); next!() }
                /// acc = r[lhs] <u r[rhs]
                fast RegR I32LtUR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) < i32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc <u r[rhs]
                fast AccR I32LtUAR { rhs: Reg } => { put_acc!((((acc!() as u32) < i32v!(rhs)) as u32 as u64)); next!() }
            }
            family I32GtS [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >s r[rhs]
                fast Reg I32GtS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) as i32 > i32v!(rhs) as i32); next!() }
                /// r[dst] = acc >s r[rhs]
                fast Acc I32GtSA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) as i32 > i32v!(rhs) as i32); next!() }
                /// acc = r[lhs] >s r[rhs]
                fast RegR I32GtSR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) as i32 > i32v!(rhs) as i32) as u32 as u64)); next!() }
                /// acc = acc >s r[rhs]
                fast AccR I32GtSAR { rhs: Reg } => { put_acc!((((acc!() as u32) as i32 > i32v!(rhs) as i32) as u32 as u64)); next!() }
            }
            family I32GtU [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >u r[rhs]
                fast Reg I32GtU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) > i32v!(rhs)); next!() }
                /// r[dst] = acc >u r[rhs]
                fast Acc I32GtUA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) > i32v!(rhs)); next!() }
                /// acc = r[lhs] >u r[rhs]
                fast RegR I32GtUR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) > i32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc >u r[rhs]
                fast AccR I32GtUAR { rhs: Reg } => { put_acc!((((acc!() as u32) > i32v!(rhs)) as u32 as u64)); next!() }
            }
            family I32LeS [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <=s r[rhs]
                fast Reg I32LeS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) as i32 <= i32v!(rhs) as i32); next!() }
                /// r[dst] = acc <=s r[rhs]
                fast Acc I32LeSA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) as i32 <= i32v!(rhs) as i32); next!() }
                /// acc = r[lhs] <=s r[rhs]
                fast RegR I32LeSR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) as i32 <= i32v!(rhs) as i32) as u32 as u64)); next!() }
                /// acc = acc <=s r[rhs]
                fast AccR I32LeSAR { rhs: Reg } => { put_acc!((((acc!() as u32) as i32 <= i32v!(rhs) as i32) as u32 as u64)); next!() }
            }
            family I32LeU [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <=u r[rhs]
                fast Reg I32LeU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) <= i32v!(rhs)); next!() }
                /// r[dst] = acc <=u r[rhs]
                fast Acc I32LeUA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) <= i32v!(rhs)); next!() }
                /// acc = r[lhs] <=u r[rhs]
                fast RegR I32LeUR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) <= i32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc <=u r[rhs]
                fast AccR I32LeUAR { rhs: Reg } => { put_acc!((((acc!() as u32) <= i32v!(rhs)) as u32 as u64)); next!() }
            }
            family I32GeS [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >=s r[rhs]
                fast Reg I32GeS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) as i32 >= i32v!(rhs) as i32); next!() }
                /// r[dst] = acc >=s r[rhs]
                fast Acc I32GeSA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) as i32 >= i32v!(rhs) as i32); next!() }
                /// acc = r[lhs] >=s r[rhs]
                fast RegR I32GeSR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) as i32 >= i32v!(rhs) as i32) as u32 as u64)); next!() }
                /// acc = acc >=s r[rhs]
                fast AccR I32GeSAR { rhs: Reg } => { put_acc!((((acc!() as u32) as i32 >= i32v!(rhs) as i32) as u32 as u64)); next!() }
            }
            family I32GeU [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >=u r[rhs]
                fast Reg I32GeU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) >= i32v!(rhs)); next!() }
                /// r[dst] = acc >=u r[rhs]
                fast Acc I32GeUA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) >= i32v!(rhs)); next!() }
                /// acc = r[lhs] >=u r[rhs]
                fast RegR I32GeUR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) >= i32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc >=u r[rhs]
                fast AccR I32GeUAR { rhs: Reg } => { put_acc!((((acc!() as u32) >= i32v!(rhs)) as u32 as u64)); next!() }
            }
            family I32EqImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] == imm
                fast Reg I32EqImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) as i32 == imm); next!() }
                /// r[dst] = acc == imm
                fast Acc I32EqImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) as i32 == imm); next!() }
                /// acc = r[lhs] == imm
                fast RegR I32EqImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) as i32 == imm) as u32 as u64)); next!() }
                /// acc = acc == imm
                fast AccR I32EqImmAR { imm: i32 } => { put_acc!((((acc!() as u32) as i32 == imm) as u32 as u64)); next!() }
            }
            family I32NeImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] != imm
                fast Reg I32NeImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) as i32 != imm); next!() }
                /// r[dst] = acc != imm
                fast Acc I32NeImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) as i32 != imm); next!() }
                /// acc = r[lhs] != imm
                fast RegR I32NeImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) as i32 != imm) as u32 as u64)); next!() }
                /// acc = acc != imm
                fast AccR I32NeImmAR { imm: i32 } => { put_acc!((((acc!() as u32) as i32 != imm) as u32 as u64)); next!() }
            }
            family I32LtSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <s imm
                fast Reg I32LtSImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, (i32v!(lhs) as i32) < imm); next!() }
                /// r[dst] = acc <s imm
                fast Acc I32LtSImmA { dst: Reg, imm: i32 } => { set32!(dst, ((acc!() as u32) as i32) < imm); next!() }
                /// acc = r[lhs] <s imm
                fast RegR I32LtSImmR { lhs: Reg, imm: i32 } => { put_acc!((((i32v!(lhs) as i32) < imm) as u32 as u64)); next!() }
                /// acc = acc <s imm
                fast AccR I32LtSImmAR { imm: i32 } => { put_acc!(((((acc!() as u32) as i32) < imm) as u32 as u64)); next!() }
            }
            family I32LtUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <u imm
                fast Reg I32LtUImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) < imm as u32); next!() }
                /// r[dst] = acc <u imm
                fast Acc I32LtUImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) < imm as u32); next!() }
                /// acc = r[lhs] <u imm
                fast RegR I32LtUImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) < imm as u32) as u32 as u64)); next!() }
                /// acc = acc <u imm
                fast AccR I32LtUImmAR { imm: i32 } => { put_acc!((((acc!() as u32) < imm as u32) as u32 as u64)); next!() }
            }
            family I32GtSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >s imm
                fast Reg I32GtSImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) as i32 > imm); next!() }
                /// r[dst] = acc >s imm
                fast Acc I32GtSImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) as i32 > imm); next!() }
                /// acc = r[lhs] >s imm
                fast RegR I32GtSImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) as i32 > imm) as u32 as u64)); next!() }
                /// acc = acc >s imm
                fast AccR I32GtSImmAR { imm: i32 } => { put_acc!((((acc!() as u32) as i32 > imm) as u32 as u64)); next!() }
            }
            family I32GtUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >u imm
                fast Reg I32GtUImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) > imm as u32); next!() }
                /// r[dst] = acc >u imm
                fast Acc I32GtUImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) > imm as u32); next!() }
                /// acc = r[lhs] >u imm
                fast RegR I32GtUImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) > imm as u32) as u32 as u64)); next!() }
                /// acc = acc >u imm
                fast AccR I32GtUImmAR { imm: i32 } => { put_acc!((((acc!() as u32) > imm as u32) as u32 as u64)); next!() }
            }
            family I32LeSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <=s imm
                fast Reg I32LeSImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) as i32 <= imm); next!() }
                /// r[dst] = acc <=s imm
                fast Acc I32LeSImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) as i32 <= imm); next!() }
                /// acc = r[lhs] <=s imm
                fast RegR I32LeSImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) as i32 <= imm) as u32 as u64)); next!() }
                /// acc = acc <=s imm
                fast AccR I32LeSImmAR { imm: i32 } => { put_acc!((((acc!() as u32) as i32 <= imm) as u32 as u64)); next!() }
            }
            family I32LeUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <=u imm
                fast Reg I32LeUImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) <= imm as u32); next!() }
                /// r[dst] = acc <=u imm
                fast Acc I32LeUImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) <= imm as u32); next!() }
                /// acc = r[lhs] <=u imm
                fast RegR I32LeUImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) <= imm as u32) as u32 as u64)); next!() }
                /// acc = acc <=u imm
                fast AccR I32LeUImmAR { imm: i32 } => { put_acc!((((acc!() as u32) <= imm as u32) as u32 as u64)); next!() }
            }
            family I32GeSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >=s imm
                fast Reg I32GeSImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) as i32 >= imm); next!() }
                /// r[dst] = acc >=s imm
                fast Acc I32GeSImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) as i32 >= imm); next!() }
                /// acc = r[lhs] >=s imm
                fast RegR I32GeSImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) as i32 >= imm) as u32 as u64)); next!() }
                /// acc = acc >=s imm
                fast AccR I32GeSImmAR { imm: i32 } => { put_acc!((((acc!() as u32) as i32 >= imm) as u32 as u64)); next!() }
            }
            family I32GeUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >=u imm
                fast Reg I32GeUImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) >= imm as u32); next!() }
                /// r[dst] = acc >=u imm
                fast Acc I32GeUImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) >= imm as u32); next!() }
                /// acc = r[lhs] >=u imm
                fast RegR I32GeUImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) >= imm as u32) as u32 as u64)); next!() }
                /// acc = acc >=u imm
                fast AccR I32GeUImmAR { imm: i32 } => { put_acc!((((acc!() as u32) >= imm as u32) as u32 as u64)); next!() }
            }
            family I32Clz [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = clz(r[src])
                fast Reg I32Clz { dst: Reg, src: Reg } => { set32!(dst, i32v!(src).leading_zeros()); next!() }
                /// acc = clz(r[src])
                fast RegR I32ClzR { src: Reg } => { put_acc!(((i32v!(src).leading_zeros()) as u32 as u64)); next!() }
            }
            family I32Ctz [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = ctz(r[src])
                fast Reg I32Ctz { dst: Reg, src: Reg } => { set32!(dst, i32v!(src).trailing_zeros()); next!() }
                /// acc = ctz(r[src])
                fast RegR I32CtzR { src: Reg } => { put_acc!(((i32v!(src).trailing_zeros()) as u32 as u64)); next!() }
            }
            family I32Popcnt [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = popcnt(r[src])
                fast Reg I32Popcnt { dst: Reg, src: Reg } => { set32!(dst, i32v!(src).count_ones()); next!() }
                /// acc = popcnt(r[src])
                fast RegR I32PopcntR { src: Reg } => { put_acc!(((i32v!(src).count_ones()) as u32 as u64)); next!() }
            }
            family I32Add [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] +wrap r[rhs]
                fast Reg I32Add { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs).wrapping_add(i32v!(rhs))); next!() }
                /// r[dst] = acc +wrap r[rhs]
                fast Acc I32AddA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32).wrapping_add(i32v!(rhs))); next!() }
                /// acc = r[lhs] +wrap r[rhs]
                fast RegR I32AddR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs).wrapping_add(i32v!(rhs))) as u32 as u64)); next!() }
                /// acc = acc +wrap r[rhs]
                fast AccR I32AddAR { rhs: Reg } => { put_acc!((((acc!() as u32).wrapping_add(i32v!(rhs))) as u32 as u64)); next!() }
            }
            family I32Sub [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] -wrap r[rhs]
                fast Reg I32Sub { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs).wrapping_sub(i32v!(rhs))); next!() }
                /// r[dst] = acc -wrap r[rhs]
                fast Acc I32SubA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32).wrapping_sub(i32v!(rhs))); next!() }
                /// acc = r[lhs] -wrap r[rhs]
                fast RegR I32SubR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs).wrapping_sub(i32v!(rhs))) as u32 as u64)); next!() }
                /// acc = acc -wrap r[rhs]
                fast AccR I32SubAR { rhs: Reg } => { put_acc!((((acc!() as u32).wrapping_sub(i32v!(rhs))) as u32 as u64)); next!() }
                /// r[dst] = r[lhs] -wrap acc (i32)
                fast RevAcc I32SubRevA { dst: Reg, lhs: Reg } => { put!(dst, ((i32v!(lhs).wrapping_sub(acc!() as u32)) as u32 as u64)); next!() }
                /// acc = r[lhs] -wrap acc (i32)
                fast RevAccR I32SubRevAR { lhs: Reg } => { put_acc!(((i32v!(lhs).wrapping_sub(acc!() as u32)) as u32 as u64)); next!() }
            }
            family I32Mul [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] *wrap r[rhs]
                fast Reg I32Mul { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs).wrapping_mul(i32v!(rhs))); next!() }
                /// r[dst] = acc *wrap r[rhs]
                fast Acc I32MulA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32).wrapping_mul(i32v!(rhs))); next!() }
                /// acc = r[lhs] *wrap r[rhs]
                fast RegR I32MulR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs).wrapping_mul(i32v!(rhs))) as u32 as u64)); next!() }
                /// acc = acc *wrap r[rhs]
                fast AccR I32MulAR { rhs: Reg } => { put_acc!((((acc!() as u32).wrapping_mul(i32v!(rhs))) as u32 as u64)); next!() }
            }
            family I32DivS [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] /s r[rhs]; traps on zero and overflow
                fast Reg I32DivS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, checked!(num::i32_div_s(i32v!(lhs) as i32, i32v!(rhs) as i32))); next!() }
                /// acc = r[lhs] /s r[rhs]; traps on zero and overflow
                fast RegR I32DivSR { lhs: Reg, rhs: Reg } => { put_acc!(((checked!(num::i32_div_s(i32v!(lhs) as i32, i32v!(rhs) as i32))) as u32 as u64)); next!() }
            }
            family I32DivU [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] /u r[rhs]; traps on zero
                fast Reg I32DivU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, checked!(num::i32_div_u(i32v!(lhs), i32v!(rhs)))); next!() }
                /// acc = r[lhs] /u r[rhs]; traps on zero
                fast RegR I32DivUR { lhs: Reg, rhs: Reg } => { put_acc!(((checked!(num::i32_div_u(i32v!(lhs), i32v!(rhs)))) as u32 as u64)); next!() }
            }
            family I32RemS [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rem_s r[rhs]; traps on zero
                fast Reg I32RemS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, checked!(num::i32_rem_s(i32v!(lhs) as i32, i32v!(rhs) as i32))); next!() }
                /// acc = r[lhs] rem_s r[rhs]; traps on zero
                fast RegR I32RemSR { lhs: Reg, rhs: Reg } => { put_acc!(((checked!(num::i32_rem_s(i32v!(lhs) as i32, i32v!(rhs) as i32))) as u32 as u64)); next!() }
            }
            family I32RemU [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rem_u r[rhs]; traps on zero
                fast Reg I32RemU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, checked!(num::i32_rem_u(i32v!(lhs), i32v!(rhs)))); next!() }
                /// acc = r[lhs] rem_u r[rhs]; traps on zero
                fast RegR I32RemUR { lhs: Reg, rhs: Reg } => { put_acc!(((checked!(num::i32_rem_u(i32v!(lhs), i32v!(rhs)))) as u32 as u64)); next!() }
            }
            family I32And [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] & r[rhs]
                fast Reg I32And { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) & i32v!(rhs)); next!() }
                /// r[dst] = acc & r[rhs]
                fast Acc I32AndA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) & i32v!(rhs)); next!() }
                /// acc = r[lhs] & r[rhs]
                fast RegR I32AndR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) & i32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc & r[rhs]
                fast AccR I32AndAR { rhs: Reg } => { put_acc!((((acc!() as u32) & i32v!(rhs)) as u32 as u64)); next!() }
            }
            family I32Or [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] | r[rhs]
                fast Reg I32Or { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) | i32v!(rhs)); next!() }
                /// r[dst] = acc | r[rhs]
                fast Acc I32OrA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) | i32v!(rhs)); next!() }
                /// acc = r[lhs] | r[rhs]
                fast RegR I32OrR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) | i32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc | r[rhs]
                fast AccR I32OrAR { rhs: Reg } => { put_acc!((((acc!() as u32) | i32v!(rhs)) as u32 as u64)); next!() }
            }
            family I32Xor [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ r[rhs]
                fast Reg I32Xor { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs) ^ i32v!(rhs)); next!() }
                /// r[dst] = acc ^ r[rhs]
                fast Acc I32XorA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32) ^ i32v!(rhs)); next!() }
                /// acc = r[lhs] ^ r[rhs]
                fast RegR I32XorR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs) ^ i32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc ^ r[rhs]
                fast AccR I32XorAR { rhs: Reg } => { put_acc!((((acc!() as u32) ^ i32v!(rhs)) as u32 as u64)); next!() }
            }
            family I32Shl [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] << (r[rhs] & 31)
                fast Reg I32Shl { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs).wrapping_shl(i32v!(rhs))); next!() }
                /// r[dst] = acc << (r[rhs] & 31)
                fast Acc I32ShlA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32).wrapping_shl(i32v!(rhs))); next!() }
                /// acc = r[lhs] << (r[rhs] & 31)
                fast RegR I32ShlR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs).wrapping_shl(i32v!(rhs))) as u32 as u64)); next!() }
                /// acc = acc << (r[rhs] & 31)
                fast AccR I32ShlAR { rhs: Reg } => { put_acc!((((acc!() as u32).wrapping_shl(i32v!(rhs))) as u32 as u64)); next!() }
                /// r[dst] = r[lhs] << (acc & 31)
                fast RevAcc I32ShlRevA { dst: Reg, lhs: Reg } => { put!(dst, ((i32v!(lhs).wrapping_shl(acc!() as u32)) as u32 as u64)); next!() }
                /// acc = r[lhs] << (acc & 31)
                fast RevAccR I32ShlRevAR { lhs: Reg } => { put_acc!(((i32v!(lhs).wrapping_shl(acc!() as u32)) as u32 as u64)); next!() }
            }
            family I32ShrS [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] >>s (r[rhs] & 31)
                fast Reg I32ShrS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, (i32v!(lhs) as i32).wrapping_shr(i32v!(rhs))); next!() }
                /// r[dst] = acc >>s (r[rhs] & 31)
                fast Acc I32ShrSA { dst: Reg, rhs: Reg } => { set32!(dst, ((acc!() as u32) as i32).wrapping_shr(i32v!(rhs))); next!() }
                /// acc = r[lhs] >>s (r[rhs] & 31)
                fast RegR I32ShrSR { lhs: Reg, rhs: Reg } => { put_acc!((((i32v!(lhs) as i32).wrapping_shr(i32v!(rhs))) as u32 as u64)); next!() }
                /// acc = acc >>s (r[rhs] & 31)
                fast AccR I32ShrSAR { rhs: Reg } => { put_acc!(((((acc!() as u32) as i32).wrapping_shr(i32v!(rhs))) as u32 as u64)); next!() }
                /// r[dst] = r[lhs] >>s (acc & 31)
                fast RevAcc I32ShrSRevA { dst: Reg, lhs: Reg } => { put!(dst, (((i32v!(lhs) as i32).wrapping_shr(acc!() as u32)) as u32 as u64)); next!() }
                /// acc = r[lhs] >>s (acc & 31)
                fast RevAccR I32ShrSRevAR { lhs: Reg } => { put_acc!((((i32v!(lhs) as i32).wrapping_shr(acc!() as u32)) as u32 as u64)); next!() }
            }
            family I32ShrU [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] >>u (r[rhs] & 31)
                fast Reg I32ShrU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs).wrapping_shr(i32v!(rhs))); next!() }
                /// r[dst] = acc >>u (r[rhs] & 31)
                fast Acc I32ShrUA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as u32).wrapping_shr(i32v!(rhs))); next!() }
                /// acc = r[lhs] >>u (r[rhs] & 31)
                fast RegR I32ShrUR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs).wrapping_shr(i32v!(rhs))) as u32 as u64)); next!() }
                /// acc = acc >>u (r[rhs] & 31)
                fast AccR I32ShrUAR { rhs: Reg } => { put_acc!((((acc!() as u32).wrapping_shr(i32v!(rhs))) as u32 as u64)); next!() }
                /// r[dst] = r[lhs] >>u (acc & 31)
                fast RevAcc I32ShrURevA { dst: Reg, lhs: Reg } => { put!(dst, ((i32v!(lhs).wrapping_shr(acc!() as u32)) as u32 as u64)); next!() }
                /// acc = r[lhs] >>u (acc & 31)
                fast RevAccR I32ShrURevAR { lhs: Reg } => { put_acc!(((i32v!(lhs).wrapping_shr(acc!() as u32)) as u32 as u64)); next!() }
            }
            family I32Rotl [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rotl r[rhs]
                fast Reg I32Rotl { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs).rotate_left(i32v!(rhs) & 31)); next!() }
                /// acc = r[lhs] rotl r[rhs]
                fast RegR I32RotlR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs).rotate_left(i32v!(rhs) & 31)) as u32 as u64)); next!() }
            }
            family I32Rotr [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rotr r[rhs]
                fast Reg I32Rotr { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, i32v!(lhs).rotate_right(i32v!(rhs) & 31)); next!() }
                /// acc = r[lhs] rotr r[rhs]
                fast RegR I32RotrR { lhs: Reg, rhs: Reg } => { put_acc!(((i32v!(lhs).rotate_right(i32v!(rhs) & 31)) as u32 as u64)); next!() }
            }
            family I32AddImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] +wrap imm (also i32.sub with a constant)
                fast Reg I32AddImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs).wrapping_add(imm as u32)); next!() }
                /// r[dst] = acc +wrap imm (also i32.sub with a constant)
                fast Acc I32AddImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32).wrapping_add(imm as u32)); next!() }
                /// acc = r[lhs] +wrap imm (also i32.sub with a constant)
                fast RegR I32AddImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs).wrapping_add(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc +wrap imm (also i32.sub with a constant)
                fast AccR I32AddImmAR { imm: i32 } => { put_acc!((((acc!() as u32).wrapping_add(imm as u32)) as u32 as u64)); next!() }
            }
            family I32RSubImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = imm -wrap r[lhs] (i32.sub from a constant: negation and `c - x`)
                fast Reg I32RSubImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, (imm as u32).wrapping_sub(i32v!(lhs))); next!() }
                /// r[dst] = imm -wrap acc (i32)
                fast Acc I32RSubImmA { dst: Reg, imm: i32 } => { set32!(dst, (imm as u32).wrapping_sub(acc!() as u32)); next!() }
                /// acc = imm -wrap r[lhs] (i32)
                fast RegR I32RSubImmR { lhs: Reg, imm: i32 } => { put_acc!((imm as u32).wrapping_sub(i32v!(lhs)) as u64); next!() }
                /// acc = imm -wrap acc (i32)
                fast AccR I32RSubImmAR { imm: i32 } => { put_acc!((imm as u32).wrapping_sub(acc!() as u32) as u64); next!() }
            }
            family I32MulImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] *wrap imm
                fast Reg I32MulImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs).wrapping_mul(imm as u32)); next!() }
                /// r[dst] = acc *wrap imm
                fast Acc I32MulImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32).wrapping_mul(imm as u32)); next!() }
                /// acc = r[lhs] *wrap imm
                fast RegR I32MulImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs).wrapping_mul(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc *wrap imm
                fast AccR I32MulImmAR { imm: i32 } => { put_acc!((((acc!() as u32).wrapping_mul(imm as u32)) as u32 as u64)); next!() }
            }
            family I32AndImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] & imm
                fast Reg I32AndImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) & imm as u32); next!() }
                /// r[dst] = acc & imm
                fast Acc I32AndImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) & imm as u32); next!() }
                /// acc = r[lhs] & imm
                fast RegR I32AndImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) & imm as u32) as u32 as u64)); next!() }
                /// acc = acc & imm
                fast AccR I32AndImmAR { imm: i32 } => { put_acc!((((acc!() as u32) & imm as u32) as u32 as u64)); next!() }
            }
            family I32OrImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] | imm
                fast Reg I32OrImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) | imm as u32); next!() }
                /// r[dst] = acc | imm
                fast Acc I32OrImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) | imm as u32); next!() }
                /// acc = r[lhs] | imm
                fast RegR I32OrImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) | imm as u32) as u32 as u64)); next!() }
                /// acc = acc | imm
                fast AccR I32OrImmAR { imm: i32 } => { put_acc!((((acc!() as u32) | imm as u32) as u32 as u64)); next!() }
            }
            family I32XorImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ imm
                fast Reg I32XorImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs) ^ imm as u32); next!() }
                /// r[dst] = acc ^ imm
                fast Acc I32XorImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32) ^ imm as u32); next!() }
                /// acc = r[lhs] ^ imm
                fast RegR I32XorImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs) ^ imm as u32) as u32 as u64)); next!() }
                /// acc = acc ^ imm
                fast AccR I32XorImmAR { imm: i32 } => { put_acc!((((acc!() as u32) ^ imm as u32) as u32 as u64)); next!() }
            }
            family I32ShlImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] << (imm & 31)
                fast Reg I32ShlImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs).wrapping_shl(imm as u32)); next!() }
                /// r[dst] = acc << (imm & 31)
                fast Acc I32ShlImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32).wrapping_shl(imm as u32)); next!() }
                /// acc = r[lhs] << (imm & 31)
                fast RegR I32ShlImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs).wrapping_shl(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc << (imm & 31)
                fast AccR I32ShlImmAR { imm: i32 } => { put_acc!((((acc!() as u32).wrapping_shl(imm as u32)) as u32 as u64)); next!() }
            }
            family I32ShrSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] >>s (imm & 31)
                fast Reg I32ShrSImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, (i32v!(lhs) as i32).wrapping_shr(imm as u32)); next!() }
                /// r[dst] = acc >>s (imm & 31)
                fast Acc I32ShrSImmA { dst: Reg, imm: i32 } => { set32!(dst, ((acc!() as u32) as i32).wrapping_shr(imm as u32)); next!() }
                /// acc = r[lhs] >>s (imm & 31)
                fast RegR I32ShrSImmR { lhs: Reg, imm: i32 } => { put_acc!((((i32v!(lhs) as i32).wrapping_shr(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc >>s (imm & 31)
                fast AccR I32ShrSImmAR { imm: i32 } => { put_acc!(((((acc!() as u32) as i32).wrapping_shr(imm as u32)) as u32 as u64)); next!() }
            }
            family I32ShrUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] >>u (imm & 31)
                fast Reg I32ShrUImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs).wrapping_shr(imm as u32)); next!() }
                /// r[dst] = acc >>u (imm & 31)
                fast Acc I32ShrUImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32).wrapping_shr(imm as u32)); next!() }
                /// acc = r[lhs] >>u (imm & 31)
                fast RegR I32ShrUImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs).wrapping_shr(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc >>u (imm & 31)
                fast AccR I32ShrUImmAR { imm: i32 } => { put_acc!((((acc!() as u32).wrapping_shr(imm as u32)) as u32 as u64)); next!() }
            }

            // ---- i64 ----
            family I64Eqz [out INT, acc_in Int, operand src, result dst, branch -, compare yes] {
                /// r[dst] = (r[src] == 0) (i64)
                fast Reg I64Eqz { dst: Reg, src: Reg } => { set32!(dst, r!(src) == 0); next!() }
                /// r[dst] = (acc == 0) (i64)
                fast Acc I64EqzA { dst: Reg } => { set32!(dst, acc!() == 0); next!() }
                /// acc = (r[src] == 0) (i64)
                fast RegR I64EqzR { src: Reg } => { put_acc!(((r!(src) == 0) as u32 as u64)); next!() }
                /// acc = (acc == 0) (i64)
                fast AccR I64EqzAR {  } => { put_acc!(((acc!() == 0) as u32 as u64)); next!() }
            }
            family I64Eq [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] == r[rhs] (i64)
                fast Reg I64Eq { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, r!(lhs) == r!(rhs)); next!() }
                /// r[dst] = acc == r[rhs] (i64)
                fast Acc I64EqA { dst: Reg, rhs: Reg } => { set32!(dst, acc!() == r!(rhs)); next!() }
                /// acc = r[lhs] == r[rhs] (i64)
                fast RegR I64EqR { lhs: Reg, rhs: Reg } => { put_acc!(((r!(lhs) == r!(rhs)) as u32 as u64)); next!() }
                /// acc = acc == r[rhs] (i64)
                fast AccR I64EqAR { rhs: Reg } => { put_acc!(((acc!() == r!(rhs)) as u32 as u64)); next!() }
            }
            family I64Ne [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] != r[rhs] (i64)
                fast Reg I64Ne { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, r!(lhs) != r!(rhs)); next!() }
                /// r[dst] = acc != r[rhs] (i64)
                fast Acc I64NeA { dst: Reg, rhs: Reg } => { set32!(dst, acc!() != r!(rhs)); next!() }
                /// acc = r[lhs] != r[rhs] (i64)
                fast RegR I64NeR { lhs: Reg, rhs: Reg } => { put_acc!(((r!(lhs) != r!(rhs)) as u32 as u64)); next!() }
                /// acc = acc != r[rhs] (i64)
                fast AccR I64NeAR { rhs: Reg } => { put_acc!(((acc!() != r!(rhs)) as u32 as u64)); next!() }
            }
            family I64LtS [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <s r[rhs] (i64)
                fast Reg I64LtS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, (r!(lhs) as i64) < r!(rhs) as i64); next!() }
                /// r[dst] = acc <s r[rhs] (i64)
                fast Acc I64LtSA { dst: Reg, rhs: Reg } => { set32!(dst, (acc!() as i64) < r!(rhs) as i64); next!() }
                /// acc = r[lhs] <s r[rhs] (i64)
                fast RegR I64LtSR { lhs: Reg, rhs: Reg } => { put_acc!((((r!(lhs) as i64) < r!(rhs) as i64) as u32 as u64)); next!() }
                /// acc = acc <s r[rhs] (i64)
                fast AccR I64LtSAR { rhs: Reg } => { put_acc!((((acc!() as i64) < r!(rhs) as i64) as u32 as u64)); next!() }
            }
            family I64LtU [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <u r[rhs] (i64)
                fast Reg I64LtU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, r!(lhs) < r!(rhs)); next!() }
                /// r[dst] = acc <u r[rhs] (i64)
                fast Acc I64LtUA { dst: Reg, rhs: Reg } => { set32!(dst, acc!() < r!(rhs)); next!() }
                /// acc = r[lhs] <u r[rhs] (i64)
                fast RegR I64LtUR { lhs: Reg, rhs: Reg } => { put_acc!(((r!(lhs) < r!(rhs)) as u32 as u64)); next!() }
                /// acc = acc <u r[rhs] (i64)
                fast AccR I64LtUAR { rhs: Reg } => { put_acc!(((acc!() < r!(rhs)) as u32 as u64)); next!() }
            }
            family I64GtS [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >s r[rhs] (i64)
                fast Reg I64GtS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, r!(lhs) as i64 > r!(rhs) as i64); next!() }
                /// r[dst] = acc >s r[rhs] (i64)
                fast Acc I64GtSA { dst: Reg, rhs: Reg } => { set32!(dst, acc!() as i64 > r!(rhs) as i64); next!() }
                /// acc = r[lhs] >s r[rhs] (i64)
                fast RegR I64GtSR { lhs: Reg, rhs: Reg } => { put_acc!(((r!(lhs) as i64 > r!(rhs) as i64) as u32 as u64)); next!() }
                /// acc = acc >s r[rhs] (i64)
                fast AccR I64GtSAR { rhs: Reg } => { put_acc!(((acc!() as i64 > r!(rhs) as i64) as u32 as u64)); next!() }
            }
            family I64GtU [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >u r[rhs] (i64)
                fast Reg I64GtU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, r!(lhs) > r!(rhs)); next!() }
                /// r[dst] = acc >u r[rhs] (i64)
                fast Acc I64GtUA { dst: Reg, rhs: Reg } => { set32!(dst, acc!() > r!(rhs)); next!() }
                /// acc = r[lhs] >u r[rhs] (i64)
                fast RegR I64GtUR { lhs: Reg, rhs: Reg } => { put_acc!(((r!(lhs) > r!(rhs)) as u32 as u64)); next!() }
                /// acc = acc >u r[rhs] (i64)
                fast AccR I64GtUAR { rhs: Reg } => { put_acc!(((acc!() > r!(rhs)) as u32 as u64)); next!() }
            }
            family I64LeS [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <=s r[rhs] (i64)
                fast Reg I64LeS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, r!(lhs) as i64 <= r!(rhs) as i64); next!() }
                /// r[dst] = acc <=s r[rhs] (i64)
                fast Acc I64LeSA { dst: Reg, rhs: Reg } => { set32!(dst, acc!() as i64 <= r!(rhs) as i64); next!() }
                /// acc = r[lhs] <=s r[rhs] (i64)
                fast RegR I64LeSR { lhs: Reg, rhs: Reg } => { put_acc!(((r!(lhs) as i64 <= r!(rhs) as i64) as u32 as u64)); next!() }
                /// acc = acc <=s r[rhs] (i64)
                fast AccR I64LeSAR { rhs: Reg } => { put_acc!(((acc!() as i64 <= r!(rhs) as i64) as u32 as u64)); next!() }
            }
            family I64LeU [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <=u r[rhs] (i64)
                fast Reg I64LeU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, r!(lhs) <= r!(rhs)); next!() }
                /// r[dst] = acc <=u r[rhs] (i64)
                fast Acc I64LeUA { dst: Reg, rhs: Reg } => { set32!(dst, acc!() <= r!(rhs)); next!() }
                /// acc = r[lhs] <=u r[rhs] (i64)
                fast RegR I64LeUR { lhs: Reg, rhs: Reg } => { put_acc!(((r!(lhs) <= r!(rhs)) as u32 as u64)); next!() }
                /// acc = acc <=u r[rhs] (i64)
                fast AccR I64LeUAR { rhs: Reg } => { put_acc!(((acc!() <= r!(rhs)) as u32 as u64)); next!() }
            }
            family I64GeS [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >=s r[rhs] (i64)
                fast Reg I64GeS { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, r!(lhs) as i64 >= r!(rhs) as i64); next!() }
                /// r[dst] = acc >=s r[rhs] (i64)
                fast Acc I64GeSA { dst: Reg, rhs: Reg } => { set32!(dst, acc!() as i64 >= r!(rhs) as i64); next!() }
                /// acc = r[lhs] >=s r[rhs] (i64)
                fast RegR I64GeSR { lhs: Reg, rhs: Reg } => { put_acc!(((r!(lhs) as i64 >= r!(rhs) as i64) as u32 as u64)); next!() }
                /// acc = acc >=s r[rhs] (i64)
                fast AccR I64GeSAR { rhs: Reg } => { put_acc!(((acc!() as i64 >= r!(rhs) as i64) as u32 as u64)); next!() }
            }
            family I64GeU [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >=u r[rhs] (i64)
                fast Reg I64GeU { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, r!(lhs) >= r!(rhs)); next!() }
                /// r[dst] = acc >=u r[rhs] (i64)
                fast Acc I64GeUA { dst: Reg, rhs: Reg } => { set32!(dst, acc!() >= r!(rhs)); next!() }
                /// acc = r[lhs] >=u r[rhs] (i64)
                fast RegR I64GeUR { lhs: Reg, rhs: Reg } => { put_acc!(((r!(lhs) >= r!(rhs)) as u32 as u64)); next!() }
                /// acc = acc >=u r[rhs] (i64)
                fast AccR I64GeUAR { rhs: Reg } => { put_acc!(((acc!() >= r!(rhs)) as u32 as u64)); next!() }
            }
            family I64Clz [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = clz(r[src]) (i64)
                fast Reg I64Clz { dst: Reg, src: Reg } => { put!(dst, r!(src).leading_zeros() as u64); next!() }
                /// acc = clz(r[src]) (i64)
                fast RegR I64ClzR { src: Reg } => { put_acc!(r!(src).leading_zeros() as u64); next!() }
            }
            family I64Ctz [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = ctz(r[src]) (i64)
                fast Reg I64Ctz { dst: Reg, src: Reg } => { put!(dst, r!(src).trailing_zeros() as u64); next!() }
                /// acc = ctz(r[src]) (i64)
                fast RegR I64CtzR { src: Reg } => { put_acc!(r!(src).trailing_zeros() as u64); next!() }
            }
            family I64Popcnt [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = popcnt(r[src]) (i64)
                fast Reg I64Popcnt { dst: Reg, src: Reg } => { put!(dst, r!(src).count_ones() as u64); next!() }
                /// acc = popcnt(r[src]) (i64)
                fast RegR I64PopcntR { src: Reg } => { put_acc!(r!(src).count_ones() as u64); next!() }
            }
            family I64Add [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] +wrap r[rhs] (i64)
                fast Reg I64Add { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs).wrapping_add(r!(rhs))); next!() }
                /// r[dst] = acc +wrap r[rhs] (i64)
                fast Acc I64AddA { dst: Reg, rhs: Reg } => { put!(dst, acc!().wrapping_add(r!(rhs))); next!() }
                /// acc = r[lhs] +wrap r[rhs] (i64)
                fast RegR I64AddR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs).wrapping_add(r!(rhs))); next!() }
                /// acc = acc +wrap r[rhs] (i64)
                fast AccR I64AddAR { rhs: Reg } => { put_acc!(acc!().wrapping_add(r!(rhs))); next!() }
            }
            family I64Sub [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] -wrap r[rhs] (i64)
                fast Reg I64Sub { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs).wrapping_sub(r!(rhs))); next!() }
                /// r[dst] = acc -wrap r[rhs] (i64)
                fast Acc I64SubA { dst: Reg, rhs: Reg } => { put!(dst, acc!().wrapping_sub(r!(rhs))); next!() }
                /// acc = r[lhs] -wrap r[rhs] (i64)
                fast RegR I64SubR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs).wrapping_sub(r!(rhs))); next!() }
                /// acc = acc -wrap r[rhs] (i64)
                fast AccR I64SubAR { rhs: Reg } => { put_acc!(acc!().wrapping_sub(r!(rhs))); next!() }
                /// r[dst] = r[lhs] -wrap acc (i64)
                fast RevAcc I64SubRevA { dst: Reg, lhs: Reg } => { put!(dst, (r!(lhs).wrapping_sub(acc!()))); next!() }
                /// acc = r[lhs] -wrap acc (i64)
                fast RevAccR I64SubRevAR { lhs: Reg } => { put_acc!((r!(lhs).wrapping_sub(acc!()))); next!() }
            }
            family I64Mul [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] *wrap r[rhs] (i64)
                fast Reg I64Mul { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs).wrapping_mul(r!(rhs))); next!() }
                /// r[dst] = acc *wrap r[rhs] (i64)
                fast Acc I64MulA { dst: Reg, rhs: Reg } => { put!(dst, acc!().wrapping_mul(r!(rhs))); next!() }
                /// acc = r[lhs] *wrap r[rhs] (i64)
                fast RegR I64MulR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs).wrapping_mul(r!(rhs))); next!() }
                /// acc = acc *wrap r[rhs] (i64)
                fast AccR I64MulAR { rhs: Reg } => { put_acc!(acc!().wrapping_mul(r!(rhs))); next!() }
            }
            family I64DivS [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] /s r[rhs] (i64); traps on zero and overflow
                fast Reg I64DivS { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, checked!(num::i64_div_s(r!(lhs) as i64, r!(rhs) as i64)) as u64); next!() }
                /// acc = r[lhs] /s r[rhs] (i64); traps on zero and overflow
                fast RegR I64DivSR { lhs: Reg, rhs: Reg } => { put_acc!(checked!(num::i64_div_s(r!(lhs) as i64, r!(rhs) as i64)) as u64); next!() }
            }
            family I64DivU [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] /u r[rhs] (i64); traps on zero
                fast Reg I64DivU { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, checked!(num::i64_div_u(r!(lhs), r!(rhs)))); next!() }
                /// acc = r[lhs] /u r[rhs] (i64); traps on zero
                fast RegR I64DivUR { lhs: Reg, rhs: Reg } => { put_acc!(checked!(num::i64_div_u(r!(lhs), r!(rhs)))); next!() }
            }
            family I64RemS [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rem_s r[rhs] (i64); traps on zero
                fast Reg I64RemS { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, checked!(num::i64_rem_s(r!(lhs) as i64, r!(rhs) as i64)) as u64); next!() }
                /// acc = r[lhs] rem_s r[rhs] (i64); traps on zero
                fast RegR I64RemSR { lhs: Reg, rhs: Reg } => { put_acc!(checked!(num::i64_rem_s(r!(lhs) as i64, r!(rhs) as i64)) as u64); next!() }
            }
            family I64RemU [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rem_u r[rhs] (i64); traps on zero
                fast Reg I64RemU { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, checked!(num::i64_rem_u(r!(lhs), r!(rhs)))); next!() }
                /// acc = r[lhs] rem_u r[rhs] (i64); traps on zero
                fast RegR I64RemUR { lhs: Reg, rhs: Reg } => { put_acc!(checked!(num::i64_rem_u(r!(lhs), r!(rhs)))); next!() }
            }
            family I64And [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] & r[rhs] (i64)
                fast Reg I64And { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs) & r!(rhs)); next!() }
                /// r[dst] = acc & r[rhs] (i64)
                fast Acc I64AndA { dst: Reg, rhs: Reg } => { put!(dst, acc!() & r!(rhs)); next!() }
                /// acc = r[lhs] & r[rhs] (i64)
                fast RegR I64AndR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs) & r!(rhs)); next!() }
                /// acc = acc & r[rhs] (i64)
                fast AccR I64AndAR { rhs: Reg } => { put_acc!(acc!() & r!(rhs)); next!() }
            }
            family I64Or [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] | r[rhs] (i64)
                fast Reg I64Or { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs) | r!(rhs)); next!() }
                /// r[dst] = acc | r[rhs] (i64)
                fast Acc I64OrA { dst: Reg, rhs: Reg } => { put!(dst, acc!() | r!(rhs)); next!() }
                /// acc = r[lhs] | r[rhs] (i64)
                fast RegR I64OrR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs) | r!(rhs)); next!() }
                /// acc = acc | r[rhs] (i64)
                fast AccR I64OrAR { rhs: Reg } => { put_acc!(acc!() | r!(rhs)); next!() }
            }
            family I64Xor [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ r[rhs] (i64)
                fast Reg I64Xor { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs) ^ r!(rhs)); next!() }
                /// r[dst] = acc ^ r[rhs] (i64)
                fast Acc I64XorA { dst: Reg, rhs: Reg } => { put!(dst, acc!() ^ r!(rhs)); next!() }
                /// acc = r[lhs] ^ r[rhs] (i64)
                fast RegR I64XorR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs) ^ r!(rhs)); next!() }
                /// acc = acc ^ r[rhs] (i64)
                fast AccR I64XorAR { rhs: Reg } => { put_acc!(acc!() ^ r!(rhs)); next!() }
            }
            family I64Shl [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] << (r[rhs] & 63)
                fast Reg I64Shl { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs).wrapping_shl(r!(rhs) as u32)); next!() }
                /// r[dst] = acc << (r[rhs] & 63)
                fast Acc I64ShlA { dst: Reg, rhs: Reg } => { put!(dst, acc!().wrapping_shl(r!(rhs) as u32)); next!() }
                /// acc = r[lhs] << (r[rhs] & 63)
                fast RegR I64ShlR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs).wrapping_shl(r!(rhs) as u32)); next!() }
                /// acc = acc << (r[rhs] & 63)
                fast AccR I64ShlAR { rhs: Reg } => { put_acc!(acc!().wrapping_shl(r!(rhs) as u32)); next!() }
                /// r[dst] = r[lhs] << (acc & 63)
                fast RevAcc I64ShlRevA { dst: Reg, lhs: Reg } => { put!(dst, (r!(lhs).wrapping_shl(acc!() as u32))); next!() }
                /// acc = r[lhs] << (acc & 63)
                fast RevAccR I64ShlRevAR { lhs: Reg } => { put_acc!((r!(lhs).wrapping_shl(acc!() as u32))); next!() }
            }
            family I64ShrS [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] >>s (r[rhs] & 63)
                fast Reg I64ShrS { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, (r!(lhs) as i64).wrapping_shr(r!(rhs) as u32) as u64); next!() }
                /// r[dst] = acc >>s (r[rhs] & 63)
                fast Acc I64ShrSA { dst: Reg, rhs: Reg } => { put!(dst, (acc!() as i64).wrapping_shr(r!(rhs) as u32) as u64); next!() }
                /// acc = r[lhs] >>s (r[rhs] & 63)
                fast RegR I64ShrSR { lhs: Reg, rhs: Reg } => { put_acc!((r!(lhs) as i64).wrapping_shr(r!(rhs) as u32) as u64); next!() }
                /// acc = acc >>s (r[rhs] & 63)
                fast AccR I64ShrSAR { rhs: Reg } => { put_acc!((acc!() as i64).wrapping_shr(r!(rhs) as u32) as u64); next!() }
                /// r[dst] = r[lhs] >>s (acc & 63)
                fast RevAcc I64ShrSRevA { dst: Reg, lhs: Reg } => { put!(dst, ((r!(lhs) as i64).wrapping_shr(acc!() as u32) as u64)); next!() }
                /// acc = r[lhs] >>s (acc & 63)
                fast RevAccR I64ShrSRevAR { lhs: Reg } => { put_acc!(((r!(lhs) as i64).wrapping_shr(acc!() as u32) as u64)); next!() }
            }
            family I64ShrU [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] >>u (r[rhs] & 63)
                fast Reg I64ShrU { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs).wrapping_shr(r!(rhs) as u32)); next!() }
                /// r[dst] = acc >>u (r[rhs] & 63)
                fast Acc I64ShrUA { dst: Reg, rhs: Reg } => { put!(dst, acc!().wrapping_shr(r!(rhs) as u32)); next!() }
                /// acc = r[lhs] >>u (r[rhs] & 63)
                fast RegR I64ShrUR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs).wrapping_shr(r!(rhs) as u32)); next!() }
                /// acc = acc >>u (r[rhs] & 63)
                fast AccR I64ShrUAR { rhs: Reg } => { put_acc!(acc!().wrapping_shr(r!(rhs) as u32)); next!() }
                /// r[dst] = r[lhs] >>u (acc & 63)
                fast RevAcc I64ShrURevA { dst: Reg, lhs: Reg } => { put!(dst, (r!(lhs).wrapping_shr(acc!() as u32))); next!() }
                /// acc = r[lhs] >>u (acc & 63)
                fast RevAccR I64ShrURevAR { lhs: Reg } => { put_acc!((r!(lhs).wrapping_shr(acc!() as u32))); next!() }
            }
            family I64Rotl [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rotl r[rhs] (i64)
                fast Reg I64Rotl { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs).rotate_left((r!(rhs) & 63) as u32)); next!() }
                /// acc = r[lhs] rotl r[rhs] (i64)
                fast RegR I64RotlR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs).rotate_left((r!(rhs) & 63) as u32)); next!() }
            }
            family I64Rotr [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rotr r[rhs] (i64)
                fast Reg I64Rotr { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, r!(lhs).rotate_right((r!(rhs) & 63) as u32)); next!() }
                /// acc = r[lhs] rotr r[rhs] (i64)
                fast RegR I64RotrR { lhs: Reg, rhs: Reg } => { put_acc!(r!(lhs).rotate_right((r!(rhs) & 63) as u32)); next!() }
            }
            family I64AddImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] +wrap imm as i64 (also i64.sub with a small constant)
                fast Reg I64AddImm { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, r!(lhs).wrapping_add(imm as i64 as u64)); next!() }
                /// r[dst] = acc +wrap imm as i64 (also i64.sub with a small constant)
                fast Acc I64AddImmA { dst: Reg, imm: i32 } => { put!(dst, acc!().wrapping_add(imm as i64 as u64)); next!() }
                /// acc = r[lhs] +wrap imm as i64 (also i64.sub with a small constant)
                fast RegR I64AddImmR { lhs: Reg, imm: i32 } => { put_acc!(r!(lhs).wrapping_add(imm as i64 as u64)); next!() }
                /// acc = acc +wrap imm as i64 (also i64.sub with a small constant)
                fast AccR I64AddImmAR { imm: i32 } => { put_acc!(acc!().wrapping_add(imm as i64 as u64)); next!() }
            }
            family I64RSubImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = imm as i64 -wrap r[lhs] (i64.sub from a small constant)
                fast Reg I64RSubImm { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, (imm as i64 as u64).wrapping_sub(r!(lhs))); next!() }
                /// r[dst] = imm as i64 -wrap acc
                fast Acc I64RSubImmA { dst: Reg, imm: i32 } => { put!(dst, (imm as i64 as u64).wrapping_sub(acc!())); next!() }
                /// acc = imm as i64 -wrap r[lhs]
                fast RegR I64RSubImmR { lhs: Reg, imm: i32 } => { put_acc!((imm as i64 as u64).wrapping_sub(r!(lhs))); next!() }
                /// acc = imm as i64 -wrap acc
                fast AccR I64RSubImmAR { imm: i32 } => { put_acc!((imm as i64 as u64).wrapping_sub(acc!())); next!() }
            }
            family I64AndImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] & imm as i64
                fast Reg I64AndImm { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, r!(lhs) & imm as i64 as u64); next!() }
                /// r[dst] = acc & imm as i64
                fast Acc I64AndImmA { dst: Reg, imm: i32 } => { put!(dst, acc!() & imm as i64 as u64); next!() }
                /// acc = r[lhs] & imm as i64
                fast RegR I64AndImmR { lhs: Reg, imm: i32 } => { put_acc!(r!(lhs) & imm as i64 as u64); next!() }
                /// acc = acc & imm as i64
                fast AccR I64AndImmAR { imm: i32 } => { put_acc!(acc!() & imm as i64 as u64); next!() }
            }
            family I64ShlImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] << (imm & 63)
                fast Reg I64ShlImm { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, r!(lhs).wrapping_shl(imm as u32)); next!() }
                /// r[dst] = acc << (imm & 63)
                fast Acc I64ShlImmA { dst: Reg, imm: i32 } => { put!(dst, acc!().wrapping_shl(imm as u32)); next!() }
                /// acc = r[lhs] << (imm & 63)
                fast RegR I64ShlImmR { lhs: Reg, imm: i32 } => { put_acc!(r!(lhs).wrapping_shl(imm as u32)); next!() }
                /// acc = acc << (imm & 63)
                fast AccR I64ShlImmAR { imm: i32 } => { put_acc!(acc!().wrapping_shl(imm as u32)); next!() }
            }
            family I64ShrSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] >>s (imm & 63)
                fast Reg I64ShrSImm { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, (r!(lhs) as i64).wrapping_shr(imm as u32) as u64); next!() }
                /// r[dst] = acc >>s (imm & 63)
                fast Acc I64ShrSImmA { dst: Reg, imm: i32 } => { put!(dst, (acc!() as i64).wrapping_shr(imm as u32) as u64); next!() }
                /// acc = r[lhs] >>s (imm & 63)
                fast RegR I64ShrSImmR { lhs: Reg, imm: i32 } => { put_acc!((r!(lhs) as i64).wrapping_shr(imm as u32) as u64); next!() }
                /// acc = acc >>s (imm & 63)
                fast AccR I64ShrSImmAR { imm: i32 } => { put_acc!((acc!() as i64).wrapping_shr(imm as u32) as u64); next!() }
            }
            family I64ShrUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] >>u (imm & 63)
                fast Reg I64ShrUImm { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, r!(lhs).wrapping_shr(imm as u32)); next!() }
                /// r[dst] = acc >>u (imm & 63)
                fast Acc I64ShrUImmA { dst: Reg, imm: i32 } => { put!(dst, acc!().wrapping_shr(imm as u32)); next!() }
                /// acc = r[lhs] >>u (imm & 63)
                fast RegR I64ShrUImmR { lhs: Reg, imm: i32 } => { put_acc!(r!(lhs).wrapping_shr(imm as u32)); next!() }
                /// acc = acc >>u (imm & 63)
                fast AccR I64ShrUImmAR { imm: i32 } => { put_acc!(acc!().wrapping_shr(imm as u32)); next!() }
            }

            // ---- f32 ----
            family F32Eq [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] == r[rhs] (f32)
                fast Reg F32Eq { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f32v!(lhs) == f32v!(rhs)); next!() }
                /// r[dst] = acc == r[rhs] (f32)
                fast Acc F32EqA { dst: Reg, rhs: Reg } => { set32!(dst, facc!() == f32v!(rhs)); next!() }
                /// acc = r[lhs] == r[rhs] (f32)
                fast RegR F32EqR { lhs: Reg, rhs: Reg } => { put_acc!(((f32v!(lhs) == f32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc == r[rhs] (f32)
                fast AccR F32EqAR { rhs: Reg } => { put_acc!(((facc!() == f32v!(rhs)) as u32 as u64)); next!() }
            }
            family F32Ne [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] != r[rhs] (f32)
                fast Reg F32Ne { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f32v!(lhs) != f32v!(rhs)); next!() }
                /// r[dst] = acc != r[rhs] (f32)
                fast Acc F32NeA { dst: Reg, rhs: Reg } => { set32!(dst, facc!() != f32v!(rhs)); next!() }
                /// acc = r[lhs] != r[rhs] (f32)
                fast RegR F32NeR { lhs: Reg, rhs: Reg } => { put_acc!(((f32v!(lhs) != f32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc != r[rhs] (f32)
                fast AccR F32NeAR { rhs: Reg } => { put_acc!(((facc!() != f32v!(rhs)) as u32 as u64)); next!() }
            }
            family F32Lt [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] < r[rhs] (f32)
                fast Reg F32Lt { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f32v!(lhs) < f32v!(rhs)); next!() }
                /// r[dst] = acc < r[rhs] (f32)
                fast Acc F32LtA { dst: Reg, rhs: Reg } => { set32!(dst, facc!() < f32v!(rhs)); next!() }
                /// acc = r[lhs] < r[rhs] (f32)
                fast RegR F32LtR { lhs: Reg, rhs: Reg } => { put_acc!(((f32v!(lhs) < f32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc < r[rhs] (f32)
                fast AccR F32LtAR { rhs: Reg } => { put_acc!(((facc!() < f32v!(rhs)) as u32 as u64)); next!() }
            }
            family F32Gt [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] > r[rhs] (f32)
                fast Reg F32Gt { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f32v!(lhs) > f32v!(rhs)); next!() }
                /// r[dst] = acc > r[rhs] (f32)
                fast Acc F32GtA { dst: Reg, rhs: Reg } => { set32!(dst, facc!() > f32v!(rhs)); next!() }
                /// acc = r[lhs] > r[rhs] (f32)
                fast RegR F32GtR { lhs: Reg, rhs: Reg } => { put_acc!(((f32v!(lhs) > f32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc > r[rhs] (f32)
                fast AccR F32GtAR { rhs: Reg } => { put_acc!(((facc!() > f32v!(rhs)) as u32 as u64)); next!() }
            }
            family F32Le [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <= r[rhs] (f32)
                fast Reg F32Le { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f32v!(lhs) <= f32v!(rhs)); next!() }
                /// r[dst] = acc <= r[rhs] (f32)
                fast Acc F32LeA { dst: Reg, rhs: Reg } => { set32!(dst, facc!() <= f32v!(rhs)); next!() }
                /// acc = r[lhs] <= r[rhs] (f32)
                fast RegR F32LeR { lhs: Reg, rhs: Reg } => { put_acc!(((f32v!(lhs) <= f32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc <= r[rhs] (f32)
                fast AccR F32LeAR { rhs: Reg } => { put_acc!(((facc!() <= f32v!(rhs)) as u32 as u64)); next!() }
            }
            family F32Ge [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >= r[rhs] (f32)
                fast Reg F32Ge { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f32v!(lhs) >= f32v!(rhs)); next!() }
                /// r[dst] = acc >= r[rhs] (f32)
                fast Acc F32GeA { dst: Reg, rhs: Reg } => { set32!(dst, facc!() >= f32v!(rhs)); next!() }
                /// acc = r[lhs] >= r[rhs] (f32)
                fast RegR F32GeR { lhs: Reg, rhs: Reg } => { put_acc!(((f32v!(lhs) >= f32v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc >= r[rhs] (f32)
                fast AccR F32GeAR { rhs: Reg } => { put_acc!(((facc!() >= f32v!(rhs)) as u32 as u64)); next!() }
            }
            family F32Abs [out F32, acc_in F32, operand src, result dst, branch -, compare -] {
                /// r[dst] = |r[src]| (f32, sign bit cleared)
                fast Reg F32Abs { dst: Reg, src: Reg } => { setf32!(dst, f32v!(src).abs()); next!() }
                /// r[dst] = |acc| (f32, sign bit cleared)
                fast Acc F32AbsA { dst: Reg } => { setf32!(dst, facc!().abs()); next!() }
                /// acc = |r[src]| (f32, sign bit cleared)
                fast RegR F32AbsR { src: Reg } => { put_facc!(f32v!(src).abs()); next!() }
                /// acc = |acc| (f32, sign bit cleared)
                fast AccR F32AbsAR {  } => { put_facc!(facc!().abs()); next!() }
            }
            family F32Neg [out F32, acc_in F32, operand src, result dst, branch -, compare -] {
                /// r[dst] = -r[src] (f32, sign bit flipped)
                fast Reg F32Neg { dst: Reg, src: Reg } => { setf32!(dst, -f32v!(src)); next!() }
                /// r[dst] = -acc (f32, sign bit flipped)
                fast Acc F32NegA { dst: Reg } => { setf32!(dst, -facc!()); next!() }
                /// acc = -r[src] (f32, sign bit flipped)
                fast RegR F32NegR { src: Reg } => { put_facc!(-f32v!(src)); next!() }
                /// acc = -acc (f32, sign bit flipped)
                fast AccR F32NegAR {  } => { put_facc!(-facc!()); next!() }
            }
            family F32Ceil [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = ceil(r[src]) (f32)
                fast Reg F32Ceil { dst: Reg, src: Reg } => { setf32!(dst, num::f32_quiet(f32v!(src).ceil())); next!() }
                /// acc = ceil(r[src]) (f32)
                fast RegR F32CeilR { src: Reg } => { put_facc!(num::f32_quiet(f32v!(src).ceil())); next!() }
            }
            family F32Floor [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = floor(r[src]) (f32)
                fast Reg F32Floor { dst: Reg, src: Reg } => { setf32!(dst, num::f32_quiet(f32v!(src).floor())); next!() }
                /// acc = floor(r[src]) (f32)
                fast RegR F32FloorR { src: Reg } => { put_facc!(num::f32_quiet(f32v!(src).floor())); next!() }
            }
            family F32Trunc [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc(r[src]) (f32)
                fast Reg F32Trunc { dst: Reg, src: Reg } => { setf32!(dst, num::f32_quiet(f32v!(src).trunc())); next!() }
                /// acc = trunc(r[src]) (f32)
                fast RegR F32TruncR { src: Reg } => { put_facc!(num::f32_quiet(f32v!(src).trunc())); next!() }
            }
            family F32Nearest [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = round-half-even(r[src]) (f32)
                fast Reg F32Nearest { dst: Reg, src: Reg } => { setf32!(dst, num::f32_nearest(f32v!(src))); next!() }
                /// acc = round-half-even(r[src]) (f32)
                fast RegR F32NearestR { src: Reg } => { put_facc!(num::f32_nearest(f32v!(src))); next!() }
            }
            family F32Sqrt [out F32, acc_in F32, operand src, result dst, branch -, compare -] {
                /// r[dst] = sqrt(r[src]) (f32)
                fast Reg F32Sqrt { dst: Reg, src: Reg } => { setf32!(dst, num::f32_quiet(f32v!(src).sqrt())); next!() }
                /// r[dst] = sqrt(acc) (f32)
                fast Acc F32SqrtA { dst: Reg } => { setf32!(dst, num::f32_quiet(facc!().sqrt())); next!() }
                /// acc = sqrt(r[src]) (f32)
                fast RegR F32SqrtR { src: Reg } => { put_facc!(num::f32_quiet(f32v!(src).sqrt())); next!() }
                /// acc = sqrt(acc) (f32)
                fast AccR F32SqrtAR {  } => { put_facc!(num::f32_quiet(facc!().sqrt())); next!() }
            }
            family F32Add [out F32, acc_in F32, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] + r[rhs] (f32)
                fast Reg F32Add { dst: Reg, lhs: Reg, rhs: Reg } => { setf32!(dst, f32v!(lhs) + f32v!(rhs)); next!() }
                /// r[dst] = acc + r[rhs] (f32)
                fast Acc F32AddA { dst: Reg, rhs: Reg } => { setf32!(dst, facc!() + f32v!(rhs)); next!() }
                /// acc = r[lhs] + r[rhs] (f32)
                fast RegR F32AddR { lhs: Reg, rhs: Reg } => { put_facc!(f32v!(lhs) + f32v!(rhs)); next!() }
                /// acc = acc + r[rhs] (f32)
                fast AccR F32AddAR { rhs: Reg } => { put_facc!(facc!() + f32v!(rhs)); next!() }
            }
            family F32Sub [out F32, acc_in F32, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] - r[rhs] (f32)
                fast Reg F32Sub { dst: Reg, lhs: Reg, rhs: Reg } => { setf32!(dst, f32v!(lhs) - f32v!(rhs)); next!() }
                /// r[dst] = acc - r[rhs] (f32)
                fast Acc F32SubA { dst: Reg, rhs: Reg } => { setf32!(dst, facc!() - f32v!(rhs)); next!() }
                /// acc = r[lhs] - r[rhs] (f32)
                fast RegR F32SubR { lhs: Reg, rhs: Reg } => { put_facc!(f32v!(lhs) - f32v!(rhs)); next!() }
                /// acc = acc - r[rhs] (f32)
                fast AccR F32SubAR { rhs: Reg } => { put_facc!(facc!() - f32v!(rhs)); next!() }
                /// r[dst] = r[lhs] - acc (f32)
                fast RevAcc F32SubRevA { dst: Reg, lhs: Reg } => { setf32!(dst, f32v!(lhs) - facc!()); next!() }
                /// acc = r[lhs] - acc (f32)
                fast RevAccR F32SubRevAR { lhs: Reg } => { put_facc!(f32v!(lhs) - facc!()); next!() }
            }
            family F32Mul [out F32, acc_in F32, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] * r[rhs] (f32)
                fast Reg F32Mul { dst: Reg, lhs: Reg, rhs: Reg } => { setf32!(dst, f32v!(lhs) * f32v!(rhs)); next!() }
                /// r[dst] = acc * r[rhs] (f32)
                fast Acc F32MulA { dst: Reg, rhs: Reg } => { setf32!(dst, facc!() * f32v!(rhs)); next!() }
                /// acc = r[lhs] * r[rhs] (f32)
                fast RegR F32MulR { lhs: Reg, rhs: Reg } => { put_facc!(f32v!(lhs) * f32v!(rhs)); next!() }
                /// acc = acc * r[rhs] (f32)
                fast AccR F32MulAR { rhs: Reg } => { put_facc!(facc!() * f32v!(rhs)); next!() }
            }
            family F32Div [out F32, acc_in F32, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] / r[rhs] (f32)
                fast Reg F32Div { dst: Reg, lhs: Reg, rhs: Reg } => { setf32!(dst, f32v!(lhs) / f32v!(rhs)); next!() }
                /// r[dst] = acc / r[rhs] (f32)
                fast Acc F32DivA { dst: Reg, rhs: Reg } => { setf32!(dst, facc!() / f32v!(rhs)); next!() }
                /// acc = r[lhs] / r[rhs] (f32)
                fast RegR F32DivR { lhs: Reg, rhs: Reg } => { put_facc!(f32v!(lhs) / f32v!(rhs)); next!() }
                /// acc = acc / r[rhs] (f32)
                fast AccR F32DivAR { rhs: Reg } => { put_facc!(facc!() / f32v!(rhs)); next!() }
                /// r[dst] = r[lhs] / acc (f32)
                fast RevAcc F32DivRevA { dst: Reg, lhs: Reg } => { setf32!(dst, f32v!(lhs) / facc!()); next!() }
                /// acc = r[lhs] / acc (f32)
                fast RevAccR F32DivRevAR { lhs: Reg } => { put_facc!(f32v!(lhs) / facc!()); next!() }
            }
            family F32Min [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = wasm_min(r[lhs], r[rhs]) (f32)
                fast Reg F32Min { dst: Reg, lhs: Reg, rhs: Reg } => { setf32!(dst, num::f32_min(f32v!(lhs), f32v!(rhs))); next!() }
                /// acc = wasm_min(r[lhs], r[rhs]) (f32)
                fast RegR F32MinR { lhs: Reg, rhs: Reg } => { put_facc!(num::f32_min(f32v!(lhs), f32v!(rhs))); next!() }
            }
            family F32Max [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = wasm_max(r[lhs], r[rhs]) (f32)
                fast Reg F32Max { dst: Reg, lhs: Reg, rhs: Reg } => { setf32!(dst, num::f32_max(f32v!(lhs), f32v!(rhs))); next!() }
                /// acc = wasm_max(r[lhs], r[rhs]) (f32)
                fast RegR F32MaxR { lhs: Reg, rhs: Reg } => { put_facc!(num::f32_max(f32v!(lhs), f32v!(rhs))); next!() }
            }
            family F32Copysign [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = copysign(r[lhs], r[rhs]) (f32)
                fast Reg F32Copysign { dst: Reg, lhs: Reg, rhs: Reg } => { setf32!(dst, f32v!(lhs).copysign(f32v!(rhs))); next!() }
                /// acc = copysign(r[lhs], r[rhs]) (f32)
                fast RegR F32CopysignR { lhs: Reg, rhs: Reg } => { put_facc!(f32v!(lhs).copysign(f32v!(rhs))); next!() }
            }

            // ---- f64 ----
            family F64Eq [out INT, acc_in F64, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] == r[rhs] (f64)
                fast Reg F64Eq { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f64v!(lhs) == f64v!(rhs)); next!() }
                /// r[dst] = acc == r[rhs] (f64)
                fast Acc F64EqA { dst: Reg, rhs: Reg } => { set32!(dst, dacc!() == f64v!(rhs)); next!() }
                /// acc = r[lhs] == r[rhs] (f64)
                fast RegR F64EqR { lhs: Reg, rhs: Reg } => { put_acc!(((f64v!(lhs) == f64v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc == r[rhs] (f64)
                fast AccR F64EqAR { rhs: Reg } => { put_acc!(((dacc!() == f64v!(rhs)) as u32 as u64)); next!() }
            }
            family F64Ne [out INT, acc_in F64, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] != r[rhs] (f64)
                fast Reg F64Ne { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f64v!(lhs) != f64v!(rhs)); next!() }
                /// r[dst] = acc != r[rhs] (f64)
                fast Acc F64NeA { dst: Reg, rhs: Reg } => { set32!(dst, dacc!() != f64v!(rhs)); next!() }
                /// acc = r[lhs] != r[rhs] (f64)
                fast RegR F64NeR { lhs: Reg, rhs: Reg } => { put_acc!(((f64v!(lhs) != f64v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc != r[rhs] (f64)
                fast AccR F64NeAR { rhs: Reg } => { put_acc!(((dacc!() != f64v!(rhs)) as u32 as u64)); next!() }
            }
            family F64Lt [out INT, acc_in F64, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] < r[rhs] (f64)
                fast Reg F64Lt { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f64v!(lhs) < f64v!(rhs)); next!() }
                /// r[dst] = acc < r[rhs] (f64)
                fast Acc F64LtA { dst: Reg, rhs: Reg } => { set32!(dst, dacc!() < f64v!(rhs)); next!() }
                /// acc = r[lhs] < r[rhs] (f64)
                fast RegR F64LtR { lhs: Reg, rhs: Reg } => { put_acc!(((f64v!(lhs) < f64v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc < r[rhs] (f64)
                fast AccR F64LtAR { rhs: Reg } => { put_acc!(((dacc!() < f64v!(rhs)) as u32 as u64)); next!() }
            }
            family F64Gt [out INT, acc_in F64, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] > r[rhs] (f64)
                fast Reg F64Gt { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f64v!(lhs) > f64v!(rhs)); next!() }
                /// r[dst] = acc > r[rhs] (f64)
                fast Acc F64GtA { dst: Reg, rhs: Reg } => { set32!(dst, dacc!() > f64v!(rhs)); next!() }
                /// acc = r[lhs] > r[rhs] (f64)
                fast RegR F64GtR { lhs: Reg, rhs: Reg } => { put_acc!(((f64v!(lhs) > f64v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc > r[rhs] (f64)
                fast AccR F64GtAR { rhs: Reg } => { put_acc!(((dacc!() > f64v!(rhs)) as u32 as u64)); next!() }
            }
            family F64Le [out INT, acc_in F64, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <= r[rhs] (f64)
                fast Reg F64Le { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f64v!(lhs) <= f64v!(rhs)); next!() }
                /// r[dst] = acc <= r[rhs] (f64)
                fast Acc F64LeA { dst: Reg, rhs: Reg } => { set32!(dst, dacc!() <= f64v!(rhs)); next!() }
                /// acc = r[lhs] <= r[rhs] (f64)
                fast RegR F64LeR { lhs: Reg, rhs: Reg } => { put_acc!(((f64v!(lhs) <= f64v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc <= r[rhs] (f64)
                fast AccR F64LeAR { rhs: Reg } => { put_acc!(((dacc!() <= f64v!(rhs)) as u32 as u64)); next!() }
            }
            family F64Ge [out INT, acc_in F64, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >= r[rhs] (f64)
                fast Reg F64Ge { dst: Reg, lhs: Reg, rhs: Reg } => { set32!(dst, f64v!(lhs) >= f64v!(rhs)); next!() }
                /// r[dst] = acc >= r[rhs] (f64)
                fast Acc F64GeA { dst: Reg, rhs: Reg } => { set32!(dst, dacc!() >= f64v!(rhs)); next!() }
                /// acc = r[lhs] >= r[rhs] (f64)
                fast RegR F64GeR { lhs: Reg, rhs: Reg } => { put_acc!(((f64v!(lhs) >= f64v!(rhs)) as u32 as u64)); next!() }
                /// acc = acc >= r[rhs] (f64)
                fast AccR F64GeAR { rhs: Reg } => { put_acc!(((dacc!() >= f64v!(rhs)) as u32 as u64)); next!() }
            }
            family F64Abs [out F64, acc_in F64, operand src, result dst, branch -, compare -] {
                /// r[dst] = |r[src]| (f64)
                fast Reg F64Abs { dst: Reg, src: Reg } => { setf64!(dst, f64v!(src).abs()); next!() }
                /// r[dst] = |acc| (f64)
                fast Acc F64AbsA { dst: Reg } => { setf64!(dst, dacc!().abs()); next!() }
                /// acc = |r[src]| (f64)
                fast RegR F64AbsR { src: Reg } => { put_dacc!(f64v!(src).abs()); next!() }
                /// acc = |acc| (f64)
                fast AccR F64AbsAR {  } => { put_dacc!(dacc!().abs()); next!() }
            }
            family F64Neg [out F64, acc_in F64, operand src, result dst, branch -, compare -] {
                /// r[dst] = -r[src] (f64)
                fast Reg F64Neg { dst: Reg, src: Reg } => { setf64!(dst, -f64v!(src)); next!() }
                /// r[dst] = -acc (f64)
                fast Acc F64NegA { dst: Reg } => { setf64!(dst, -dacc!()); next!() }
                /// acc = -r[src] (f64)
                fast RegR F64NegR { src: Reg } => { put_dacc!(-f64v!(src)); next!() }
                /// acc = -acc (f64)
                fast AccR F64NegAR {  } => { put_dacc!(-dacc!()); next!() }
            }
            family F64Ceil [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = ceil(r[src]) (f64)
                fast Reg F64Ceil { dst: Reg, src: Reg } => { setf64!(dst, num::f64_quiet(f64v!(src).ceil())); next!() }
                /// acc = ceil(r[src]) (f64)
                fast RegR F64CeilR { src: Reg } => { put_dacc!(num::f64_quiet(f64v!(src).ceil())); next!() }
            }
            family F64Floor [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = floor(r[src]) (f64)
                fast Reg F64Floor { dst: Reg, src: Reg } => { setf64!(dst, num::f64_quiet(f64v!(src).floor())); next!() }
                /// acc = floor(r[src]) (f64)
                fast RegR F64FloorR { src: Reg } => { put_dacc!(num::f64_quiet(f64v!(src).floor())); next!() }
            }
            family F64Trunc [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc(r[src]) (f64)
                fast Reg F64Trunc { dst: Reg, src: Reg } => { setf64!(dst, num::f64_quiet(f64v!(src).trunc())); next!() }
                /// acc = trunc(r[src]) (f64)
                fast RegR F64TruncR { src: Reg } => { put_dacc!(num::f64_quiet(f64v!(src).trunc())); next!() }
            }
            family F64Nearest [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = round-half-even(r[src]) (f64)
                fast Reg F64Nearest { dst: Reg, src: Reg } => { setf64!(dst, num::f64_nearest(f64v!(src))); next!() }
                /// acc = round-half-even(r[src]) (f64)
                fast RegR F64NearestR { src: Reg } => { put_dacc!(num::f64_nearest(f64v!(src))); next!() }
            }
            family F64Sqrt [out F64, acc_in F64, operand src, result dst, branch -, compare -] {
                /// r[dst] = sqrt(r[src]) (f64)
                fast Reg F64Sqrt { dst: Reg, src: Reg } => { setf64!(dst, num::f64_quiet(f64v!(src).sqrt())); next!() }
                /// r[dst] = sqrt(acc) (f64)
                fast Acc F64SqrtA { dst: Reg } => { setf64!(dst, num::f64_quiet(dacc!().sqrt())); next!() }
                /// acc = sqrt(r[src]) (f64)
                fast RegR F64SqrtR { src: Reg } => { put_dacc!(num::f64_quiet(f64v!(src).sqrt())); next!() }
                /// acc = sqrt(acc) (f64)
                fast AccR F64SqrtAR {  } => { put_dacc!(num::f64_quiet(dacc!().sqrt())); next!() }
            }
            family F64Add [out F64, acc_in F64, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] + r[rhs] (f64)
                fast Reg F64Add { dst: Reg, lhs: Reg, rhs: Reg } => { setf64!(dst, f64v!(lhs) + f64v!(rhs)); next!() }
                /// r[dst] = acc + r[rhs] (f64)
                fast Acc F64AddA { dst: Reg, rhs: Reg } => { setf64!(dst, dacc!() + f64v!(rhs)); next!() }
                /// acc = r[lhs] + r[rhs] (f64)
                fast RegR F64AddR { lhs: Reg, rhs: Reg } => { put_dacc!(f64v!(lhs) + f64v!(rhs)); next!() }
                /// acc = acc + r[rhs] (f64)
                fast AccR F64AddAR { rhs: Reg } => { put_dacc!(dacc!() + f64v!(rhs)); next!() }
            }
            family F64Sub [out F64, acc_in F64, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] - r[rhs] (f64)
                fast Reg F64Sub { dst: Reg, lhs: Reg, rhs: Reg } => { setf64!(dst, f64v!(lhs) - f64v!(rhs)); next!() }
                /// r[dst] = acc - r[rhs] (f64)
                fast Acc F64SubA { dst: Reg, rhs: Reg } => { setf64!(dst, dacc!() - f64v!(rhs)); next!() }
                /// acc = r[lhs] - r[rhs] (f64)
                fast RegR F64SubR { lhs: Reg, rhs: Reg } => { put_dacc!(f64v!(lhs) - f64v!(rhs)); next!() }
                /// acc = acc - r[rhs] (f64)
                fast AccR F64SubAR { rhs: Reg } => { put_dacc!(dacc!() - f64v!(rhs)); next!() }
                /// r[dst] = r[lhs] - acc (f64)
                fast RevAcc F64SubRevA { dst: Reg, lhs: Reg } => { setf64!(dst, f64v!(lhs) - dacc!()); next!() }
                /// acc = r[lhs] - acc (f64)
                fast RevAccR F64SubRevAR { lhs: Reg } => { put_dacc!(f64v!(lhs) - dacc!()); next!() }
            }
            family F64Mul [out F64, acc_in F64, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] * r[rhs] (f64)
                fast Reg F64Mul { dst: Reg, lhs: Reg, rhs: Reg } => { setf64!(dst, f64v!(lhs) * f64v!(rhs)); next!() }
                /// r[dst] = acc * r[rhs] (f64)
                fast Acc F64MulA { dst: Reg, rhs: Reg } => { setf64!(dst, dacc!() * f64v!(rhs)); next!() }
                /// acc = r[lhs] * r[rhs] (f64)
                fast RegR F64MulR { lhs: Reg, rhs: Reg } => { put_dacc!(f64v!(lhs) * f64v!(rhs)); next!() }
                /// acc = acc * r[rhs] (f64)
                fast AccR F64MulAR { rhs: Reg } => { put_dacc!(dacc!() * f64v!(rhs)); next!() }
            }
            family F64Div [out F64, acc_in F64, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] / r[rhs] (f64)
                fast Reg F64Div { dst: Reg, lhs: Reg, rhs: Reg } => { setf64!(dst, f64v!(lhs) / f64v!(rhs)); next!() }
                /// r[dst] = acc / r[rhs] (f64)
                fast Acc F64DivA { dst: Reg, rhs: Reg } => { setf64!(dst, dacc!() / f64v!(rhs)); next!() }
                /// acc = r[lhs] / r[rhs] (f64)
                fast RegR F64DivR { lhs: Reg, rhs: Reg } => { put_dacc!(f64v!(lhs) / f64v!(rhs)); next!() }
                /// acc = acc / r[rhs] (f64)
                fast AccR F64DivAR { rhs: Reg } => { put_dacc!(dacc!() / f64v!(rhs)); next!() }
                /// r[dst] = r[lhs] / acc (f64)
                fast RevAcc F64DivRevA { dst: Reg, lhs: Reg } => { setf64!(dst, f64v!(lhs) / dacc!()); next!() }
                /// acc = r[lhs] / acc (f64)
                fast RevAccR F64DivRevAR { lhs: Reg } => { put_dacc!(f64v!(lhs) / dacc!()); next!() }
            }
            family F64Min [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = wasm_min(r[lhs], r[rhs]) (f64)
                fast Reg F64Min { dst: Reg, lhs: Reg, rhs: Reg } => { setf64!(dst, num::f64_min(f64v!(lhs), f64v!(rhs))); next!() }
                /// acc = wasm_min(r[lhs], r[rhs]) (f64)
                fast RegR F64MinR { lhs: Reg, rhs: Reg } => { put_dacc!(num::f64_min(f64v!(lhs), f64v!(rhs))); next!() }
            }
            family F64Max [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = wasm_max(r[lhs], r[rhs]) (f64)
                fast Reg F64Max { dst: Reg, lhs: Reg, rhs: Reg } => { setf64!(dst, num::f64_max(f64v!(lhs), f64v!(rhs))); next!() }
                /// acc = wasm_max(r[lhs], r[rhs]) (f64)
                fast RegR F64MaxR { lhs: Reg, rhs: Reg } => { put_dacc!(num::f64_max(f64v!(lhs), f64v!(rhs))); next!() }
            }
            family F64Copysign [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = copysign(r[lhs], r[rhs]) (f64)
                fast Reg F64Copysign { dst: Reg, lhs: Reg, rhs: Reg } => { setf64!(dst, f64v!(lhs).copysign(f64v!(rhs))); next!() }
                /// acc = copysign(r[lhs], r[rhs]) (f64)
                fast RegR F64CopysignR { lhs: Reg, rhs: Reg } => { put_dacc!(f64v!(lhs).copysign(f64v!(rhs))); next!() }
            }

            // ---- conversions ----
            family I32WrapI64 [out INT, acc_in Int, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as u32 (i32.wrap_i64)
                fast Reg I32WrapI64 { dst: Reg, src: Reg } => { set32!(dst, r!(src)); next!() }
                /// r[dst] = acc as u32 (i32.wrap_i64)
                fast Acc I32WrapI64A { dst: Reg } => { set32!(dst, acc!()); next!() }
                /// acc = r[src] as u32 (i32.wrap_i64)
                fast RegR I32WrapI64R { src: Reg } => { put_acc!(((r!(src)) as u32 as u64)); next!() }
                /// acc = acc as u32 (i32.wrap_i64)
                fast AccR I32WrapI64AR {  } => { put_acc!(((acc!()) as u32 as u64)); next!() }
            }
            family I32TruncF32S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc_s(r[src] as f32) as i32; traps on NaN/overflow
                fast Reg I32TruncF32S { dst: Reg, src: Reg } => { set32!(dst, checked!(num::i32_trunc_f32_s(f32v!(src)))); next!() }
                /// acc = trunc_s(r[src] as f32) as i32; traps on NaN/overflow
                fast RegR I32TruncF32SR { src: Reg } => { put_acc!(((checked!(num::i32_trunc_f32_s(f32v!(src)))) as u32 as u64)); next!() }
            }
            family I32TruncF32U [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc_u(r[src] as f32) as u32; traps on NaN/overflow
                fast Reg I32TruncF32U { dst: Reg, src: Reg } => { set32!(dst, checked!(num::i32_trunc_f32_u(f32v!(src)))); next!() }
                /// acc = trunc_u(r[src] as f32) as u32; traps on NaN/overflow
                fast RegR I32TruncF32UR { src: Reg } => { put_acc!(((checked!(num::i32_trunc_f32_u(f32v!(src)))) as u32 as u64)); next!() }
            }
            family I32TruncF64S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc_s(r[src] as f64) as i32; traps on NaN/overflow
                fast Reg I32TruncF64S { dst: Reg, src: Reg } => { set32!(dst, checked!(num::i32_trunc_f64_s(f64v!(src)))); next!() }
                /// acc = trunc_s(r[src] as f64) as i32; traps on NaN/overflow
                fast RegR I32TruncF64SR { src: Reg } => { put_acc!(((checked!(num::i32_trunc_f64_s(f64v!(src)))) as u32 as u64)); next!() }
            }
            family I32TruncF64U [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc_u(r[src] as f64) as u32; traps on NaN/overflow
                fast Reg I32TruncF64U { dst: Reg, src: Reg } => { set32!(dst, checked!(num::i32_trunc_f64_u(f64v!(src)))); next!() }
                /// acc = trunc_u(r[src] as f64) as u32; traps on NaN/overflow
                fast RegR I32TruncF64UR { src: Reg } => { put_acc!(((checked!(num::i32_trunc_f64_u(f64v!(src)))) as u32 as u64)); next!() }
            }
            family I64ExtendI32S [out INT, acc_in Int, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i32 as i64
                fast Reg I64ExtendI32S { dst: Reg, src: Reg } => { put!(dst, i32v!(src) as i32 as i64 as u64); next!() }
                /// r[dst] = acc as i32 as i64
                fast Acc I64ExtendI32SA { dst: Reg } => { put!(dst, (acc!() as u32) as i32 as i64 as u64); next!() }
                /// acc = r[src] as i32 as i64
                fast RegR I64ExtendI32SR { src: Reg } => { put_acc!(i32v!(src) as i32 as i64 as u64); next!() }
                /// acc = acc as i32 as i64
                fast AccR I64ExtendI32SAR {  } => { put_acc!((acc!() as u32) as i32 as i64 as u64); next!() }
            }
            family I64ExtendI32U [out INT, acc_in Int, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as u32 as u64
                fast Reg I64ExtendI32U { dst: Reg, src: Reg } => { put!(dst, i32v!(src) as u64); next!() }
                /// r[dst] = acc as u32 as u64
                fast Acc I64ExtendI32UA { dst: Reg } => { put!(dst, (acc!() as u32) as u64); next!() }
                /// acc = r[src] as u32 as u64
                fast RegR I64ExtendI32UR { src: Reg } => { put_acc!(i32v!(src) as u64); next!() }
                /// acc = acc as u32 as u64
                fast AccR I64ExtendI32UAR {  } => { put_acc!((acc!() as u32) as u64); next!() }
            }
            family I64TruncF32S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc_s(r[src] as f32) as i64; traps on NaN/overflow
                fast Reg I64TruncF32S { dst: Reg, src: Reg } => { put!(dst, checked!(num::i64_trunc_f32_s(f32v!(src))) as u64); next!() }
                /// acc = trunc_s(r[src] as f32) as i64; traps on NaN/overflow
                fast RegR I64TruncF32SR { src: Reg } => { put_acc!(checked!(num::i64_trunc_f32_s(f32v!(src))) as u64); next!() }
            }
            family I64TruncF32U [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc_u(r[src] as f32) as u64; traps on NaN/overflow
                fast Reg I64TruncF32U { dst: Reg, src: Reg } => { put!(dst, checked!(num::i64_trunc_f32_u(f32v!(src)))); next!() }
                /// acc = trunc_u(r[src] as f32) as u64; traps on NaN/overflow
                fast RegR I64TruncF32UR { src: Reg } => { put_acc!(checked!(num::i64_trunc_f32_u(f32v!(src)))); next!() }
            }
            family I64TruncF64S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc_s(r[src] as f64) as i64; traps on NaN/overflow
                fast Reg I64TruncF64S { dst: Reg, src: Reg } => { put!(dst, checked!(num::i64_trunc_f64_s(f64v!(src))) as u64); next!() }
                /// acc = trunc_s(r[src] as f64) as i64; traps on NaN/overflow
                fast RegR I64TruncF64SR { src: Reg } => { put_acc!(checked!(num::i64_trunc_f64_s(f64v!(src))) as u64); next!() }
            }
            family I64TruncF64U [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = trunc_u(r[src] as f64) as u64; traps on NaN/overflow
                fast Reg I64TruncF64U { dst: Reg, src: Reg } => { put!(dst, checked!(num::i64_trunc_f64_u(f64v!(src)))); next!() }
                /// acc = trunc_u(r[src] as f64) as u64; traps on NaN/overflow
                fast RegR I64TruncF64UR { src: Reg } => { put_acc!(checked!(num::i64_trunc_f64_u(f64v!(src)))); next!() }
            }
            family F32ConvertI32S [out F32, acc_in Int, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i32 as f32
                fast Reg F32ConvertI32S { dst: Reg, src: Reg } => { setf32!(dst, i32v!(src) as i32 as f32); next!() }
                /// r[dst] = acc as i32 as f32
                fast Acc F32ConvertI32SA { dst: Reg } => { setf32!(dst, (acc!() as u32) as i32 as f32); next!() }
                /// acc = r[src] as i32 as f32
                fast RegR F32ConvertI32SR { src: Reg } => { put_facc!(i32v!(src) as i32 as f32); next!() }
                /// acc = acc as i32 as f32
                fast AccR F32ConvertI32SAR {  } => { put_facc!((acc!() as u32) as i32 as f32); next!() }
            }
            family F32ConvertI32U [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[src] as u32 as f32
                fast Reg F32ConvertI32U { dst: Reg, src: Reg } => { setf32!(dst, i32v!(src) as f32); next!() }
                /// acc = r[src] as u32 as f32
                fast RegR F32ConvertI32UR { src: Reg } => { put_facc!(i32v!(src) as f32); next!() }
            }
            family F32ConvertI64S [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i64 as f32
                fast Reg F32ConvertI64S { dst: Reg, src: Reg } => { setf32!(dst, r!(src) as i64 as f32); next!() }
                /// acc = r[src] as i64 as f32
                fast RegR F32ConvertI64SR { src: Reg } => { put_facc!(r!(src) as i64 as f32); next!() }
            }
            family F32ConvertI64U [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[src] as u64 as f32
                fast Reg F32ConvertI64U { dst: Reg, src: Reg } => { setf32!(dst, r!(src) as f32); next!() }
                /// acc = r[src] as u64 as f32
                fast RegR F32ConvertI64UR { src: Reg } => { put_facc!(r!(src) as f32); next!() }
            }
            family F32DemoteF64 [out F32, acc_in F64, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as f64 as f32
                fast Reg F32DemoteF64 { dst: Reg, src: Reg } => { setf32!(dst, f64v!(src) as f32); next!() }
                /// r[dst] = acc as f64 as f32
                fast Acc F32DemoteF64A { dst: Reg } => { setf32!(dst, dacc!() as f32); next!() }
                /// acc = r[src] as f64 as f32
                fast RegR F32DemoteF64R { src: Reg } => { put_facc!(f64v!(src) as f32); next!() }
                /// acc = acc as f64 as f32
                fast AccR F32DemoteF64AR {  } => { put_facc!(dacc!() as f32); next!() }
            }
            family F64ConvertI32S [out F64, acc_in Int, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i32 as f64
                fast Reg F64ConvertI32S { dst: Reg, src: Reg } => { setf64!(dst, i32v!(src) as i32 as f64); next!() }
                /// r[dst] = acc as i32 as f64
                fast Acc F64ConvertI32SA { dst: Reg } => { setf64!(dst, (acc!() as u32) as i32 as f64); next!() }
                /// acc = r[src] as i32 as f64
                fast RegR F64ConvertI32SR { src: Reg } => { put_dacc!(i32v!(src) as i32 as f64); next!() }
                /// acc = acc as i32 as f64
                fast AccR F64ConvertI32SAR {  } => { put_dacc!((acc!() as u32) as i32 as f64); next!() }
            }
            family F64ConvertI32U [out F64, acc_in Int, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as u32 as f64
                fast Reg F64ConvertI32U { dst: Reg, src: Reg } => { setf64!(dst, i32v!(src) as f64); next!() }
                /// r[dst] = acc as u32 as f64
                fast Acc F64ConvertI32UA { dst: Reg } => { setf64!(dst, (acc!() as u32) as f64); next!() }
                /// acc = r[src] as u32 as f64
                fast RegR F64ConvertI32UR { src: Reg } => { put_dacc!(i32v!(src) as f64); next!() }
                /// acc = acc as u32 as f64
                fast AccR F64ConvertI32UAR {  } => { put_dacc!((acc!() as u32) as f64); next!() }
            }
            family F64ConvertI64S [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i64 as f64
                fast Reg F64ConvertI64S { dst: Reg, src: Reg } => { setf64!(dst, r!(src) as i64 as f64); next!() }
                /// acc = r[src] as i64 as f64
                fast RegR F64ConvertI64SR { src: Reg } => { put_dacc!(r!(src) as i64 as f64); next!() }
            }
            family F64ConvertI64U [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[src] as u64 as f64
                fast Reg F64ConvertI64U { dst: Reg, src: Reg } => { setf64!(dst, r!(src) as f64); next!() }
                /// acc = r[src] as u64 as f64
                fast RegR F64ConvertI64UR { src: Reg } => { put_dacc!(r!(src) as f64); next!() }
            }
            family F64PromoteF32 [out F64, acc_in F32, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as f32 as f64
                fast Reg F64PromoteF32 { dst: Reg, src: Reg } => { setf64!(dst, f32v!(src) as f64); next!() }
                /// r[dst] = acc as f32 as f64
                fast Acc F64PromoteF32A { dst: Reg } => { setf64!(dst, facc!() as f64); next!() }
                /// acc = r[src] as f32 as f64
                fast RegR F64PromoteF32R { src: Reg } => { put_dacc!(f32v!(src) as f64); next!() }
                /// acc = acc as f32 as f64
                fast AccR F64PromoteF32AR {  } => { put_dacc!(facc!() as f64); next!() }
            }
            family I32Extend8S [out INT, acc_in Int, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i8 as i32
                fast Reg I32Extend8S { dst: Reg, src: Reg } => { set32!(dst, r!(src) as i8 as i32); next!() }
                /// r[dst] = acc as i8 as i32
                fast Acc I32Extend8SA { dst: Reg } => { set32!(dst, acc!() as i8 as i32); next!() }
                /// acc = r[src] as i8 as i32
                fast RegR I32Extend8SR { src: Reg } => { put_acc!(((r!(src) as i8 as i32) as u32 as u64)); next!() }
                /// acc = acc as i8 as i32
                fast AccR I32Extend8SAR {  } => { put_acc!(((acc!() as i8 as i32) as u32 as u64)); next!() }
            }
            family I32Extend16S [out INT, acc_in Int, operand src, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i16 as i32
                fast Reg I32Extend16S { dst: Reg, src: Reg } => { set32!(dst, r!(src) as i16 as i32); next!() }
                /// r[dst] = acc as i16 as i32
                fast Acc I32Extend16SA { dst: Reg } => { set32!(dst, acc!() as i16 as i32); next!() }
                /// acc = r[src] as i16 as i32
                fast RegR I32Extend16SR { src: Reg } => { put_acc!(((r!(src) as i16 as i32) as u32 as u64)); next!() }
                /// acc = acc as i16 as i32
                fast AccR I32Extend16SAR {  } => { put_acc!(((acc!() as i16 as i32) as u32 as u64)); next!() }
            }
            family I64Extend8S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i8 as i64
                fast Reg I64Extend8S { dst: Reg, src: Reg } => { put!(dst, r!(src) as i8 as i64 as u64); next!() }
                /// acc = r[src] as i8 as i64
                fast RegR I64Extend8SR { src: Reg } => { put_acc!(r!(src) as i8 as i64 as u64); next!() }
            }
            family I64Extend16S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i16 as i64
                fast Reg I64Extend16S { dst: Reg, src: Reg } => { put!(dst, r!(src) as i16 as i64 as u64); next!() }
                /// acc = r[src] as i16 as i64
                fast RegR I64Extend16SR { src: Reg } => { put_acc!(r!(src) as i16 as i64 as u64); next!() }
            }
            family I64Extend32S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[src] as i32 as i64
                fast Reg I64Extend32S { dst: Reg, src: Reg } => { put!(dst, r!(src) as i32 as i64 as u64); next!() }
                /// acc = r[src] as i32 as i64
                fast RegR I64Extend32SR { src: Reg } => { put_acc!(r!(src) as i32 as i64 as u64); next!() }
            }
            family I32TruncSatF32S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = saturating trunc_s(f32) to i32
                fast Reg I32TruncSatF32S { dst: Reg, src: Reg } => { set32!(dst, f32v!(src) as i32); next!() }
                /// acc = saturating trunc_s(f32) to i32
                fast RegR I32TruncSatF32SR { src: Reg } => { put_acc!(((f32v!(src) as i32) as u32 as u64)); next!() }
            }
            family I32TruncSatF32U [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = saturating trunc_u(f32) to u32
                fast Reg I32TruncSatF32U { dst: Reg, src: Reg } => { set32!(dst, f32v!(src) as u32); next!() }
                /// acc = saturating trunc_u(f32) to u32
                fast RegR I32TruncSatF32UR { src: Reg } => { put_acc!(((f32v!(src) as u32) as u32 as u64)); next!() }
            }
            family I32TruncSatF64S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = saturating trunc_s(f64) to i32
                fast Reg I32TruncSatF64S { dst: Reg, src: Reg } => { set32!(dst, f64v!(src) as i32); next!() }
                /// acc = saturating trunc_s(f64) to i32
                fast RegR I32TruncSatF64SR { src: Reg } => { put_acc!(((f64v!(src) as i32) as u32 as u64)); next!() }
            }
            family I32TruncSatF64U [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = saturating trunc_u(f64) to u32
                fast Reg I32TruncSatF64U { dst: Reg, src: Reg } => { set32!(dst, f64v!(src) as u32); next!() }
                /// acc = saturating trunc_u(f64) to u32
                fast RegR I32TruncSatF64UR { src: Reg } => { put_acc!(((f64v!(src) as u32) as u32 as u64)); next!() }
            }
            family I64TruncSatF32S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = saturating trunc_s(f32) to i64
                fast Reg I64TruncSatF32S { dst: Reg, src: Reg } => { put!(dst, f32v!(src) as i64 as u64); next!() }
                /// acc = saturating trunc_s(f32) to i64
                fast RegR I64TruncSatF32SR { src: Reg } => { put_acc!(f32v!(src) as i64 as u64); next!() }
            }
            family I64TruncSatF32U [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = saturating trunc_u(f32) to u64
                fast Reg I64TruncSatF32U { dst: Reg, src: Reg } => { put!(dst, f32v!(src) as u64); next!() }
                /// acc = saturating trunc_u(f32) to u64
                fast RegR I64TruncSatF32UR { src: Reg } => { put_acc!(f32v!(src) as u64); next!() }
            }
            family I64TruncSatF64S [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = saturating trunc_s(f64) to i64
                fast Reg I64TruncSatF64S { dst: Reg, src: Reg } => { put!(dst, f64v!(src) as i64 as u64); next!() }
                /// acc = saturating trunc_s(f64) to i64
                fast RegR I64TruncSatF64SR { src: Reg } => { put_acc!(f64v!(src) as i64 as u64); next!() }
            }
            family I64TruncSatF64U [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = saturating trunc_u(f64) to u64
                fast Reg I64TruncSatF64U { dst: Reg, src: Reg } => { put!(dst, f64v!(src) as u64); next!() }
                /// acc = saturating trunc_u(f64) to u64
                fast RegR I64TruncSatF64UR { src: Reg } => { put_acc!(f64v!(src) as u64); next!() }
            }

            // ---- address fusions (an `i32.add` feeding a load's address) ----
            family I32LoadAddA [out INT_F32, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as u32
                fast Acc I32LoadAddA { dst: Reg, base: Reg, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, u32, |v| v as u64); next!() }
                /// acc = mem[(acc +wrap r[base]) as u32 + offset] as u32
                fast AccR I32LoadAddAR { base: Reg, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, u32, |v| v as u64); next!() }
            }
            family I64LoadAddA [out INT_F64, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as u64
                fast Acc I64LoadAddA { dst: Reg, base: Reg, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, u64, |v| v); next!() }
                /// acc = mem[(acc +wrap r[base]) as u32 + offset] as u64
                fast AccR I64LoadAddAR { base: Reg, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, u64, |v| v); next!() }
            }
            family I32Load8UAddA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as u8
                fast Acc I32Load8UAddA { dst: Reg, base: Reg, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, u8, |v| v as u64); next!() }
                /// acc = mem[(acc +wrap r[base]) as u32 + offset] as u8
                fast AccR I32Load8UAddAR { base: Reg, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, u8, |v| v as u64); next!() }
            }
            family I32Load8SAddA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as i8 as i32
                fast Acc I32Load8SAddA { dst: Reg, base: Reg, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, i8, |v| v as i32 as u32 as u64); next!() }
                /// acc = mem[(acc +wrap r[base]) as u32 + offset] as i8 as i32
                fast AccR I32Load8SAddAR { base: Reg, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, i8, |v| v as i32 as u32 as u64); next!() }
            }
            family I32LoadAddImmA [out INT_F32, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as u32
                fast Acc I32LoadAddImmA { dst: Reg, imm: i32, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                /// acc = mem[(acc +wrap imm) as u32 + offset] as u32
                fast AccR I32LoadAddImmAR { imm: i32, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
            }
            family I64LoadAddImmA [out INT_F64, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as u64
                fast Acc I64LoadAddImmA { dst: Reg, imm: i32, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
                /// acc = mem[(acc +wrap imm) as u32 + offset] as u64
                fast AccR I64LoadAddImmAR { imm: i32, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
            }
            family I32Load8UAddImmA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as u8
                fast Acc I32Load8UAddImmA { dst: Reg, imm: i32, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
                /// acc = mem[(acc +wrap imm) as u32 + offset] as u8
                fast AccR I32Load8UAddImmAR { imm: i32, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
            }
            family I32Load8SAddImmA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as i8 as i32
                fast Acc I32Load8SAddImmA { dst: Reg, imm: i32, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
                /// acc = mem[(acc +wrap imm) as u32 + offset] as i8 as i32
                fast AccR I32Load8SAddImmAR { imm: i32, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
            }

            // ---- immediate forms added for stores and i64 compares ----
            family Store8Imm [out NONE, acc_in Int, operand addr, result -, branch -, compare -] {
                /// mem[ea..ea+1] = imm as u8 (a store of a constant)
                fast Reg Store8Imm { addr: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(addr), imm as u32, offset, u8); next!() }
                /// mem[acc as u32 + offset..] = imm as u8
                fast Acc Store8ImmA { imm: i32, offset: u32 } => { store_mem!((acc!() as u32), imm as u32, offset, u8); next!() }
            }
            family Store16Imm [out NONE, acc_in Int, operand addr, result -, branch -, compare -] {
                /// mem[ea..ea+2] = imm as u16 (a store of a constant)
                fast Reg Store16Imm { addr: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(addr), imm as u32, offset, u16); next!() }
                /// mem[acc as u32 + offset..] = imm as u16
                fast Acc Store16ImmA { imm: i32, offset: u32 } => { store_mem!((acc!() as u32), imm as u32, offset, u16); next!() }
            }
            family Store32Imm [out NONE, acc_in Int, operand addr, result -, branch -, compare -] {
                /// mem[ea..ea+4] = imm as u32 (a store of a constant)
                fast Reg Store32Imm { addr: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(addr), imm as u32, offset, u32); next!() }
                /// mem[acc as u32 + offset..] = imm as u32
                fast Acc Store32ImmA { imm: i32, offset: u32 } => { store_mem!((acc!() as u32), imm as u32, offset, u32); next!() }
            }
            family Store64Imm [out NONE, acc_in Int, operand addr, result -, branch -, compare -] {
                /// mem[ea..ea+8] = imm as i64 as u64 (a store of a constant)
                fast Reg Store64Imm { addr: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(addr), imm as i64 as u64, offset, u64); next!() }
                /// mem[acc as u32 + offset..] = imm as i64 as u64
                fast Acc Store64ImmA { imm: i32, offset: u32 } => { store_mem!((acc!() as u32), imm as i64 as u64, offset, u64); next!() }
            }
            family I64EqImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] == imm as i64 (i64)
                fast Reg I64EqImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, r!(lhs) == (imm as i64 as u64)); next!() }
                /// r[dst] = acc == imm as i64 (i64)
                fast Acc I64EqImmA { dst: Reg, imm: i32 } => { set32!(dst, acc!() == (imm as i64 as u64)); next!() }
                /// acc = r[lhs] == imm as i64 (i64)
                fast RegR I64EqImmR { lhs: Reg, imm: i32 } => { put_acc!(((r!(lhs) == (imm as i64 as u64)) as u32 as u64)); next!() }
                /// acc = acc == imm as i64 (i64)
                fast AccR I64EqImmAR { imm: i32 } => { put_acc!(((acc!() == (imm as i64 as u64)) as u32 as u64)); next!() }
            }
            family I64NeImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] != imm as i64 (i64)
                fast Reg I64NeImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, r!(lhs) != (imm as i64 as u64)); next!() }
                /// r[dst] = acc != imm as i64 (i64)
                fast Acc I64NeImmA { dst: Reg, imm: i32 } => { set32!(dst, acc!() != (imm as i64 as u64)); next!() }
                /// acc = r[lhs] != imm as i64 (i64)
                fast RegR I64NeImmR { lhs: Reg, imm: i32 } => { put_acc!(((r!(lhs) != (imm as i64 as u64)) as u32 as u64)); next!() }
                /// acc = acc != imm as i64 (i64)
                fast AccR I64NeImmAR { imm: i32 } => { put_acc!(((acc!() != (imm as i64 as u64)) as u32 as u64)); next!() }
            }
            family I64LtSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <s imm as i64 (i64)
                fast Reg I64LtSImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, (r!(lhs) as i64) < (imm as i64)); next!() }
                /// r[dst] = acc <s imm as i64 (i64)
                fast Acc I64LtSImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as i64) < (imm as i64)); next!() }
                /// acc = r[lhs] <s imm as i64 (i64)
                fast RegR I64LtSImmR { lhs: Reg, imm: i32 } => { put_acc!((((r!(lhs) as i64) < (imm as i64)) as u32 as u64)); next!() }
                /// acc = acc <s imm as i64 (i64)
                fast AccR I64LtSImmAR { imm: i32 } => { put_acc!((((acc!() as i64) < (imm as i64)) as u32 as u64)); next!() }
            }
            family I64LtUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <u imm as i64 (i64)
                fast Reg I64LtUImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, r!(lhs) < (imm as i64 as u64)); next!() }
                /// r[dst] = acc <u imm as i64 (i64)
                fast Acc I64LtUImmA { dst: Reg, imm: i32 } => { set32!(dst, acc!() < (imm as i64 as u64)); next!() }
                /// acc = r[lhs] <u imm as i64 (i64)
                fast RegR I64LtUImmR { lhs: Reg, imm: i32 } => { put_acc!(((r!(lhs) < (imm as i64 as u64)) as u32 as u64)); next!() }
                /// acc = acc <u imm as i64 (i64)
                fast AccR I64LtUImmAR { imm: i32 } => { put_acc!(((acc!() < (imm as i64 as u64)) as u32 as u64)); next!() }
            }
            family I64GtSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >s imm as i64 (i64)
                fast Reg I64GtSImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, (r!(lhs) as i64) > (imm as i64)); next!() }
                /// r[dst] = acc >s imm as i64 (i64)
                fast Acc I64GtSImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as i64) > (imm as i64)); next!() }
                /// acc = r[lhs] >s imm as i64 (i64)
                fast RegR I64GtSImmR { lhs: Reg, imm: i32 } => { put_acc!((((r!(lhs) as i64) > (imm as i64)) as u32 as u64)); next!() }
                /// acc = acc >s imm as i64 (i64)
                fast AccR I64GtSImmAR { imm: i32 } => { put_acc!((((acc!() as i64) > (imm as i64)) as u32 as u64)); next!() }
            }
            family I64GtUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >u imm as i64 (i64)
                fast Reg I64GtUImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, r!(lhs) > (imm as i64 as u64)); next!() }
                /// r[dst] = acc >u imm as i64 (i64)
                fast Acc I64GtUImmA { dst: Reg, imm: i32 } => { set32!(dst, acc!() > (imm as i64 as u64)); next!() }
                /// acc = r[lhs] >u imm as i64 (i64)
                fast RegR I64GtUImmR { lhs: Reg, imm: i32 } => { put_acc!(((r!(lhs) > (imm as i64 as u64)) as u32 as u64)); next!() }
                /// acc = acc >u imm as i64 (i64)
                fast AccR I64GtUImmAR { imm: i32 } => { put_acc!(((acc!() > (imm as i64 as u64)) as u32 as u64)); next!() }
            }
            family I64LeSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <=s imm as i64 (i64)
                fast Reg I64LeSImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, (r!(lhs) as i64) <= (imm as i64)); next!() }
                /// r[dst] = acc <=s imm as i64 (i64)
                fast Acc I64LeSImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as i64) <= (imm as i64)); next!() }
                /// acc = r[lhs] <=s imm as i64 (i64)
                fast RegR I64LeSImmR { lhs: Reg, imm: i32 } => { put_acc!((((r!(lhs) as i64) <= (imm as i64)) as u32 as u64)); next!() }
                /// acc = acc <=s imm as i64 (i64)
                fast AccR I64LeSImmAR { imm: i32 } => { put_acc!((((acc!() as i64) <= (imm as i64)) as u32 as u64)); next!() }
            }
            family I64LeUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <=u imm as i64 (i64)
                fast Reg I64LeUImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, r!(lhs) <= (imm as i64 as u64)); next!() }
                /// r[dst] = acc <=u imm as i64 (i64)
                fast Acc I64LeUImmA { dst: Reg, imm: i32 } => { set32!(dst, acc!() <= (imm as i64 as u64)); next!() }
                /// acc = r[lhs] <=u imm as i64 (i64)
                fast RegR I64LeUImmR { lhs: Reg, imm: i32 } => { put_acc!(((r!(lhs) <= (imm as i64 as u64)) as u32 as u64)); next!() }
                /// acc = acc <=u imm as i64 (i64)
                fast AccR I64LeUImmAR { imm: i32 } => { put_acc!(((acc!() <= (imm as i64 as u64)) as u32 as u64)); next!() }
            }
            family I64GeSImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >=s imm as i64 (i64)
                fast Reg I64GeSImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, (r!(lhs) as i64) >= (imm as i64)); next!() }
                /// r[dst] = acc >=s imm as i64 (i64)
                fast Acc I64GeSImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as i64) >= (imm as i64)); next!() }
                /// acc = r[lhs] >=s imm as i64 (i64)
                fast RegR I64GeSImmR { lhs: Reg, imm: i32 } => { put_acc!((((r!(lhs) as i64) >= (imm as i64)) as u32 as u64)); next!() }
                /// acc = acc >=s imm as i64 (i64)
                fast AccR I64GeSImmAR { imm: i32 } => { put_acc!((((acc!() as i64) >= (imm as i64)) as u32 as u64)); next!() }
            }
            family I64GeUImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >=u imm as i64 (i64)
                fast Reg I64GeUImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, r!(lhs) >= (imm as i64 as u64)); next!() }
                /// r[dst] = acc >=u imm as i64 (i64)
                fast Acc I64GeUImmA { dst: Reg, imm: i32 } => { set32!(dst, acc!() >= (imm as i64 as u64)); next!() }
                /// acc = r[lhs] >=u imm as i64 (i64)
                fast RegR I64GeUImmR { lhs: Reg, imm: i32 } => { put_acc!(((r!(lhs) >= (imm as i64 as u64)) as u32 as u64)); next!() }
                /// acc = acc >=u imm as i64 (i64)
                fast AccR I64GeUImmAR { imm: i32 } => { put_acc!(((acc!() >= (imm as i64 as u64)) as u32 as u64)); next!() }
            }

            // ---- f32 compares against a constant (imm holds the f32 bits) ----
            family F32EqImm [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] == f32::from_bits(imm) (f32)
                fast Reg F32EqImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, f32v!(lhs) == f32::from_bits(imm as u32)); next!() }
                /// r[dst] = acc == f32::from_bits(imm) (f32)
                fast Acc F32EqImmA { dst: Reg, imm: i32 } => { set32!(dst, facc!() == f32::from_bits(imm as u32)); next!() }
                /// acc = r[lhs] == f32::from_bits(imm) (f32)
                fast RegR F32EqImmR { lhs: Reg, imm: i32 } => { put_acc!(((f32v!(lhs) == f32::from_bits(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc == f32::from_bits(imm) (f32)
                fast AccR F32EqImmAR { imm: i32 } => { put_acc!(((facc!() == f32::from_bits(imm as u32)) as u32 as u64)); next!() }
            }
            family F32NeImm [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] != f32::from_bits(imm) (f32)
                fast Reg F32NeImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, f32v!(lhs) != f32::from_bits(imm as u32)); next!() }
                /// r[dst] = acc != f32::from_bits(imm) (f32)
                fast Acc F32NeImmA { dst: Reg, imm: i32 } => { set32!(dst, facc!() != f32::from_bits(imm as u32)); next!() }
                /// acc = r[lhs] != f32::from_bits(imm) (f32)
                fast RegR F32NeImmR { lhs: Reg, imm: i32 } => { put_acc!(((f32v!(lhs) != f32::from_bits(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc != f32::from_bits(imm) (f32)
                fast AccR F32NeImmAR { imm: i32 } => { put_acc!(((facc!() != f32::from_bits(imm as u32)) as u32 as u64)); next!() }
            }
            family F32LtImm [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] < f32::from_bits(imm) (f32)
                fast Reg F32LtImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, f32v!(lhs) < f32::from_bits(imm as u32)); next!() }
                /// r[dst] = acc < f32::from_bits(imm) (f32)
                fast Acc F32LtImmA { dst: Reg, imm: i32 } => { set32!(dst, facc!() < f32::from_bits(imm as u32)); next!() }
                /// acc = r[lhs] < f32::from_bits(imm) (f32)
                fast RegR F32LtImmR { lhs: Reg, imm: i32 } => { put_acc!(((f32v!(lhs) < f32::from_bits(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc < f32::from_bits(imm) (f32)
                fast AccR F32LtImmAR { imm: i32 } => { put_acc!(((facc!() < f32::from_bits(imm as u32)) as u32 as u64)); next!() }
            }
            family F32GtImm [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] > f32::from_bits(imm) (f32)
                fast Reg F32GtImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, f32v!(lhs) > f32::from_bits(imm as u32)); next!() }
                /// r[dst] = acc > f32::from_bits(imm) (f32)
                fast Acc F32GtImmA { dst: Reg, imm: i32 } => { set32!(dst, facc!() > f32::from_bits(imm as u32)); next!() }
                /// acc = r[lhs] > f32::from_bits(imm) (f32)
                fast RegR F32GtImmR { lhs: Reg, imm: i32 } => { put_acc!(((f32v!(lhs) > f32::from_bits(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc > f32::from_bits(imm) (f32)
                fast AccR F32GtImmAR { imm: i32 } => { put_acc!(((facc!() > f32::from_bits(imm as u32)) as u32 as u64)); next!() }
            }
            family F32LeImm [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] <= f32::from_bits(imm) (f32)
                fast Reg F32LeImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, f32v!(lhs) <= f32::from_bits(imm as u32)); next!() }
                /// r[dst] = acc <= f32::from_bits(imm) (f32)
                fast Acc F32LeImmA { dst: Reg, imm: i32 } => { set32!(dst, facc!() <= f32::from_bits(imm as u32)); next!() }
                /// acc = r[lhs] <= f32::from_bits(imm) (f32)
                fast RegR F32LeImmR { lhs: Reg, imm: i32 } => { put_acc!(((f32v!(lhs) <= f32::from_bits(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc <= f32::from_bits(imm) (f32)
                fast AccR F32LeImmAR { imm: i32 } => { put_acc!(((facc!() <= f32::from_bits(imm as u32)) as u32 as u64)); next!() }
            }
            family F32GeImm [out INT, acc_in F32, operand lhs, result dst, branch -, compare yes] {
                /// r[dst] = r[lhs] >= f32::from_bits(imm) (f32)
                fast Reg F32GeImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, f32v!(lhs) >= f32::from_bits(imm as u32)); next!() }
                /// r[dst] = acc >= f32::from_bits(imm) (f32)
                fast Acc F32GeImmA { dst: Reg, imm: i32 } => { set32!(dst, facc!() >= f32::from_bits(imm as u32)); next!() }
                /// acc = r[lhs] >= f32::from_bits(imm) (f32)
                fast RegR F32GeImmR { lhs: Reg, imm: i32 } => { put_acc!(((f32v!(lhs) >= f32::from_bits(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc >= f32::from_bits(imm) (f32)
                fast AccR F32GeImmAR { imm: i32 } => { put_acc!(((facc!() >= f32::from_bits(imm as u32)) as u32 as u64)); next!() }
            }

            // ---- i64 compare-and-branch ----
            family BrIfI64Eq [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] == r[rhs] (i64) { pc += target }
                fast Reg BrIfI64Eq { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as u64) == (r!(rhs) as u64), target); next!() }
                /// if acc == r[rhs] (i64) { pc += target }
                fast Acc BrIfI64EqA { rhs: Reg, target: i32 } => { br_if!((acc!() as u64) == (r!(rhs) as u64), target); next!() }
            }
            family BrIfI64EqImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] == imm as i64 (i64) { pc += target }
                fast Reg BrIfI64EqImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as u64) == (imm as i64 as u64), target); next!() }
                /// if acc == imm as i64 (i64) { pc += target }
                fast Acc BrIfI64EqImmA { imm: i32, target: i32 } => { br_if!((acc!() as u64) == (imm as i64 as u64), target); next!() }
            }
            family BrIfI64Ne [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] != r[rhs] (i64) { pc += target }
                fast Reg BrIfI64Ne { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as u64) != (r!(rhs) as u64), target); next!() }
                /// if acc != r[rhs] (i64) { pc += target }
                fast Acc BrIfI64NeA { rhs: Reg, target: i32 } => { br_if!((acc!() as u64) != (r!(rhs) as u64), target); next!() }
            }
            family BrIfI64NeImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] != imm as i64 (i64) { pc += target }
                fast Reg BrIfI64NeImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as u64) != (imm as i64 as u64), target); next!() }
                /// if acc != imm as i64 (i64) { pc += target }
                fast Acc BrIfI64NeImmA { imm: i32, target: i32 } => { br_if!((acc!() as u64) != (imm as i64 as u64), target); next!() }
            }
            family BrIfI64LtS [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <s r[rhs] (i64) { pc += target }
                fast Reg BrIfI64LtS { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as i64) < (r!(rhs) as i64), target); next!() }
                /// if acc <s r[rhs] (i64) { pc += target }
                fast Acc BrIfI64LtSA { rhs: Reg, target: i32 } => { br_if!((acc!() as i64) < (r!(rhs) as i64), target); next!() }
            }
            family BrIfI64LtSImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <s imm as i64 (i64) { pc += target }
                fast Reg BrIfI64LtSImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as i64) < (imm as i64), target); next!() }
                /// if acc <s imm as i64 (i64) { pc += target }
                fast Acc BrIfI64LtSImmA { imm: i32, target: i32 } => { br_if!((acc!() as i64) < (imm as i64), target); next!() }
            }
            family BrIfI64LtU [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <u r[rhs] (i64) { pc += target }
                fast Reg BrIfI64LtU { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as u64) < (r!(rhs) as u64), target); next!() }
                /// if acc <u r[rhs] (i64) { pc += target }
                fast Acc BrIfI64LtUA { rhs: Reg, target: i32 } => { br_if!((acc!() as u64) < (r!(rhs) as u64), target); next!() }
            }
            family BrIfI64LtUImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <u imm as i64 (i64) { pc += target }
                fast Reg BrIfI64LtUImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as u64) < (imm as i64 as u64), target); next!() }
                /// if acc <u imm as i64 (i64) { pc += target }
                fast Acc BrIfI64LtUImmA { imm: i32, target: i32 } => { br_if!((acc!() as u64) < (imm as i64 as u64), target); next!() }
            }
            family BrIfI64GtS [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >s r[rhs] (i64) { pc += target }
                fast Reg BrIfI64GtS { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as i64) > (r!(rhs) as i64), target); next!() }
                /// if acc >s r[rhs] (i64) { pc += target }
                fast Acc BrIfI64GtSA { rhs: Reg, target: i32 } => { br_if!((acc!() as i64) > (r!(rhs) as i64), target); next!() }
            }
            family BrIfI64GtSImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >s imm as i64 (i64) { pc += target }
                fast Reg BrIfI64GtSImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as i64) > (imm as i64), target); next!() }
                /// if acc >s imm as i64 (i64) { pc += target }
                fast Acc BrIfI64GtSImmA { imm: i32, target: i32 } => { br_if!((acc!() as i64) > (imm as i64), target); next!() }
            }
            family BrIfI64GtU [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >u r[rhs] (i64) { pc += target }
                fast Reg BrIfI64GtU { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as u64) > (r!(rhs) as u64), target); next!() }
                /// if acc >u r[rhs] (i64) { pc += target }
                fast Acc BrIfI64GtUA { rhs: Reg, target: i32 } => { br_if!((acc!() as u64) > (r!(rhs) as u64), target); next!() }
            }
            family BrIfI64GtUImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >u imm as i64 (i64) { pc += target }
                fast Reg BrIfI64GtUImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as u64) > (imm as i64 as u64), target); next!() }
                /// if acc >u imm as i64 (i64) { pc += target }
                fast Acc BrIfI64GtUImmA { imm: i32, target: i32 } => { br_if!((acc!() as u64) > (imm as i64 as u64), target); next!() }
            }
            family BrIfI64LeS [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <=s r[rhs] (i64) { pc += target }
                fast Reg BrIfI64LeS { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as i64) <= (r!(rhs) as i64), target); next!() }
                /// if acc <=s r[rhs] (i64) { pc += target }
                fast Acc BrIfI64LeSA { rhs: Reg, target: i32 } => { br_if!((acc!() as i64) <= (r!(rhs) as i64), target); next!() }
            }
            family BrIfI64LeSImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <=s imm as i64 (i64) { pc += target }
                fast Reg BrIfI64LeSImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as i64) <= (imm as i64), target); next!() }
                /// if acc <=s imm as i64 (i64) { pc += target }
                fast Acc BrIfI64LeSImmA { imm: i32, target: i32 } => { br_if!((acc!() as i64) <= (imm as i64), target); next!() }
            }
            family BrIfI64LeU [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <=u r[rhs] (i64) { pc += target }
                fast Reg BrIfI64LeU { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as u64) <= (r!(rhs) as u64), target); next!() }
                /// if acc <=u r[rhs] (i64) { pc += target }
                fast Acc BrIfI64LeUA { rhs: Reg, target: i32 } => { br_if!((acc!() as u64) <= (r!(rhs) as u64), target); next!() }
            }
            family BrIfI64LeUImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] <=u imm as i64 (i64) { pc += target }
                fast Reg BrIfI64LeUImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as u64) <= (imm as i64 as u64), target); next!() }
                /// if acc <=u imm as i64 (i64) { pc += target }
                fast Acc BrIfI64LeUImmA { imm: i32, target: i32 } => { br_if!((acc!() as u64) <= (imm as i64 as u64), target); next!() }
            }
            family BrIfI64GeS [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >=s r[rhs] (i64) { pc += target }
                fast Reg BrIfI64GeS { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as i64) >= (r!(rhs) as i64), target); next!() }
                /// if acc >=s r[rhs] (i64) { pc += target }
                fast Acc BrIfI64GeSA { rhs: Reg, target: i32 } => { br_if!((acc!() as i64) >= (r!(rhs) as i64), target); next!() }
            }
            family BrIfI64GeSImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >=s imm as i64 (i64) { pc += target }
                fast Reg BrIfI64GeSImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as i64) >= (imm as i64), target); next!() }
                /// if acc >=s imm as i64 (i64) { pc += target }
                fast Acc BrIfI64GeSImmA { imm: i32, target: i32 } => { br_if!((acc!() as i64) >= (imm as i64), target); next!() }
            }
            family BrIfI64GeU [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >=u r[rhs] (i64) { pc += target }
                fast Reg BrIfI64GeU { lhs: Reg, rhs: Reg, target: i32 } => { br_if!((r!(lhs) as u64) >= (r!(rhs) as u64), target); next!() }
                /// if acc >=u r[rhs] (i64) { pc += target }
                fast Acc BrIfI64GeUA { rhs: Reg, target: i32 } => { br_if!((acc!() as u64) >= (r!(rhs) as u64), target); next!() }
            }
            family BrIfI64GeUImm [out NONE, acc_in Int, operand lhs, result -, branch cond, compare -] {
                /// if r[lhs] >=u imm as i64 (i64) { pc += target }
                fast Reg BrIfI64GeUImm { lhs: Reg, imm: i32, target: i32 } => { br_if!((r!(lhs) as u64) >= (imm as i64 as u64), target); next!() }
                /// if acc >=u imm as i64 (i64) { pc += target }
                fast Acc BrIfI64GeUImmA { imm: i32, target: i32 } => { br_if!((acc!() as u64) >= (imm as i64 as u64), target); next!() }
            }

            // ---- more binary ops with a constant operand ----
            family I64MulImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] *wrap imm (i64)
                fast Reg I64MulImm { dst: Reg, lhs: Reg, imm: i64 } => { put!(dst, r!(lhs).wrapping_mul(imm as u64)); next!() }
                /// r[dst] = acc *wrap imm (i64)
                fast Acc I64MulImmA { dst: Reg, imm: i64 } => { put!(dst, acc!().wrapping_mul(imm as u64)); next!() }
                /// acc = r[lhs] *wrap imm (i64)
                fast RegR I64MulImmR { lhs: Reg, imm: i64 } => { put_acc!(r!(lhs).wrapping_mul(imm as u64)); next!() }
                /// acc = acc *wrap imm (i64)
                fast AccR I64MulImmAR { imm: i64 } => { put_acc!(acc!().wrapping_mul(imm as u64)); next!() }
            }
            family I64OrImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] | imm (i64)
                fast Reg I64OrImm { dst: Reg, lhs: Reg, imm: i64 } => { put!(dst, r!(lhs) | imm as u64); next!() }
                /// r[dst] = acc | imm (i64)
                fast Acc I64OrImmA { dst: Reg, imm: i64 } => { put!(dst, acc!() | imm as u64); next!() }
                /// acc = r[lhs] | imm (i64)
                fast RegR I64OrImmR { lhs: Reg, imm: i64 } => { put_acc!(r!(lhs) | imm as u64); next!() }
                /// acc = acc | imm (i64)
                fast AccR I64OrImmAR { imm: i64 } => { put_acc!(acc!() | imm as u64); next!() }
            }
            family I64XorImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ imm (i64)
                fast Reg I64XorImm { dst: Reg, lhs: Reg, imm: i64 } => { put!(dst, r!(lhs) ^ imm as u64); next!() }
                /// r[dst] = acc ^ imm (i64)
                fast Acc I64XorImmA { dst: Reg, imm: i64 } => { put!(dst, acc!() ^ imm as u64); next!() }
                /// acc = r[lhs] ^ imm (i64)
                fast RegR I64XorImmR { lhs: Reg, imm: i64 } => { put_acc!(r!(lhs) ^ imm as u64); next!() }
                /// acc = acc ^ imm (i64)
                fast AccR I64XorImmAR { imm: i64 } => { put_acc!(acc!() ^ imm as u64); next!() }
            }
            family I64RotlImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rotl imm (i64)
                fast Reg I64RotlImm { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, r!(lhs).rotate_left(imm as u32)); next!() }
                /// r[dst] = acc rotl imm (i64)
                fast Acc I64RotlImmA { dst: Reg, imm: i32 } => { put!(dst, acc!().rotate_left(imm as u32)); next!() }
                /// acc = r[lhs] rotl imm (i64)
                fast RegR I64RotlImmR { lhs: Reg, imm: i32 } => { put_acc!(r!(lhs).rotate_left(imm as u32)); next!() }
                /// acc = acc rotl imm (i64)
                fast AccR I64RotlImmAR { imm: i32 } => { put_acc!(acc!().rotate_left(imm as u32)); next!() }
            }
            family I64RotrImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rotr imm (i64)
                fast Reg I64RotrImm { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, r!(lhs).rotate_right(imm as u32)); next!() }
                /// r[dst] = acc rotr imm (i64)
                fast Acc I64RotrImmA { dst: Reg, imm: i32 } => { put!(dst, acc!().rotate_right(imm as u32)); next!() }
                /// acc = r[lhs] rotr imm (i64)
                fast RegR I64RotrImmR { lhs: Reg, imm: i32 } => { put_acc!(r!(lhs).rotate_right(imm as u32)); next!() }
                /// acc = acc rotr imm (i64)
                fast AccR I64RotrImmAR { imm: i32 } => { put_acc!(acc!().rotate_right(imm as u32)); next!() }
            }
            family I32RotlImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rotl imm (i32)
                fast Reg I32RotlImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs).rotate_left(imm as u32)); next!() }
                /// r[dst] = acc rotl imm (i32)
                fast Acc I32RotlImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32).rotate_left(imm as u32)); next!() }
                /// acc = r[lhs] rotl imm (i32)
                fast RegR I32RotlImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs).rotate_left(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc rotl imm (i32)
                fast AccR I32RotlImmAR { imm: i32 } => { put_acc!((((acc!() as u32).rotate_left(imm as u32)) as u32 as u64)); next!() }
            }
            family I32RotrImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] rotr imm (i32)
                fast Reg I32RotrImm { dst: Reg, lhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs).rotate_right(imm as u32)); next!() }
                /// r[dst] = acc rotr imm (i32)
                fast Acc I32RotrImmA { dst: Reg, imm: i32 } => { set32!(dst, (acc!() as u32).rotate_right(imm as u32)); next!() }
                /// acc = r[lhs] rotr imm (i32)
                fast RegR I32RotrImmR { lhs: Reg, imm: i32 } => { put_acc!(((i32v!(lhs).rotate_right(imm as u32)) as u32 as u64)); next!() }
                /// acc = acc rotr imm (i32)
                fast AccR I32RotrImmAR { imm: i32 } => { put_acc!((((acc!() as u32).rotate_right(imm as u32)) as u32 as u64)); next!() }
            }

            // ---- loads with the address add of two registers, or of a register and a constant, fused ----
            family I32LoadAddImm [out INT_F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load at (r[base] +wrap imm) + offset
                fast Reg I32LoadAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                /// acc = i32.load at (r[base] +wrap imm) + offset
                fast RegR I32LoadAddImmR { base: Reg, imm: i32, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
            }
            family I32LoadAdd [out INT_F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load at (r[base] +wrap r[index]) + offset
                fast Reg I32LoadAdd { dst: Reg, base: Reg, index: Reg, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, u32, |v| v as u64); next!() }
                /// acc = i32.load at (r[base] +wrap r[index]) + offset
                fast RegR I32LoadAddR { base: Reg, index: Reg, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, u32, |v| v as u64); next!() }
            }
            family I64LoadAddImm [out INT_F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i64.load at (r[base] +wrap imm) + offset
                fast Reg I64LoadAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
                /// acc = i64.load at (r[base] +wrap imm) + offset
                fast RegR I64LoadAddImmR { base: Reg, imm: i32, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
            }
            family I64LoadAdd [out INT_F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i64.load at (r[base] +wrap r[index]) + offset
                fast Reg I64LoadAdd { dst: Reg, base: Reg, index: Reg, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, u64, |v| v); next!() }
                /// acc = i64.load at (r[base] +wrap r[index]) + offset
                fast RegR I64LoadAddR { base: Reg, index: Reg, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, u64, |v| v); next!() }
            }

            // ---- multiply by a constant, then add a constant, fused ----
            family I32MulAddImm [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] *wrap mul +wrap add (i32; a multiply by a constant, then an add of one)
                fast Reg I32MulAddImm { dst: Reg, lhs: Reg, mul: i32, add: i32 } => { put!(dst, (i32v!(lhs).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
                /// acc = r[lhs] *wrap mul +wrap add (i32; a multiply by a constant, then an add of one)
                fast RegR I32MulAddImmR { lhs: Reg, mul: i32, add: i32 } => { put_acc!((i32v!(lhs).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
            }
            family I32MulAddImmA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = acc *wrap mul +wrap add (i32)
                fast Acc I32MulAddImmA { dst: Reg, mul: i32, add: i32 } => { put!(dst, ((acc!() as u32).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
                /// acc = acc *wrap mul +wrap add (i32)
                fast AccR I32MulAddImmAR { mul: i32, add: i32 } => { put_acc!(((acc!() as u32).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
            }
            family I64MulAddImm [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] *wrap mul +wrap add (i64; a multiply by a constant, then an add of one)
                fast Reg I64MulAddImm { dst: Reg, lhs: Reg, mul: i32, add: i32 } => { put!(dst, r!(lhs).wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
                /// acc = r[lhs] *wrap mul +wrap add (i64; a multiply by a constant, then an add of one)
                fast RegR I64MulAddImmR { lhs: Reg, mul: i32, add: i32 } => { put_acc!(r!(lhs).wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
            }
            family I64MulAddImmA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = acc *wrap mul +wrap add (i64)
                fast Acc I64MulAddImmA { dst: Reg, mul: i32, add: i32 } => { put!(dst, acc!().wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
                /// acc = acc *wrap mul +wrap add (i64)
                fast AccR I64MulAddImmAR { mul: i32, add: i32 } => { put_acc!(acc!().wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
            }

            // ---- an add, then a branch on the sum (loop counters): one instruction ----
            family I32AddImmBrIfEq [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc == r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfEq { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v == i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfEqImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc == limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfEqImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v == (limit as i32 as u32), target); next!() }
            }
            family I32AddBrIfEq [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc == r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfEq { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v == i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfNe [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc != r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfNe { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v != i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfNeImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc != limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfNeImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v != (limit as i32 as u32), target); next!() }
            }
            family I32AddBrIfNe [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc != r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfNe { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v != i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfLtS [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc <s r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfLtS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) < (i32v!(limit) as i32), target); next!() }
            }
            family I32AddImmBrIfLtSImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc <s limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfLtSImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) < ((limit as i32 as u32) as i32), target); next!() }
            }
            family I32AddBrIfLtS [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc <s r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfLtS { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!((v as i32) < (i32v!(limit) as i32), target); next!() }
            }
            family I32AddImmBrIfLtU [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc <u r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfLtU { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v < i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfLtUImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc <u limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfLtUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v < (limit as i32 as u32), target); next!() }
            }
            family I32AddBrIfLtU [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc <u r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfLtU { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v < i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfGtS [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc >s r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfGtS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) > (i32v!(limit) as i32), target); next!() }
            }
            family I32AddImmBrIfGtSImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc >s limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfGtSImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) > ((limit as i32 as u32) as i32), target); next!() }
            }
            family I32AddBrIfGtS [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc >s r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfGtS { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!((v as i32) > (i32v!(limit) as i32), target); next!() }
            }
            family I32AddImmBrIfGtU [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc >u r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfGtU { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v > i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfGtUImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc >u limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfGtUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v > (limit as i32 as u32), target); next!() }
            }
            family I32AddBrIfGtU [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc >u r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfGtU { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v > i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfLeS [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc <=s r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfLeS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) <= (i32v!(limit) as i32), target); next!() }
            }
            family I32AddImmBrIfLeSImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc <=s limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfLeSImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) <= ((limit as i32 as u32) as i32), target); next!() }
            }
            family I32AddBrIfLeS [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc <=s r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfLeS { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!((v as i32) <= (i32v!(limit) as i32), target); next!() }
            }
            family I32AddImmBrIfLeU [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc <=u r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfLeU { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v <= i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfLeUImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc <=u limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfLeUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v <= (limit as i32 as u32), target); next!() }
            }
            family I32AddBrIfLeU [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc <=u r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfLeU { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v <= i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfGeS [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc >=s r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfGeS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) >= (i32v!(limit) as i32), target); next!() }
            }
            family I32AddImmBrIfGeSImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc >=s limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfGeSImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) >= ((limit as i32 as u32) as i32), target); next!() }
            }
            family I32AddBrIfGeS [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc >=s r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfGeS { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!((v as i32) >= (i32v!(limit) as i32), target); next!() }
            }
            family I32AddImmBrIfGeU [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc >=u r[limit] { pc += target } (i32)
                fast Reg I32AddImmBrIfGeU { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v >= i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfGeUImm [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc >=u limit { pc += target } (i32; limit sign-extended)
                fast Reg I32AddImmBrIfGeUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v >= (limit as i32 as u32), target); next!() }
            }
            family I32AddBrIfGeU [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc >=u r[limit] { pc += target } (i32)
                fast Reg I32AddBrIfGeU { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v >= i32v!(limit), target); next!() }
            }
            family I32AddImmBrIfNez [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc != 0 { pc += target } (i32)
                fast Reg I32AddImmBrIfNez { dst: Reg, lhs: Reg, imm: i32, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v != 0, target); next!() }
            }
            family I32AddImmBrIfEqz [out INT, acc_in -, operand -, result -, branch jump, compare -] {
                /// r[dst] = acc = r[lhs] +wrap imm; if acc == 0 { pc += target } (i32)
                fast Reg I32AddImmBrIfEqz { dst: Reg, lhs: Reg, imm: i32, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v == 0, target); next!() }
            }

            // ---- select on a bit test: an and with a constant feeding the select's condition ----
            family SelectAndImm [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = if (r[test] & imm) as u32 != 0 { r[lhs] } else { r[rhs] }
                fast Reg SelectAndImm { dst: Reg, test: Reg, imm: i32, lhs: Reg, rhs: Reg } => { put!(dst, crate::exec::select_loaded(i32v!(test) & imm as u32 != 0, r!(lhs), r!(rhs))); next!() }
                /// acc = if (r[test] & imm) as u32 != 0 { r[lhs] } else { r[rhs] }
                fast RegR SelectAndImmR { test: Reg, imm: i32, lhs: Reg, rhs: Reg } => { put_acc!(crate::exec::select_loaded(i32v!(test) & imm as u32 != 0, r!(lhs), r!(rhs))); next!() }
            }
            family SelectI64AndImm [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = if r[test] & (imm as i64) != 0 { r[lhs] } else { r[rhs] }
                fast Reg SelectI64AndImm { dst: Reg, test: Reg, imm: i32, lhs: Reg, rhs: Reg } => { put!(dst, crate::exec::select_loaded(r!(test) & imm as i64 as u64 != 0, r!(lhs), r!(rhs))); next!() }
                /// acc = if r[test] & (imm as i64) != 0 { r[lhs] } else { r[rhs] }
                fast RegR SelectI64AndImmR { test: Reg, imm: i32, lhs: Reg, rhs: Reg } => { put_acc!(crate::exec::select_loaded(r!(test) & imm as i64 as u64 != 0, r!(lhs), r!(rhs))); next!() }
            }
            family I32AddImmDup [out INT, acc_in -, operand -, result -, branch -, compare -] {
                /// r[dst] = r[dst2] = r[lhs] +wrap imm (i32; an add whose result two locals take:
                /// `local.tee a; local.set b`)
                fast Reg I32AddImmDup { dst: Reg, dst2: Reg, lhs: Reg, imm: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); r!(dst2) = v as u64; next!() }
            }

            // ---- three-operand adds: two values and a constant ----
            family I32AddAddImm [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] +wrap r[rhs] +wrap imm (i32; an add of a constant and an add fused)
                fast Reg I32AddAddImm { dst: Reg, lhs: Reg, rhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32)); next!() }
                /// acc = r[lhs] +wrap r[rhs] +wrap imm (i32; an add of a constant and an add fused)
                fast RegR I32AddAddImmR { lhs: Reg, rhs: Reg, imm: i32 } => { put_acc!(i32v!(lhs).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32) as u64); next!() }
            }
            family I32AddAddImmA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = acc +wrap r[rhs] +wrap imm (i32)
                fast Acc I32AddAddImmA { dst: Reg, rhs: Reg, imm: i32 } => { set32!(dst, (acc!() as u32).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32)); next!() }
                /// acc = acc +wrap r[rhs] +wrap imm (i32)
                fast AccR I32AddAddImmAR { rhs: Reg, imm: i32 } => { put_acc!((acc!() as u32).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32) as u64); next!() }
            }
            family I32AddShl [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[base] +wrap (r[index] << shift) (i32; a shift by a constant, then an add)
                fast Reg I32AddShl { dst: Reg, base: Reg, index: Reg, shift: u8 } => { set32!(dst, i32v!(base).wrapping_add(i32v!(index) << shift)); next!() }
                /// acc = r[base] +wrap (r[index] << shift) (i32; a shift by a constant, then an add)
                fast RegR I32AddShlR { base: Reg, index: Reg, shift: u8 } => { put_acc!(i32v!(base).wrapping_add(i32v!(index) << shift) as u64); next!() }
            }
            family I32XorShl [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ (r[rhs] << shift) (i32) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
                fast Reg I32XorShl { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 } => { set32!(dst, i32v!(lhs) ^ i32v!(rhs).wrapping_shl(shift as u32)); next!() }
                /// acc = r[lhs] ^ (r[rhs] << shift) (i32)
                fast RegR I32XorShlR { lhs: Reg, rhs: Reg, shift: u8 } => { put_acc!((i32v!(lhs) ^ i32v!(rhs).wrapping_shl(shift as u32)) as u64); next!() }
            }
            family I32XorShrU [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ (r[rhs] >>u shift) (i32) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
                fast Reg I32XorShrU { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 } => { set32!(dst, i32v!(lhs) ^ i32v!(rhs).wrapping_shr(shift as u32)); next!() }
                /// acc = r[lhs] ^ (r[rhs] >>u shift) (i32)
                fast RegR I32XorShrUR { lhs: Reg, rhs: Reg, shift: u8 } => { put_acc!((i32v!(lhs) ^ i32v!(rhs).wrapping_shr(shift as u32)) as u64); next!() }
            }
            family I64XorShl [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ (r[rhs] << shift) (i64) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
                fast Reg I64XorShl { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 } => { put!(dst, r!(lhs) ^ r!(rhs).wrapping_shl(shift as u32)); next!() }
                /// acc = r[lhs] ^ (r[rhs] << shift) (i64)
                fast RegR I64XorShlR { lhs: Reg, rhs: Reg, shift: u8 } => { put_acc!(r!(lhs) ^ r!(rhs).wrapping_shl(shift as u32)); next!() }
            }
            family I64XorShrU [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ (r[rhs] >>u shift) (i64) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
                fast Reg I64XorShrU { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 } => { put!(dst, r!(lhs) ^ r!(rhs).wrapping_shr(shift as u32)); next!() }
                /// acc = r[lhs] ^ (r[rhs] >>u shift) (i64)
                fast RegR I64XorShrUR { lhs: Reg, rhs: Reg, shift: u8 } => { put_acc!(r!(lhs) ^ r!(rhs).wrapping_shr(shift as u32)); next!() }
            }
            family I32AddShlA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[base] +wrap (acc << shift) (i32)
                fast Acc I32AddShlA { dst: Reg, base: Reg, shift: u8 } => { set32!(dst, i32v!(base).wrapping_add((acc!() as u32) << shift)); next!() }
                /// acc = r[base] +wrap (acc << shift) (i32)
                fast AccR I32AddShlAR { base: Reg, shift: u8 } => { put_acc!(i32v!(base).wrapping_add((acc!() as u32) << shift) as u64); next!() }
            }
            family I32XorShlA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ (acc << shift) (i32)
                fast Acc I32XorShlA { dst: Reg, lhs: Reg, shift: u8 } => { set32!(dst, i32v!(lhs) ^ (acc!() as u32).wrapping_shl(shift as u32)); next!() }
                /// acc = r[lhs] ^ (acc << shift) (i32)
                fast AccR I32XorShlAR { lhs: Reg, shift: u8 } => { put_acc!((i32v!(lhs) ^ (acc!() as u32).wrapping_shl(shift as u32)) as u64); next!() }
            }
            family I32XorShrUA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ (acc >>u shift) (i32)
                fast Acc I32XorShrUA { dst: Reg, lhs: Reg, shift: u8 } => { set32!(dst, i32v!(lhs) ^ (acc!() as u32).wrapping_shr(shift as u32)); next!() }
                /// acc = r[lhs] ^ (acc >>u shift) (i32)
                fast AccR I32XorShrUAR { lhs: Reg, shift: u8 } => { put_acc!((i32v!(lhs) ^ (acc!() as u32).wrapping_shr(shift as u32)) as u64); next!() }
            }
            family I64XorShlA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ (acc << shift) (i64)
                fast Acc I64XorShlA { dst: Reg, lhs: Reg, shift: u8 } => { put!(dst, r!(lhs) ^ acc!().wrapping_shl(shift as u32)); next!() }
                /// acc = r[lhs] ^ (acc << shift) (i64)
                fast AccR I64XorShlAR { lhs: Reg, shift: u8 } => { put_acc!(r!(lhs) ^ acc!().wrapping_shl(shift as u32)); next!() }
            }
            family I64XorShrUA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] ^ (acc >>u shift) (i64)
                fast Acc I64XorShrUA { dst: Reg, lhs: Reg, shift: u8 } => { put!(dst, r!(lhs) ^ acc!().wrapping_shr(shift as u32)); next!() }
                /// acc = r[lhs] ^ (acc >>u shift) (i64)
                fast AccR I64XorShrUAR { lhs: Reg, shift: u8 } => { put_acc!(r!(lhs) ^ acc!().wrapping_shr(shift as u32)); next!() }
            }
            family I32XorShrUSelf [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = acc ^ (acc >>u shift) (i32): a xorshift step on the value just computed
                fast Acc I32XorShrUSelf { dst: Reg, shift: u8 } => { let x = acc!() as u32; set32!(dst, x ^ x.wrapping_shr(shift as u32)); next!() }
            }
            family I32XorShlSelf [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = acc ^ (acc << shift) (i32): a xorshift step on the value just computed
                fast Acc I32XorShlSelf { dst: Reg, shift: u8 } => { let x = acc!() as u32; set32!(dst, x ^ x.wrapping_shl(shift as u32)); next!() }
            }
            family I64XorShrUSelf [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = acc ^ (acc >>u shift) (i64): a xorshift step on the value just computed
                fast Acc I64XorShrUSelf { dst: Reg, shift: u8 } => { let x = acc!(); put!(dst, x ^ x.wrapping_shr(shift as u32)); next!() }
            }
            family I64XorShlSelf [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = acc ^ (acc << shift) (i64): a xorshift step on the value just computed
                fast Acc I64XorShlSelf { dst: Reg, shift: u8 } => { let x = acc!(); put!(dst, x ^ x.wrapping_shl(shift as u32)); next!() }
            }

            // ---- multiply, then add a register: one instruction (each step rounds/wraps as its own op) ----
            family I32MulAdd [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] *wrap r[rhs] +wrap r[add] (i32)
                fast Reg I32MulAdd { dst: Reg, lhs: Reg, rhs: Reg, add: Reg } => { set32!(dst, i32v!(lhs).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add))); next!() }
                /// acc = r[lhs] *wrap r[rhs] +wrap r[add] (i32)
                fast RegR I32MulAddR { lhs: Reg, rhs: Reg, add: Reg } => { put_acc!(i32v!(lhs).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add)) as u64); next!() }
            }
            family I32MulAddA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = acc *wrap r[rhs] +wrap r[add] (i32)
                fast Acc I32MulAddA { dst: Reg, rhs: Reg, add: Reg } => { set32!(dst, (acc!() as u32).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add))); next!() }
                /// acc = acc *wrap r[rhs] +wrap r[add] (i32)
                fast AccR I32MulAddAR { rhs: Reg, add: Reg } => { put_acc!((acc!() as u32).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add)) as u64); next!() }
            }
            family I64MulAdd [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = r[lhs] *wrap r[rhs] +wrap r[add] (i64)
                fast Reg I64MulAdd { dst: Reg, lhs: Reg, rhs: Reg, add: Reg } => { put!(dst, r!(lhs).wrapping_mul(r!(rhs)).wrapping_add(r!(add))); next!() }
                /// acc = r[lhs] *wrap r[rhs] +wrap r[add] (i64)
                fast RegR I64MulAddR { lhs: Reg, rhs: Reg, add: Reg } => { put_acc!(r!(lhs).wrapping_mul(r!(rhs)).wrapping_add(r!(add))); next!() }
            }
            family I64MulAddA [out INT, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = acc *wrap r[rhs] +wrap r[add] (i64)
                fast Acc I64MulAddA { dst: Reg, rhs: Reg, add: Reg } => { put!(dst, acc!().wrapping_mul(r!(rhs)).wrapping_add(r!(add))); next!() }
                /// acc = acc *wrap r[rhs] +wrap r[add] (i64)
                fast AccR I64MulAddAR { rhs: Reg, add: Reg } => { put_acc!(acc!().wrapping_mul(r!(rhs)).wrapping_add(r!(add))); next!() }
            }
            family F32MulAdd [out F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = (r[lhs] * r[rhs]) + r[add] (f32, two roundings: not a fused multiply-add)
                fast Reg F32MulAdd { dst: Reg, lhs: Reg, rhs: Reg, add: Reg } => { setf32!(dst, f32v!(lhs) * f32v!(rhs) + f32v!(add)); next!() }
                /// acc = (r[lhs] * r[rhs]) + r[add] (f32, two roundings)
                fast RegR F32MulAddR { lhs: Reg, rhs: Reg, add: Reg } => { put_facc!(f32v!(lhs) * f32v!(rhs) + f32v!(add)); next!() }
            }
            family F32MulAddA [out F32, acc_in F32, operand -, result dst, branch -, compare -] {
                /// r[dst] = (acc * r[rhs]) + r[add] (f32, two roundings)
                fast Acc F32MulAddA { dst: Reg, rhs: Reg, add: Reg } => { setf32!(dst, facc!() * f32v!(rhs) + f32v!(add)); next!() }
                /// acc = (acc * r[rhs]) + r[add] (f32, two roundings)
                fast AccR F32MulAddAR { rhs: Reg, add: Reg } => { put_facc!(facc!() * f32v!(rhs) + f32v!(add)); next!() }
            }
            family F64MulAdd [out F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = (r[lhs] * r[rhs]) + r[add] (f64, two roundings: not a fused multiply-add)
                fast Reg F64MulAdd { dst: Reg, lhs: Reg, rhs: Reg, add: Reg } => { setf64!(dst, f64v!(lhs) * f64v!(rhs) + f64v!(add)); next!() }
                /// acc = (r[lhs] * r[rhs]) + r[add] (f64, two roundings)
                fast RegR F64MulAddR { lhs: Reg, rhs: Reg, add: Reg } => { put_dacc!(f64v!(lhs) * f64v!(rhs) + f64v!(add)); next!() }
            }
            family F64MulAddA [out F64, acc_in F64, operand -, result dst, branch -, compare -] {
                /// r[dst] = (acc * r[rhs]) + r[add] (f64, two roundings)
                fast Acc F64MulAddA { dst: Reg, rhs: Reg, add: Reg } => { setf64!(dst, dacc!() * f64v!(rhs) + f64v!(add)); next!() }
                /// acc = (acc * r[rhs]) + r[add] (f64, two roundings)
                fast AccR F64MulAddAR { rhs: Reg, add: Reg } => { put_dacc!(dacc!() * f64v!(rhs) + f64v!(add)); next!() }
            }

            // ---- stores with the address add of two registers fused ----
            family Store8ImmAdd [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// mem[(r[base] +wrap r[index]) + offset] = imm (8-bit store of a constant)
                fast Reg Store8ImmAdd { base: Reg, index: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), imm as u32, offset, u8); next!() }
            }
            family Store8Add [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// mem[(r[base] +wrap r[index]) + offset] = r[src] (8-bit store)
                fast Reg Store8Add { base: Reg, index: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u8); next!() }
            }
            family Store16ImmAdd [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// mem[(r[base] +wrap r[index]) + offset] = imm (16-bit store of a constant)
                fast Reg Store16ImmAdd { base: Reg, index: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), imm as u32, offset, u16); next!() }
            }
            family Store16Add [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// mem[(r[base] +wrap r[index]) + offset] = r[src] (16-bit store)
                fast Reg Store16Add { base: Reg, index: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u16); next!() }
            }
            family Store32ImmAdd [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// mem[(r[base] +wrap r[index]) + offset] = imm (32-bit store of a constant)
                fast Reg Store32ImmAdd { base: Reg, index: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), imm as u32, offset, u32); next!() }
            }
            family Store32Add [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// mem[(r[base] +wrap r[index]) + offset] = r[src] (32-bit store)
                fast Reg Store32Add { base: Reg, index: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u32); next!() }
            }
            family Store64ImmAdd [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// mem[(r[base] +wrap r[index]) + offset] = imm (64-bit store of a constant)
                fast Reg Store64ImmAdd { base: Reg, index: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), imm as i64 as u64, offset, u64); next!() }
            }
            family Store64Add [out NONE, acc_in -, operand -, result -, branch -, compare -] {
                /// mem[(r[base] +wrap r[index]) + offset] = r[src] (64-bit store)
                fast Reg Store64Add { base: Reg, index: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u64); next!() }
            }

            // ---- loads of a scaled index (`base + (index << shift)`, or plus a constant), fused ----
            family I32LoadIdxImm [out INT_F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load at ((r[index] << shift) +wrap imm) + offset
                fast Reg I32LoadIdxImm { dst: Reg, index: Reg, shift: u8, imm: i32, offset: u32 } => { load!(dst, (i32v!(index) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                /// acc = i32.load at ((r[index] << shift) +wrap imm) + offset
                fast RegR I32LoadIdxImmR { index: Reg, shift: u8, imm: i32, offset: u32 } => { load_acc!((i32v!(index) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
            }
            family I32LoadIdxImmA [out INT_F32, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load at ((acc << shift) +wrap imm) + offset
                fast Acc I32LoadIdxImmA { dst: Reg, shift: u8, imm: i32, offset: u32 } => { load!(dst, ((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                /// acc = i32.load at ((acc << shift) +wrap imm) + offset
                fast AccR I32LoadIdxImmAR { shift: u8, imm: i32, offset: u32 } => { load_acc!(((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
            }
            family I32LoadIdx [out INT_F32, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load at (r[base] +wrap (r[index] << shift)) + offset
                fast Reg I32LoadIdx { dst: Reg, base: Reg, index: Reg, shift: u8, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index) << shift), offset, u32, |v| v as u64); next!() }
                /// acc = i32.load at (r[base] +wrap (r[index] << shift)) + offset
                fast RegR I32LoadIdxR { base: Reg, index: Reg, shift: u8, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index) << shift), offset, u32, |v| v as u64); next!() }
            }
            family I32LoadIdxA [out INT_F32, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load at (r[base] +wrap (acc << shift)) + offset
                fast Acc I32LoadIdxA { dst: Reg, base: Reg, shift: u8, offset: u32 } => { load!(dst, i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u32, |v| v as u64); next!() }
                /// acc = i32.load at (r[base] +wrap (acc << shift)) + offset
                fast AccR I32LoadIdxAR { base: Reg, shift: u8, offset: u32 } => { load_acc!(i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u32, |v| v as u64); next!() }
            }
            family I64LoadIdxImm [out INT_F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i64.load at ((r[index] << shift) +wrap imm) + offset
                fast Reg I64LoadIdxImm { dst: Reg, index: Reg, shift: u8, imm: i32, offset: u32 } => { load!(dst, (i32v!(index) << shift).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
                /// acc = i64.load at ((r[index] << shift) +wrap imm) + offset
                fast RegR I64LoadIdxImmR { index: Reg, shift: u8, imm: i32, offset: u32 } => { load_acc!((i32v!(index) << shift).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
            }
            family I64LoadIdxImmA [out INT_F64, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = i64.load at ((acc << shift) +wrap imm) + offset
                fast Acc I64LoadIdxImmA { dst: Reg, shift: u8, imm: i32, offset: u32 } => { load!(dst, ((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
                /// acc = i64.load at ((acc << shift) +wrap imm) + offset
                fast AccR I64LoadIdxImmAR { shift: u8, imm: i32, offset: u32 } => { load_acc!(((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
            }
            family I64LoadIdx [out INT_F64, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i64.load at (r[base] +wrap (r[index] << shift)) + offset
                fast Reg I64LoadIdx { dst: Reg, base: Reg, index: Reg, shift: u8, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index) << shift), offset, u64, |v| v); next!() }
                /// acc = i64.load at (r[base] +wrap (r[index] << shift)) + offset
                fast RegR I64LoadIdxR { base: Reg, index: Reg, shift: u8, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index) << shift), offset, u64, |v| v); next!() }
            }
            family I64LoadIdxA [out INT_F64, acc_in Int, operand -, result dst, branch -, compare -] {
                /// r[dst] = i64.load at (r[base] +wrap (acc << shift)) + offset
                fast Acc I64LoadIdxA { dst: Reg, base: Reg, shift: u8, offset: u32 } => { load!(dst, i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u64, |v| v); next!() }
                /// acc = i64.load at (r[base] +wrap (acc << shift)) + offset
                fast AccR I64LoadIdxAR { base: Reg, shift: u8, offset: u32 } => { load_acc!(i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u64, |v| v); next!() }
            }
            family I32Load8UAddImm [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load8_u at (r[base] +wrap imm) + offset
                fast Reg I32Load8UAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
                /// acc = i32.load8_u at (r[base] +wrap imm) + offset
                fast RegR I32Load8UAddImmR { base: Reg, imm: i32, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
            }
            family I32Load8UAdd [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load8_u at (r[base] +wrap r[index]) + offset
                fast Reg I32Load8UAdd { dst: Reg, base: Reg, index: Reg, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, u8, |v| v as u64); next!() }
                /// acc = i32.load8_u at (r[base] +wrap r[index]) + offset
                fast RegR I32Load8UAddR { base: Reg, index: Reg, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, u8, |v| v as u64); next!() }
            }
            family I32Load8SAddImm [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load8_s at (r[base] +wrap imm) + offset
                fast Reg I32Load8SAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
                /// acc = i32.load8_s at (r[base] +wrap imm) + offset
                fast RegR I32Load8SAddImmR { base: Reg, imm: i32, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
            }
            family I32Load8SAdd [out INT, acc_in -, operand -, result dst, branch -, compare -] {
                /// r[dst] = i32.load8_s at (r[base] +wrap r[index]) + offset
                fast Reg I32Load8SAdd { dst: Reg, base: Reg, index: Reg, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, i8, |v| v as i32 as u32 as u64); next!() }
                /// acc = i32.load8_s at (r[base] +wrap r[index]) + offset
                fast RegR I32Load8SAddR { base: Reg, index: Reg, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, i8, |v| v as i32 as u32 as u64); next!() }
            }

            // ---- float compare-and-branch (`Not` forms: branch when the compare is false, NaN included) ----
            family BrIfF32Eq [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a == b (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32Eq { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f32v!(lhs) == f32v!(rhs), target); next!() }
                /// if a == b (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32EqA { rhs: Reg, target: i32 } => { br_if!(facc!() == f32v!(rhs), target); next!() }
            }
            family BrIfF32EqImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a == b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32EqImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(f32v!(lhs) == f32::from_bits(imm as u32), target); next!() }
                /// if a == b (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32EqImmA { imm: i32, target: i32 } => { br_if!(facc!() == f32::from_bits(imm as u32), target); next!() }
            }
            family BrIfF32Ne [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a != b (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32Ne { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f32v!(lhs) != f32v!(rhs), target); next!() }
                /// if a != b (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32NeA { rhs: Reg, target: i32 } => { br_if!(facc!() != f32v!(rhs), target); next!() }
            }
            family BrIfF32NeImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a != b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32NeImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(f32v!(lhs) != f32::from_bits(imm as u32), target); next!() }
                /// if a != b (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32NeImmA { imm: i32, target: i32 } => { br_if!(facc!() != f32::from_bits(imm as u32), target); next!() }
            }
            family BrIfF32Lt [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a < b (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32Lt { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f32v!(lhs) < f32v!(rhs), target); next!() }
                /// if a < b (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32LtA { rhs: Reg, target: i32 } => { br_if!(facc!() < f32v!(rhs), target); next!() }
            }
            family BrIfF32LtImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a < b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32LtImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(f32v!(lhs) < f32::from_bits(imm as u32), target); next!() }
                /// if a < b (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32LtImmA { imm: i32, target: i32 } => { br_if!(facc!() < f32::from_bits(imm as u32), target); next!() }
            }
            family BrIfF32Gt [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a > b (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32Gt { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f32v!(lhs) > f32v!(rhs), target); next!() }
                /// if a > b (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32GtA { rhs: Reg, target: i32 } => { br_if!(facc!() > f32v!(rhs), target); next!() }
            }
            family BrIfF32GtImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a > b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32GtImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(f32v!(lhs) > f32::from_bits(imm as u32), target); next!() }
                /// if a > b (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32GtImmA { imm: i32, target: i32 } => { br_if!(facc!() > f32::from_bits(imm as u32), target); next!() }
            }
            family BrIfF32Le [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a <= b (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32Le { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f32v!(lhs) <= f32v!(rhs), target); next!() }
                /// if a <= b (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32LeA { rhs: Reg, target: i32 } => { br_if!(facc!() <= f32v!(rhs), target); next!() }
            }
            family BrIfF32LeImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a <= b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32LeImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(f32v!(lhs) <= f32::from_bits(imm as u32), target); next!() }
                /// if a <= b (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32LeImmA { imm: i32, target: i32 } => { br_if!(facc!() <= f32::from_bits(imm as u32), target); next!() }
            }
            family BrIfF32Ge [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a >= b (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32Ge { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f32v!(lhs) >= f32v!(rhs), target); next!() }
                /// if a >= b (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32GeA { rhs: Reg, target: i32 } => { br_if!(facc!() >= f32v!(rhs), target); next!() }
            }
            family BrIfF32GeImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if a >= b (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32GeImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(f32v!(lhs) >= f32::from_bits(imm as u32), target); next!() }
                /// if a >= b (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32GeImmA { imm: i32, target: i32 } => { br_if!(facc!() >= f32::from_bits(imm as u32), target); next!() }
            }
            family BrIfF32NotLt [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if !(a < b) (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32NotLt { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(!(f32v!(lhs) < f32v!(rhs)), target); next!() }
                /// if !(a < b) (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32NotLtA { rhs: Reg, target: i32 } => { br_if!(!(facc!() < f32v!(rhs)), target); next!() }
            }
            family BrIfF32NotLtImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if !(a < b) (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32NotLtImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(!(f32v!(lhs) < f32::from_bits(imm as u32)), target); next!() }
                /// if !(a < b) (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32NotLtImmA { imm: i32, target: i32 } => { br_if!(!(facc!() < f32::from_bits(imm as u32)), target); next!() }
            }
            family BrIfF32NotGt [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if !(a > b) (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32NotGt { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(!(f32v!(lhs) > f32v!(rhs)), target); next!() }
                /// if !(a > b) (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32NotGtA { rhs: Reg, target: i32 } => { br_if!(!(facc!() > f32v!(rhs)), target); next!() }
            }
            family BrIfF32NotGtImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if !(a > b) (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32NotGtImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(!(f32v!(lhs) > f32::from_bits(imm as u32)), target); next!() }
                /// if !(a > b) (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32NotGtImmA { imm: i32, target: i32 } => { br_if!(!(facc!() > f32::from_bits(imm as u32)), target); next!() }
            }
            family BrIfF32NotLe [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if !(a <= b) (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32NotLe { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(!(f32v!(lhs) <= f32v!(rhs)), target); next!() }
                /// if !(a <= b) (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32NotLeA { rhs: Reg, target: i32 } => { br_if!(!(facc!() <= f32v!(rhs)), target); next!() }
            }
            family BrIfF32NotLeImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if !(a <= b) (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32NotLeImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(!(f32v!(lhs) <= f32::from_bits(imm as u32)), target); next!() }
                /// if !(a <= b) (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32NotLeImmA { imm: i32, target: i32 } => { br_if!(!(facc!() <= f32::from_bits(imm as u32)), target); next!() }
            }
            family BrIfF32NotGe [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if !(a >= b) (f32: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF32NotGe { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(!(f32v!(lhs) >= f32v!(rhs)), target); next!() }
                /// if !(a >= b) (f32: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF32NotGeA { rhs: Reg, target: i32 } => { br_if!(!(facc!() >= f32v!(rhs)), target); next!() }
            }
            family BrIfF32NotGeImm [out NONE, acc_in F32, operand lhs, result -, branch cond, compare -] {
                /// if !(a >= b) (f32: a = r[lhs], b = from_bits(imm)) { pc += target }
                fast Reg BrIfF32NotGeImm { lhs: Reg, imm: i32, target: i32 } => { br_if!(!(f32v!(lhs) >= f32::from_bits(imm as u32)), target); next!() }
                /// if !(a >= b) (f32: a = acc, b = from_bits(imm)) { pc += target }
                fast Acc BrIfF32NotGeImmA { imm: i32, target: i32 } => { br_if!(!(facc!() >= f32::from_bits(imm as u32)), target); next!() }
            }
            family BrIfF64Eq [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if a == b (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64Eq { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f64v!(lhs) == f64v!(rhs), target); next!() }
                /// if a == b (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64EqA { rhs: Reg, target: i32 } => { br_if!(dacc!() == f64v!(rhs), target); next!() }
            }
            family BrIfF64Ne [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if a != b (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64Ne { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f64v!(lhs) != f64v!(rhs), target); next!() }
                /// if a != b (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64NeA { rhs: Reg, target: i32 } => { br_if!(dacc!() != f64v!(rhs), target); next!() }
            }
            family BrIfF64Lt [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if a < b (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64Lt { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f64v!(lhs) < f64v!(rhs), target); next!() }
                /// if a < b (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64LtA { rhs: Reg, target: i32 } => { br_if!(dacc!() < f64v!(rhs), target); next!() }
            }
            family BrIfF64Gt [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if a > b (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64Gt { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f64v!(lhs) > f64v!(rhs), target); next!() }
                /// if a > b (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64GtA { rhs: Reg, target: i32 } => { br_if!(dacc!() > f64v!(rhs), target); next!() }
            }
            family BrIfF64Le [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if a <= b (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64Le { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f64v!(lhs) <= f64v!(rhs), target); next!() }
                /// if a <= b (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64LeA { rhs: Reg, target: i32 } => { br_if!(dacc!() <= f64v!(rhs), target); next!() }
            }
            family BrIfF64Ge [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if a >= b (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64Ge { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(f64v!(lhs) >= f64v!(rhs), target); next!() }
                /// if a >= b (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64GeA { rhs: Reg, target: i32 } => { br_if!(dacc!() >= f64v!(rhs), target); next!() }
            }
            family BrIfF64NotLt [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if !(a < b) (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64NotLt { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(!(f64v!(lhs) < f64v!(rhs)), target); next!() }
                /// if !(a < b) (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64NotLtA { rhs: Reg, target: i32 } => { br_if!(!(dacc!() < f64v!(rhs)), target); next!() }
            }
            family BrIfF64NotGt [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if !(a > b) (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64NotGt { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(!(f64v!(lhs) > f64v!(rhs)), target); next!() }
                /// if !(a > b) (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64NotGtA { rhs: Reg, target: i32 } => { br_if!(!(dacc!() > f64v!(rhs)), target); next!() }
            }
            family BrIfF64NotLe [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if !(a <= b) (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64NotLe { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(!(f64v!(lhs) <= f64v!(rhs)), target); next!() }
                /// if !(a <= b) (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64NotLeA { rhs: Reg, target: i32 } => { br_if!(!(dacc!() <= f64v!(rhs)), target); next!() }
            }
            family BrIfF64NotGe [out NONE, acc_in F64, operand lhs, result -, branch cond, compare -] {
                /// if !(a >= b) (f64: a = r[lhs], b = r[rhs]) { pc += target }
                fast Reg BrIfF64NotGe { lhs: Reg, rhs: Reg, target: i32 } => { br_if!(!(f64v!(lhs) >= f64v!(rhs)), target); next!() }
                /// if !(a >= b) (f64: a = acc, b = r[rhs]) { pc += target }
                fast Acc BrIfF64NotGeA { rhs: Reg, target: i32 } => { br_if!(!(dacc!() >= f64v!(rhs)), target); next!() }
            }

            // ---- select on a 64-bit condition (an `i64.eqz` condition, folded by swapping the operands) ----
            family SelectI64 [out INT, acc_in Int, operand cond, result dst, branch -, compare -] {
                /// r[dst] = if r[cond] as u64 != 0 { r[lhs] } else { r[rhs] }
                fast Reg SelectI64 { dst: Reg, cond: Reg, lhs: Reg, rhs: Reg } => { put!(dst, crate::exec::select_loaded(r!(cond) != 0, r!(lhs), r!(rhs))); next!() }
                /// acc = if r[cond] as u64 != 0 { r[lhs] } else { r[rhs] }
                fast RegR SelectI64R { cond: Reg, lhs: Reg, rhs: Reg } => { put_acc!(crate::exec::select_loaded(r!(cond) != 0, r!(lhs), r!(rhs))); next!() }
                /// r[dst] = if acc != 0 { r[lhs] } else { r[rhs] }
                fast Acc SelectI64A { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, crate::exec::select_loaded(acc!() != 0, r!(lhs), r!(rhs))); next!() }
                /// acc = if acc != 0 { r[lhs] } else { r[rhs] }
                fast AccR SelectI64AR { lhs: Reg, rhs: Reg } => { put_acc!(crate::exec::select_loaded(acc!() != 0, r!(lhs), r!(rhs))); next!() }
            }

            // ---- select with one constant choice (0 <= imm <= i32::MAX: the same cell for i32 and i64) ----
            family SelectConstT [out INT, acc_in Int, operand cond, result dst, branch -, compare -] {
                /// r[dst] = if r[cond] as u32 != 0 { imm } else { r[rhs] }
                fast Reg SelectConstT { dst: Reg, cond: Reg, imm: i32, rhs: Reg } => { put!(dst, crate::exec::select_loaded(i32v!(cond) != 0, imm as u64, r!(rhs))); next!() }
                /// acc = if r[cond] as u32 != 0 { imm } else { r[rhs] }
                fast RegR SelectConstTR { cond: Reg, imm: i32, rhs: Reg } => { put_acc!(crate::exec::select_loaded(i32v!(cond) != 0, imm as u64, r!(rhs))); next!() }
                /// r[dst] = if acc as u32 != 0 { imm } else { r[rhs] }
                fast Acc SelectConstTA { dst: Reg, imm: i32, rhs: Reg } => { put!(dst, crate::exec::select_loaded(acc!() as u32 != 0, imm as u64, r!(rhs))); next!() }
                /// acc = if acc as u32 != 0 { imm } else { r[rhs] }
                fast AccR SelectConstTAR { imm: i32, rhs: Reg } => { put_acc!(crate::exec::select_loaded(acc!() as u32 != 0, imm as u64, r!(rhs))); next!() }
            }
            family SelectConstF [out INT, acc_in Int, operand cond, result dst, branch -, compare -] {
                /// r[dst] = if r[cond] as u32 != 0 { r[lhs] } else { imm }
                fast Reg SelectConstF { dst: Reg, cond: Reg, lhs: Reg, imm: i32 } => { put!(dst, crate::exec::select_loaded(i32v!(cond) != 0, r!(lhs), imm as u64)); next!() }
                /// acc = if r[cond] as u32 != 0 { r[lhs] } else { imm }
                fast RegR SelectConstFR { cond: Reg, lhs: Reg, imm: i32 } => { put_acc!(crate::exec::select_loaded(i32v!(cond) != 0, r!(lhs), imm as u64)); next!() }
                /// r[dst] = if acc as u32 != 0 { r[lhs] } else { imm }
                fast Acc SelectConstFA { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, crate::exec::select_loaded(acc!() as u32 != 0, r!(lhs), imm as u64)); next!() }
                /// acc = if acc as u32 != 0 { r[lhs] } else { imm }
                fast AccR SelectConstFAR { lhs: Reg, imm: i32 } => { put_acc!(crate::exec::select_loaded(acc!() as u32 != 0, r!(lhs), imm as u64)); next!() }
            }
        }
    };
}
