//! The op-pair profiler (cargo feature `profile-ops`, off by default): counts how often each
//! `Op` variant executes and how often each adjacent pair (previous op, this op) does, in the
//! portable loop backend, to pick superinstructions by their dynamic share.
//!
//! The loop backend calls [`record`] once per executed instruction; nothing of this module exists
//! in builds without the feature. The counters live in a thread-local (a run executes on one
//! thread); [`take`] hands them out as an [`OpProfile`] and resets them. Variants are told apart
//! by `std::mem::discriminant` and named by their `Debug` text up to the first space, brace or
//! parenthesis, so the profiler needs nothing from the instruction-set definition beyond
//! `Op: Debug`. The threaded backend is not instrumented (only its slow ops, which it runs
//! through the loop backend, would be counted): profile with `Backend::Loop`, as
//! `regwasm run --profile-ops` does.
//!
//! "Adjacent" means executed one after the other in the same thread: the op after a call is the
//! callee's first instruction, the op after a return the caller's next one. The pair chain
//! restarts (no previous op) at the start of each [`take`] period only.

use crate::isa::Op;
use std::cell::RefCell;
use std::fmt::Write as _;
use std::mem::Discriminant;

/// No previous op yet.
const NONE: u32 = u32::MAX;

/// Per-thread counters: a dense index per variant seen so far, and counts by index.
#[derive(Default)]
struct Counters {
    /// Variant -> dense index (in order of first execution).
    index: hashbrown::HashMap<Discriminant<Op>, u32>,
    /// The most recent variant and its index, to skip the map lookup in straight runs of one op
    /// and in the common two-op loops.
    last: Option<(Discriminant<Op>, u32)>,
    /// Variant names by index.
    names: Vec<String>,
    /// Executions by index.
    counts: Vec<u64>,
    /// `pairs[prev][cur]`: executions of `cur` right after `prev` (inner vectors grow on demand).
    pairs: Vec<Vec<u64>>,
    /// Index of the previously executed op, or `NONE`.
    prev: u32,
}

impl Counters {
    fn new() -> Self {
        Counters { prev: NONE, ..Default::default() }
    }

    #[inline]
    fn index_of(&mut self, op: &Op) -> u32 {
        let d = std::mem::discriminant(op);
        if let Some((ld, li)) = self.last
            && ld == d
        {
            return li;
        }
        let next = self.names.len() as u32;
        let i = *self.index.entry(d).or_insert(next);
        if i == next {
            self.names.push(variant_name(op));
            self.counts.push(0);
            self.pairs.push(Vec::new());
        }
        self.last = Some((d, i));
        i
    }

    #[inline]
    fn record(&mut self, op: &Op) {
        let i = self.index_of(op);
        self.counts[i as usize] += 1;
        if self.prev != NONE {
            let row = &mut self.pairs[self.prev as usize];
            if row.len() <= i as usize {
                row.resize(i as usize + 1, 0);
            }
            row[i as usize] += 1;
        }
        self.prev = i;
    }
}

thread_local! {
    static COUNTERS: RefCell<Counters> = RefCell::new(Counters::new());
}

/// Counts one execution of `op` (and of the pair it forms with the op before it).
#[inline]
pub(crate) fn record(op: &Op) {
    COUNTERS.with_borrow_mut(|c| c.record(op));
}

/// The name of `op`'s variant: its `Debug` text up to the first space, `{` or `(`.
pub(crate) fn variant_name(op: &Op) -> String {
    let text = format!("{op:?}");
    let end = text.find([' ', '{', '(']).unwrap_or(text.len());
    text[..end].to_string()
}

/// Executed-instruction counts of one thread since the previous [`take`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpProfile {
    /// Instructions executed.
    pub total: u64,
    /// Executions per variant, most frequent first (ties by name).
    pub ops: Vec<(String, u64)>,
    /// Adjacent pairs executed (`total - 1` when anything ran, else 0).
    pub total_pairs: u64,
    /// Executions per pair (previous op, op), most frequent first (ties by names).
    pub pairs: Vec<(String, String, u64)>,
}

/// Takes the calling thread's counters and resets them.
pub fn take() -> OpProfile {
    let c = COUNTERS.with_borrow_mut(|c| std::mem::replace(c, Counters::new()));
    let mut ops: Vec<(String, u64)> = c.names.iter().cloned().zip(c.counts.iter().copied()).collect();
    ops.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut pairs = Vec::new();
    for (p, row) in c.pairs.iter().enumerate() {
        for (i, &n) in row.iter().enumerate() {
            if n > 0 {
                pairs.push((c.names[p].clone(), c.names[i].clone(), n));
            }
        }
    }
    pairs.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));
    let total: u64 = c.counts.iter().sum();
    let total_pairs = pairs.iter().map(|p| p.2).sum();
    OpProfile { total, ops, total_pairs, pairs }
}

impl OpProfile {
    /// The profile as JSON: `{"module", "total", "ops": [{"op", "count"}...], "total_pairs",
    /// "pairs": [{"prev", "op", "count"}...]}` with every variant and the `max_pairs` most
    /// frequent pairs (shares stay exact: `total_pairs` counts all of them).
    pub fn to_json(&self, module: &str, max_pairs: usize) -> String {
        let mut s = String::new();
        let _ = write!(s, "{{\n  \"module\": {},\n  \"total\": {},\n  \"ops\": [", json_str(module), self.total);
        for (k, (name, n)) in self.ops.iter().enumerate() {
            let sep = if k == 0 { "" } else { "," };
            let _ = write!(s, "{sep}\n    {{\"op\": {}, \"count\": {n}}}", json_str(name));
        }
        let _ = write!(s, "\n  ],\n  \"total_pairs\": {},\n  \"pairs\": [", self.total_pairs);
        for (k, (prev, op, n)) in self.pairs.iter().take(max_pairs).enumerate() {
            let sep = if k == 0 { "" } else { "," };
            let _ = write!(s, "{sep}\n    {{\"prev\": {}, \"op\": {}, \"count\": {n}}}", json_str(prev), json_str(op));
        }
        s.push_str("\n  ]\n}\n");
        s
    }
}

/// `text` as a JSON string literal.
fn json_str(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push('"');
    for ch in text.chars() {
        match ch {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(s, "\\u{:04x}", c as u32);
            }
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_variant_only() {
        assert_eq!(variant_name(&Op::Unreachable {}), "Unreachable");
        assert_eq!(variant_name(&Op::Fuel { cost: 7 }), "Fuel");
    }

    #[test]
    fn counts_ops_and_adjacent_pairs() {
        let _ = take();
        let a = Op::Unreachable {};
        let b = Op::Fuel { cost: 1 };
        let b2 = Op::Fuel { cost: 2 }; // same variant, other operands
        for op in [a, b, b2, a, b, a] {
            record(&op);
        }
        let p = take();
        assert_eq!(p.total, 6);
        assert_eq!(p.ops, vec![("Fuel".to_string(), 3), ("Unreachable".to_string(), 3)]);
        assert_eq!(p.total_pairs, 5);
        let pair = |x: &str, y: &str, n| (x.to_string(), y.to_string(), n);
        assert_eq!(
            p.pairs,
            vec![pair("Fuel", "Unreachable", 2), pair("Unreachable", "Fuel", 2), pair("Fuel", "Fuel", 1)]
        );
        // `take` reset everything, including the previous op.
        record(&a);
        let q = take();
        assert_eq!((q.total, q.total_pairs), (1, 0));
    }

    #[test]
    fn json_escapes_and_limits_pairs() {
        let p = OpProfile {
            total: 3,
            ops: vec![("A".into(), 2), ("B".into(), 1)],
            total_pairs: 2,
            pairs: vec![("A".into(), "B".into(), 1), ("B".into(), "A".into(), 1)],
        };
        let j = p.to_json("dir/\"x\".wasm", 1);
        assert!(j.contains("\"module\": \"dir/\\\"x\\\".wasm\""), "{j}");
        assert!(j.contains("{\"op\": \"A\", \"count\": 2},\n    {\"op\": \"B\", \"count\": 1}"), "{j}");
        assert!(j.contains("\"total_pairs\": 2"), "{j}");
        assert!(j.contains("{\"prev\": \"A\", \"op\": \"B\", \"count\": 1}"), "{j}");
        assert!(!j.contains("\"prev\": \"B\""), "{j}");
    }
}
