//! Store identity and handles: every `Store` gets a process-wide unique id, every handle
//! (`Func`, `Memory`, `Table`, `Global`, `Instance`, `Tag`, and `Exn` in `runtime::exn`) carries the id of the store that made it,
//! and each use of a handle checks it against the store it is used with. A handle of another
//! store (or of a dropped store: ids are never reused) is an error, or a documented panic in an
//! infallible accessor, never an index into the wrong store.

use super::StoreInner;
use crate::error::Error;
use std::num::NonZeroU64;
use std::sync::atomic::{AtomicU64, Ordering};

/// The identity of a store. 64 bits (of which `fresh` uses half): a process would have to
/// create a store every nanosecond for 292 years to run out.
///
/// `pub` only so the sealed typed-value traits (`runtime::typed`) can name it; it is not
/// exported, so embedders can neither name nor make one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StoreId(pub(crate) NonZeroU64);

impl StoreId {
    /// A fresh id, different from every id handed out before in this process.
    pub(crate) fn fresh() -> StoreId {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let id = NEXT.fetch_add(1, Ordering::Relaxed);
        // Unreachable in practice, but a wrapped counter must never hand out an id twice: stop
        // half-way, far before `fetch_add` could wrap.
        assert!(id < u64::MAX / 2, "store ids exhausted");
        StoreId(NonZeroU64::new(id).expect("nonzero id"))
    }
}

/// Defines a handle type: a store id and an index into one of that store's arenas.
macro_rules! handles {
    ($($(#[$doc:meta])* $name:ident, $what:literal;)*) => {$(
        $(#[$doc])*
        ///
        /// A handle is valid only with the store that made it: used with another store, fallible
        /// functions return [`Error::Usage`] and infallible accessors panic.
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name {
            pub(crate) store: StoreId,
            pub(crate) index: u32,
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!(stringify!($name), "({}@store{})"), self.index, self.store.0)
            }
        }

        // Not every kind of handle needs every check.
        #[allow(dead_code)]
        impl $name {
            /// The handle of item `index` of `store`.
            pub(crate) fn at(store: &StoreInner, index: u32) -> $name {
                $name { store: store.id, index }
            }

            /// Whether this handle was made by `store`.
            pub(crate) fn owned_by(&self, store: &StoreInner) -> bool {
                self.store == store.id
            }

            /// The index in `store`, or an error if another store made this handle.
            pub(crate) fn index_in(&self, store: &StoreInner) -> Result<usize, Error> {
                if self.owned_by(store) { Ok(self.index as usize) } else { Err(foreign($what)) }
            }

            /// The index in `store`.
            ///
            /// # Panics
            /// If another store made this handle.
            #[track_caller]
            pub(crate) fn index_of(&self, store: &StoreInner) -> usize {
                if !self.owned_by(store) {
                    panic!("{}", foreign($what));
                }
                self.index as usize
            }
        }
    )*};
}

handles! {
    /// A function handle.
    Func, "function";
    /// A memory handle.
    Memory, "memory";
    /// A table handle.
    Table, "table";
    /// A global handle.
    Global, "global";
    /// An instance handle.
    Instance, "instance";
    /// A tag handle: the identity and payload type of a kind of exception (`Tag::new`, or
    /// defined by a module).
    Tag, "tag";
    /// A reference to a host object (any `Any + Send + Sync`) that wasm can hold as an
    /// `externref`: made by [`ExternRef::new`], read back with [`ExternRef::data`].
    ExternRef, "externref";
}

/// The error for a handle used with a store that did not make it.
pub(crate) fn foreign(what: &str) -> Error {
    Error::Usage(format!("{what} belongs to another store"))
}
