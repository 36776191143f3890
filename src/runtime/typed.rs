//! Static Wasm signatures from Rust types: [`WasmTy`] (one value: `i32`, `u32`, `i64`, `u64`,
//! `f32`, `f64`, `u128` (v128), `Option<Func>`, `Option<ExternRef>`, `Option<Exn>`),
//! [`WasmParams`]/[`WasmResults`] (a value, `()` or a tuple), [`WasmRet`] (what a typed host
//! function may return: results or `Result<results, E>`), and [`IntoFunc`], which turns a Rust
//! closure into a host function that reads its parameters from and writes its results to the
//! caller's frame cells directly, with no `Val` in between.
//!
//! The cell encoding is the one in `value`: i32/u32 zero-extended, i64/u64 as is, floats as
//! their bits (NaN payloads preserved), v128 in two cells (low half first), funcref 0 = null
//! else store index + 1, exnref 0 = null else slot and generation (`runtime::exn`). A value
//! list's cells are its values' cells in order, so a list of `N` values takes between `N` and
//! `2N` cells.

use super::store::StoreInner;
use super::{Caller, Exn, ExternRef, Func, HostFn, Instance, StoreId};
use crate::error::{Trap, TrapCode};
use crate::value::{FuncType, ValType};

mod sealed {
    /// Only this crate's types are Wasm types.
    pub trait Sealed {}
}

/// A Rust type that is one Wasm value: `i32`/`u32` (i32), `i64`/`u64` (i64), `f32`, `f64`,
/// `u128` (v128, lane 0 in the lowest bits as in [`Val::V128`](crate::Val::V128)), and
/// `Option<Func>` (funcref, `None` is null), `Option<ExternRef>` (externref), `Option<Exn>`
/// (exnref).
pub trait WasmTy: Copy + Send + Sync + 'static + sealed::Sealed {
    /// The Wasm type.
    #[doc(hidden)]
    const TYPE: ValType;
    /// Frame cells of one value (2 for v128, else 1).
    #[doc(hidden)]
    const CELLS: usize;
    /// Writes this value's cells to `out[..CELLS]` for a store with id `store`; `None` for a
    /// reference of another store.
    #[doc(hidden)]
    fn store_cells(self, out: &mut [u64], store: StoreId) -> Option<()>;
    /// The value in `cells[..CELLS]` of a store with id `store`.
    #[doc(hidden)]
    fn load_cells(cells: &[u64], store: StoreId) -> Self;
    /// Whether the value is an exception reference (rooted when it reaches the host).
    #[doc(hidden)]
    const HAS_EXN: bool = false;
}

macro_rules! wasm_ty {
    ($($t:ty => $vt:ident, |$v:ident| $into:expr, |$c:ident| $from:expr;)*) => {$(
        impl sealed::Sealed for $t {}
        impl WasmTy for $t {
            const TYPE: ValType = ValType::$vt;
            const CELLS: usize = 1;
            #[inline(always)]
            fn store_cells(self, out: &mut [u64], _: StoreId) -> Option<()> {
                let $v = self;
                out[0] = $into;
                Some(())
            }
            #[inline(always)]
            fn load_cells(cells: &[u64], _: StoreId) -> Self {
                let $c = cells[0];
                $from
            }
        }
    )*};
}

wasm_ty! {
    i32 => I32, |v| v as u32 as u64, |c| c as u32 as i32;
    u32 => I32, |v| v as u64, |c| c as u32;
    i64 => I64, |v| v as u64, |c| c as i64;
    u64 => I64, |v| v, |c| c;
    f32 => F32, |v| v.to_bits() as u64, |c| f32::from_bits(c as u32);
    f64 => F64, |v| v.to_bits(), |c| f64::from_bits(c);
}

impl sealed::Sealed for u128 {}
impl WasmTy for u128 {
    const TYPE: ValType = ValType::V128;
    const CELLS: usize = 2;
    #[inline(always)]
    fn store_cells(self, out: &mut [u64], _: StoreId) -> Option<()> {
        out[0] = self as u64;
        out[1] = (self >> 64) as u64;
        Some(())
    }
    #[inline(always)]
    fn load_cells(cells: &[u64], _: StoreId) -> Self {
        cells[0] as u128 | (cells[1] as u128) << 64
    }
}

/// The reference types: a handle of one store as `index + 1`, `None` as 0.
macro_rules! wasm_ref_ty {
    ($($handle:ident => $vt:ident;)*) => {$(
        impl sealed::Sealed for Option<$handle> {}
        impl WasmTy for Option<$handle> {
            const TYPE: ValType = ValType::$vt;
            const CELLS: usize = 1;
            #[inline(always)]
            fn store_cells(self, out: &mut [u64], store: StoreId) -> Option<()> {
                out[0] = match self {
                    None => 0,
                    Some(h) if h.store == store => h.index as u64 + 1,
                    Some(_) => return None,
                };
                Some(())
            }
            #[inline(always)]
            fn load_cells(cells: &[u64], store: StoreId) -> Self {
                (cells[0] != 0).then(|| $handle { store, index: (cells[0] - 1) as u32 })
            }
        }
    )*};
}

wasm_ref_ty! {
    Func => FuncRef;
    ExternRef => ExternRef;
}

// An exception handle is its cell (slot and generation). One that reaches the host is rooted
// by the caller of `load_cells` (`HAS_EXN` says which lists need it), so it stays valid until
// `Exn::unroot`.
impl sealed::Sealed for Option<Exn> {}
impl WasmTy for Option<Exn> {
    const TYPE: ValType = ValType::ExnRef;
    const CELLS: usize = 1;
    const HAS_EXN: bool = true;
    #[inline(always)]
    fn store_cells(self, out: &mut [u64], store: StoreId) -> Option<()> {
        out[0] = match self {
            None => 0,
            Some(h) if h.store == store => h.to_cell(),
            Some(_) => return None,
        };
        Some(())
    }
    #[inline(always)]
    fn load_cells(cells: &[u64], store: StoreId) -> Self {
        (cells[0] != 0).then(|| Exn::from_cell(cells[0], store))
    }
}

/// A list of Wasm values as Rust types: a [`WasmTy`], `()` or a tuple of up to 12 of them.
/// Used for the parameters of [`TypedFunc`](super::TypedFunc) and host functions.
pub trait WasmParams: Send + Sync + Sized + 'static {
    /// Room for the values' cells (`[u64; 2N]`: every value might be a v128).
    #[doc(hidden)]
    type Cells: Copy + Default + AsRef<[u64]> + AsMut<[u64]>;
    /// The number of values.
    #[doc(hidden)]
    const LEN: usize;
    /// The number of cells the values take (the used prefix of `Cells`).
    #[doc(hidden)]
    const CELLS: usize;
    /// The Wasm types, in order.
    #[doc(hidden)]
    fn types() -> Vec<ValType>;
    /// Whether any of the values is an exception reference.
    #[doc(hidden)]
    const HAS_EXN: bool;
    /// The cells of these values in store `store`; `None` if a reference belongs to another store.
    #[doc(hidden)]
    fn into_cells(self, store: StoreId) -> Option<Self::Cells>;
    /// The values of `cells` (at least `CELLS` of them) of store `store`.
    #[doc(hidden)]
    fn from_cells(cells: &[u64], store: StoreId) -> Self;
}

/// A list of Wasm values returned by a typed call or a typed host function (the same types as
/// [`WasmParams`]).
pub trait WasmResults: WasmParams {}
impl<X: WasmParams> WasmResults for X {}

impl<A: WasmTy> WasmParams for A {
    type Cells = [u64; 2];
    const LEN: usize = 1;
    const CELLS: usize = A::CELLS;
    const HAS_EXN: bool = A::HAS_EXN;
    fn types() -> Vec<ValType> {
        vec![A::TYPE]
    }
    #[inline(always)]
    fn into_cells(self, store: StoreId) -> Option<[u64; 2]> {
        let mut cells = [0; 2];
        self.store_cells(&mut cells, store)?;
        Some(cells)
    }
    #[inline(always)]
    fn from_cells(cells: &[u64], store: StoreId) -> Self {
        A::load_cells(cells, store)
    }
}

macro_rules! wasm_params {
    ($n:literal: $($a:ident $i:tt),*) => {
        impl<$($a: WasmTy),*> WasmParams for ($($a,)*) {
            type Cells = [u64; 2 * $n];
            const LEN: usize = $n;
            const CELLS: usize = 0 $(+ $a::CELLS)*;
            const HAS_EXN: bool = false $(|| $a::HAS_EXN)*;
            fn types() -> Vec<ValType> {
                vec![$($a::TYPE),*]
            }
            #[inline(always)]
            #[allow(unused_variables, unused_mut, unused_assignments)]
            fn into_cells(self, store: StoreId) -> Option<[u64; 2 * $n]> {
                let mut cells = [0; 2 * $n];
                let mut at = 0;
                $(
                    self.$i.store_cells(&mut cells[at..], store)?;
                    at += $a::CELLS;
                )*
                Some(cells)
            }
            #[inline(always)]
            #[allow(unused_variables, unused_mut, unused_assignments, clippy::unused_unit)]
            fn from_cells(cells: &[u64], store: StoreId) -> Self {
                let mut at = 0;
                ($({
                    let v = $a::load_cells(&cells[at..], store);
                    at += $a::CELLS;
                    v
                },)*)
            }
        }
    };
}

wasm_params!(0:);
wasm_params!(1: A0 0);
wasm_params!(2: A0 0, A1 1);
wasm_params!(3: A0 0, A1 1, A2 2);
wasm_params!(4: A0 0, A1 1, A2 2, A3 3);
wasm_params!(5: A0 0, A1 1, A2 2, A3 3, A4 4);
wasm_params!(6: A0 0, A1 1, A2 2, A3 3, A4 4, A5 5);
wasm_params!(7: A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6);
wasm_params!(8: A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7);
wasm_params!(9: A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7, A8 8);
wasm_params!(10: A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7, A8 8, A9 9);
wasm_params!(11: A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7, A8 8, A9 9, A10 10);
wasm_params!(12: A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7, A8 8, A9 9, A10 10, A11 11);

/// What a typed host function returns: its results ([`WasmResults`]), or `Result<results, E>`
/// where an `Err` fails the call with a host error carrying `E` (recover it with
/// [`Error::downcast_ref`](crate::Error::downcast_ref)). Returning a [`Trap`] or an
/// [`Error`](crate::Error) that holds one (from a nested call) passes that trap on unchanged.
pub trait WasmRet: Send + 'static {
    /// The results.
    #[doc(hidden)]
    type Results: WasmResults;
    /// The results, or the trap the call ends with.
    #[doc(hidden)]
    fn into_results(self) -> Result<Self::Results, Trap>;
}

impl<R: WasmResults> WasmRet for R {
    type Results = R;
    #[inline(always)]
    fn into_results(self) -> Result<R, Trap> {
        Ok(self)
    }
}

impl<R: WasmResults, E: std::error::Error + Send + Sync + 'static> WasmRet for Result<R, E> {
    type Results = R;
    #[inline(always)]
    fn into_results(self) -> Result<R, Trap> {
        self.map_err(|e| Trap::from_host_error(Box::new(e)))
    }
}

/// A Rust closure usable as a host function ([`Func::wrap`], [`Linker::func_wrap`](super::Linker::func_wrap)):
/// `Fn(Caller<'_, T>, A1, .., An) -> R` or `Fn(A1, .., An) -> R` with up to 12 [`WasmTy`]
/// arguments and `R:` [`WasmRet`]. `Params` and `Results` are inferred; never name them.
pub trait IntoFunc<T, Params, Results>: Send + Sync + 'static {
    /// The signature and the cell-level host function.
    #[doc(hidden)]
    fn into_host(self) -> (FuncType, Box<HostFn>);
}

/// The error when a host function of a `Store<T>` sees data of another type (impossible through
/// the API: a store's functions and the linkers that instantiate into it share its `T`).
#[cold]
pub(crate) fn wrong_data() -> Trap {
    Trap::host("host function called with the data of a store of another type")
}

/// Writes results to the frame, checking a function reference belongs to the store.
#[inline(always)]
fn write_results<R: WasmResults>(r: R, frame: &mut [u64], store: StoreId) -> Result<(), Trap> {
    let cells = r.into_cells(store).ok_or_else(|| Trap::host("host function returned a reference of another store"))?;
    let cells = &cells.as_ref()[..R::CELLS];
    frame.get_mut(..cells.len()).ok_or(Trap::new(TrapCode::StackOverflow))?.copy_from_slice(cells);
    Ok(())
}

macro_rules! into_func {
    ($($a:ident $i:tt),*) => {
        impl<T: 'static, F, $($a: WasmTy,)* R: WasmRet> IntoFunc<T, (Caller<'static, T>, $($a,)*), R> for F
        where
            F: Fn(Caller<'_, T>, $($a),*) -> R + Send + Sync + 'static,
        {
            fn into_host(self) -> (FuncType, Box<HostFn>) {
                let ty = FuncType::new(<($($a,)*) as WasmParams>::types(), R::Results::types());
                let func = move |inner: &mut StoreInner, data: &mut dyn std::any::Any, instance: Option<u32>, frame: &mut [u64]| {
                    let id = inner.id;
                    let data = data.downcast_mut::<T>().ok_or_else(wrong_data)?;
                    let params = frame.get(..<($($a,)*) as WasmParams>::CELLS)
                        .ok_or(Trap::new(TrapCode::StackOverflow))?;
                    if <($($a,)*) as WasmParams>::HAS_EXN {
                        inner.root_cells(&<($($a,)*) as WasmParams>::types(), params);
                    }
                    let _params = <($($a,)*) as WasmParams>::from_cells(params, id);
                    let caller = Caller { inner, data, instance: instance.map(|index| Instance { store: id, index }) };
                    let r = (self)(caller, $(_params.$i),*).into_results()?;
                    write_results(r, frame, id)
                };
                (ty, Box::new(func))
            }
        }

        impl<T: 'static, F, $($a: WasmTy,)* R: WasmRet> IntoFunc<T, ($($a,)*), R> for F
        where
            F: Fn($($a),*) -> R + Send + Sync + 'static,
        {
            fn into_host(self) -> (FuncType, Box<HostFn>) {
                let ty = FuncType::new(<($($a,)*) as WasmParams>::types(), R::Results::types());
                let func = move |inner: &mut StoreInner, _: &mut dyn std::any::Any, _: Option<u32>, frame: &mut [u64]| {
                    let id = inner.id;
                    let params = frame.get(..<($($a,)*) as WasmParams>::CELLS)
                        .ok_or(Trap::new(TrapCode::StackOverflow))?;
                    if <($($a,)*) as WasmParams>::HAS_EXN {
                        inner.root_cells(&<($($a,)*) as WasmParams>::types(), params);
                    }
                    let _params = <($($a,)*) as WasmParams>::from_cells(params, id);
                    let r = (self)($(_params.$i),*).into_results()?;
                    write_results(r, frame, id)
                };
                (ty, Box::new(func))
            }
        }
    };
}

into_func!();
into_func!(A0 0);
into_func!(A0 0, A1 1);
into_func!(A0 0, A1 1, A2 2);
into_func!(A0 0, A1 1, A2 2, A3 3);
into_func!(A0 0, A1 1, A2 2, A3 3, A4 4);
into_func!(A0 0, A1 1, A2 2, A3 3, A4 4, A5 5);
into_func!(A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6);
into_func!(A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7);
into_func!(A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7, A8 8);
into_func!(A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7, A8 8, A9 9);
into_func!(A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7, A8 8, A9 9, A10 10);
into_func!(A0 0, A1 1, A2 2, A3 3, A4 4, A5 5, A6 6, A7 7, A8 8, A9 9, A10 10, A11 11);
