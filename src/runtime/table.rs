//! Tables: vectors of reference cells (0 = null) that grow within their limits.

use crate::value::{Limits, TableType};

/// Largest table size this engine allows (the spec's limit is 2^32 - 1 entries).
const MAX_ELEMS: u64 = 10_000_000;

/// A table instance.
#[derive(Debug)]
pub(crate) struct TableEntity {
    pub elems: Vec<u64>,
    pub ty: TableType,
    limit: u64,
}

impl TableEntity {
    pub fn new(ty: TableType, init: u64) -> Option<TableEntity> {
        let limit = ty.limits.max.unwrap_or(u32::MAX as u64).min(MAX_ELEMS);
        if ty.limits.min > limit {
            return None;
        }
        Some(TableEntity { elems: vec![init; ty.limits.min as usize], ty, limit })
    }

    /// Grows by `delta` entries of `init`, returning the old size, or `None` (table unchanged).
    pub fn grow(&mut self, delta: u64, init: u64) -> Option<u64> {
        let old = self.elems.len() as u64;
        let new = old.checked_add(delta)?;
        if new > self.limit {
            return None;
        }
        self.elems.resize(new as usize, init);
        Some(old)
    }

    pub fn current_type(&self) -> TableType {
        TableType { element: self.ty.element, limits: Limits { min: self.elems.len() as u64, max: self.ty.limits.max } }
    }
}
