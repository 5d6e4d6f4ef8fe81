//! The directory's public part in the static export (issue 16, part 6): `publish --static`
//! writes the who's who, the region and country pages and each team's page in every language,
//! and the downloads and each team's files once, all at the public level. The demonstration
//! teams hold values at every visibility; none of the members' or restricted values may appear
//! in any exported file, and every internal link of every page resolves to a file.

use crate::common;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use common::TestApp;
use cyberindex_directory::{Team, Visibility};
use reqwest::Method;
use serde_json::{Value, json};

fn teams() -> Vec<Team> {
    let now = time::OffsetDateTime::now_utc();
    cyberindex_demo::directory::teams(
        &[
            ("KEN", "Kenya"),
            ("FRA", "France"),
            ("JPN", "Japan"),
            ("NGA", "Nigeria"),
            ("EGY", "Egypt"),
        ],
        now,
        11,
    )
    .into_iter()
    .map(|(t, _)| t)
    .collect()
}

/// Without spaces, dashes and dots, lower case: phone numbers and addresses as any file
/// format may write them.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
        .flat_map(char::to_lowercase)
        .collect()
}

fn strings(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// Every text of a field above the public level that the public view does not also hold.
fn hidden_values(teams: &[Team]) -> BTreeSet<String> {
    let mut hidden = BTreeSet::new();
    fn walk(value: &Value, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                let level = map.get("visibility").and_then(Value::as_str);
                if matches!(level, Some("members" | "restricted")) {
                    if let Some(v) = map.get("value") {
                        strings(v, out);
                    }
                } else {
                    map.values().for_each(|v| walk(v, out));
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut public = BTreeSet::new();
    for team in teams {
        walk(&serde_json::to_value(team).unwrap(), &mut hidden);
        strings(
            &serde_json::to_value(team.view(Visibility::Public)).unwrap(),
            &mut public,
        );
    }
    hidden
        .into_iter()
        // Values, not the names of enums (`TrustedIntroducer`, `certified`): addresses,
        // numbers, prefixes and persons' names all hold a digit, `@`, `/` or `:`.
        .filter(|s| {
            !public.contains(s)
                && squash(s).chars().count() >= 6
                && s.chars()
                    .any(|c| c.is_ascii_digit() || matches!(c, '@' | '/' | ':'))
        })
        .collect()
}

fn files_under(out: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![out.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The values of `name="…"` attributes in HTML or SVG text.
fn attribute_values(text: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        if let Some(end) = rest.find('"') {
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out
}

/// Every internal link of every HTML page under `out` that does not resolve to a file (or to
/// an `id` on it), as the CLI's static-export test checks them.
fn broken_links(out: &Path) -> (usize, Vec<String>) {
    let pages: Vec<PathBuf> = files_under(out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    let mut ids_of: HashMap<PathBuf, BTreeSet<String>> = HashMap::new();
    let mut checked = 0;
    let mut broken = Vec::new();
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        let dir = page.parent().unwrap();
        let mut links = attribute_values(&text, "href");
        links.extend(attribute_values(&text, "src"));
        for content in attribute_values(&text, "content") {
            if let Some(to) = content.split("url=").nth(1) {
                links.push(to.to_string());
            }
        }
        for link in links {
            if link.starts_with("http://")
                || link.starts_with("https://")
                || link.starts_with("mailto:")
            {
                continue;
            }
            checked += 1;
            let link = link.replace("&amp;", "&");
            let (target, fragment) = match link.split_once('#') {
                Some((t, f)) => (t.to_string(), Some(f.to_string())),
                None => (link.clone(), None),
            };
            let target = target.split('?').next().unwrap().to_string();
            if target.starts_with('/') {
                broken.push(format!("{}: absolute link {link}", page.display()));
                continue;
            }
            let mut file = if target.is_empty() {
                page.clone()
            } else {
                normalise(&dir.join(&target))
            };
            if target.ends_with('/') || file.is_dir() {
                file = file.join("index.html");
            }
            if !file.starts_with(out) || !file.is_file() {
                broken.push(format!("{}: {link}", page.display()));
                continue;
            }
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                let known = ids_of.entry(file.clone()).or_insert_with(|| {
                    attribute_values(&std::fs::read_to_string(&file).unwrap_or_default(), "id")
                        .into_iter()
                        .collect()
                });
                if !known.contains(&fragment) {
                    broken.push(format!(
                        "{}: #{fragment} not on {}",
                        page.display(),
                        file.display()
                    ));
                }
            }
        }
    }
    (checked, broken)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_static_export_holds_the_public_directory_and_nothing_else() {
    let app = TestApp::new().await;
    let teams = teams();
    for team in &teams {
        let r = app
            .api(
                Method::PUT,
                &format!("/api/v1/directory/teams/{}", team.id),
                "reviewer",
            )
            .json(&json!({ "team": team }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
    }
    let dir = tempfile_dir();
    let out = dir.join("site");
    let evidence = cyberindex_blobs::Blobs::local(dir.join("evidence")).unwrap();
    let loaded = cyberindex_server::public::export::load(&app.state.store)
        .await
        .unwrap();
    // The demonstration teams, and the test installation's own team.
    assert_eq!(loaded.teams.len(), teams.len() + 1);
    let report = cyberindex_server::public::export::write(&loaded, &out, &evidence, true)
        .await
        .unwrap();
    assert!(
        report.pages > 6 * (1 + 6 + 5 + teams.len()) - 1,
        "{report:?}"
    );

    // The pages, in every language; the files, once.
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        for page in [
            "directory/",
            "directory/regions/africa/",
            "directory/regions/arab-states/",
            "directory/countries/KEN/",
            "directory/countries/EGY/",
        ] {
            let file = out.join(lang).join(page).join("index.html");
            let html =
                std::fs::read_to_string(&file).unwrap_or_else(|_| panic!("{}", file.display()));
            assert!(
                html.contains(&format!("lang=\"{lang}\"")),
                "{}",
                file.display()
            );
        }
        for team in &teams {
            assert!(
                out.join(lang)
                    .join(format!("directory/teams/{}/index.html", team.id))
                    .is_file()
            );
        }
        let index = std::fs::read_to_string(out.join(lang).join("index.html")).unwrap();
        assert!(
            index.contains("href=\"directory/\""),
            "the results site links the directory"
        );
    }
    let whos_who = std::fs::read_to_string(out.join("en/directory/index.html")).unwrap();
    assert!(whos_who.contains("<svg class=\"map\""), "the map");
    assert!(
        !whos_who.contains("<form method=\"get\""),
        "no form in a static page"
    );
    for team in &teams {
        assert!(whos_who.contains(&format!("href=\"../directory/teams/{}/\"", team.id)));
        for file in ["security.txt", "rfc2350.txt", "rfc2350.md", "team.vcf"] {
            let path = out.join(format!("directory/teams/{}/{file}", team.id));
            assert!(path.is_file(), "{}", path.display());
        }
    }
    for file in [
        "teams.json",
        "teams.csv",
        "teams.first.json",
        "teams.ti.json",
    ] {
        assert!(out.join("directory").join(file).is_file(), "{file}");
    }
    let listed: Vec<Value> =
        serde_json::from_slice(&std::fs::read(out.join("directory/teams.json")).unwrap()).unwrap();
    assert_eq!(listed.len(), teams.len() + 1);
    let security =
        std::fs::read_to_string(out.join(format!("directory/teams/{}/security.txt", teams[0].id)))
            .unwrap();
    assert!(
        security.contains("Contact: ") && security.contains("Expires: "),
        "{security}"
    );

    // Nothing above the public level, in any file of the export.
    let hidden = hidden_values(&teams);
    assert!(hidden.len() > 10, "{hidden:?}");
    let mut leaks = Vec::new();
    for file in files_under(&out) {
        let text = squash(&String::from_utf8_lossy(&std::fs::read(&file).unwrap()));
        for value in &hidden {
            if text.contains(&squash(value)) {
                leaks.push(format!("{}: {value}", file.display()));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "{} values above public:\n{}",
        leaks.len(),
        leaks.join("\n")
    );

    // Every link resolves.
    let (checked, broken) = broken_links(&out);
    assert!(checked > 1000, "{checked}");
    assert!(
        broken.is_empty(),
        "{} broken links, e.g.:\n{}",
        broken.len(),
        broken
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn tempfile_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "cyberindex-directory-static-{}-{}",
        std::process::id(),
        cyberindex_store::now_ms()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
