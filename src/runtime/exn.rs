//! Tags and exceptions as store objects. A tag ([`Tag`]) is a store entity like a global: its
//! payload type (a function type with no results, by its engine-wide id, which is what tag
//! imports match on) and a name for messages. Every instantiation of a module makes new tags,
//! so two instances' tags never catch each other's exceptions unless one imports the other's.
//!
//! An exception ([`Exn`]) is a tag and its payload cells; an `exnref` cell is its index + 1
//! (0 for null), the encoding function references use. Wasm code allocates one per `throw`
//! (`StoreInner::new_exn`); without a collector an object is reclaimed only when nothing can
//! still name it: an exception caught by a `catch`/`catch_all` clause that never became a
//! reference (no `catch_ref`, never seen by the host) goes back to a free list, one that did
//! lives as long as the store. Live objects are bounded (`MAX_LIVE_EXCEPTIONS`), so a program
//! that keeps catching by reference traps instead of growing without bound.

use super::handle::foreign;
use super::store::{AsContext, AsContextMut, StoreInner};
use crate::engine::SigId;
use crate::error::{Error, TrapCode};
use crate::value::{FuncType, Val};

pub use super::handle::{Exn, Tag};

/// Most exception objects a store holds at once.
pub(crate) const MAX_LIVE_EXCEPTIONS: usize = 1 << 20;

/// A tag in the store.
#[derive(Debug, Clone)]
pub(crate) struct TagEntity {
    /// The payload type's engine-wide id (tag imports match on it).
    pub sig: SigId,
    /// Frame cells of the payload (a v128 takes two).
    pub cells: u32,
    /// For messages: the export name of the defining instance, or `tag N`.
    pub name: String,
}

/// An exception object in the store.
#[derive(Debug)]
pub(crate) struct ExnEntity {
    /// Store index of its tag.
    pub tag: u32,
    /// The payload cells, in the tag's parameter order.
    pub payload: Box<[u64]>,
    /// Some reference to it may exist (a wasm cell or a host handle): never reclaimed.
    pub exposed: bool,
}

impl StoreInner {
    /// Adds a tag of payload type `sig`; its store index.
    pub(crate) fn new_tag(&mut self, sig: SigId, name: String) -> u32 {
        let cells = self.engine.resolve(sig).param_cells() as u32;
        self.tags.push(TagEntity { sig, cells, name });
        self.tags.len() as u32 - 1
    }

    /// Makes an exception of tag `tag` (a store index) with these payload cells; its store
    /// index, reusing a reclaimed slot if there is one.
    pub(crate) fn new_exn(&mut self, tag: u32, payload: &[u64]) -> Result<u32, TrapCode> {
        let entity = ExnEntity { tag, payload: payload.into(), exposed: false };
        if let Some(index) = self.free_exns.pop() {
            self.exns[index as usize] = entity;
            return Ok(index);
        }
        if self.exns.len() >= MAX_LIVE_EXCEPTIONS {
            return Err(TrapCode::TooManyExceptions);
        }
        self.exns.push(entity);
        Ok(self.exns.len() as u32 - 1)
    }

    /// Exception `exn` was caught without a reference: reclaims it unless a reference to it
    /// may exist.
    pub(crate) fn caught_exn(&mut self, exn: u32) {
        let entity = &mut self.exns[exn as usize];
        if !entity.exposed {
            entity.payload = Box::new([]);
            self.free_exns.push(exn);
        }
    }
}

impl Tag {
    /// A new tag outside any instance (for the host to define or to throw with) whose payload
    /// is `ty`'s parameters. A type with results is an `Error::Usage`.
    pub fn new(mut store: impl AsContextMut, ty: &FuncType) -> Result<Tag, Error> {
        if !ty.results.is_empty() {
            return Err(Error::Usage(format!("a tag's type has no results, got {ty}")));
        }
        let store = store.as_context_mut().inner;
        let sig = store.engine.intern(ty);
        let index = store.new_tag(sig, format!("host tag {}", store.tags.len()));
        Ok(Tag::at(store, index))
    }

    /// The tag's type: its payload as parameters, no results.
    ///
    /// # Panics
    /// If `store` did not make this tag.
    pub fn ty(&self, store: impl AsContext) -> FuncType {
        let store = store.as_context().inner;
        store.engine.resolve(store.tags[self.index_of(store)].sig)
    }
}

impl Exn {
    /// A new exception of `tag` with this payload (the tag's parameter types, in order), to
    /// throw from a host function ([`Trap::throw`](crate::Trap::throw)) or pass to wasm as an
    /// `exnref`. Values of the wrong number or types, or a tag or reference of another store,
    /// are an `Error::Usage`.
    pub fn new(mut store: impl AsContextMut, tag: Tag, payload: &[Val]) -> Result<Exn, Error> {
        let store = store.as_context_mut().inner;
        let t = tag.index_in(store)?;
        let ty = store.engine.resolve(store.tags[t].sig);
        if payload.len() != ty.params.len() || !payload.iter().zip(&ty.params).all(|(v, t)| store.val_matches(v, *t)) {
            return Err(Error::Usage(format!("exception payload does not match the tag's type {ty}")));
        }
        let mut cells = Vec::with_capacity(ty.param_cells());
        for v in payload {
            let [lo, hi] = store.val_to_cells(v)?;
            cells.push(lo);
            if v.ty().cells() == 2 {
                cells.push(hi);
            }
        }
        let index = store.new_exn(t as u32, &cells).map_err(|code| Error::Usage(code.to_string()))?;
        store.exns[index as usize].exposed = true;
        Ok(Exn::at(store, index))
    }

    /// The exception's tag.
    ///
    /// # Panics
    /// If `store` did not make this exception.
    pub fn tag(&self, store: impl AsContext) -> Tag {
        let store = store.as_context().inner;
        Tag::at(store, store.exns[self.index_of(store)].tag)
    }

    /// The payload values, in the tag's parameter order.
    ///
    /// # Panics
    /// If `store` did not make this exception.
    pub fn payload(&self, store: impl AsContext) -> Vec<Val> {
        let store = store.as_context().inner;
        let exn = &store.exns[self.index_of(store)];
        let ty = store.engine.resolve(store.tags[exn.tag as usize].sig);
        let mut at = 0;
        ty.params
            .iter()
            .map(|&t| {
                let v = Val::from_cells(t, &exn.payload[at..], store.id);
                at += t.cells();
                v
            })
            .collect()
    }

    /// Whether the exception's tag is `tag` (an error if either belongs to another store).
    pub fn is(&self, store: impl AsContext, tag: Tag) -> Result<bool, Error> {
        let store = store.as_context().inner;
        let exn = store.exns.get(self.index_in(store)?).ok_or_else(|| foreign("exception"))?;
        Ok(exn.tag as usize == tag.index_in(store)?)
    }
}
