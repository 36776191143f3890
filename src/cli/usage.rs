//! Command-line errors from clap, shortened to the CLI's convention: one `error: ...` line and
//! one hint line (clap's own tip, if it has one, and where the help is), instead of clap's
//! multi-line report with a usage section.

/// The two lines for a clap error (`help` names the help command, e.g. `regwasm run --help`).
pub fn short_error(rendered: &str, help: &str) -> String {
    // clap's report: the `error:` line (a list of missing arguments continues it on indented
    // lines), a blank line, optional `tip:` lines, `Usage: ...`, "For more information ...".
    let mut paragraphs = rendered.split("\n\n");
    let first = paragraphs.next().unwrap_or_default();
    let mut message = first.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ");
    if !message.starts_with("error:") {
        message = format!("error: {message}");
    }
    let tip = paragraphs
        .flat_map(str::lines)
        .map(str::trim)
        .find_map(|l| l.strip_prefix("tip:"))
        .map(|t| format!("tip:{t}; "))
        .unwrap_or_default();
    format!("{message}\n{tip}try '{help}'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_error_line_and_one_hint() {
        let missing = "error: the following required arguments were not provided:\n  <FILE [ARGS]>...\n\n\
                       Usage: regwasm run <FILE [ARGS]>...\n\nFor more information, try '--help'.\n";
        assert_eq!(
            short_error(missing, "regwasm run --help"),
            "error: the following required arguments were not provided: <FILE [ARGS]>...\ntry 'regwasm run --help'"
        );
        let unknown = "error: unexpected argument '--dri' found\n\n  tip: a similar argument exists: '--dir'\n\n\
                       Usage: regwasm run --dir <HOST[::GUEST]> <FILE [ARGS]>...\n\nFor more information, try '--help'.\n";
        assert_eq!(
            short_error(unknown, "regwasm run --help"),
            "error: unexpected argument '--dri' found\ntip: a similar argument exists: '--dir'; try 'regwasm run --help'"
        );
    }
}
