//! Errors: what can go wrong loading, linking and running a module, and the spec's trap codes.

use std::fmt;
use std::sync::Arc;

/// Why execution stopped abnormally. `Display` gives the exact strings the spec tests use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TrapCode {
    /// `unreachable` was executed.
    Unreachable,
    /// Integer division or remainder by zero.
    IntegerDivideByZero,
    /// Signed division overflow (`MIN / -1`).
    IntegerOverflow,
    /// A float-to-int truncation of NaN or an out-of-range value.
    InvalidConversionToInteger,
    /// A load, store or bulk memory operation outside the memory.
    MemoryOutOfBounds,
    /// A table access or bulk table operation outside the table.
    TableOutOfBounds,
    /// `call_indirect` with an index beyond the table.
    UndefinedElement,
    /// `call_indirect` through a null table entry.
    UninitializedElement,
    /// `call_indirect` whose callee has another signature.
    IndirectCallTypeMismatch,
    /// The call depth or value-stack limit was reached.
    StackOverflow,
    /// `ref.as_non_null` of null.
    NullReference,
    /// `call_ref` or `return_call_ref` of null.
    NullFunctionReference,
    /// The store ran out of fuel (`Config::consume_fuel`): raised before the basic block that
    /// needed more fuel than was left runs.
    OutOfFuel,
    /// The store's `InterruptHandle` was triggered (`Config::interruptible`).
    Interrupted,
    /// An exception was thrown and no handler caught it ([`Trap::exception`] holds it).
    UncaughtException,
    /// `throw_ref` of null.
    NullExceptionReference,
    /// A throw needed a new exception object and the store holds the most it allows
    /// (`Config::max_live_exceptions`) even after collecting the unreachable ones.
    TooManyExceptions,
    /// `throw_ref` of a reference whose exception was reclaimed (only a stale handle passed
    /// in by the host after `Exn::unroot` can make one).
    StaleExceptionReference,
    /// A host function failed.
    HostError,
}

impl TrapCode {
    /// The message the spec test suite expects for this trap.
    pub fn message(self) -> &'static str {
        match self {
            TrapCode::Unreachable => "unreachable",
            TrapCode::IntegerDivideByZero => "integer divide by zero",
            TrapCode::IntegerOverflow => "integer overflow",
            TrapCode::InvalidConversionToInteger => "invalid conversion to integer",
            TrapCode::MemoryOutOfBounds => "out of bounds memory access",
            TrapCode::TableOutOfBounds => "out of bounds table access",
            TrapCode::UndefinedElement => "undefined element",
            TrapCode::UninitializedElement => "uninitialized element",
            TrapCode::IndirectCallTypeMismatch => "indirect call type mismatch",
            TrapCode::StackOverflow => "call stack exhausted",
            TrapCode::NullReference => "null reference",
            TrapCode::NullFunctionReference => "null function reference",
            TrapCode::OutOfFuel => "all fuel consumed",
            TrapCode::Interrupted => "interrupted",
            TrapCode::UncaughtException => "uncaught exception",
            TrapCode::NullExceptionReference => "null exception reference",
            TrapCode::TooManyExceptions => "too many live exceptions",
            TrapCode::StaleExceptionReference => "stale exception reference",
            TrapCode::HostError => "host function error",
        }
    }
}

impl fmt::Display for TrapCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// A trap raised while running wasm code (or by a host function), with a backtrace of the
/// wasm functions that were active.
#[derive(Debug, Clone)]
pub struct Trap {
    /// The kind of trap.
    pub code: TrapCode,
    /// Extra text for host errors; empty for spec traps.
    pub detail: String,
    /// Names of the wasm frames active when the trap happened, innermost first.
    pub backtrace: Vec<String>,
    /// Set when a host function asked the whole run to end (WASI `proc_exit`).
    pub exit_code: Option<i32>,
    /// The exception, when this is an uncaught exception (`TrapCode::UncaughtException`): its
    /// tag and payload are read with [`Exn::tag`](crate::Exn::tag) and
    /// [`Exn::payload`](crate::Exn::payload).
    pub exception: Option<crate::runtime::Exn>,
    /// The error a host function failed with, if it returned one.
    source: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

impl PartialEq for Trap {
    fn eq(&self, other: &Trap) -> bool {
        let same_source = match (&self.source, &other.source) {
            (None, None) => true,
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        self.code == other.code
            && self.detail == other.detail
            && self.backtrace == other.backtrace
            && self.exit_code == other.exit_code
            && self.exception == other.exception
            && same_source
    }
}

impl Eq for Trap {}

impl Trap {
    /// A trap with a spec code and no detail.
    pub fn new(code: TrapCode) -> Self {
        Trap { code, detail: String::new(), backtrace: Vec::new(), exit_code: None, exception: None, source: None }
    }

    /// A trap raised by a host function with a message.
    pub fn host(msg: impl Into<String>) -> Self {
        Trap {
            code: TrapCode::HostError,
            detail: msg.into(),
            backtrace: Vec::new(),
            exit_code: None,
            exception: None,
            source: None,
        }
    }

    /// A request from a host function to end the program with an exit code (not an error).
    pub fn exit(code: i32) -> Self {
        Trap {
            code: TrapCode::HostError,
            detail: format!("exit with code {code}"),
            backtrace: Vec::new(),
            exit_code: Some(code),
            exception: None,
            source: None,
        }
    }

    /// Throws exception `exn` (made with [`Exn::new`](crate::Exn::new)): a host function that
    /// fails with this trap raises the exception in its wasm caller, where a `try_table` can
    /// catch it like one thrown by wasm code.
    pub fn throw(exn: crate::runtime::Exn) -> Self {
        Trap { exception: Some(exn), ..Trap::new(TrapCode::UncaughtException) }
    }

    /// The trap for a host function that failed with `error`: a [`Trap`] is passed on as it is,
    /// an [`Error`] holding a trap (a nested call that trapped) passes that trap on, anything
    /// else becomes a host error that keeps `error` (see [`Trap::downcast_ref`]).
    pub fn from_host_error(error: Box<dyn std::error::Error + Send + Sync>) -> Self {
        let error = match error.downcast::<Trap>() {
            Ok(trap) => return *trap,
            Err(other) => other,
        };
        let error = match error.downcast::<Error>() {
            Ok(e) => match *e {
                Error::Trap(trap) => return trap,
                other => Box::new(other),
            },
            Err(other) => other,
        };
        Trap {
            code: TrapCode::HostError,
            detail: error.to_string(),
            backtrace: Vec::new(),
            exit_code: None,
            exception: None,
            source: Some(Arc::from(error)),
        }
    }

    /// The host function's own error, if this trap carries one of type `E`.
    pub fn downcast_ref<E: std::error::Error + 'static>(&self) -> Option<&E> {
        self.source.as_deref()?.downcast_ref::<E>()
    }

    /// Whether a host function raised this trap (as opposed to wasm code trapping).
    pub fn is_host_error(&self) -> bool {
        self.code == TrapCode::HostError
    }
}

impl From<TrapCode> for Trap {
    fn from(code: TrapCode) -> Self {
        Trap::new(code)
    }
}

/// The message; with `{:#}`, followed by the backtrace, one `  at NAME` line per frame.
impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.detail.is_empty() { write!(f, "{}", self.code) } else { write!(f, "{}", self.detail) }?;
        if f.alternate() {
            for frame in &self.backtrace {
                write!(f, "\n  at {frame}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for Trap {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Every error the library reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The bytes are not a well-formed or valid module (from the decoder/validator), with the byte offset.
    Invalid {
        /// What is wrong.
        message: String,
        /// Byte offset in the module where it was found.
        offset: usize,
    },
    /// The module is valid but this engine cannot run it (an unsupported proposal, too many locals).
    Unsupported(String),
    /// The text format could not be parsed.
    Text(String),
    /// An import could not be resolved or has the wrong type ("unknown import", "incompatible import type").
    Link(String),
    /// Wrong arguments to an API call (bad parameter count or types, unknown export).
    Usage(String),
    /// Wasm code trapped.
    Trap(Trap),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid { message, offset } => write!(f, "invalid module at offset {offset:#x}: {message}"),
            Error::Unsupported(m) => write!(f, "unsupported: {m}"),
            Error::Text(m) => write!(f, "text format error: {m}"),
            Error::Link(m) => write!(f, "link error: {m}"),
            Error::Usage(m) => write!(f, "{m}"),
            Error::Trap(t) if t.is_host_error() && t.exit_code.is_none() => write!(f, "host error: {t}"),
            Error::Trap(t) => write!(f, "wasm trap: {t}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Trap(t) => Some(t),
            _ => None,
        }
    }
}

impl Error {
    /// The error a host function failed with, if this is a trap that carries one of type `E`.
    pub fn downcast_ref<E: std::error::Error + 'static>(&self) -> Option<&E> {
        match self {
            Error::Trap(t) => t.downcast_ref(),
            _ => None,
        }
    }

    /// The trap, if this is one.
    pub fn as_trap(&self) -> Option<&Trap> {
        if let Error::Trap(t) = self { Some(t) } else { None }
    }

    /// The exception, if this is an uncaught exception (see [`Trap::exception`]).
    pub fn as_exception(&self) -> Option<crate::runtime::Exn> {
        self.as_trap()?.exception
    }
}

impl From<Trap> for Error {
    fn from(t: Trap) -> Self {
        Error::Trap(t)
    }
}

impl From<TrapCode> for Error {
    fn from(t: TrapCode) -> Self {
        Error::Trap(Trap::new(t))
    }
}

// Internal conversion for `?` in the loader; wasmparser is not part of the public API.
#[doc(hidden)]
impl From<wasmparser::BinaryReaderError> for Error {
    fn from(e: wasmparser::BinaryReaderError) -> Self {
        Error::Invalid { message: e.message().to_string(), offset: e.offset() as usize }
    }
}
