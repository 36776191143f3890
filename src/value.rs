//! Wasm values and types as the API sees them, and their encoding in 64-bit frame cells.
//!
//! Cell encoding (shared by the executor, globals, tables and the host boundary):
//! i32 zero-extended, i64 as is, f32/f64 as their IEEE bits (NaN payloads preserved),
//! funcref `0` = null else store function index + 1, externref `0` = null else payload + 1,
//! exnref `0` = null else (slot generation << 32) | (store exception slot + 1) (`runtime::exn`);
//! a v128 takes two consecutive cells, the low 64 bits first.

use crate::runtime::{Exn, ExternRef, Func, StoreId};

/// A value type: a number type or a reference type.
///
/// `ValType::FuncRef` and `ValType::ExternRef` name the nullable abstract reference types
/// (`funcref`, `externref`); they are constants, usable in patterns, for
/// `ValType::Ref(RefType::FUNCREF)` and `ValType::Ref(RefType::EXTERNREF)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValType {
    /// 32-bit integer.
    I32,
    /// 64-bit integer.
    I64,
    /// 32-bit IEEE float.
    F32,
    /// 64-bit IEEE float.
    F64,
    /// 128-bit SIMD vector (two frame cells).
    V128,
    /// A reference (`(ref null? heaptype)`).
    Ref(RefType),
}

/// A reference type: a heap type and whether null is a value of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RefType {
    /// Whether null belongs to the type (`ref null`).
    pub nullable: bool,
    /// What the reference points to.
    pub heap: HeapType,
}

/// What a reference points to. The abstract types of the function, extern and exception
/// hierarchies, and the concrete function types (by their engine-wide id, equal for
/// structurally equal types of any module of the engine). GC's `any`/`eq`/`struct`/`array`/`i31`
/// hierarchy is further variants when that feature comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeapType {
    /// Any function (`func`).
    Func,
    /// Any host reference (`extern`).
    Extern,
    /// The bottom of the function hierarchy (`nofunc`): only null.
    NoFunc,
    /// The bottom of the extern hierarchy (`noextern`): only null.
    NoExtern,
    /// Any exception (`exn`).
    Exn,
    /// The bottom of the exception hierarchy (`noexn`): only null.
    NoExn,
    /// Functions of one signature (`$t`), by its engine-wide id ([`Engine::func_type`]).
    ///
    /// [`Engine::func_type`]: crate::Engine::func_type
    Concrete(TypeId),
}

/// The engine-wide id of a function type: equal for structurally equal types within one
/// engine, whichever module declared them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub(crate) u32);

impl TypeId {
    /// The id as a number (for display and hashing; ids of different engines are unrelated).
    pub fn as_u32(self) -> u32 {
        self.0
    }
}

impl HeapType {
    /// Whether references of this heap type are function references (cells: store function
    /// index + 1).
    pub fn is_func(self) -> bool {
        matches!(self, HeapType::Func | HeapType::NoFunc | HeapType::Concrete(_))
    }

    /// Whether references of this heap type are exception references (cells: store exception
    /// index + 1).
    pub fn is_exn(self) -> bool {
        matches!(self, HeapType::Exn | HeapType::NoExn)
    }

    /// `self <: other` in the heap-type hierarchy (no declared subtyping between concrete
    /// function types without GC: a concrete type matches only itself).
    pub fn matches(self, other: HeapType) -> bool {
        self == other
            || matches!(
                (self, other),
                (HeapType::Concrete(_) | HeapType::NoFunc, HeapType::Func)
                    | (HeapType::NoFunc, HeapType::Concrete(_))
                    | (HeapType::NoExtern, HeapType::Extern)
                    | (HeapType::NoExn, HeapType::Exn)
            )
    }
}

impl RefType {
    /// `funcref`: `(ref null func)`.
    pub const FUNCREF: RefType = RefType { nullable: true, heap: HeapType::Func };
    /// `externref`: `(ref null extern)`.
    pub const EXTERNREF: RefType = RefType { nullable: true, heap: HeapType::Extern };
    /// `exnref`: `(ref null exn)`.
    pub const EXNREF: RefType = RefType { nullable: true, heap: HeapType::Exn };

    /// `self <: other`: the heap types match and null is allowed wherever `self` allows it.
    pub fn matches(self, other: RefType) -> bool {
        (!self.nullable || other.nullable) && self.heap.matches(other.heap)
    }
}

impl ValType {
    /// `funcref`, the nullable reference to any function.
    #[allow(non_upper_case_globals)]
    pub const FuncRef: ValType = ValType::Ref(RefType::FUNCREF);
    /// `externref`, the nullable reference to any host object.
    #[allow(non_upper_case_globals)]
    pub const ExternRef: ValType = ValType::Ref(RefType::EXTERNREF);
    /// `exnref`, the nullable reference to any exception.
    #[allow(non_upper_case_globals)]
    pub const ExnRef: ValType = ValType::Ref(RefType::EXNREF);

    /// Converts a wasmparser value type whose concrete type indices (of the module being read)
    /// `concrete` maps to engine-wide ids; `None` for types this engine does not support (
    /// GC types, a type index `concrete` does not know).
    pub(crate) fn from_wasmparser(
        ty: wasmparser::ValType,
        concrete: impl Fn(u32) -> Option<TypeId>,
    ) -> Option<ValType> {
        use wasmparser::ValType as W;
        match ty {
            W::I32 => Some(ValType::I32),
            W::I64 => Some(ValType::I64),
            W::F32 => Some(ValType::F32),
            W::F64 => Some(ValType::F64),
            W::V128 => Some(ValType::V128),
            W::Ref(r) => Some(ValType::Ref(RefType::from_wasmparser(r, concrete)?)),
        }
    }

    /// How many 64-bit frame cells a value of this type occupies: 2 for v128, else 1.
    pub fn cells(self) -> usize {
        if self == ValType::V128 { 2 } else { 1 }
    }

    /// The zero value of this type (null for references; a non-nullable reference type has
    /// none, and gets null here: callers that need a real value check `is_defaultable`).
    pub fn default_value(self) -> Val {
        match self {
            ValType::I32 => Val::I32(0),
            ValType::I64 => Val::I64(0),
            ValType::F32 => Val::F32(0),
            ValType::F64 => Val::F64(0),
            ValType::V128 => Val::V128(0),
            ValType::Ref(r) if r.heap.is_func() => Val::FuncRef(None),
            ValType::Ref(r) if r.heap.is_exn() => Val::ExnRef(None),
            ValType::Ref(_) => Val::ExternRef(None),
        }
    }

    /// Whether the type has a default value (every type but a non-nullable reference).
    pub fn is_defaultable(self) -> bool {
        !matches!(self, ValType::Ref(RefType { nullable: false, .. }))
    }

    /// `self <: other` (value subtyping: numbers match only themselves, references as
    /// [`RefType::matches`]).
    pub fn matches(self, other: ValType) -> bool {
        match (self, other) {
            (ValType::Ref(a), ValType::Ref(b)) => a.matches(b),
            (a, b) => a == b,
        }
    }

    /// Whether this is a reference type.
    pub fn is_ref(self) -> bool {
        matches!(self, ValType::Ref(_))
    }
}

impl RefType {
    /// Converts a wasmparser reference type (see [`ValType::from_wasmparser`]).
    pub(crate) fn from_wasmparser(r: wasmparser::RefType, concrete: impl Fn(u32) -> Option<TypeId>) -> Option<RefType> {
        use wasmparser::AbstractHeapType as A;
        let heap = match r.heap_type() {
            wasmparser::HeapType::Abstract { shared: false, ty } => match ty {
                A::Func => HeapType::Func,
                A::Extern => HeapType::Extern,
                A::NoFunc => HeapType::NoFunc,
                A::NoExtern => HeapType::NoExtern,
                A::Exn => HeapType::Exn,
                A::NoExn => HeapType::NoExn,
                _ => return None,
            },
            wasmparser::HeapType::Concrete(index) => HeapType::Concrete(concrete(index.as_module_index()?)?),
            _ => return None,
        };
        Some(RefType { nullable: r.is_nullable(), heap })
    }
}

impl std::fmt::Display for HeapType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeapType::Func => f.write_str("func"),
            HeapType::Extern => f.write_str("extern"),
            HeapType::NoFunc => f.write_str("nofunc"),
            HeapType::NoExtern => f.write_str("noextern"),
            HeapType::Exn => f.write_str("exn"),
            HeapType::NoExn => f.write_str("noexn"),
            HeapType::Concrete(id) => write!(f, "$type{}", id.0),
        }
    }
}

impl std::fmt::Display for RefType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.nullable, self.heap) {
            (true, HeapType::Func) => f.write_str("funcref"),
            (true, HeapType::Extern) => f.write_str("externref"),
            (true, HeapType::Exn) => f.write_str("exnref"),
            (true, heap) => write!(f, "(ref null {heap})"),
            (false, heap) => write!(f, "(ref {heap})"),
        }
    }
}

impl std::fmt::Display for ValType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ValType::I32 => f.write_str("i32"),
            ValType::I64 => f.write_str("i64"),
            ValType::F32 => f.write_str("f32"),
            ValType::F64 => f.write_str("f64"),
            ValType::V128 => f.write_str("v128"),
            ValType::Ref(r) => r.fmt(f),
        }
    }
}

/// A runtime value. Floats are kept as bits so NaN payloads survive a round trip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Val {
    /// i32 value.
    I32(i32),
    /// i64 value.
    I64(i64),
    /// f32 value as IEEE bits.
    F32(u32),
    /// f64 value as IEEE bits.
    F64(u64),
    /// v128 value: lane 0 in the lowest bits (little-endian lanes, as in memory).
    V128(u128),
    /// A function reference or null.
    FuncRef(Option<Func>),
    /// A reference to a host object ([`ExternRef::new`]) or null.
    ExternRef(Option<ExternRef>),
    /// A reference to an exception ([`Exn::new`], or caught by wasm code) or null. One that
    /// reaches the host is rooted until [`Exn::unroot`].
    ExnRef(Option<Exn>),
}

impl Val {
    /// The type of this value (for references the nullable abstract type: `funcref` or
    /// `externref`; whether a function reference has a concrete type `(ref $t)` depends on
    /// the store it belongs to, see `Store`'s type checks).
    pub fn ty(&self) -> ValType {
        match self {
            Val::I32(_) => ValType::I32,
            Val::I64(_) => ValType::I64,
            Val::F32(_) => ValType::F32,
            Val::F64(_) => ValType::F64,
            Val::V128(_) => ValType::V128,
            Val::FuncRef(_) => ValType::FuncRef,
            Val::ExternRef(_) => ValType::ExternRef,
            Val::ExnRef(_) => ValType::ExnRef,
        }
    }

    /// An f32 value.
    pub fn from_f32(v: f32) -> Val {
        Val::F32(v.to_bits())
    }

    /// An f64 value.
    pub fn from_f64(v: f64) -> Val {
        Val::F64(v.to_bits())
    }

    /// Encodes into its cells: the low cell, and the high one (0 except for v128). A function
    /// reference loses its store id: callers that take values from the host check it first,
    /// `Store::val_to_cell`.
    pub(crate) fn to_cells(self) -> [u64; 2] {
        let cell = match self {
            Val::I32(v) => v as u32 as u64,
            Val::I64(v) => v as u64,
            Val::F32(v) => v as u64,
            Val::F64(v) => v,
            Val::V128(v) => return [v as u64, (v >> 64) as u64],
            Val::FuncRef(None) | Val::ExternRef(None) | Val::ExnRef(None) => 0,
            Val::FuncRef(Some(f)) => f.index as u64 + 1,
            Val::ExternRef(Some(r)) => r.index as u64 + 1,
            Val::ExnRef(Some(e)) => e.to_cell(),
        };
        [cell, 0]
    }

    /// Writes the value's cells (`ty().cells()` of them) to the front of `out`.
    pub(crate) fn write_cells(self, out: &mut [u64]) {
        let cells = self.to_cells();
        let n = self.ty().cells();
        out[..n].copy_from_slice(&cells[..n]);
    }

    /// Decodes the cells of a value of type `ty` (`ty.cells()` of them) from the front of
    /// `cells`; a function reference is one of store `store`.
    pub(crate) fn from_cells(ty: ValType, cells: &[u64], store: StoreId) -> Val {
        match ty {
            ValType::V128 => Val::V128(cells[0] as u128 | (cells[1] as u128) << 64),
            _ => Val::from_cell(ty, cells[0], store),
        }
    }

    /// Decodes a one-cell value of the given type (a v128 gets only its low half); a function
    /// reference is one of store `store`.
    pub(crate) fn from_cell(ty: ValType, cell: u64, store: StoreId) -> Val {
        match ty {
            ValType::I32 => Val::I32(cell as u32 as i32),
            ValType::I64 => Val::I64(cell as i64),
            ValType::F32 => Val::F32(cell as u32),
            ValType::F64 => Val::F64(cell),
            ValType::V128 => Val::V128(cell as u128),
            ValType::Ref(r) if r.heap.is_func() => {
                Val::FuncRef(if cell == 0 { None } else { Some(Func { store, index: (cell - 1) as u32 }) })
            }
            ValType::Ref(r) if r.heap.is_exn() => {
                Val::ExnRef(if cell == 0 { None } else { Some(Exn::from_cell(cell, store)) })
            }
            ValType::Ref(_) => {
                Val::ExternRef(if cell == 0 { None } else { Some(ExternRef { store, index: (cell - 1) as u32 }) })
            }
        }
    }
}

impl std::fmt::Display for Val {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Val::I32(v) => write!(f, "{v}"),
            Val::I64(v) => write!(f, "{v}"),
            Val::F32(b) => write!(f, "{}", f32::from_bits(*b)),
            Val::F64(b) => write!(f, "{}", f64::from_bits(*b)),
            Val::V128(v) => write!(f, "{v:#034x}"),
            Val::FuncRef(None) | Val::ExternRef(None) | Val::ExnRef(None) => write!(f, "null"),
            Val::ExnRef(Some(e)) => write!(f, "exnref:{}", e.index),
            Val::FuncRef(Some(func)) => write!(f, "funcref:{}", func.index),
            Val::ExternRef(Some(r)) => write!(f, "externref:{}", r.index),
        }
    }
}

/// A function signature.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct FuncType {
    /// Parameter types.
    pub params: Box<[ValType]>,
    /// Result types.
    pub results: Box<[ValType]>,
}

impl FuncType {
    /// Builds a signature.
    pub fn new(params: impl IntoIterator<Item = ValType>, results: impl IntoIterator<Item = ValType>) -> Self {
        FuncType { params: params.into_iter().collect(), results: results.into_iter().collect() }
    }

    /// Frame cells the parameters occupy (a v128 takes two).
    pub(crate) fn param_cells(&self) -> usize {
        self.params.iter().map(|t| t.cells()).sum()
    }

    /// Frame cells the results occupy (a v128 takes two).
    pub(crate) fn result_cells(&self) -> usize {
        self.results.iter().map(|t| t.cells()).sum()
    }
}

impl std::fmt::Display for FuncType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |v: &[ValType]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" ");
        write!(f, "[{}] -> [{}]", list(&self.params), list(&self.results))
    }
}

/// Size limits in pages (memories) or elements (tables).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    /// Initial size.
    pub min: u64,
    /// Optional maximum size.
    pub max: Option<u64>,
}

/// A memory's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MemoryType {
    /// Limits in 64 KiB pages.
    pub limits: Limits,
    /// The index type: `true` for a 64-bit memory (memory64: `i64` addresses, offsets and
    /// sizes), `false` for a 32-bit one.
    pub memory64: bool,
}

impl MemoryType {
    /// A 32-bit memory of `min` pages, growing to `max` pages if given.
    pub fn new(min: u64, max: Option<u64>) -> MemoryType {
        MemoryType { limits: Limits { min, max }, memory64: false }
    }

    /// A 64-bit memory (memory64) of `min` pages, growing to `max` pages if given.
    pub fn new64(min: u64, max: Option<u64>) -> MemoryType {
        MemoryType { limits: Limits { min, max }, memory64: true }
    }
}

/// A table's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TableType {
    /// Element type (a reference type).
    pub element: ValType,
    /// Limits in elements.
    pub limits: Limits,
    /// The index type: `true` for a 64-bit table (table64, part of memory64: `i64` indices,
    /// sizes and element offsets), `false` for a 32-bit one.
    pub table64: bool,
}

impl TableType {
    /// A 32-bit table of `element` references, `min` entries, growing to `max` if given.
    pub fn new(element: ValType, min: u64, max: Option<u64>) -> TableType {
        TableType { element, limits: Limits { min, max }, table64: false }
    }

    /// A 64-bit table (table64) of `element` references, `min` entries, growing to `max` if given.
    pub fn new64(element: ValType, min: u64, max: Option<u64>) -> TableType {
        TableType { element, limits: Limits { min, max }, table64: true }
    }

    /// Whether the table's index type is `i64`.
    pub fn is_64(&self) -> bool {
        self.table64
    }
}

/// A global's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GlobalType {
    /// Value type.
    pub content: ValType,
    /// Whether `global.set` is allowed.
    pub mutable: bool,
}
