//! The store's call caches: what a call needs to enter a wasm function without the store →
//! module → function lookups. A `CallTarget` per call site of an instance (direct calls) and an
//! `IndirectTarget` per store function (indirect calls) are filled by the executor on first use
//! and read on every later call.

/// What a direct call needs to enter a wasm function of the same instance, resolved on its first
/// call (`resolve_target`) so later calls skip the store → module → function lookups.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CallTarget {
    /// Address of the callee's first instruction (exposed provenance); 0 while unresolved (not
    /// called yet, not translated yet, a host function or another instance's function).
    pub code: usize,
    pub frame_size: u32,
    /// The callee's store index (for backtraces).
    pub store_func: u32,
}

/// What an indirect call needs to enter a function without the function → module → code
/// lookups (`Store::call_cache`): its call target, signature and instance, recorded when the
/// function is first entered through the general path (`enter_wasm`). An indirect call uses it
/// only when the signature matches and the callee is in the caller's instance.
#[derive(Debug, Clone, Copy)]
pub(crate) struct IndirectTarget {
    pub target: CallTarget,
    /// The callee's signature; `SigId::MAX` (matches no call) while unresolved.
    pub sig: crate::engine::SigId,
    pub instance: u32,
}

impl IndirectTarget {
    /// The entry of a function not entered yet (or a host function): matches no call.
    pub(crate) const UNRESOLVED: IndirectTarget =
        IndirectTarget { target: CallTarget { code: 0, frame_size: 0, store_func: 0 }, sig: u32::MAX, instance: 0 };
}
