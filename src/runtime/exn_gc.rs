//! The collector of exception objects: a mark-and-sweep pass over the store's exception table
//! (`runtime::exn`), run by `StoreInner::new_exn` when no slot is free and the table has
//! reached the collection threshold, and by [`Store::collect_exceptions`].
//!
//! Roots: exceptions the host may hold (rooted, see [`Exn`](super::Exn)); `exnref` globals and
//! table elements (precise: typed); and every cell of the value stack of every run in progress
//! (conservative: frame cells are untyped), from its base up to the end of the live cells of
//! its innermost activation. A run registers its stack when it starts (`exec::run`) and drops
//! it when it ends; a run suspended in a host call recorded where its live cells end
//! (`exec::call_host`: at the host function's frame, the top of the caller's operands), and
//! the running one is told by the throw that allocates (the end of its payload operands).
//! Payloads of marked exceptions are traced through their `exnref` cells (by the tag's type).
//!
//! A conservative root can only keep garbage alive, never free a live object, as long as
//! every place an `exnref` can live is scanned; and a cell counts only if it names a live
//! slot at its current generation, so a stale cell or an integer that happens to look like a
//! reference rarely retains anything. After a collection the threshold becomes twice the
//! survivors (at least [`MIN_THRESHOLD`], at most the store's limit), so a program that keeps
//! throwing pays amortized constant time per throw and holds at most about twice the objects
//! it can reach.

use super::exn::{ExnEntity, exn_cell};
use super::store::{Store, StoreInner};
use crate::value::ValType;

/// The smallest collection threshold, in exception objects.
pub(crate) const MIN_THRESHOLD: usize = 1024;

/// The value stack of a run in progress, as addresses (exposed provenance, like `Frame`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ActiveStack {
    /// The first cell.
    pub base: usize,
    /// Its length in cells.
    pub cells: usize,
    /// When the run is suspended in a host call: one past its last live cell (0: not known).
    pub top: usize,
}

/// The collector's state.
#[derive(Debug)]
pub(crate) struct ExnGc {
    /// Collect when no slot is free and the table holds at least this many slots.
    pub threshold: usize,
    /// The most slots the table may hold (`Config::max_live_exceptions`).
    pub limit: usize,
    /// The value stacks of the runs in progress, outermost first.
    pub stacks: Vec<ActiveStack>,
    /// Collections so far.
    pub collections: u64,
    /// Scratch space of the mark phase (kept to avoid reallocating it).
    marks: Vec<bool>,
    work: Vec<u32>,
}

impl ExnGc {
    pub(crate) fn new(limit: usize) -> ExnGc {
        ExnGc {
            threshold: MIN_THRESHOLD.min(limit),
            limit,
            stacks: Vec::new(),
            collections: 0,
            marks: Vec::new(),
            work: Vec::new(),
        }
    }
}

/// Whether values of type `ty` are exception references.
fn is_exnref(ty: ValType) -> bool {
    matches!(ty, ValType::Ref(r) if r.heap.is_exn())
}

/// The mark phase's state.
struct Marker<'a> {
    exns: &'a [ExnEntity],
    marks: &'a mut [bool],
    work: &'a mut Vec<u32>,
}

impl Marker<'_> {
    /// Marks the object `cell` names, if it names a live one at its current generation.
    #[inline]
    fn cell(&mut self, cell: u64) {
        if cell == 0 {
            return;
        }
        let (index, generation) = super::exn::exn_cell_parts(cell);
        if let Some(slot) = self.exns.get(index as usize)
            && slot.live
            && slot.generation == generation
            && !self.marks[index as usize]
        {
            self.marks[index as usize] = true;
            self.work.push(index);
        }
    }
}

impl StoreInner {
    /// Registers the value stack of a run that starts: `cells` cells from `base`.
    pub(crate) fn enter_stack(&mut self, base: *mut u64, cells: usize) {
        self.exn_gc.stacks.push(ActiveStack { base: base.expose_provenance(), cells, top: 0 });
    }

    /// Drops the value stack of the innermost run, which ended.
    pub(crate) fn leave_stack(&mut self) {
        self.exn_gc.stacks.pop();
    }

    /// The innermost run calls a host function whose frame starts at `top`: its live cells
    /// end there.
    #[inline]
    pub(crate) fn suspend_stack(&mut self, top: *const u64) {
        if let Some(stack) = self.exn_gc.stacks.last_mut() {
            stack.top = top.addr();
        }
    }

    /// Collects the exception objects nothing can reach (see the module doc). `wasm_top`:
    /// the end of the live cells of the innermost run when wasm code is running (`None` when
    /// the host is: every run is then suspended in a host call).
    pub(crate) fn collect_exns(&mut self, wasm_top: Option<*const u64>) {
        let n = self.exns.len();
        let mut marks = std::mem::take(&mut self.exn_gc.marks);
        let mut work = std::mem::take(&mut self.exn_gc.work);
        marks.clear();
        marks.resize(n, false);
        work.clear();
        let mut marker = Marker { exns: &self.exns, marks: &mut marks, work: &mut work };
        for (index, slot) in self.exns.iter().enumerate() {
            if slot.live && slot.rooted.get() {
                marker.cell(exn_cell(index as u32, slot.generation));
            }
        }
        for g in &self.globals {
            if is_exnref(g.ty.content) {
                marker.cell(g.value);
            }
        }
        for t in &self.tables {
            if is_exnref(t.ty.element) {
                t.elems.iter().for_each(|&e| marker.cell(e));
            }
        }
        let mut scanned = 0;
        let innermost = self.exn_gc.stacks.len().wrapping_sub(1);
        for (level, stack) in self.exn_gc.stacks.iter().enumerate() {
            let end = stack.base + stack.cells * size_of::<u64>();
            let top = match wasm_top {
                Some(top) if level == innermost => top.addr(),
                _ if stack.top != 0 => stack.top,
                _ => end,
            };
            let live = top.clamp(stack.base, end).saturating_sub(stack.base) / size_of::<u64>();
            let base: *const u64 = std::ptr::with_exposed_provenance(stack.base);
            // SAFETY: `stack` is the value stack of a run in progress: `exec::run` registered
            // it (`enter_stack`) and `exec::invoke` drops the entry (`leave_stack`) before the
            // stack's storage can be freed or reused, so its `cells` cells from `base` are
            // allocated and initialized (zeroed when allocated); `live` is at most `cells`.
            // Every run is suspended in this call (the innermost in the throw or host call that
            // allocates), so nothing writes them while they are read.
            let cells = unsafe { std::slice::from_raw_parts(base, live) };
            cells.iter().for_each(|&c| marker.cell(c));
            scanned += live;
        }
        while let Some(index) = marker.work.pop() {
            let slot = &self.exns[index as usize];
            for &at in &self.tags[slot.tag as usize].exn_cells {
                marker.cell(slot.payload[at as usize]);
            }
        }
        let mut survivors = 0;
        for (index, &marked) in marks.iter().enumerate() {
            if marked {
                survivors += 1;
            } else if self.exns[index].live {
                self.free_exn(index as u32);
            }
        }
        // Amortized: the next collection comes after at least as many allocations as there
        // were survivors (or stack cells scanned / 32), whichever is more.
        let gc = &mut self.exn_gc;
        gc.threshold = (2 * survivors).max(survivors + scanned / 32).max(MIN_THRESHOLD).min(gc.limit);
        gc.collections += 1;
        gc.marks = marks;
        gc.work = work;
    }

    /// The number of live exception objects.
    pub(crate) fn live_exns(&self) -> usize {
        self.exns.iter().filter(|slot| slot.live).count()
    }
}

impl<T> Store<T> {
    /// Reclaims every exception object that neither the host (rooted handles, see
    /// [`Exn`](super::Exn)) nor wasm state (globals, tables, payloads) can reach. Throws
    /// collect on their own when needed; this is for embedders that want the memory back now.
    pub fn collect_exceptions(&mut self) {
        self.inner.collect_exns(None);
    }

    /// The number of exception objects alive in this store (thrown or made, not yet
    /// reclaimed), and the number of collections so far.
    pub fn exception_stats(&self) -> (usize, u64) {
        (self.inner.live_exns(), self.inner.exn_gc.collections)
    }
}
