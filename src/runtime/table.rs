//! Tables: vectors of reference cells (0 = null) that grow within their limits, and the
//! store-wide budget of table elements that bounds what a module can make the host allocate,
//! and how a 64-bit table's (table64) indices reach the 32-bit table instructions.

use crate::value::{Limits, TableType};

/// Largest table size this engine allows (the spec's limit is 2^32 - 1 entries).
const MAX_ELEMS: u64 = 10_000_000;

// `narrow_index` relies on it: no table reaches `u32::MAX` entries.
const _: () = assert!(MAX_ELEMS < u32::MAX as u64);

pub(crate) use crate::isa::narrow_table_index as narrow_index;

/// The store-wide number of table elements still available (`Config::max_table_elements`
/// minus the elements of every table the store holds). Tables are charged when created and
/// when they grow; a table is never shrunk or freed before its store.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TableBudget(pub u64);

impl TableBudget {
    /// Takes `n` elements from the budget, or nothing (`false`) if fewer are left.
    fn take(&mut self, n: u64) -> bool {
        match self.0.checked_sub(n) {
            Some(left) => {
                self.0 = left;
                true
            }
            None => false,
        }
    }
}

/// Why a table could not be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableError {
    /// The minimum is beyond the table's maximum or this engine's limit per table.
    TooLarge,
    /// The store's budget of table elements is spent.
    OverBudget,
    /// The allocator refused the memory.
    OutOfMemory,
    /// The store's resource limiter refused it.
    Limiter,
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TableError::TooLarge => "table too large",
            TableError::OverBudget => "tables exceed the store's limit on table elements",
            TableError::OutOfMemory => "out of memory allocating a table",
            TableError::Limiter => "table refused by the store's resource limiter",
        })
    }
}

/// A table instance.
#[derive(Debug)]
pub(crate) struct TableEntity {
    pub elems: Vec<u64>,
    pub ty: TableType,
    limit: u64,
}

impl TableEntity {
    /// A table of the type's minimum size filled with `init`, charged to `budget`.
    pub fn new(ty: TableType, init: u64, budget: &mut TableBudget) -> Result<TableEntity, TableError> {
        let limit = ty.limits.max.unwrap_or(u32::MAX as u64).min(MAX_ELEMS);
        let min = ty.limits.min;
        if min > limit {
            return Err(TableError::TooLarge);
        }
        let mut copy = *budget;
        if !copy.take(min) {
            return Err(TableError::OverBudget);
        }
        let mut elems = Vec::new();
        elems.try_reserve_exact(min as usize).map_err(|_| TableError::OutOfMemory)?;
        elems.resize(min as usize, init);
        *budget = copy;
        Ok(TableEntity { elems, ty, limit })
    }

    /// Grows by `delta` entries of `init`, returning the old size, or `None` (table and budget
    /// unchanged) beyond the table's limit, the store's budget or the allocator's memory.
    pub fn grow(&mut self, delta: u64, init: u64, budget: &mut TableBudget) -> Option<u64> {
        let old = self.elems.len() as u64;
        let new = old.checked_add(delta)?;
        if new > self.limit {
            return None;
        }
        let mut copy = *budget;
        if !copy.take(delta) || self.elems.try_reserve_exact(delta as usize).is_err() {
            return None;
        }
        self.elems.resize(new as usize, init);
        *budget = copy;
        Some(old)
    }

    pub fn current_type(&self) -> TableType {
        TableType { limits: Limits { min: self.elems.len() as u64, max: self.ty.limits.max }, ..self.ty }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::ValType;

    fn ty(min: u64, max: Option<u64>) -> TableType {
        TableType::new(ValType::FuncRef, min, max)
    }

    #[test]
    fn creation_and_growth_are_charged_to_the_budget() {
        let mut budget = TableBudget(100);
        let mut t = TableEntity::new(ty(60, None), 0, &mut budget).unwrap();
        assert_eq!(budget.0, 40);
        assert_eq!(TableEntity::new(ty(41, None), 0, &mut budget).unwrap_err(), TableError::OverBudget);
        assert_eq!(budget.0, 40, "a refused table costs nothing");
        assert_eq!(t.grow(41, 7, &mut budget), None);
        assert_eq!((t.elems.len(), budget.0), (60, 40), "a refused grow changes nothing");
        assert_eq!(t.grow(40, 7, &mut budget), Some(60));
        assert_eq!((t.elems.len(), budget.0, t.elems[99]), (100, 0, 7));
        assert!(TableEntity::new(ty(0, None), 0, &mut budget).is_ok());
    }

    #[test]
    fn per_table_limits_still_apply() {
        let mut budget = TableBudget(u64::MAX);
        assert_eq!(TableEntity::new(ty(5, Some(4)), 0, &mut budget).unwrap_err(), TableError::TooLarge);
        assert_eq!(TableEntity::new(ty(MAX_ELEMS + 1, None), 0, &mut budget).unwrap_err(), TableError::TooLarge);
        let mut t = TableEntity::new(ty(1, Some(3)), 0, &mut budget).unwrap();
        assert_eq!(t.grow(3, 0, &mut budget), None);
        assert_eq!(t.grow(2, 0, &mut budget), Some(1));
        assert_eq!(budget.0, u64::MAX - 3);
    }
}
