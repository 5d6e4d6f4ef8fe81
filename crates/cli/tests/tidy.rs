//! Keeps the newcomer's documents true: every crate is on the architecture map, the README's test
//! command is what CI runs, and the benchmarks file covers every bench.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_crate_is_on_the_architecture_map() {
    let map = read("ARCHITECTURE.md");
    for entry in std::fs::read_dir(root().join("crates")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        assert!(
            map.contains(&format!("crates/{name}")),
            "ARCHITECTURE.md does not mention crates/{name}"
        );
    }
}

#[test]
fn ci_runs_the_readme_test_command() {
    let readme = read("README.md");
    let ci = read(".ci/run");
    let command = "cargo test --workspace";
    assert!(
        readme.contains(&format!("```sh\n{command}\n```")),
        "README has no test command block"
    );
    assert!(
        ci.lines().any(|l| l.trim() == command),
        ".ci/run does not run `{command}`"
    );
}

#[test]
fn readme_main_command_names_files_that_exist() {
    let readme = read("README.md");
    let line = readme
        .lines()
        .find(|l| l.starts_with("cargo run --release -- score"))
        .expect("main command");
    for word in line.split_whitespace().filter(|w| w.contains('/')) {
        assert!(
            root().join(word).exists(),
            "README names {word}, which does not exist"
        );
    }
}

#[test]
fn benchmarks_file_covers_every_bench() {
    let text = read("BENCHMARKS.md");
    for entry in std::fs::read_dir(root().join("crates")).unwrap() {
        let benches = entry.unwrap().path().join("benches");
        let Ok(files) = std::fs::read_dir(&benches) else {
            continue;
        };
        for file in files {
            let stem = file
                .unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .to_string();
            assert!(
                text.contains(&format!("--bench {stem}")),
                "BENCHMARKS.md does not cover bench `{stem}`"
            );
        }
    }
}

/// Every `.rs` file under `dir` (relative to the workspace root), with its text.
fn rust_files(dir: &str) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let mut stack = vec![root().join(dir)];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                found.push((path, text));
            }
        }
    }
    assert!(!found.is_empty(), "no Rust files under {dir}");
    found
}

/// The lines of `files` that mention `needle`, as `file:line: text`.
fn offending(files: &[(PathBuf, String)], needle: &str) -> Vec<String> {
    files
        .iter()
        .flat_map(|(path, text)| {
            text.lines()
                .enumerate()
                .filter(|(_, l)| l.contains(needle))
                .map(move |(n, l)| format!("{}:{}: {}", path.display(), n + 1, l.trim()))
        })
        .collect()
}

#[test]
fn api_web_and_cli_do_not_import_each_others_handlers() {
    for (dir, needle, home) in [
        (
            "crates/server/src/api",
            "crate::web",
            "move what both need to extract.rs, present.rs or service/",
        ),
        (
            "crates/server/src/web",
            "crate::api",
            "move what both need to extract.rs, present.rs or service/",
        ),
        (
            "crates/cli/src",
            "cyberindex_server::web",
            "use cyberindex_workflow",
        ),
    ] {
        let found = offending(&rust_files(dir), needle);
        assert!(
            found.is_empty(),
            "{dir} must not use {needle} ({home}):\n{}",
            found.join("\n")
        );
    }
}

/// What `text` imports or names from `krate`: the first segment after each `krate::`, and each
/// item of a `krate::{…}` group, as (line, segment).
fn used_from(text: &str, krate: &str) -> Vec<(usize, String)> {
    let prefix = format!("{krate}::");
    let line_of = |at: usize| text[..at].matches('\n').count() + 1;
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    for (at, _) in text.match_indices(&prefix) {
        let rest = &text[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Nested groups name their first segment before their own `{`.
            let mut depth = 0;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => return true,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    false
                })
                .map_or(group.len(), |(i, _)| i);
            let mut depth = 0;
            let mut item_start = 0;
            for (i, c) in group[..end].char_indices().chain([(end, ',')]) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.push((line_of(at), ident(&group[item_start..i])));
                        item_start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            found.push((line_of(at), ident(rest)));
        }
    }
    found.retain(|(_, s)| !s.is_empty());
    found
}

#[test]
fn web_handlers_do_not_import_each_other() {
    // A handler file is one resource action, not a library: what several pages share lives in
    // extract.rs, present.rs, forms/ or service/. Only web/mod.rs (the router's list of
    // handlers and the page helpers it defines) may name the handler modules.
    let dir = "crates/server/src/web";
    let files = rust_files(dir);
    let handlers: Vec<String> = files
        .iter()
        .filter_map(|(path, _)| path.file_stem()?.to_str().map(str::to_string))
        .filter(|stem| stem != "mod")
        .collect();
    let mut found = Vec::new();
    for (path, text) in &files {
        if path.file_name().is_some_and(|n| n == "mod.rs") {
            continue;
        }
        for krate in ["crate::web", "super"] {
            for (line, segment) in used_from(text, krate) {
                if handlers.contains(&segment) {
                    found.push(format!("{}:{line}: {krate}::{segment}", path.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{dir}: a handler file must not import another handler file (move what both need to \
         extract.rs, present.rs, forms/ or service/):\n{}",
        found.join("\n")
    );
}

#[test]
fn cli_calls_the_workflow_not_the_server_state_services_or_handlers() {
    // The CLI opens the store and calls `cyberindex_workflow`; of the server it uses only
    // `serve`, the configuration, the mailer, the i18n renderer and the static export.
    let forbidden = ["AppState", "state", "service", "web", "api", "error"];
    let mut found = Vec::new();
    for (path, text) in rust_files("crates/cli/src") {
        for (line, segment) in used_from(&text, "cyberindex_server") {
            if forbidden.contains(&segment.as_str()) {
                found.push(format!(
                    "{}:{line}: cyberindex_server::{segment}",
                    path.display()
                ));
            }
        }
        found.extend(offending(&[(path, text)], "AppState"));
    }
    assert!(
        found.is_empty(),
        "crates/cli/src must not use the server's AppState, service/, web/, api/ or error \
         (open the store and call cyberindex_workflow):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_import_scanner_sees_paths_and_groups() {
    let text = "use cyberindex_server::{Config, service::demo, mail::{Mailer, X}};\n\
                let s = cyberindex_server::AppState::new();\n";
    let found = used_from(text, "cyberindex_server");
    assert_eq!(
        found,
        [
            (1, "Config".to_string()),
            (1, "service".to_string()),
            (1, "mail".to_string()),
            (2, "AppState".to_string()),
        ]
    );
}

/// Publications' frozen documents (several MB each) are read in one place only, the store's
/// `publication`, so that no page or listing reads them by accident (issue 19): no other source
/// file names their table.
#[test]
fn only_the_store_reads_the_frozen_documents() {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(root().join("crates")).unwrap() {
        let dir = entry.unwrap().path().join("src");
        let Ok(relative) = dir.strip_prefix(root()) else {
            continue;
        };
        if !dir.is_dir() {
            continue;
        }
        for (path, text) in rust_files(&relative.to_string_lossy()) {
            let allowed = path.ends_with("crates/store/src/sql/publications.rs")
                || path.ends_with("crates/store/src/copy.rs");
            if text.contains("publication_documents") && !allowed {
                found.push(path.display().to_string());
            }
        }
    }
    assert!(
        found.is_empty(),
        "only the store's publications.rs (and the copy's table list) may name publication_documents:\n{}",
        found.join("\n")
    );
}
