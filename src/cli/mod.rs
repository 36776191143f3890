//! Pieces of the command line kept out of `main.rs`: `--invoke` values, the export listing for
//! a missing function, `--timings`, and clap's usage errors in the CLI's one-line form.

pub mod exports;
pub mod timings;
pub mod usage;
pub mod values;
