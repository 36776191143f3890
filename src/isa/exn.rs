//! The exception-handling instructions: `throw` and `throw_ref`. Both are `slow`: the threaded
//! backend leaves its chain for them and the loop backend runs them, making the exception
//! object (`throw_new!`) and handing it to the unwinder (`throw_exn!`, `exec::unwind`), which
//! continues at the handler that catches it or ends the run with it. `try_table` emits no
//! instruction: its clauses are the function's handler table (`translate::exn`).

/// Continues `expand_isa!` with the exception families, then the SIMD ones (`simd_table`).
macro_rules! exn_table {
    (($d:tt) [$($done:tt)*]) => {
        expand_isa! { ($d) [$($done)*]
            families {
                family Throw [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                    /// throw a new exception of tag `tag` (module index) whose payload is
                    /// r[base..base+cells of the tag's parameters]
                    slow Reg Throw { tag: u32, base: Reg } => { throw_new!(tag, base) }
                }
                family ThrowRef [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                    /// throw again the exception r[src] refers to; trap "null exception
                    /// reference" on null, "stale exception reference" if it was reclaimed
                    slow Reg ThrowRef { src: Reg } => {
                        let cell = r!(src);
                        if cell == 0 {
                            trap!(TrapCode::NullExceptionReference);
                        }
                        let Some(exn) = store!().exn_of_cell(cell) else {
                            trap!(TrapCode::StaleExceptionReference)
                        };
                        throw_exn!(exn, false)
                    }
                }
            }
            @then simd_table
        }
    };
}
