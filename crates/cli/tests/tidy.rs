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
            "use cyberindex_workflow or cyberindex_server::service",
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
