//! Per-store resource limits: the [`ResourceLimiter`] trait a store consults before memories
//! and tables are created or grow and before instances are made, and [`StoreLimits`], a ready
//! limiter with fixed caps built by [`StoreLimitsBuilder`]. The engine's `Config` limits
//! (`max_memory_bytes`, `max_table_elements`) apply to every store on top of these.

/// Decides whether a store may grow. Install one with [`Store::limiter`](super::Store::limiter).
///
/// A refused growth is not an error for the guest: `memory.grow` and `table.grow` return -1
/// (and `Memory::grow`/`Table::grow` fail); a refused creation fails instantiation.
pub trait ResourceLimiter {
    /// A memory wants to grow from `current` to `desired` bytes (`current` 0: it is being
    /// created); `maximum` is its declared maximum in bytes, if any. `false` refuses.
    fn memory_growing(&mut self, current: u64, desired: u64, maximum: Option<u64>) -> bool;

    /// A table wants to grow from `current` to `desired` elements (`current` 0: it is being
    /// created); `maximum` is its declared maximum, if any. `false` refuses.
    fn table_growing(&mut self, current: u64, desired: u64, maximum: Option<u64>) -> bool;

    /// Most instances the store may hold.
    fn instances(&self) -> usize {
        usize::MAX
    }

    /// Most tables the store may hold.
    fn tables(&self) -> usize {
        usize::MAX
    }

    /// Most memories the store may hold.
    fn memories(&self) -> usize {
        usize::MAX
    }
}

/// A [`ResourceLimiter`] with fixed caps: bytes per memory, elements per table, and counts of
/// instances, tables and memories. Unset caps do not limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreLimits {
    memory_size: Option<u64>,
    table_elements: Option<u64>,
    instances: usize,
    tables: usize,
    memories: usize,
}

impl Default for StoreLimits {
    fn default() -> Self {
        StoreLimits {
            memory_size: None,
            table_elements: None,
            instances: usize::MAX,
            tables: usize::MAX,
            memories: usize::MAX,
        }
    }
}

impl ResourceLimiter for StoreLimits {
    fn memory_growing(&mut self, _current: u64, desired: u64, _maximum: Option<u64>) -> bool {
        self.memory_size.is_none_or(|cap| desired <= cap)
    }

    fn table_growing(&mut self, _current: u64, desired: u64, _maximum: Option<u64>) -> bool {
        self.table_elements.is_none_or(|cap| desired <= cap)
    }

    fn instances(&self) -> usize {
        self.instances
    }

    fn tables(&self) -> usize {
        self.tables
    }

    fn memories(&self) -> usize {
        self.memories
    }
}

/// Builds [`StoreLimits`].
///
/// ```
/// use regwasm::{Engine, Store, StoreLimitsBuilder};
/// let mut store = Store::new(&Engine::default(), ());
/// store.limiter(StoreLimitsBuilder::new().memory_size(1 << 20).instances(2).build());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct StoreLimitsBuilder(StoreLimits);

impl StoreLimitsBuilder {
    /// No limits yet.
    pub fn new() -> Self {
        StoreLimitsBuilder::default()
    }

    /// Most bytes any one linear memory may have.
    pub fn memory_size(mut self, bytes: u64) -> Self {
        self.0.memory_size = Some(bytes);
        self
    }

    /// Most elements any one table may have.
    pub fn table_elements(mut self, elements: u64) -> Self {
        self.0.table_elements = Some(elements);
        self
    }

    /// Most instances in the store.
    pub fn instances(mut self, n: usize) -> Self {
        self.0.instances = n;
        self
    }

    /// Most tables in the store.
    pub fn tables(mut self, n: usize) -> Self {
        self.0.tables = n;
        self
    }

    /// Most memories in the store.
    pub fn memories(mut self, n: usize) -> Self {
        self.0.memories = n;
        self
    }

    /// The limits.
    pub fn build(self) -> StoreLimits {
        self.0
    }
}
