//! Modules: decode and validate every section with `wasmparser`, translate each function body
//! to register bytecode in the same pass, and keep what instantiation needs.

use crate::engine::SigId;
use crate::engine::{Engine, Translation};
use crate::error::Error;
use crate::isa::{Instr, Op};
use crate::translate::{FuncTranslator, ModuleEnv, Translated};
use crate::value::{FuncType, GlobalType, Limits, MemoryType, TableType, TypeId, ValType};
use std::sync::Arc;
use wasmparser::{Parser, Payload, ValidPayload, Validator};

/// A defined function: where its body is, and its bytecode once translated.
#[derive(Debug)]
pub(crate) struct FuncSlot {
    /// Byte range of the body in `ModuleInner::bytes` (empty when translated eagerly).
    pub body: std::ops::Range<usize>,
    pub compiled: std::sync::OnceLock<CompiledFunc>,
}

/// One function's bytecode and frame shape.
#[derive(Debug)]
pub(crate) struct CompiledFunc {
    /// The instructions; execution starts at index 0.
    pub code: Box<[Instr]>,
    /// Frame cells needed: locals plus the deepest operand stack.
    pub frame_size: u32,
    /// The `try_table` handlers (empty without exception handling), for the unwinder.
    pub handlers: Box<[crate::translate::TryRange]>,
}

/// Makes the executable form of translated code (the executor's `exec::encode`, handed in by
/// `crate::entry`, so this module does not depend on the executor).
pub(crate) type Encoder = fn(&[Op]) -> Box<[Instr]>;

impl CompiledFunc {
    fn encode(t: Translated<'_>, encode: Encoder) -> CompiledFunc {
        CompiledFunc { code: encode(t.code), frame_size: t.frame_size, handlers: t.handlers.into() }
    }
}

/// One operation of a constant expression (global initialisers, segment offsets, element items).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum ConstOp {
    Value(u64),
    /// The low half of a `v128.const`; the `V128High` right after it completes the value.
    /// (Two halves keep this type at 16 bytes: a `u128` field would double it, and with it every
    /// element item and segment offset a module keeps.)
    V128Low(u64),
    /// The high half of a `v128.const`: the `V128Low` value below it gets these bits on top.
    V128High(u64),
    RefFunc(u32),
    GlobalGet(u32),
    I32Add,
    I32Sub,
    I32Mul,
    I64Add,
    I64Sub,
    I64Mul,
}

/// A constant expression, evaluated at instantiation.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ConstExpr(pub smallvec::SmallVec<[ConstOp; 2]>);

/// What an import expects.
#[derive(Debug, Clone)]
pub enum ImportKind {
    /// A function with the signature at this type index.
    Func(u32),
    /// A table.
    Table(TableType),
    /// A memory.
    Memory(MemoryType),
    /// A global.
    Global(GlobalType),
    /// A tag whose payload is the parameters of the type at this type index.
    Tag(u32),
}

/// One import of a module.
#[derive(Debug, Clone)]
pub struct Import {
    /// The module name.
    pub module: String,
    /// The item name.
    pub name: String,
    /// What is expected.
    pub kind: ImportKind,
}

/// The kind of an exported item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// A function.
    Func,
    /// A table.
    Table,
    /// A memory.
    Memory,
    /// A global.
    Global,
    /// A tag.
    Tag,
}

/// How an element or data segment is applied.
#[derive(Debug, Clone)]
pub(crate) enum SegmentMode {
    Passive,
    Active { index: u32, offset: ConstExpr },
    Declared,
}

#[derive(Debug, Clone)]
pub(crate) struct ElemSegment {
    pub mode: SegmentMode,
    pub items: Vec<ConstExpr>,
}

#[derive(Debug, Clone)]
pub(crate) struct DataSegment {
    pub mode: SegmentMode,
    pub bytes: ModuleBytes,
}

/// A byte range of a module's binary, shared with the module instead of copied: data segments
/// (which can be most of a large module) and the bodies that lazy translation reads later.
#[derive(Debug, Clone)]
pub(crate) struct ModuleBytes {
    binary: Arc<Vec<u8>>,
    range: std::ops::Range<usize>,
}

impl ModuleBytes {
    /// The part of `binary` that `part` (a sub-slice of it) covers.
    fn of(binary: &Arc<Vec<u8>>, part: &[u8]) -> ModuleBytes {
        let start = (part.as_ptr() as usize).wrapping_sub(binary.as_ptr() as usize);
        assert!(start <= binary.len() && part.len() <= binary.len() - start, "not a part of the binary");
        ModuleBytes { binary: binary.clone(), range: start..start + part.len() }
    }

    /// Forgets the bytes (`data.drop`, applied active segments); the binary stays shared.
    pub fn clear(&mut self) {
        self.range = 0..0;
    }
}

impl std::ops::Deref for ModuleBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.binary[self.range.clone()]
    }
}

/// Everything known about a module after loading.
#[derive(Debug)]
pub(crate) struct ModuleInner {
    pub engine: Engine,
    /// Encodes translated functions for the executor (lazy translation happens after loading).
    pub encode: Encoder,
    pub env: ModuleEnv,
    pub imports: Vec<Import>,
    pub num_imported_funcs: u32,
    pub num_imported_tables: u32,
    pub num_imported_memories: u32,
    pub num_imported_globals: u32,
    pub num_imported_tags: u32,
    pub tables: Vec<(TableType, Option<ConstExpr>)>,
    pub memories: Vec<MemoryType>,
    pub globals: Vec<(GlobalType, ConstExpr)>,
    pub exports: Vec<(String, ExportKind, u32)>,
    pub start: Option<u32>,
    pub elems: Vec<ElemSegment>,
    pub datas: Vec<DataSegment>,
    pub funcs: Vec<FuncSlot>,
    /// The module's binary: function bodies are read from it on first call (lazy translation),
    /// and data segments point into it.
    pub bytes: Arc<Vec<u8>>,
    pub func_names: hashbrown::HashMap<u32, String>,
}

/// A validated and translated module, ready to instantiate. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Module {
    pub(crate) inner: Arc<ModuleInner>,
}

/// Converts a value type of the module whose types so far have engine ids `sig_ids` (a
/// concrete type index maps to its engine-wide id).
fn val_type(ty: wasmparser::ValType, sig_ids: &[SigId]) -> Result<ValType, Error> {
    ValType::from_wasmparser(ty, |index| sig_ids.get(index as usize).map(|&id| TypeId(id)))
        .ok_or_else(|| Error::Unsupported(format!("value type {ty:?}")))
}

fn ref_type(ty: wasmparser::RefType, sig_ids: &[SigId]) -> Result<ValType, Error> {
    val_type(wasmparser::ValType::Ref(ty), sig_ids)
}

fn table_type(t: &wasmparser::TableType, sig_ids: &[SigId]) -> Result<TableType, Error> {
    Ok(TableType {
        element: ref_type(t.element_type, sig_ids)?,
        limits: Limits { min: t.initial, max: t.maximum },
        table64: t.table64,
    })
}

fn memory_type(m: &wasmparser::MemoryType) -> MemoryType {
    MemoryType { limits: Limits { min: m.initial, max: m.maximum }, memory64: m.memory64 }
}

fn global_type(g: &wasmparser::GlobalType, sig_ids: &[SigId]) -> Result<GlobalType, Error> {
    Ok(GlobalType { content: val_type(g.content_type, sig_ids)?, mutable: g.mutable })
}

fn const_expr(expr: &wasmparser::ConstExpr<'_>) -> Result<ConstExpr, Error> {
    use wasmparser::Operator as O;
    let mut ops = smallvec::SmallVec::new();
    let mut reader = expr.get_operators_reader();
    while !reader.eof() {
        let offset = reader.original_position() as usize;
        let op = match reader.read()? {
            O::I32Const { value } => ConstOp::Value(value as u32 as u64),
            O::I64Const { value } => ConstOp::Value(value as u64),
            O::F32Const { value } => ConstOp::Value(value.bits() as u64),
            O::F64Const { value } => ConstOp::Value(value.bits()),
            O::V128Const { value } => {
                let v = u128::from_le_bytes(*value.bytes());
                ops.push(ConstOp::V128Low(v as u64));
                ConstOp::V128High((v >> 64) as u64)
            }
            O::RefNull { .. } => ConstOp::Value(0),
            O::RefFunc { function_index } => ConstOp::RefFunc(function_index),
            O::GlobalGet { global_index } => ConstOp::GlobalGet(global_index),
            O::I32Add => ConstOp::I32Add,
            O::I32Sub => ConstOp::I32Sub,
            O::I32Mul => ConstOp::I32Mul,
            O::I64Add => ConstOp::I64Add,
            O::I64Sub => ConstOp::I64Sub,
            O::I64Mul => ConstOp::I64Mul,
            O::End => break,
            other => {
                return Err(Error::Invalid { message: format!("unsupported constant instruction {other:?}"), offset });
            }
        };
        ops.push(op);
    }
    Ok(ConstExpr(ops))
}

impl Module {
    /// Decodes, validates and translates a binary module, keeping `binary`; translated code
    /// is encoded with `encode` (see [`Encoder`]).
    pub(crate) fn build(engine: &Engine, binary: Vec<u8>, encode: Encoder) -> Result<Module, Error> {
        let binary = Arc::new(binary);
        let bytes: &[u8] = &binary;
        let features = engine.config().features.wasmparser();
        let mut validator = Validator::new_with_features(features);
        let mut m = ModuleInner {
            engine: engine.clone(),
            encode,
            env: ModuleEnv {
                fuel: engine.config().consume_fuel,
                interruptible: engine.config().interruptible,
                features,
                ..ModuleEnv::default()
            },
            imports: Vec::new(),
            num_imported_funcs: 0,
            num_imported_tables: 0,
            num_imported_memories: 0,
            num_imported_globals: 0,
            num_imported_tags: 0,
            tables: Vec::new(),
            memories: Vec::new(),
            globals: Vec::new(),
            exports: Vec::new(),
            start: None,
            elems: Vec::new(),
            datas: Vec::new(),
            funcs: Vec::new(),
            bytes: binary.clone(),
            func_names: hashbrown::HashMap::new(),
        };
        let lazy = engine.config().translation == Translation::Lazy;
        let mut translator = FuncTranslator::default();
        let mut allocs = wasmparser::FuncValidatorAllocations::default();
        let mut parser = Parser::new(0);
        parser.set_features(features);
        // Lazy mode: bodies are validated after the sections are read, in parallel when there
        // is enough code to pay for a thread.
        let mut pending = Vec::new();
        for payload in parser.parse_all(bytes) {
            let payload = payload?;
            if let ValidPayload::Func(to_validate, body) = validator.payload(&payload)? {
                if lazy {
                    let range = body.range();
                    m.funcs.push(FuncSlot {
                        body: range.start as usize..range.end as usize,
                        compiled: Default::default(),
                    });
                    pending.push((to_validate, body));
                    continue;
                }
                let mut fv = to_validate.into_validator(std::mem::take(&mut allocs));
                let index = fv.index();
                let func = engine.timed_translation(|| {
                    translator.translate(&m.env, index, &body, Some(&mut fv)).map(|t| CompiledFunc::encode(t, encode))
                })?;
                m.funcs.push(FuncSlot { body: 0..0, compiled: func.into() });
                allocs = fv.into_allocations();
                continue;
            }
            m.read_section(engine, &binary, payload)?;
        }
        if lazy {
            validate_bodies(pending)?;
        }
        Ok(Module { inner: Arc::new(m) })
    }

    /// The module's imports in order.
    pub fn imports(&self) -> &[Import] {
        &self.inner.imports
    }

    /// The module's exports: name, kind and index in the kind's index space.
    pub fn exports(&self) -> impl Iterator<Item = (&str, ExportKind, u32)> {
        self.inner.exports.iter().map(|(n, k, i)| (n.as_str(), *k, *i))
    }

    /// The signature of function `index` (imports first).
    pub fn func_type(&self, index: u32) -> Option<&FuncType> {
        let ty = *self.inner.env.func_types.get(index as usize)?;
        self.inner.env.types.get(ty as usize)
    }

    /// The bytecode of defined function `index` (imports first; `None` for imports), as text.
    /// Table jump entries read as the `Br`s the translator made (encoded, they hold their
    /// target's distance in bytes from the table jump).
    pub fn disassemble(&self, index: u32) -> Option<String> {
        let defined = index.checked_sub(self.inner.num_imported_funcs)?;
        self.inner.funcs.get(defined as usize)?;
        let f = self.inner.compiled(defined).ok()?;
        let mut table = 0;
        let ops: Vec<Op> = (f.code.iter().enumerate())
            .map(|(at, i)| match i.op {
                Op::BrTableEntry { offset } => {
                    let to = table as i64 + offset as i64 / std::mem::size_of::<Instr>() as i64;
                    Op::Br { target: (to - at as i64) as i32 }
                }
                op => {
                    if op.table_len().is_some() {
                        table = at;
                    }
                    op
                }
            })
            .collect();
        Some(crate::isa::disassemble(&ops))
    }

    /// The engine this module was loaded for.
    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// Checks that `bytes` are a valid module of the feature set this engine runs (Wasm 2.0
    /// plus the Wasm 3.0 features its [`Config::features`](crate::Config::features) switch on:
    /// by default relaxed SIMD, tail calls, extended constant expressions, typed function
    /// references, multi-memory, memory64 and exception handling), without translating or
    /// keeping anything. A module that passes may still exceed one of this engine's own
    /// limits, which only loading reports (`Error::Unsupported`).
    pub fn validate(engine: &Engine, bytes: &[u8]) -> Result<(), Error> {
        Validator::new_with_features(engine.config().features.wasmparser()).validate_all(bytes)?;
        Ok(())
    }

    /// The module's imports in order: module name, item name and type.
    pub fn import_types(&self) -> impl Iterator<Item = (&str, &str, ExternType)> + '_ {
        self.inner.imports.iter().map(|i| {
            let ty = match &i.kind {
                ImportKind::Func(t) => ExternType::Func(self.inner.env.types[*t as usize].clone()),
                ImportKind::Table(t) => ExternType::Table(*t),
                ImportKind::Memory(t) => ExternType::Memory(*t),
                ImportKind::Global(t) => ExternType::Global(*t),
                ImportKind::Tag(t) => ExternType::Tag(self.inner.env.types[*t as usize].clone()),
            };
            (i.module.as_str(), i.name.as_str(), ty)
        })
    }

    /// The module's exports: name and type.
    pub fn export_types(&self) -> impl Iterator<Item = (&str, ExternType)> + '_ {
        let m = &*self.inner;
        let imported = |f: fn(&ImportKind) -> Option<ExternType>| m.imports.iter().filter_map(move |i| f(&i.kind));
        let tables: Vec<ExternType> =
            imported(|k| if let ImportKind::Table(t) = k { Some(ExternType::Table(*t)) } else { None })
                .chain(m.tables.iter().map(|(t, _)| ExternType::Table(*t)))
                .collect();
        let memories: Vec<ExternType> =
            imported(|k| if let ImportKind::Memory(t) = k { Some(ExternType::Memory(*t)) } else { None })
                .chain(m.memories.iter().map(|t| ExternType::Memory(*t)))
                .collect();
        let globals: Vec<ExternType> =
            imported(|k| if let ImportKind::Global(t) = k { Some(ExternType::Global(*t)) } else { None })
                .chain(m.globals.iter().map(|(t, _)| ExternType::Global(*t)))
                .collect();
        m.exports.iter().map(move |(name, kind, index)| {
            let i = *index as usize;
            let ty = match kind {
                ExportKind::Func => ExternType::Func(self.func_type(*index).cloned().unwrap_or_default()),
                ExportKind::Table => tables[i].clone(),
                ExportKind::Memory => memories[i].clone(),
                ExportKind::Global => globals[i].clone(),
                ExportKind::Tag => ExternType::Tag(m.env.types[m.env.tag_types[i] as usize].clone()),
            };
            (name.as_str(), ty)
        })
    }
}

/// The type of an importable or exportable item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExternType {
    /// A function of this signature.
    Func(FuncType),
    /// A table.
    Table(TableType),
    /// A memory.
    Memory(MemoryType),
    /// A global.
    Global(GlobalType),
    /// A tag whose payload is this type's parameters.
    Tag(FuncType),
}

/// Code size (bytes of function bodies) from which validation is split across threads.
const PARALLEL_VALIDATION_BYTES: u64 = 128 * 1024;

type PendingBody<'a> = (wasmparser::FuncToValidate<wasmparser::ValidatorResources>, wasmparser::FunctionBody<'a>);

/// Validates function bodies in order.
fn validate_sequentially(bodies: Vec<PendingBody<'_>>) -> Result<(), Error> {
    let mut allocs = wasmparser::FuncValidatorAllocations::default();
    for (to_validate, body) in bodies {
        let mut fv = to_validate.into_validator(allocs);
        fv.validate(&body)?;
        allocs = fv.into_allocations();
    }
    Ok(())
}

/// Validates function bodies (each independently of the others), split into contiguous chunks
/// across threads when there is enough code. The error reported is the one of the first invalid
/// body in module order, as a sequential pass would report.
fn validate_bodies(pending: Vec<PendingBody<'_>>) -> Result<(), Error> {
    let code_bytes: u64 = pending.iter().map(|(_, b)| b.range().end - b.range().start).sum();
    if code_bytes < PARALLEL_VALIDATION_BYTES {
        // Asked only for a large module: the answer reads the process's cgroup files.
        return validate_sequentially(pending);
    }
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(pending.len() / 64 + 1);
    if workers < 2 {
        return validate_sequentially(pending);
    }
    let chunk_len = pending.len().div_ceil(workers);
    let mut chunks = Vec::new();
    let mut rest = pending.into_iter().peekable();
    while rest.peek().is_some() {
        chunks.push(rest.by_ref().take(chunk_len).collect::<Vec<_>>());
    }
    // The calling thread validates the first chunk itself: one thread fewer to start, and one
    // allocator arena fewer holding freed validator memory afterwards.
    let mut chunks = chunks.into_iter();
    let first = chunks.next().unwrap_or_default();
    let results: Vec<Result<(), Error>> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks.map(|chunk| scope.spawn(move || validate_sequentially(chunk))).collect();
        let mine = validate_sequentially(first);
        std::iter::once(mine)
            .chain(
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|_| Err(Error::Unsupported("the validator failed".into())))),
            )
            .collect()
    });
    results.into_iter().collect()
}

impl ModuleInner {
    /// The bytecode of defined function `index`, translating it on first use.
    pub(crate) fn compiled(&self, index: u32) -> Result<&CompiledFunc, Error> {
        let slot = &self.funcs[index as usize];
        if let Some(f) = slot.compiled.get() {
            return Ok(f);
        }
        let start = slot.body.start;
        let body =
            wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(&self.bytes[slot.body.clone()], start as u64));
        let mut translator = FuncTranslator::default();
        let func = self.engine.timed_translation(|| {
            translator
                .translate(&self.env, self.num_imported_funcs + index, &body, None)
                .map(|t| CompiledFunc::encode(t, self.encode))
        })?;
        // Another thread may have won the race; either translation is the same.
        let _ = slot.compiled.set(func);
        Ok(slot.compiled.get().expect("set above"))
    }

    fn read_section(&mut self, engine: &Engine, binary: &Arc<Vec<u8>>, payload: Payload<'_>) -> Result<(), Error> {
        match payload {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    let ty = ty?;
                    // A type refers only to earlier ones (a type referring to itself or a later
                    // one needs GC's recursive types: not mapped, refused).
                    let sig_ids = &self.env.sig_ids;
                    let params = ty.params().iter().map(|t| val_type(*t, sig_ids)).collect::<Result<_, _>>()?;
                    let results = ty.results().iter().map(|t| val_type(*t, sig_ids)).collect::<Result<_, _>>()?;
                    let ft = FuncType { params, results };
                    self.env.sig_ids.push(engine.intern(&ft));
                    self.env.types.push(ft);
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import?;
                    let kind = match import.ty {
                        wasmparser::TypeRef::Func(idx) | wasmparser::TypeRef::FuncExact(idx) => {
                            self.env.func_types.push(idx);
                            self.num_imported_funcs += 1;
                            ImportKind::Func(idx)
                        }
                        wasmparser::TypeRef::Table(t) => {
                            self.num_imported_tables += 1;
                            self.env.table64.push(t.table64);
                            ImportKind::Table(table_type(&t, &self.env.sig_ids)?)
                        }
                        wasmparser::TypeRef::Memory(m) => {
                            self.num_imported_memories += 1;
                            self.env.memory64.push(m.memory64);
                            ImportKind::Memory(memory_type(&m))
                        }
                        wasmparser::TypeRef::Global(g) => {
                            self.num_imported_globals += 1;
                            self.env.v128_globals.push(g.content_type == wasmparser::ValType::V128);
                            ImportKind::Global(global_type(&g, &self.env.sig_ids)?)
                        }
                        wasmparser::TypeRef::Tag(t) => {
                            self.num_imported_tags += 1;
                            self.env.tag_types.push(t.func_type_idx);
                            ImportKind::Tag(t.func_type_idx)
                        }
                    };
                    self.imports.push(Import {
                        module: import.module.to_string(),
                        name: import.name.to_string(),
                        kind,
                    });
                }
            }
            Payload::FunctionSection(reader) => {
                for ty in reader {
                    self.env.func_types.push(ty?);
                }
            }
            Payload::TableSection(reader) => {
                for table in reader {
                    let table = table?;
                    self.env.table64.push(table.ty.table64);
                    let init = match &table.init {
                        wasmparser::TableInit::RefNull => None,
                        wasmparser::TableInit::Expr(e) => Some(const_expr(e)?),
                    };
                    self.tables.push((table_type(&table.ty, &self.env.sig_ids)?, init));
                }
            }
            Payload::MemorySection(reader) => {
                for mem in reader {
                    let mem = mem?;
                    self.env.memory64.push(mem.memory64);
                    self.memories.push(memory_type(&mem));
                }
            }
            Payload::GlobalSection(reader) => {
                for global in reader {
                    let global = global?;
                    self.env.v128_globals.push(global.ty.content_type == wasmparser::ValType::V128);
                    self.globals.push((global_type(&global.ty, &self.env.sig_ids)?, const_expr(&global.init_expr)?));
                }
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export?;
                    let kind = match export.kind {
                        wasmparser::ExternalKind::Func | wasmparser::ExternalKind::FuncExact => ExportKind::Func,
                        wasmparser::ExternalKind::Table => ExportKind::Table,
                        wasmparser::ExternalKind::Memory => ExportKind::Memory,
                        wasmparser::ExternalKind::Global => ExportKind::Global,
                        wasmparser::ExternalKind::Tag => ExportKind::Tag,
                    };
                    self.exports.push((export.name.to_string(), kind, export.index));
                }
            }
            Payload::TagSection(reader) => {
                for tag in reader {
                    self.env.tag_types.push(tag?.func_type_idx);
                }
            }
            Payload::StartSection { func, .. } => self.start = Some(func),
            Payload::ElementSection(reader) => {
                for elem in reader {
                    let elem = elem?;
                    let mode = match elem.kind {
                        wasmparser::ElementKind::Passive => SegmentMode::Passive,
                        wasmparser::ElementKind::Declared => SegmentMode::Declared,
                        wasmparser::ElementKind::Active { table_index, offset_expr } => {
                            SegmentMode::Active { index: table_index.unwrap_or(0), offset: const_expr(&offset_expr)? }
                        }
                    };
                    let items = match elem.items {
                        wasmparser::ElementItems::Functions(funcs) => funcs
                            .into_iter()
                            .map(|f| Ok(ConstExpr(smallvec::smallvec![ConstOp::RefFunc(f?)])))
                            .collect::<Result<Vec<_>, Error>>()?,
                        wasmparser::ElementItems::Expressions(_, exprs) => {
                            exprs.into_iter().map(|e| const_expr(&e?)).collect::<Result<Vec<_>, Error>>()?
                        }
                    };
                    self.elems.push(ElemSegment { mode, items });
                }
            }
            Payload::DataSection(reader) => {
                for data in reader {
                    let data = data?;
                    let mode = match data.kind {
                        wasmparser::DataKind::Passive => SegmentMode::Passive,
                        wasmparser::DataKind::Active { memory_index, offset_expr } => {
                            SegmentMode::Active { index: memory_index, offset: const_expr(&offset_expr)? }
                        }
                    };
                    self.datas.push(DataSegment { mode, bytes: ModuleBytes::of(binary, data.data) });
                }
            }
            Payload::CustomSection(section) => {
                if let wasmparser::KnownCustom::Name(names) = section.as_known() {
                    // The name section is optional debug info: a malformed one is ignored.
                    for name in names.into_iter().flatten() {
                        if let wasmparser::Name::Function(map) = name {
                            for naming in map.into_iter().flatten() {
                                self.func_names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module keeps one constant expression per element item and segment offset (CPython for
    /// WASI: about ten thousand), so their size is memory: a one- or two-op expression is stored
    /// inline in 48 bytes (80 while a `v128.const` was one 16-byte-aligned op).
    #[test]
    fn constant_expressions_stay_small() {
        assert_eq!(std::mem::size_of::<ConstOp>(), 16);
        assert!(std::mem::size_of::<ConstExpr>() <= 48, "{}", std::mem::size_of::<ConstExpr>());
    }
}
