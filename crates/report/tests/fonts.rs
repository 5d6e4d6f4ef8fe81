//! The fonts that ship with the project (`crates/report/fonts`): they are the files the README
//! lists, and their subsets cover every text the project ships, in every language.

use cyberindex_report::Fonts;
use cyberindex_report::fonts::{FAMILIES, SHIPPED};
use sha2::{Digest, Sha256};

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every shipped text: the locale files, the frameworks and the country list.
fn shipped_texts() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut dirs = vec![
        root().join("crates/server/locales"),
        root().join("frameworks"),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("ftl" | "toml")
            ) {
                files.push(path);
            }
        }
    }
    files.push(root().join("data/countries.csv"));
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.display().to_string(), text)
        })
        .collect()
}

#[test]
fn shipped_cjk_subset_covers_every_shipped_text() {
    let fonts = Fonts::shipped();
    let mut missing = Vec::new();
    for (path, text) in shipped_texts() {
        let uncovered = fonts.uncovered(&text);
        if !uncovered.is_empty() {
            missing.push(format!(
                "{path}: {}",
                uncovered
                    .iter()
                    .map(|c| format!("U+{:04X} {c}", *c as u32))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "the shipped fonts lack characters of shipped texts; run scripts/subset-fonts:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_shipped_files_are_the_ones_the_readme_lists_with_their_checksums() {
    let dir = root().join("crates/report/fonts");
    let sums = std::fs::read_to_string(dir.join("SHA256SUMS")).unwrap();
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    assert_eq!(sums.lines().count(), SHIPPED.len());
    for (file, bytes) in SHIPPED {
        let hash = hex::encode(Sha256::digest(bytes));
        assert!(
            sums.lines().any(|l| l == format!("{hash}  {file}")),
            "{file}: {hash} is not in SHA256SUMS"
        );
        assert!(readme.contains(&format!("`{file}`")), "{file}");
        assert!(
            FAMILIES.iter().any(|f| f.files.contains(&file)),
            "{file} is no family's file"
        );
    }
    assert!(
        std::fs::read_to_string(dir.join("OFL.txt"))
            .unwrap()
            .contains("SIL OPEN FONT LICENSE Version 1.1")
    );
}
