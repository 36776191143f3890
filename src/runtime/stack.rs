//! The value stack (frames of 64-bit cells, allocated once per call tree) and the call stack
//! of return addresses, which grows on demand. Wasm calls never recurse on the Rust stack.

/// A suspended caller: where to resume and which frame and instance to restore.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    /// Address of the instruction to resume at (an exposed-provenance pointer into code owned
    /// by the store's modules, which outlive every call).
    pub ret_pc: usize,
    /// Address of the caller's frame base (exposed provenance, inside the stack's cells).
    pub fp: usize,
    pub instance: u32,
    pub func: u32,
}

/// Call-stack entries reserved when a call tree starts; more are reserved on demand.
pub(crate) const INITIAL_FRAMES: usize = 1024;
/// Most call-stack entries reserved at once when the call stack grows.
const MAX_FRAME_STEP: usize = 1 << 20;
/// Deepest call stack any configuration gets (`Config::max_call_depth` is clamped to it):
/// 240 MB of entries, reached only by recursion through functions without frame cells (any
/// other runs out of value stack much earlier).
pub(crate) const MAX_CALL_DEPTH: usize = 10_000_000;

/// The capacity the call stack grows to from `capacity` entries (bounded steps), at most
/// `limit`; `None` when it is already at the limit.
pub(crate) fn next_frame_capacity(capacity: usize, limit: usize) -> Option<usize> {
    (capacity < limit).then(|| (capacity + capacity.clamp(INITIAL_FRAMES, MAX_FRAME_STEP)).min(limit))
}

/// Cells for frames plus the call stack; reused between calls.
#[derive(Debug)]
pub(crate) struct Stack {
    /// Zeroed on allocation (lazily by the OS for large sizes), so untouched pages cost nothing.
    pub cells: Box<[u64]>,
    /// Storage for the call stack: always empty (`len` 0); the executor writes entries into
    /// its spare capacity through `Ctx`'s pointers and grows it with `Ctx::grow_frames`.
    pub frames: Vec<Frame>,
}

impl Stack {
    pub fn new(cells: usize) -> Stack {
        Stack { cells: vec![0u64; cells.max(16)].into_boxed_slice(), frames: Vec::new() }
    }
}
