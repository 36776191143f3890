//! The embedding API's entry points into the pipeline: loading a module (translated code
//! encoded for the executor), instantiating one (its start function runs) and calling a function
//! from the host. They are the only code above both the store and its objects (`runtime`) and
//! the executor (`exec`): `exec` runs code over `runtime`'s objects and `runtime` never calls
//! `exec`, so the layers are module -> runtime -> exec -> entry with no cycle (checked by
//! `tests/layering.rs`).

use crate::engine::Engine;
use crate::error::Error;
use crate::exec;
use crate::module::Module;
use crate::runtime::{
    AsContextMut, Extern, Func, Instance, InstancePre, Linker, StoreInner, TypedFunc, WasmParams, WasmResults,
    instantiate_objects,
};
use crate::value::Val;
use std::any::Any;

impl Module {
    /// Decodes, validates and translates a binary module (copies `bytes` once; see
    /// [`Module::from_vec`] to hand over a buffer instead).
    pub fn new(engine: &Engine, bytes: &[u8]) -> Result<Module, Error> {
        Module::from_vec(engine, bytes.to_vec())
    }

    /// Decodes, validates and translates a binary module, keeping `binary` without copying it:
    /// data segments and not yet translated function bodies stay in it.
    pub fn from_vec(engine: &Engine, binary: Vec<u8>) -> Result<Module, Error> {
        Module::build(engine, binary, exec::encode)
    }

    /// Parses the text format (`.wat`) and loads the result (cargo feature `wat`).
    #[cfg(feature = "wat")]
    pub fn from_wat(engine: &Engine, text: &str) -> Result<Module, Error> {
        let bytes = wat::parse_str(text).map_err(|e| Error::Text(e.to_string()))?;
        Module::from_vec(engine, bytes)
    }
}

impl Func {
    /// Calls the function. Parameter types and counts are checked; traps return `Error::Trap`.
    /// A function (or a funcref argument) of another store is an `Error::Usage`.
    pub fn call(&self, mut store: impl AsContextMut, params: &[Val], results: &mut [Val]) -> Result<(), Error> {
        let mut cx = store.as_context_mut();
        let (inner, data) = cx.parts();
        self.call_dynamic(inner, data, params, results)
    }

    fn call_dynamic(
        &self,
        store: &mut StoreInner,
        data: &mut dyn Any,
        params: &[Val],
        results: &mut [Val],
    ) -> Result<(), Error> {
        self.index_in(store)?;
        let ty = self.ty_in(store);
        if params.len() != ty.params.len()
            || params.iter().zip(ty.params.iter()).any(|(v, t)| !store.val_matches(v, *t))
        {
            return Err(Error::Usage(format!(
                "wrong arguments: function expects {}, got [{}]",
                ty,
                params.iter().map(|v| v.ty().to_string()).collect::<Vec<_>>().join(" ")
            )));
        }
        if results.len() != ty.results.len() {
            return Err(Error::Usage(format!(
                "wrong number of result slots: the function ({ty}) returns {} value(s), but {} slot(s) were given \
                 (pass a results slice of exactly that length)",
                ty.results.len(),
                results.len()
            )));
        }
        let mut cells: smallvec::SmallVec<[u64; 8]> = smallvec::SmallVec::new();
        for v in params {
            cells.extend_from_slice(&store.val_to_cells(v)?[..v.ty().cells()]);
        }
        let mut out: smallvec::SmallVec<[u64; 8]> = smallvec::smallvec![0; ty.result_cells()];
        exec::invoke(store, data, self.index, &cells, &mut out)?;
        let mut at = 0;
        for (slot, t) in results.iter_mut().zip(ty.results.iter()) {
            store.root_cell(*t, out[at]);
            *slot = Val::from_cells(*t, &out[at..], store.id);
            at += t.cells();
        }
        Ok(())
    }
}

impl<Params: WasmParams, Results: WasmResults> TypedFunc<Params, Results> {
    /// Calls the function. Traps return `Error::Trap`; a store other than the function's (or
    /// a funcref argument of another store) is an `Error::Usage`.
    #[inline]
    pub fn call(&self, mut store: impl AsContextMut, params: Params) -> Result<Results, Error> {
        let mut cx = store.as_context_mut();
        let (inner, data) = cx.parts();
        let index = self.func.index_in(inner)? as u32;
        let id = inner.id;
        let cells = params.into_cells(id).ok_or_else(|| crate::runtime::foreign("function argument"))?;
        let mut out = Results::Cells::default();
        exec::invoke(inner, data, index, &cells.as_ref()[..Params::CELLS], &mut out.as_mut()[..Results::CELLS])?;
        if Results::HAS_EXN {
            inner.root_cells(&Results::types(), out.as_ref());
        }
        Ok(Results::from_cells(out.as_ref(), id))
    }
}

impl Instance {
    /// Instantiates `module` with `imports` given in the module's import order. An import of
    /// another store is an `Error::Usage` naming it.
    pub fn new(mut store: impl AsContextMut, module: &Module, imports: &[Extern]) -> Result<Instance, Error> {
        let mut cx = store.as_context_mut();
        let (inner, data) = cx.parts();
        instantiate(inner, data, module, imports)
    }
}

impl<T: 'static> Linker<T> {
    /// Resolves the module's imports and instantiates it. A definition of another store than
    /// `store` is an `Error::Usage` naming the import.
    pub fn instantiate(&self, store: impl AsContextMut<Data = T>, module: &Module) -> Result<Instance, Error> {
        self.instantiate_pre(module)?.instantiate(store)
    }
}

impl<T: 'static> InstancePre<T> {
    /// Instantiates the module in `store`. A definition of another store than `store` is an
    /// `Error::Usage` naming the import.
    pub fn instantiate(&self, mut store: impl AsContextMut<Data = T>) -> Result<Instance, Error> {
        let mut cx = store.as_context_mut();
        let (inner, data) = cx.parts();
        let imports = self.resolved_imports(inner);
        instantiate(inner, data, self.module(), &imports)
    }
}

/// Instantiates `module` and runs its start function (`data` is the store's data, for it).
fn instantiate(
    store: &mut StoreInner,
    data: &mut dyn Any,
    module: &Module,
    imports: &[Extern],
) -> Result<Instance, Error> {
    let (instance, start) = instantiate_objects(store, module, imports)?;
    if let Some(f) = start {
        exec::invoke(store, data, f, &[], &mut [])?;
    }
    Ok(instance)
}
