//! Prints the register bytecode of every function in a `.wasm`, `.wat` or (first module of a) `.wast` file.
fn main() {
    let path = std::env::args().nth(1).expect("usage: disasm FILE [FUNC]");
    let only: Option<u32> = std::env::args().nth(2).and_then(|s| s.parse().ok());
    let bytes = std::fs::read(&path).expect("read");
    let bytes = if path.ends_with(".wast") {
        let text = String::from_utf8(bytes).unwrap();
        let buf = wast::parser::ParseBuffer::new(&text).unwrap();
        let script: wast::Wast = wast::parser::parse(&buf).unwrap();
        let mut found = None;
        for d in script.directives {
            if let wast::WastDirective::Module(mut m) = d {
                found = Some(m.encode().unwrap());
                break;
            }
        }
        found.unwrap()
    } else {
        wat::parse_bytes(&bytes).expect("parse").into_owned()
    };
    let engine = regwasm::Engine::default();
    let module = regwasm::Module::new(&engine, &bytes).expect("load");
    let names: std::collections::HashMap<u32, String> =
        module.exports().filter(|e| e.1 == regwasm::ExportKind::Func).map(|(n, _, i)| (i, n.to_string())).collect();
    let mut i = 0;
    while module.func_type(i).is_some() {
        if only.is_none_or(|o| o == i) {
            println!(
                "func {i} {}:\n{}",
                names.get(&i).cloned().unwrap_or_default(),
                module.disassemble(i).unwrap_or_default()
            );
        }
        i += 1;
    }
}
