//! `cyberindex directory export|import|check` through the binary: an import shows its changes
//! field by field and saves nothing without --apply; with it, all or none; the export gives the
//! records back (public fields only with --public); `check` finds a security.txt's problems with
//! their lines and exits with 1 on an error.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .output()
        .unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("directory-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, text: &str) -> String {
    std::fs::write(path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn an_import_previews_then_applies_all_or_nothing_and_export_gives_the_records_back() {
    let root = dir("import");
    let data = root.join("data");
    let d = data.to_str().unwrap();
    let now = time::OffsetDateTime::now_utc();
    let teams: Vec<cyberindex_directory::Team> =
        cyberindex_demo::directory::teams(&[("KEN", "Kenya"), ("FRA", "France")], now, 3)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
    assert_eq!(teams.len(), 3);
    let file = write(
        &root.join("teams.json"),
        &serde_json::to_string_pretty(&teams).unwrap(),
    );

    // The preview names each new team and saves nothing.
    let preview = ok(&["directory", "import", "--data", d, &file]);
    assert!(
        preview.contains("new ken-cirt-demo: National CIRT of Kenya"),
        "{preview}"
    );
    assert!(
        preview.contains("3 to save, 0 unchanged; nothing saved (add --apply to save)"),
        "{preview}"
    );
    assert_eq!(ok(&["directory", "export", "--data", d]).trim(), "[]");

    let applied = ok(&["directory", "import", "--data", d, &file, "--apply"]);
    assert!(applied.contains("saved 3 teams"), "{applied}");
    let exported: Vec<cyberindex_directory::Team> =
        serde_json::from_str(&ok(&["directory", "export", "--data", d])).unwrap();
    let mut expected = teams.clone();
    expected.sort_by(|a, b| {
        (&a.country.value, &a.official_name.value).cmp(&(&b.country.value, &b.official_name.value))
    });
    assert_eq!(exported, expected);

    // Importing the same again changes nothing; a changed field is shown before and after.
    let again = ok(&["directory", "import", "--data", d, &file]);
    assert!(again.contains("0 to save, 3 unchanged"), "{again}");
    let mut changed = teams.clone();
    changed[0].short_name.as_mut().unwrap().value = "KE-CIRT".into();
    let file2 = write(
        &root.join("changed.json"),
        &serde_json::to_string(&changed).unwrap(),
    );
    let preview = ok(&["directory", "import", "--data", d, &file2]);
    assert!(preview.contains("change ken-cirt-demo:"), "{preview}");
    assert!(
        preview.contains("short_name: KEN-CIRT demo → KE-CIRT"),
        "{preview}"
    );

    // One bad record refuses the whole file, naming the record and the field.
    let mut bad = changed.clone();
    bad[2].country.value = "France".into();
    let file3 = write(
        &root.join("bad.json"),
        &serde_json::to_string(&bad).unwrap(),
    );
    let out = run(&["directory", "import", "--data", d, &file3, "--apply"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("[2] fra-cirt-demo: country") && stderr.contains("Nothing was imported."),
        "{stderr}"
    );
    let after: Vec<cyberindex_directory::Team> =
        serde_json::from_str(&ok(&["directory", "export", "--data", d])).unwrap();
    assert_eq!(
        after, expected,
        "the good records of a refused file were saved"
    );

    // A file that is not JSON says where.
    let file4 = write(&root.join("broken.json"), "[\n  {\"id\": \"x\",\n  oops\n]");
    let out = run(&["directory", "import", "--data", d, &file4]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.json: 1 problem(s):\n  line 3, column 3: key must be a string\n"),
        "{stderr}"
    );

    // --public leaves out every members' and restricted field.
    let public = ok(&["directory", "export", "--data", d, "--public"]);
    for team in &teams {
        for c in &team.channels {
            if c.visibility != cyberindex_directory::Visibility::Public {
                assert!(!public.contains(&c.value.value), "{} leaked", c.value.value);
            }
        }
    }
    assert!(public.contains("incidents@ken-cirt-demo.example.org"));
}

#[test]
fn check_finds_a_security_txt_s_problems_with_their_lines() {
    let root = dir("check");
    let expires = (time::OffsetDateTime::now_utc() + time::Duration::days(100))
        .replace_nanosecond(0)
        .unwrap()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let good = write(
        &root.join("good.txt"),
        &format!("Contact: mailto:security@example.org\nExpires: {expires}\n"),
    );
    let out = ok(&["directory", "check", &good]);
    assert!(out.contains("unsigned"), "{out}");
    let expired = write(
        &root.join("expired.txt"),
        "# not renewed\nContact: mailto:psirt@example.net\nExpires: 2025-01-31T00:00:00Z\n",
    );
    let out = run(&["directory", "check", &good, &expired]);
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("expired.txt:3: error expired:"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 error(s) in 2 file(s)"));
    let rfc = write(
        &root.join("rfc2350.txt"),
        "1. Document information\n1.1 Date of last update\n   2026-02-01\n2. Contact information\n2.1 Name of the team\n   KE-CIRT\n",
    );
    let out = run(&["directory", "check", &rfc]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("rfc2350.txt"), "{stdout}");
}

/// FIRST's and Trusted Introducer's layouts import through the same preview, with what they
/// carry that the record cannot hold printed as findings.
#[test]
fn first_and_trusted_introducer_files_import_with_their_findings() {
    let root = dir("exchange");
    let data = root.join("data");
    let d = data.to_str().unwrap();
    let fixtures = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../directory/tests/fixtures/exchange"
    );
    let ti = format!("{fixtures}/ti_teams.json");
    // What the layout carries that the record cannot hold is printed; a team with an unknown
    // country refuses the whole file, by its place in it, before anything is previewed.
    let out = run(&["directory", "import", "--data", d, "--from", "ti", &ti]);
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("info no_home: [0].postal_address"),
        "{stdout}"
    );
    assert!(
        stdout.contains("info key_expired: [1].pgp_keys[0].expires"),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("[2] island-cert: country:") && stderr.contains("Nothing was imported."),
        "{stderr}"
    );
    assert_eq!(ok(&["directory", "export", "--data", d]).trim(), "[]");
    let first = format!("{fixtures}/first_teams.json");
    let out = run(&[
        "directory",
        "import",
        "--data",
        d,
        "--from",
        "first",
        &first,
    ]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("[2] zz-cert: country:"), "{stderr}");
    // Without the team of an unknown country, the other two import and export back.
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&first).unwrap()).unwrap();
    value["data"].as_array_mut().unwrap().truncate(2);
    let two = write(&root.join("first-two.json"), &value.to_string());
    let preview = ok(&["directory", "import", "--data", d, "--from", "first", &two]);
    assert!(
        preview.contains("warning bad_phone: data[1].phone[1]"),
        "{preview}"
    );
    assert!(preview.contains("2 to save, 0 unchanged"), "{preview}");
    let applied = ok(&[
        "directory",
        "import",
        "--data",
        d,
        "--from",
        "first",
        &two,
        "--apply",
    ]);
    assert!(applied.contains("saved 2 teams"), "{applied}");
    let exported: Vec<cyberindex_directory::Team> =
        serde_json::from_str(&ok(&["directory", "export", "--data", d])).unwrap();
    assert_eq!(exported.len(), 2);
    assert!(exported.iter().all(|t| t.official_name.provenance.source
        == cyberindex_directory::Source::ImportFirst));
}

#[test]
fn spreadsheets_and_one_team_files_import_and_signatures_are_checked() {
    let root = dir("sheets");
    let data = root.join("data");
    let d = data.to_str().unwrap();
    let now = time::OffsetDateTime::now_utc();
    let teams: Vec<cyberindex_directory::Team> =
        cyberindex_demo::directory::teams(&[("KEN", "Kenya")], now, 3)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
    let file = write(
        &root.join("teams.json"),
        &serde_json::to_string(&teams).unwrap(),
    );
    ok(&["directory", "import", "--data", d, &file, "--apply"]);

    // The template is refused as it comes: its example row must be deleted first.
    let template = root.join("template.xlsx");
    ok(&[
        "directory",
        "export",
        "--data",
        d,
        "--format",
        "template",
        "--out",
        template.to_str().unwrap(),
    ]);
    let out = run(&[
        "directory",
        "import",
        "--data",
        d,
        "--from",
        "xlsx",
        template.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("row 2") && stderr.contains("Nothing was imported."),
        "{stderr}"
    );

    // The directory as a workbook reads back unchanged; a CSV with a renamed team changes one
    // field and keeps the contact persons.
    let workbook = root.join("teams.xlsx");
    ok(&[
        "directory",
        "export",
        "--data",
        d,
        "--format",
        "xlsx",
        "--out",
        workbook.to_str().unwrap(),
    ]);
    let again = ok(&[
        "directory",
        "import",
        "--data",
        d,
        "--from",
        "xlsx",
        workbook.to_str().unwrap(),
    ]);
    assert!(again.contains("0 to save, 2 unchanged"), "{again}");
    let csv = ok(&["directory", "export", "--data", d, "--format", "csv"]);
    let renamed = write(
        &root.join("renamed.csv"),
        &csv.replace(&teams[0].official_name.value, "Renamed in a sheet"),
    );
    let applied = ok(&[
        "directory",
        "import",
        "--data",
        d,
        "--from",
        "csv",
        &renamed,
        "--apply",
    ]);
    assert!(
        applied.contains("official_name:") && applied.contains("→ Renamed in a sheet"),
        "{applied}"
    );
    assert!(applied.contains("saved 1 teams"), "{applied}");
    let exported: Vec<cyberindex_directory::Team> =
        serde_json::from_str(&ok(&["directory", "export", "--data", d])).unwrap();
    let renamed = exported.iter().find(|t| t.id == teams[0].id).unwrap();
    assert_eq!(renamed.official_name.value, "Renamed in a sheet");
    assert_eq!(renamed.contacts, teams[0].contacts);

    // A security.txt adds to a named team; without --team it is refused.
    let expires = (now + time::Duration::days(90))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let sectxt = write(
        &root.join("security.txt"),
        &format!("Contact: mailto:psirt@ken.example.org\nExpires: {expires}\n"),
    );
    let out = run(&[
        "directory",
        "import",
        "--data",
        d,
        "--from",
        "security-txt",
        &sectxt,
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--team ID"));
    let added = ok(&[
        "directory",
        "import",
        "--data",
        d,
        "--from",
        "security-txt",
        "--team",
        &teams[0].id,
        &sectxt,
        "--apply",
    ]);
    assert!(
        added.contains("channels:") && added.contains("psirt@ken.example.org"),
        "{added}"
    );
    assert!(
        added.contains(&format!(
            "kept as the security.txt last seen of {}",
            teams[0].id
        )),
        "{added}"
    );

    // check --key: a signed file verifies; the same file altered does not.
    let fixtures = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../directory/tests/fixtures/openpgp"
    );
    let secret = std::fs::read_to_string(format!("{fixtures}/valid.sec.asc")).unwrap();
    let body = format!("Contact: mailto:psirt@ken.example.org\nExpires: {expires}\n");
    let signed = cyberindex_directory::openpgp::clear_sign(
        &body,
        &secret,
        "test passphrase, not secret",
        now,
    )
    .unwrap();
    let good = write(&root.join("signed-security.txt"), &signed);
    let key = format!("{fixtures}/valid.pub.asc");
    let out = ok(&["directory", "check", &good, "--key", &key]);
    assert!(out.contains("signature_ok"), "{out}");
    let altered = write(
        &root.join("altered-security.txt"),
        &signed.replace("psirt@", "attacker@"),
    );
    let out = run(&["directory", "check", &altered, "--key", &key]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("signature_bad"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
