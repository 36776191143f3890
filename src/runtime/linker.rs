//! The linker: a namespace of `module::name` items that resolves a module's imports by name.

use super::{Extern, Instance, Store};
use crate::error::Error;
use crate::module::Module;

/// Named host and instance items to satisfy imports from. Each definition is a handle and keeps
/// the id of the store that made it, so one linker may serve several stores only with items of
/// the store it instantiates into.
#[derive(Debug, Default, Clone)]
pub struct Linker {
    items: hashbrown::HashMap<(String, String), Extern>,
}

impl Linker {
    /// An empty linker.
    pub fn new() -> Linker {
        Linker::default()
    }

    /// Defines (or redefines) `module::name`.
    pub fn define(&mut self, module: &str, name: &str, ext: Extern) -> &mut Self {
        self.items.insert((module.to_string(), name.to_string()), ext);
        self
    }

    /// Defines every export of `instance` under `module_name` (the spec's `register`).
    ///
    /// The definitions keep the store of `instance`: instantiating with them in another store
    /// fails ([`Linker::instantiate`]).
    ///
    /// # Panics
    /// If `store` did not make `instance`.
    pub fn define_instance(&mut self, store: &Store, module_name: &str, instance: Instance) -> &mut Self {
        for (name, ext) in instance.exports(store) {
            self.define(module_name, &name, ext);
        }
        self
    }

    /// Looks up `module::name`.
    pub fn get(&self, module: &str, name: &str) -> Option<Extern> {
        self.items.get(&(module.to_string(), name.to_string())).copied()
    }

    /// Resolves the module's imports and instantiates it. A definition of another store than
    /// `store` is an `Error::Usage` naming the import.
    pub fn instantiate(&self, store: &mut Store, module: &Module) -> Result<Instance, Error> {
        let mut imports = Vec::with_capacity(module.imports().len());
        for import in module.imports() {
            match self.get(&import.module, &import.name) {
                Some(ext) => imports.push(ext),
                None => {
                    return Err(Error::Link(format!(
                        "unknown import: {}::{} is not defined",
                        import.module, import.name
                    )));
                }
            }
        }
        Instance::new(store, module, &imports)
    }
}
