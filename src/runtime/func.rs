//! Functions as the embedder sees them: host functions ([`Func::new`] with a dynamic signature,
//! [`Func::wrap`] with a typed closure), what a host function sees of its caller ([`Caller`]),
//! and calls from the host ([`Func::call`] with `Val`s, [`TypedFunc::call`] with Rust types,
//! its signature checked once when it is made).
//!
//! Every host function is stored as one cell-level closure ([`HostFn`]): it gets the store's
//! objects, the store's data as `&mut dyn Any` (downcast back to the `T` it was made for), the
//! calling instance and the caller's frame cells, where it reads its parameters and leaves its
//! results. So the executor stays non-generic and a typed host function costs no `Val`s.

use super::store::{AsContext, AsContextMut, StoreContext, StoreContextMut, StoreInner};
use super::typed::{IntoFunc, WasmParams, WasmResults, wrong_data};
use super::{Extern, FuncEntity, HostFunc, Instance, Memory};
use crate::engine::Engine;
use crate::error::{Error, Trap, TrapCode};
use crate::value::{FuncType, Val};
use std::any::Any;
use std::marker::PhantomData;
use std::sync::Arc;

pub use super::handle::Func;

/// A host function at the cell level: the store's objects, its data (as `Any`), the calling
/// instance (store index), and the frame cells holding the parameters, to be replaced by the
/// results (the frame has room for the larger of the two).
pub(crate) type HostFn =
    dyn Fn(&mut StoreInner, &mut dyn Any, Option<u32>, &mut [u64]) -> Result<(), Trap> + Send + Sync;

/// The error type of dynamic host functions ([`Func::new`]): any error (a `String` or `&str`
/// converts with `.into()`, other errors with `?`). A [`Trap`] returned this way is passed on
/// unchanged; anything else becomes a host error from which the host gets its error back with
/// [`Error::downcast_ref`].
pub type HostError = Box<dyn std::error::Error + Send + Sync>;

/// What a host function sees of its caller: the store (objects and data) and the calling
/// instance. Pass `&mut caller` wherever the API takes a store.
pub struct Caller<'a, T> {
    pub(crate) inner: &'a mut StoreInner,
    pub(crate) data: &'a mut T,
    pub(crate) instance: Option<Instance>,
}

impl<T: 'static> Caller<'_, T> {
    /// The store's data.
    pub fn data(&self) -> &T {
        self.data
    }

    /// The store's data, writable.
    pub fn data_mut(&mut self) -> &mut T {
        self.data
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// The calling instance, if the host function was called from wasm.
    fn instance(&self) -> Option<Instance> {
        self.instance.filter(|i| i.store == self.inner.id)
    }

    /// An export of the calling instance.
    pub fn get_export(&self, name: &str) -> Option<Extern> {
        let inst = self.instance()?;
        self.inner.instances[inst.index as usize].exports.get(name).copied()
    }

    /// The calling instance's exported `memory`, or else its first memory.
    pub fn memory(&self) -> Option<Memory> {
        if let Some(Extern::Memory(m)) = self.get_export("memory") {
            return Some(m);
        }
        let inst = self.instance()?;
        self.inner.instances[inst.index as usize].memories.first().map(|&m| Memory::at(self.inner, m))
    }
}

impl<T: 'static> AsContext for Caller<'_, T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext { inner: self.inner, data: self.data }
    }
}

impl<T: 'static> AsContextMut for Caller<'_, T> {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, T> {
        StoreContextMut { inner: self.inner, data: self.data }
    }
}

impl<'a, T: 'static> From<&'a Caller<'_, T>> for StoreContext<'a, T> {
    fn from(caller: &'a Caller<'_, T>) -> Self {
        StoreContext { inner: caller.inner, data: caller.data }
    }
}

impl<'a, T: 'static> From<&'a mut Caller<'_, T>> for StoreContext<'a, T> {
    fn from(caller: &'a mut Caller<'_, T>) -> Self {
        StoreContext { inner: caller.inner, data: caller.data }
    }
}

impl<'a, T: 'static> From<&'a mut Caller<'_, T>> for StoreContextMut<'a, T> {
    fn from(caller: &'a mut Caller<'_, T>) -> Self {
        StoreContextMut { inner: caller.inner, data: caller.data }
    }
}

/// Wraps a dynamic host closure as a cell-level host function of signature `ty`.
///
/// Only the downcast and the call are generic: moving values between cells and `Val`s is in
/// `dynamic_params` and `dynamic_results`, once for every closure type (WASI alone defines ~45).
/// The values stay in this closure's frame (filled in place, never returned by value): a host
/// function that calls back into wasm nests one such frame per level of re-entry.
pub(crate) fn dynamic_host<T: 'static>(
    ty: FuncType,
    func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<(), HostError> + Send + Sync + 'static,
) -> Box<HostFn> {
    Box::new(move |inner: &mut StoreInner, data: &mut dyn Any, instance: Option<u32>, frame: &mut [u64]| {
        let data = data.downcast_mut::<T>().ok_or_else(wrong_data)?;
        let mut params = HostParams::new();
        let mut results = HostResults::new();
        dynamic_params(inner, &ty, frame, &mut params, &mut results)?;
        let instance = instance.map(|index| Instance { store: inner.id, index });
        func(Caller { inner: &mut *inner, data, instance }, &params, &mut results).map_err(Trap::from_host_error)?;
        dynamic_results(inner, &ty, &results, frame)
    })
}

/// The parameters of a dynamic host call (inline up to eight).
type HostParams = smallvec::SmallVec<[Val; 8]>;
/// The results of a dynamic host call (inline up to four).
type HostResults = smallvec::SmallVec<[Val; 4]>;

/// Reads the parameters of a dynamic host call from the caller's `frame` into `params`, and
/// sets `results` to the default of each result type.
#[inline(never)]
fn dynamic_params(
    inner: &mut StoreInner,
    ty: &FuncType,
    frame: &[u64],
    params: &mut HostParams,
    results: &mut HostResults,
) -> Result<(), Trap> {
    if frame.len() < ty.param_cells().max(ty.result_cells()) {
        return Err(Trap::new(TrapCode::StackOverflow));
    }
    let id = inner.id;
    let mut at = 0;
    params.extend(ty.params.iter().map(|t| {
        inner.root_cell(*t, frame[at]);
        let v = Val::from_cells(*t, &frame[at..], id);
        at += t.cells();
        v
    }));
    results.extend(ty.results.iter().map(|t| t.default_value()));
    Ok(())
}

/// Checks a dynamic host call's results against its type and store and writes them to `frame`.
#[inline(never)]
fn dynamic_results(inner: &StoreInner, ty: &FuncType, results: &[Val], frame: &mut [u64]) -> Result<(), Trap> {
    let id = inner.id;
    for (v, t) in results.iter().zip(ty.results.iter()) {
        if !inner.val_matches(v, *t) {
            return Err(Trap::host(format!("host function returned {} where {t} was expected", v.ty())));
        }
        let foreign = match v {
            Val::FuncRef(Some(f)) => f.store != id,
            Val::ExternRef(Some(r)) => r.store != id,
            _ => false,
        };
        if foreign {
            return Err(Trap::host("host function returned a reference of another store"));
        }
    }
    let mut at = 0;
    for v in results {
        v.write_cells(&mut frame[at..]);
        at += v.ty().cells();
    }
    Ok(())
}

impl Func {
    /// Defines a host function with a signature known only at run time: it reads its
    /// parameters from a `&[Val]` and writes its results to a `&mut [Val]` (checked against
    /// `ty` when it returns). For a signature known at compile time, [`Func::wrap`] is shorter
    /// and faster.
    pub fn new<T: 'static>(
        mut store: impl AsContextMut<Data = T>,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<(), HostError> + Send + Sync + 'static,
    ) -> Func {
        let cx = store.as_context_mut();
        let sig = cx.inner.engine.intern(&ty);
        let call = dynamic_host(ty.clone(), func);
        let index = cx.inner.push_func(FuncEntity::Host { sig, func: Arc::new(HostFunc { ty, call }) });
        Func::at(cx.inner, index)
    }

    /// Defines a host function from a typed closure: `|caller: Caller<'_, T>, a: i32, b: i64|
    /// -> Result<f32, E>`, or without the caller, or returning plain values (`()`, one value or
    /// a tuple). The signature follows from the Rust types ([`WasmTy`](super::WasmTy)).
    ///
    /// ```
    /// use regwasm::{Caller, Engine, Func, Store};
    /// let mut store = Store::new(&Engine::default(), 0u32);
    /// let count = Func::wrap(&mut store, |mut caller: Caller<'_, u32>, n: i32| -> i32 {
    ///     *caller.data_mut() += 1;
    ///     n * 2
    /// });
    /// assert_eq!(count.typed::<i32, i32>(&store).unwrap().call(&mut store, 21).unwrap(), 42);
    /// assert_eq!(*store.data(), 1);
    /// ```
    pub fn wrap<T: 'static, Params, Results>(
        mut store: impl AsContextMut<Data = T>,
        func: impl IntoFunc<T, Params, Results>,
    ) -> Func {
        let cx = store.as_context_mut();
        let (ty, call) = func.into_host();
        let sig = cx.inner.engine.intern(&ty);
        let index = cx.inner.push_func(FuncEntity::Host { sig, func: Arc::new(HostFunc { ty, call }) });
        Func::at(cx.inner, index)
    }

    /// The function's signature.
    ///
    /// # Panics
    /// If `store` did not make this function.
    pub fn ty(&self, store: impl AsContext) -> FuncType {
        self.ty_in(store.as_context().inner)
    }

    pub(crate) fn ty_in(&self, store: &StoreInner) -> FuncType {
        match &store.funcs[self.index_of(store)] {
            FuncEntity::Host { func, .. } => func.ty.clone(),
            FuncEntity::Wasm { sig, .. } => store.engine.resolve(*sig),
        }
    }

    /// This function with a static signature: `Params` and `Results` are Rust types
    /// ([`WasmParams`], e.g. `(i32, i64)`, `f32`, `()`). The signature is checked here, once;
    /// an `Error::Usage` if it differs (or if another store made the function).
    pub fn typed<Params: WasmParams, Results: WasmResults>(
        &self,
        store: impl AsContext,
    ) -> Result<TypedFunc<Params, Results>, Error> {
        let cx = store.as_context();
        self.index_in(cx.inner)?;
        let ty = self.ty_in(cx.inner);
        let want = FuncType::new(Params::types(), Results::types());
        if ty != want {
            return Err(Error::Usage(format!("function has type {ty}, not {want}")));
        }
        Ok(TypedFunc { func: *self, _types: PhantomData })
    }
}

/// A function with a signature checked once, called with Rust values: made by
/// [`Func::typed`] or [`Instance::get_typed_func`].
pub struct TypedFunc<Params, Results> {
    pub(crate) func: Func,
    _types: PhantomData<fn(Params) -> Results>,
}

impl<Params, Results> Clone for TypedFunc<Params, Results> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Params, Results> Copy for TypedFunc<Params, Results> {}

impl<Params, Results> std::fmt::Debug for TypedFunc<Params, Results> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TypedFunc({:?})", self.func)
    }
}

impl<Params: WasmParams, Results: WasmResults> TypedFunc<Params, Results> {
    /// The untyped function.
    pub fn func(&self) -> Func {
        self.func
    }
}

impl Instance {
    /// An exported function by name with a static signature (see [`Func::typed`]): an
    /// `Error::Usage` if there is no such function export or its signature differs.
    pub fn get_typed_func<Params: WasmParams, Results: WasmResults>(
        &self,
        store: impl AsContext,
        name: &str,
    ) -> Result<TypedFunc<Params, Results>, Error> {
        let cx = store.as_context();
        let func =
            self.get_func(&cx, name).ok_or_else(|| Error::Usage(format!("no function export named `{name}`")))?;
        func.typed(&cx)
    }
}
