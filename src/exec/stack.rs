//! The value stack (frames of 64-bit cells, allocated once per call tree) and the call stack
//! of return addresses. Wasm calls never recurse on the Rust stack.

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

/// Cells for frames plus the call stack; reused between calls.
#[derive(Debug)]
pub(crate) struct Stack {
    /// Zeroed on allocation (lazily by the OS for large sizes), so untouched pages cost nothing.
    pub cells: Box<[u64]>,
    pub frames: Vec<Frame>,
}

impl Stack {
    pub fn new(cells: usize) -> Stack {
        Stack { cells: vec![0u64; cells.max(16)].into_boxed_slice(), frames: Vec::new() }
    }
}
