//! Tags and exceptions as store objects. A tag ([`Tag`]) is a store entity like a global: its
//! payload type (a function type with no results, by its engine-wide id, which is what tag
//! imports match on) and a name for messages. Every instantiation of a module makes new tags,
//! so two instances' tags never catch each other's exceptions unless one imports the other's.
//!
//! An exception ([`Exn`]) is a tag and its payload cells in a slot of the store's exception
//! table. An `exnref` cell names a slot and the slot's generation: the low 32 bits are the
//! slot index + 1, the high 32 bits the generation (0 is null, as for every reference). A
//! slot's generation changes whenever its object is freed, so a cell or host handle that
//! outlived its object never names the object that reuses the slot: it is stale, and every
//! decoder checks for that ([`StoreInner::exn_of_cell`], [`Exn::index_in`]).
//!
//! Wasm code allocates one object per `throw` (`StoreInner::new_exn`). Objects are freed two
//! ways: one caught by a `catch`/`catch_all` clause that never became a reference (no
//! `catch_ref`, never seen by the host) is freed at once; any other is freed by the collector
//! (`runtime::exn_gc`) once nothing can reach it. An exception the host has seen is rooted
//! until the host calls [`Exn::unroot`]. The live objects are bounded
//! (`Config::max_live_exceptions`): a throw that finds the table full after a collection traps.

use super::handle::{StoreId, foreign};
use super::store::{AsContext, AsContextMut, StoreInner};
use crate::engine::SigId;
use crate::error::{Error, TrapCode};
use crate::value::{FuncType, Val, ValType};
use std::cell::Cell;

pub use super::handle::Tag;

/// Slot generations stop here: a slot freed at this generation is never reused, so a
/// generation never wraps around to name a newer object.
const LAST_GENERATION: u32 = u32::MAX;

/// The `exnref` cell naming generation `generation` of slot `index` (never 0).
#[inline]
pub(crate) fn exn_cell(index: u32, generation: u32) -> u64 {
    ((generation as u64) << 32) | (index as u64 + 1)
}

/// The slot index and generation a non-null `exnref` cell names.
#[inline]
pub(crate) fn exn_cell_parts(cell: u64) -> (u32, u32) {
    ((cell as u32).wrapping_sub(1), (cell >> 32) as u32)
}

/// A tag in the store.
#[derive(Debug, Clone)]
pub(crate) struct TagEntity {
    /// The payload type's engine-wide id (tag imports match on it).
    pub sig: SigId,
    /// Frame cells of the payload (a v128 takes two).
    pub cells: u32,
    /// The payload cells that hold an `exnref` (the collector traces through them).
    pub exn_cells: Box<[u32]>,
    /// For messages: the export name of the defining instance, or `tag N`.
    pub name: String,
}

/// A slot of the exception table.
#[derive(Debug)]
pub(crate) struct ExnEntity {
    /// Store index of its tag.
    pub tag: u32,
    /// The payload cells, in the tag's parameter order (empty in a free slot).
    pub payload: Box<[u64]>,
    /// The slot's generation: part of every reference to the object in it.
    pub generation: u32,
    /// The slot holds an object (else it is free or retired).
    pub live: bool,
    /// Some reference to it may exist (an `exnref` cell or a host handle): not freed when a
    /// clause catches it by value, only by the collector.
    pub exposed: bool,
    /// The host may hold a handle to it: a root of the collector until [`Exn::unroot`].
    /// A `Cell` so that read-only API functions that hand out handles can root them.
    pub rooted: Cell<bool>,
}

impl StoreInner {
    /// Adds a tag of payload type `sig`; its store index.
    pub(crate) fn new_tag(&mut self, sig: SigId, name: String) -> u32 {
        let ty = self.engine.resolve(sig);
        let cells = ty.param_cells() as u32;
        let mut exn_cells = Vec::new();
        let mut at = 0;
        for t in &ty.params {
            if let ValType::Ref(r) = t
                && r.heap.is_exn()
            {
                exn_cells.push(at as u32);
            }
            at += t.cells();
        }
        self.tags.push(TagEntity { sig, cells, exn_cells: exn_cells.into(), name });
        self.tags.len() as u32 - 1
    }

    /// Makes an exception of tag `tag` (a store index) with these payload cells; its slot,
    /// reusing a freed one if there is one. When none is free and the table has reached the
    /// collection threshold (or its limit), collects first (`runtime::exn_gc`); `wasm_top` is
    /// then the end of the live cells of the running wasm activation (`None` when the host
    /// allocates: every run is then suspended in a host call, which recorded its top). Traps
    /// "too many live exceptions" only when the table is still full after a collection.
    pub(crate) fn new_exn(&mut self, tag: u32, payload: &[u64], wasm_top: Option<*const u64>) -> Result<u32, TrapCode> {
        if self.free_exns.is_empty() && self.exns.len() >= self.exn_gc.threshold {
            self.collect_exns(wasm_top);
        }
        if let Some(index) = self.free_exns.pop() {
            let slot = &mut self.exns[index as usize];
            slot.tag = tag;
            slot.payload = payload.into();
            slot.live = true;
            slot.exposed = false;
            slot.rooted.set(false);
            return Ok(index);
        }
        if self.exns.len() >= self.exn_gc.limit {
            return Err(TrapCode::TooManyExceptions);
        }
        self.exns.push(ExnEntity {
            tag,
            payload: payload.into(),
            generation: 0,
            live: true,
            exposed: false,
            rooted: Cell::new(false),
        });
        Ok(self.exns.len() as u32 - 1)
    }

    /// Frees the object in slot `index`: its generation moves on (every reference to it
    /// becomes stale) and the slot is reused, unless its generations are used up.
    pub(crate) fn free_exn(&mut self, index: u32) {
        let slot = &mut self.exns[index as usize];
        slot.payload = Box::new([]);
        slot.live = false;
        slot.rooted.set(false);
        if slot.generation < LAST_GENERATION {
            slot.generation += 1;
            self.free_exns.push(index);
        }
    }

    /// Exception `exn` was caught without a reference: frees it unless a reference to it
    /// may exist.
    pub(crate) fn caught_exn(&mut self, exn: u32) {
        let slot = &self.exns[exn as usize];
        if !slot.exposed && !slot.rooted.get() {
            self.free_exn(exn);
        }
    }

    /// The `exnref` cell for the object in slot `index` (which may now be referenced: it is
    /// marked exposed).
    pub(crate) fn exn_ref(&mut self, index: u32) -> u64 {
        let slot = &mut self.exns[index as usize];
        slot.exposed = true;
        exn_cell(index, slot.generation)
    }

    /// The slot of the live object a non-null `exnref` cell names; `None` if the cell is
    /// stale (its object was freed) or names no slot.
    pub(crate) fn exn_of_cell(&self, cell: u64) -> Option<u32> {
        let (index, generation) = exn_cell_parts(cell);
        let slot = self.exns.get(index as usize)?;
        (slot.live && slot.generation == generation).then_some(index)
    }

    /// Roots the object a cell of type `ty` names, if it is a live exception: the host is
    /// about to see it.
    pub(crate) fn root_cell(&self, ty: ValType, cell: u64) {
        if let ValType::Ref(r) = ty
            && r.heap.is_exn()
            && cell != 0
            && let Some(index) = self.exn_of_cell(cell)
        {
            let slot = &self.exns[index as usize];
            slot.rooted.set(true);
        }
    }

    /// [`Self::root_cell`] for each value of types `types` laid out in `cells`.
    pub(crate) fn root_cells(&self, types: &[ValType], cells: &[u64]) {
        let mut at = 0;
        for &t in types {
            self.root_cell(t, cells[at]);
            at += t.cells();
        }
    }
}

/// An exception: a tag and its payload values, thrown by wasm code or by the host
/// ([`Exn::new`]); wasm code holds it as an `exnref`.
///
/// A handle is valid only with the store that made it: used with another store, fallible
/// functions return [`Error::Usage`] and infallible accessors panic.
///
/// # Lifetime
/// Exceptions are reclaimed by a collector. Every exception that reaches the host (made by
/// [`Exn::new`], returned by a call, read from a global, table or payload, passed to a host
/// function, or carried by a [`Trap`](crate::Trap) that leaves a call) is *rooted*: it stays
/// alive, whatever wasm code does, until the host calls [`Exn::unroot`] on it (or the store is
/// dropped). After `unroot` the handle may outlive its exception: using a handle whose
/// exception was reclaimed is an [`Error::Usage`] ("stale exception") in fallible functions
/// and a panic in infallible accessors, never another exception (a handle names a slot and
/// the slot's generation, which changes when the slot is reused).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Exn {
    pub(crate) store: StoreId,
    pub(crate) index: u32,
    pub(crate) generation: u32,
}

impl std::fmt::Debug for Exn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Exn({}#{}@store{})", self.index, self.generation, self.store.0)
    }
}

impl Exn {
    /// The handle of the object in slot `index` of `store` (its current generation).
    pub(crate) fn at(store: &StoreInner, index: u32) -> Exn {
        Exn { store: store.id, index, generation: store.exns[index as usize].generation }
    }

    /// The handle a non-null `exnref` cell of store `store` names (possibly stale).
    pub(crate) fn from_cell(cell: u64, store: StoreId) -> Exn {
        let (index, generation) = exn_cell_parts(cell);
        Exn { store, index, generation }
    }

    /// The `exnref` cell naming this handle's object.
    pub(crate) fn to_cell(self) -> u64 {
        exn_cell(self.index, self.generation)
    }

    /// The slot in `store`, or an error if another store made this handle or its exception
    /// was reclaimed.
    pub(crate) fn index_in(&self, store: &StoreInner) -> Result<usize, Error> {
        if self.store != store.id {
            return Err(foreign("exception"));
        }
        match store.exns.get(self.index as usize) {
            Some(slot) if slot.live && slot.generation == self.generation => Ok(self.index as usize),
            _ => Err(Error::Usage("stale exception: it was unrooted and reclaimed".into())),
        }
    }

    /// The slot in `store`.
    ///
    /// # Panics
    /// If another store made this handle, or its exception was reclaimed.
    #[track_caller]
    pub(crate) fn index_of(&self, store: &StoreInner) -> usize {
        match self.index_in(store) {
            Ok(index) => index,
            Err(e) => panic!("{e}"),
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
        let index = store.new_exn(t as u32, &cells, None).map_err(|code| Error::Usage(code.to_string()))?;
        let slot = &mut store.exns[index as usize];
        slot.exposed = true;
        slot.rooted.set(true);
        Ok(Exn::at(store, index))
    }

    /// The exception's tag.
    ///
    /// # Panics
    /// If `store` did not make this exception, or it was unrooted and reclaimed.
    pub fn tag(&self, store: impl AsContext) -> Tag {
        let store = store.as_context().inner;
        Tag::at(store, store.exns[self.index_of(store)].tag)
    }

    /// The payload values, in the tag's parameter order (exceptions among them are rooted).
    ///
    /// # Panics
    /// If `store` did not make this exception, or it was unrooted and reclaimed.
    pub fn payload(&self, store: impl AsContext) -> Vec<Val> {
        let store = store.as_context().inner;
        let exn = &store.exns[self.index_of(store)];
        let ty = store.engine.resolve(store.tags[exn.tag as usize].sig);
        let mut at = 0;
        ty.params
            .iter()
            .map(|&t| {
                store.root_cell(t, exn.payload[at]);
                let v = Val::from_cells(t, &exn.payload[at..], store.id);
                at += t.cells();
                v
            })
            .collect()
    }

    /// Whether the exception's tag is `tag` (an error if either belongs to another store, or
    /// the exception was unrooted and reclaimed).
    pub fn is(&self, store: impl AsContext, tag: Tag) -> Result<bool, Error> {
        let store = store.as_context().inner;
        let exn = &store.exns[self.index_in(store)?];
        Ok(exn.tag as usize == tag.index_in(store)?)
    }

    /// Whether the exception is still alive: it belongs to `store` and was not reclaimed
    /// (a rooted exception always is).
    pub fn is_live(&self, store: impl AsContext) -> bool {
        self.index_in(store.as_context().inner).is_ok()
    }

    /// Gives up the host's root on this exception (see [Lifetime](Exn#lifetime)): once no
    /// wasm value (local, global, table element, payload of a live exception) refers to it
    /// either, the collector may reclaim it, and this handle (and every copy) becomes stale.
    /// Unrooting an exception again, or a stale one, does nothing; a handle of another store
    /// is an `Error::Usage`.
    pub fn unroot(&self, mut store: impl AsContextMut) -> Result<(), Error> {
        let store = store.as_context_mut().inner;
        if self.store != store.id {
            return Err(foreign("exception"));
        }
        if let Ok(index) = self.index_in(store) {
            store.exns[index].rooted.set(false);
        }
        Ok(())
    }
}
