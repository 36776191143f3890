//! regwasm-fuzz: differential and translate-only fuzzing of regwasm on stable Rust.
//!
//! Modules come from `wasm-smith` ([`smith`]) or from a generator of the shapes regwasm's
//! translator fuses ([`shapes`]); each runs on every regwasm configuration and on wasmi 2.0.0
//! ([`engines`]), call by call, and the outcomes are compared ([`diff`]). Disagreements go to
//! wabt's `spectest-interp` as a tie-breaker ([`tiebreak`]), are reduced ([`reduce`]) and saved
//! ([`findings`]). [`translate`] feeds arbitrary and mutated bytes to the loader. With the
//! `wasmtime-oracle` cargo feature, wasmtime can replace wasmi as the oracle
//! (`wasmtime_oracle`), and generated modules then use exception handling too.

pub mod campaign;
pub mod diff;
pub mod engines;
pub mod features;
pub mod findings;
pub mod reduce;
pub mod rng;
pub mod shapes;
pub mod smith;
pub mod tiebreak;
pub mod translate;
pub mod value;
#[cfg(feature = "wasmtime-oracle")]
pub mod wasmtime_oracle;
