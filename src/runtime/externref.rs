//! Host objects behind `externref`: each store keeps the objects its embedder passed to wasm in
//! a table, and an [`ExternRef`] is a handle into it (store id + index). The executor's cell for
//! an externref stays an integer (index + 1, 0 for null); the object itself never enters wasm.
//! Objects live as long as their store (wasm cannot create externrefs, so only the host adds
//! to the table).

use super::handle::foreign;
use super::{AsContextMut, StoreContext};
use crate::error::Error;
use std::any::Any;

pub use super::handle::ExternRef;

impl ExternRef {
    /// Puts `value` in the store's table of host objects and returns a reference to it, to pass
    /// to wasm as `Val::ExternRef(Some(..))` or a typed `Option<ExternRef>`.
    ///
    /// ```
    /// use regwasm::{Engine, ExternRef, Store};
    /// let engine = Engine::default();
    /// let mut store = Store::new(&engine, ());
    /// let r = ExternRef::new(&mut store, String::from("a host object"));
    /// let back = r.data(&store).unwrap().downcast_ref::<String>().unwrap();
    /// assert_eq!(back, "a host object");
    /// ```
    ///
    /// # Panics
    /// If the store already holds `u32::MAX` host objects.
    pub fn new<T: Any + Send + Sync>(mut store: impl AsContextMut, value: T) -> ExternRef {
        let cx = store.as_context_mut();
        let externs = &mut cx.inner.externs;
        let index = u32::try_from(externs.len()).ok().filter(|&i| i < u32::MAX).expect("too many host objects");
        externs.push(Box::new(value));
        ExternRef::at(cx.inner, index)
    }

    /// The host object, to downcast with `downcast_ref`; an error if
    /// `store` is not the store that made this reference.
    pub fn data<'a, T: 'static>(
        &self,
        store: impl Into<StoreContext<'a, T>>,
    ) -> Result<&'a (dyn Any + Send + Sync), Error> {
        let inner = store.into().inner;
        let object = inner.externs.get(self.index_in(inner)?).ok_or_else(|| foreign("externref"))?;
        Ok(&**object)
    }
}
