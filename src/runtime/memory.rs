//! Linear memories: a byte vector in 64 KiB pages that grows within its limits.

use crate::value::{Limits, MemoryType};

/// Bytes per Wasm page.
pub const PAGE_SIZE: u64 = 65536;
/// Largest number of pages of a 32-bit memory.
const MAX_PAGES: u64 = 65536;

/// A memory instance.
#[derive(Debug)]
pub(crate) struct MemoryEntity {
    pub data: Vec<u8>,
    /// The declared maximum in pages, if any.
    pub declared_max: Option<u64>,
    /// The effective growth limit in pages (declared max, engine limit, 4 GiB).
    pub limit: u64,
}

impl MemoryEntity {
    /// A memory of the type's minimum size; `None` if that is already beyond the limits.
    pub fn new(ty: MemoryType, max_bytes: Option<u64>) -> Option<MemoryEntity> {
        let mut limit = ty.limits.max.unwrap_or(MAX_PAGES).min(MAX_PAGES);
        if let Some(bytes) = max_bytes {
            limit = limit.min(bytes / PAGE_SIZE);
        }
        if ty.limits.min > limit {
            return None;
        }
        let len = usize::try_from(ty.limits.min * PAGE_SIZE).ok()?;
        Some(MemoryEntity { data: vec![0; len], declared_max: ty.limits.max, limit })
    }

    pub fn pages(&self) -> u64 {
        self.data.len() as u64 / PAGE_SIZE
    }

    /// Grows by `delta` pages, returning the old size in pages, or `None` (memory unchanged).
    pub fn grow(&mut self, delta: u64) -> Option<u64> {
        let old = self.pages();
        let new = old.checked_add(delta)?;
        if new > self.limit {
            return None;
        }
        let new_len = usize::try_from(new * PAGE_SIZE).ok()?;
        if self.data.try_reserve_exact(new_len - self.data.len()).is_err() {
            return None;
        }
        self.data.resize(new_len, 0);
        Some(old)
    }

    pub fn current_type(&self) -> MemoryType {
        MemoryType { limits: Limits { min: self.pages(), max: self.declared_max } }
    }
}
