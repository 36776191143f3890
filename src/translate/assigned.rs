//! Which locals a function may read before it writes them (definite assignment), so that the
//! prologue's `ZeroLocals` clears only those, or is left out.
//!
//! Wasm starts every non-parameter local at zero. Compilers write almost every local before
//! they read it, so clearing them all on each call is mostly wasted work (one dispatch per call,
//! plus a loop over the locals). This pass follows the structured control flow of one function
//! body, operator by operator, alongside the translator: at each point it knows the set of
//! locals written on *every* path from the entry (parameters are always written). A
//! `local.get` of a local outside that set marks the local as needing its zero.
//!
//! The set only grows along a path, so:
//! - a `block` or `if` ends with the intersection of the sets of the paths that reach its end
//!   (falling through, and each branch to its label; an `if` without `else` also joins the set
//!   it started with);
//! - a branch to a `loop` label needs nothing: the loop header is reached first from outside
//!   the loop with a subset of what any back edge carries, so the set at the header is the set
//!   on entry;
//! - code after `br`, `br_table`, `return`, `unreachable` and throws is dead until the end of
//!   the enclosing construct, and is ignored.
//!
//! Exception handlers (`try`, `try_table`) can be entered from any point of their body; this
//! pass does not model that and gives up (all locals are cleared) when a function has one.

use smallvec::SmallVec;
use wasmparser::Operator;

/// A set of non-parameter locals, bit `i` for local `params + i`.
type Bits = SmallVec<[u64; 2]>;

/// The definite-assignment state of the function being translated.
#[derive(Debug, Default)]
pub(super) struct Assigned {
    /// Locals below this index are parameters (always written).
    params: u32,
    /// Non-parameter locals tracked.
    count: u32,
    /// The locals written on every path to the current operator.
    current: Bits,
    /// The locals some `local.get` may read before any write.
    read_first: Bits,
    /// Whether the current operator can run at all.
    reachable: bool,
    /// One entry per open `block`, `loop` and `if` (the function body itself is not here).
    frames: Vec<Frame>,
    /// The function has an exception handler: every local is treated as read first.
    gave_up: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Block,
    Loop,
    /// An `if` whose `else` has not been seen.
    If,
    Else,
}

#[derive(Debug)]
struct Frame {
    kind: Kind,
    /// For an `if`: the set at its start (where its `else` arm starts).
    entry: Bits,
    /// The intersection of the sets of the paths that reached the end so far (`None`: none).
    exit: Option<Bits>,
    /// Opened in dead code: its end is dead too.
    dead: bool,
}

impl Assigned {
    /// Starts a function with `params` parameters and `locals` locals in all (parameters
    /// included).
    pub(super) fn reset(&mut self, params: u32, locals: u32) {
        self.params = params;
        self.count = locals.saturating_sub(params);
        let words = self.count.div_ceil(64) as usize;
        self.current.clear();
        self.current.resize(words, 0);
        self.read_first.clear();
        self.read_first.resize(words, 0);
        self.reachable = true;
        self.frames.clear();
        self.gave_up = false;
    }

    /// The non-parameter locals.
    pub(super) fn locals(&self) -> std::ops::Range<u32> {
        self.params..self.params + self.count
    }

    /// Whether local `index` may be read before it is written, as far as the function has been
    /// seen (`true` for every local once the pass has given up).
    pub(super) fn read_first(&self, index: u32) -> bool {
        if index < self.params {
            return false;
        }
        self.gave_up || bit(&self.read_first, index - self.params)
    }

    /// Follows one operator (reachable or not, before the translator handles it).
    pub(super) fn visit(&mut self, op: &Operator<'_>) {
        use Operator as O;
        if self.gave_up || self.count == 0 {
            return;
        }
        match *op {
            O::LocalGet { local_index } if self.reachable && local_index >= self.params => {
                let i = local_index - self.params;
                if !bit(&self.current, i) {
                    set_bit(&mut self.read_first, i);
                }
            }
            O::LocalSet { local_index } | O::LocalTee { local_index }
                if self.reachable && local_index >= self.params =>
            {
                set_bit(&mut self.current, local_index - self.params);
            }
            O::Block { .. } => self.open(Kind::Block),
            O::Loop { .. } => self.open(Kind::Loop),
            O::If { .. } => self.open(Kind::If),
            O::Else => {
                let reachable = self.reachable;
                let Some(frame) = self.frames.last_mut() else { return };
                if reachable {
                    meet(&mut frame.exit, &self.current);
                }
                frame.kind = Kind::Else;
                self.reachable = !frame.dead;
                if self.reachable {
                    self.current.clone_from(&frame.entry);
                }
            }
            O::End => self.close(),
            O::Br { relative_depth } => {
                self.branch(relative_depth);
                self.reachable = false;
            }
            O::BrIf { relative_depth }
            | O::BrOnNull { relative_depth }
            | O::BrOnNonNull { relative_depth }
            | O::BrOnCast { relative_depth, .. }
            | O::BrOnCastFail { relative_depth, .. } => self.branch(relative_depth),
            O::BrTable { ref targets } => {
                for depth in targets.targets().flatten() {
                    self.branch(depth);
                }
                self.branch(targets.default());
                self.reachable = false;
            }
            O::Return
            | O::Unreachable
            | O::ReturnCall { .. }
            | O::ReturnCallIndirect { .. }
            | O::ReturnCallRef { .. }
            | O::Throw { .. }
            | O::ThrowRef
            | O::Rethrow { .. } => self.reachable = false,
            O::Try { .. } | O::TryTable { .. } | O::Catch { .. } | O::CatchAll | O::Delegate { .. } => {
                self.gave_up = true;
            }
            _ => {}
        }
    }

    fn open(&mut self, kind: Kind) {
        let entry = if kind == Kind::If && self.reachable { self.current.clone() } else { Bits::new() };
        self.frames.push(Frame { kind, entry, exit: None, dead: !self.reachable });
    }

    fn close(&mut self) {
        // The function body's own `end`: nothing follows.
        let Some(mut frame) = self.frames.pop() else { return };
        if frame.kind == Kind::Loop {
            // Only falling through reaches a loop's end; the set carries on.
            return;
        }
        if self.reachable {
            meet(&mut frame.exit, &self.current);
        }
        if frame.kind == Kind::If && !frame.dead {
            // The missing `else` arm: the condition was false, nothing was written.
            meet(&mut frame.exit, &frame.entry);
        }
        match frame.exit {
            Some(exit) if !frame.dead => {
                self.current = exit;
                self.reachable = true;
            }
            _ => self.reachable = false,
        }
    }

    /// A branch to the label `depth` levels out, taken from the current point.
    fn branch(&mut self, depth: u32) {
        if !self.reachable {
            return;
        }
        let Some(index) = (self.frames.len()).checked_sub(1 + depth as usize) else {
            // The function's label: a return.
            return;
        };
        let frame = &mut self.frames[index];
        if frame.kind != Kind::Loop {
            meet(&mut frame.exit, &self.current);
        }
    }
}

fn bit(bits: &Bits, i: u32) -> bool {
    bits[(i / 64) as usize] >> (i % 64) & 1 != 0
}

fn set_bit(bits: &mut Bits, i: u32) {
    bits[(i / 64) as usize] |= 1 << (i % 64);
}

/// `exit = exit ∩ current` (`current` alone when nothing reached the label yet).
fn meet(exit: &mut Option<Bits>, current: &Bits) {
    match exit {
        None => *exit = Some(current.clone()),
        Some(bits) => {
            for (b, c) in bits.iter_mut().zip(current) {
                *b &= c;
            }
        }
    }
}
