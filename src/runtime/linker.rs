//! The linker: a namespace of `module::name` definitions that resolves a module's imports by
//! name, and [`InstancePre`], a module whose imports were resolved once, to instantiate
//! cheaply in many stores.
//!
//! A [`Linker<T>`] belongs to an engine, not to a store: host functions defined in it
//! ([`Linker::func_wrap`], [`Linker::func_new`]) are store-independent and are added to a store
//! only when a module that imports them is instantiated there, so one linker serves any number
//! of stores (of data `T`) and threads (it is `Send + Sync`). Definitions of store items
//! ([`Linker::define`], [`Linker::define_instance`]) keep the store that made them and work
//! only with it.

use super::func::{Caller, HostError, HostFn, dynamic_host};
use super::store::{AsContextMut, StoreInner};
use super::typed::IntoFunc;
use super::{Extern, FuncEntity, HostFunc, Instance};
use crate::engine::{Engine, SigId};
use crate::error::Error;
use crate::module::{ImportKind, Module};
use crate::value::{FuncType, Val};
use std::marker::PhantomData;
use std::sync::Arc;

/// A store-independent host function: made once, added to each store that imports it.
#[derive(Clone)]
pub(crate) struct HostDef {
    sig: SigId,
    func: Arc<HostFunc>,
}

/// What a name is defined as.
#[derive(Clone)]
enum Definition {
    /// An item of one store.
    Extern(Extern),
    /// A host function of the linker.
    Host(HostDef),
}

impl Definition {
    /// The item in `store`, adding a host function to it.
    fn to_extern(&self, store: &mut StoreInner) -> Extern {
        match self {
            Definition::Extern(ext) => *ext,
            Definition::Host(h) => {
                let index = store.push_func(FuncEntity::Host { sig: h.sig, func: h.func.clone() });
                Extern::Func(super::Func::at(store, index))
            }
        }
    }
}

/// Named definitions to satisfy imports from, for stores of data `T`. Cheap to clone (host
/// functions are shared), `Send + Sync`.
pub struct Linker<T> {
    engine: Engine,
    items: hashbrown::HashMap<(String, String), Definition>,
    _data: PhantomData<fn(&mut T)>,
}

impl<T> Clone for Linker<T> {
    fn clone(&self) -> Self {
        Linker { engine: self.engine.clone(), items: self.items.clone(), _data: PhantomData }
    }
}

impl<T> std::fmt::Debug for Linker<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Linker").field("definitions", &self.items.len()).finish()
    }
}

impl<T: 'static> Linker<T> {
    /// An empty linker for modules and stores of `engine`.
    pub fn new(engine: &Engine) -> Linker<T> {
        Linker { engine: engine.clone(), items: hashbrown::HashMap::new(), _data: PhantomData }
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Defines (or redefines) `module::name` as an item of one store.
    pub fn define(&mut self, module: &str, name: &str, ext: Extern) -> &mut Self {
        self.items.insert((module.to_string(), name.to_string()), Definition::Extern(ext));
        self
    }

    /// Defines (or redefines) `module::name` as a host function from a typed closure (see
    /// [`Func::wrap`](super::Func::wrap)), usable in every store of data `T`.
    pub fn func_wrap<Params, Results>(
        &mut self,
        module: &str,
        name: &str,
        func: impl IntoFunc<T, Params, Results>,
    ) -> &mut Self {
        let (ty, func) = func.into_host();
        self.define_host(module, name, ty, func)
    }

    /// Defines (or redefines) `module::name` as a host function with a dynamic signature (see
    /// [`Func::new`](super::Func::new)), usable in every store of data `T`.
    pub fn func_new(
        &mut self,
        module: &str,
        name: &str,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<(), HostError> + Send + Sync + 'static,
    ) -> &mut Self {
        let func = dynamic_host(ty.clone(), func);
        self.define_host(module, name, ty, func)
    }

    fn define_host(&mut self, module: &str, name: &str, ty: FuncType, call: Box<HostFn>) -> &mut Self {
        let sig = self.engine.intern(&ty);
        let func = Arc::new(HostFunc { ty, call });
        self.items.insert((module.to_string(), name.to_string()), Definition::Host(HostDef { sig, func }));
        self
    }

    /// Defines every export of `instance` under `module_name` (the spec's `register`).
    ///
    /// The definitions keep the store of `instance`: instantiating with them in another store
    /// fails ([`Linker::instantiate`]).
    ///
    /// # Panics
    /// If `store` did not make `instance`.
    pub fn define_instance(
        &mut self,
        store: impl super::AsContext,
        module_name: &str,
        instance: Instance,
    ) -> &mut Self {
        for (name, ext) in instance.exports(store) {
            self.define(module_name, &name, ext);
        }
        self
    }

    /// Looks up `module::name` as an item of `store` (a host function of the linker is added
    /// to the store).
    pub fn get(&self, mut store: impl AsContextMut<Data = T>, module: &str, name: &str) -> Option<Extern> {
        let def = self.items.get(&(module.to_string(), name.to_string()))?;
        Some(def.to_extern(store.as_context_mut().inner))
    }

    /// Resolves the module's imports once: the result instantiates the module in any store of
    /// this engine without name lookups or signature checks of host functions. An unknown
    /// import is an `Error::Link`, a host function of another signature than the import's an
    /// `Error::Link`, a module of another engine an `Error::Usage`.
    pub fn instantiate_pre(&self, module: &Module) -> Result<InstancePre<T>, Error> {
        if !module.engine().same(&self.engine) {
            return Err(Error::Usage("module and linker belong to different engines".into()));
        }
        let mut imports = Vec::with_capacity(module.imports().len());
        for import in module.imports() {
            let def = self.items.get(&(import.module.clone(), import.name.clone())).ok_or_else(|| {
                Error::Link(format!("unknown import: {}::{} is not defined", import.module, import.name))
            })?;
            if let Definition::Host(h) = def {
                match import.kind {
                    ImportKind::Func(ty) if module.inner.env.sig_ids[ty as usize] == h.sig => {}
                    ImportKind::Func(ty) => {
                        return Err(Error::Link(format!(
                            "incompatible import type for {}::{}: expected function {}, found {}",
                            import.module, import.name, module.inner.env.types[ty as usize], h.func.ty
                        )));
                    }
                    _ => {
                        return Err(Error::Link(format!(
                            "incompatible import type for {}::{}: expected {}, found a function",
                            import.module,
                            import.name,
                            super::instance::kind_name(&import.kind)
                        )));
                    }
                }
            }
            imports.push(def.clone());
        }
        Ok(InstancePre { module: module.clone(), imports: imports.into(), _data: PhantomData })
    }
}

/// A module with its imports resolved by a [`Linker`] ([`Linker::instantiate_pre`]):
/// instantiating it only adds the imported host functions to the store and makes the
/// instance. Cheap to clone, `Send + Sync`.
pub struct InstancePre<T> {
    module: Module,
    imports: Arc<[Definition]>,
    _data: PhantomData<fn(&mut T)>,
}

impl<T> Clone for InstancePre<T> {
    fn clone(&self) -> Self {
        InstancePre { module: self.module.clone(), imports: self.imports.clone(), _data: PhantomData }
    }
}

impl<T> std::fmt::Debug for InstancePre<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstancePre").field("imports", &self.imports.len()).finish()
    }
}

impl<T: 'static> InstancePre<T> {
    /// The module.
    pub fn module(&self) -> &Module {
        &self.module
    }

    /// The module's imports as objects of `store`, in the module's import order (host
    /// functions are added to the store here).
    pub(crate) fn resolved_imports(&self, store: &mut StoreInner) -> smallvec::SmallVec<[Extern; 16]> {
        self.imports.iter().map(|d| d.to_extern(store)).collect()
    }
}
