//! Linear memories: bytes in 64 KiB pages that grow within their limits (the storage itself is
//! `linear::LinearMemory`).

use super::linear::LinearMemory;
use crate::value::{Limits, MemoryType};

/// Bytes per Wasm page.
pub const PAGE_SIZE: u64 = 65536;
/// Largest number of pages of a 32-bit memory.
const MAX_PAGES: u64 = 65536;
/// Largest number of pages of a 64-bit memory on this host (16 GiB): the whole growth range is
/// reserved up front like a 32-bit memory's 4 GiB, and address space beyond this is not worth
/// reserving per memory. A 64-bit memory whose minimum is larger is refused at creation; one
/// that would grow past it gets -1 from `memory.grow`.
pub(crate) const MAX_PAGES_64: u64 = 1 << 18;

/// Why a memory could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MemoryError {
    /// The minimum size is beyond the declared maximum, the engine limit or what the host
    /// allows (4 GiB for a 32-bit memory, 16 GiB for a 64-bit one).
    TooLarge,
    /// The system refused to reserve the address space or commit the initial pages.
    Refused,
    /// The store's resource limiter refused it.
    Limiter,
}

impl std::fmt::Display for MemoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            MemoryError::TooLarge => "exceeds the memory limit",
            MemoryError::Refused => "could not be reserved (out of address space or memory)",
            MemoryError::Limiter => "refused by the store's resource limiter",
        })
    }
}

/// A memory instance.
#[derive(Debug)]
pub(crate) struct MemoryEntity {
    /// The bytes, reserved up to `limit` pages.
    pub data: LinearMemory,
    /// The declared maximum in pages, if any.
    pub declared_max: Option<u64>,
    /// The effective growth limit in pages (declared max, engine limit, 4 GiB; 16 GiB for a
    /// 64-bit memory).
    pub limit: u64,
    /// A 64-bit memory (memory64): addresses are full `u64` values.
    pub memory64: bool,
}

impl MemoryEntity {
    /// A memory of the type's minimum size, with room reserved to grow to `limit`; an error
    /// if the minimum is already beyond the limits or the system refuses the reservation.
    pub fn new(ty: MemoryType, max_bytes: Option<u64>) -> Result<MemoryEntity, MemoryError> {
        let host_max = if ty.memory64 { MAX_PAGES_64 } else { MAX_PAGES };
        let mut limit = ty.limits.max.unwrap_or(host_max).min(host_max);
        if let Some(bytes) = max_bytes {
            limit = limit.min(bytes / PAGE_SIZE);
        }
        if ty.limits.min > limit {
            return Err(MemoryError::TooLarge);
        }
        let len = usize::try_from(ty.limits.min * PAGE_SIZE).map_err(|_| MemoryError::TooLarge)?;
        // On hosts whose address space cannot hold the whole limit, reserve what fits.
        let reserve = usize::try_from(limit * PAGE_SIZE).unwrap_or(usize::MAX - (PAGE_SIZE as usize - 1));
        let data = LinearMemory::new(len, reserve).ok_or(MemoryError::Refused)?;
        Ok(MemoryEntity { data, declared_max: ty.limits.max, limit, memory64: ty.memory64 })
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
        self.data.grow_to(new_len).then_some(old)
    }

    pub fn current_type(&self) -> MemoryType {
        MemoryType { limits: Limits { min: self.pages(), max: self.declared_max }, memory64: self.memory64 }
    }
}
