//! `cyberindex publish` on a real installation: publishing from the command line, then
//! `--static OUT/`. The static site has no broken internal link (every `href` and `src` of every
//! page resolves to a written file, fragments to an id on the page); the open data equal the
//! scores `cyberindex score` gives on the published answers and framework; profile pages stay
//! small and make no external request.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cyberindex_store::{
    BulkAnswer, Decision, EvidenceKind, NewEdition, NewEvidence, Provenance, Status, Store,
};

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");
const FORMULA_ANSWER: &str = "=HYPERLINK(\"http://x\",\"y\")";
const COUNTRIES: [&str; 9] = [
    "BRA", "FJI", "FRA", "IND", "KEN", "LUX", "NPL", "SAU", "TON",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .current_dir(root())
        .env_remove("CYBERINDEX_DATA")
        .output()
        .unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "cyberindex {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// An installation with two editions: `past` (every country validated) and `now` (all but two
/// validated, Kenya with a public evidence file and a confidential one).
async fn installation(data: &Path) {
    std::fs::create_dir_all(data).unwrap();
    let url = format!("sqlite://{}?mode=rwc", data.join("cyberindex.db").display());
    let store = Store::open(&url).await.unwrap();
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    for (edition, seed, validated) in [("past", 2024, 9), ("now", 2026, 7)] {
        store
            .create_edition(
                &NewEdition {
                    id: edition.into(),
                    name: format!("Edition {edition}"),
                    names: Default::default(),
                    framework_id: framework.id.clone(),
                    framework_version: framework.version.clone(),
                    framework_source: FRAMEWORK.into(),
                    opens_on: "2026-01-01".into(),
                    deadline: "2099-12-31".into(),
                    countries: COUNTRIES.iter().map(|c| c.to_string()).collect(),
                },
                None,
            )
            .await
            .unwrap();
        let rows = cyberindex_demo::answers(&framework, &COUNTRIES, seed);
        for (i, code) in COUNTRIES.iter().enumerate() {
            let mut answers: Vec<BulkAnswer> = rows
                .iter()
                .filter(|r| r.unit == *code)
                .map(|r| BulkAnswer {
                    question: r.question.clone(),
                    value: Some(r.value.clone()),
                    comment: String::new(),
                    provenance: Provenance::Country,
                    evidence_url: None,
                })
                .collect();
            let with_evidence = edition == "now" && *code == "KEN";
            if with_evidence {
                // A text a spreadsheet would run as a formula, and a negative number.
                for (question, value) in [("ORG2.4", FORMULA_ANSWER), ("TEC1b.3", "-5")] {
                    answers.retain(|a| a.question != question);
                    answers.push(BulkAnswer {
                        question: question.into(),
                        value: Some(value.into()),
                        comment: String::new(),
                        provenance: Provenance::Country,
                        evidence_url: None,
                    });
                }
            }
            let status = if with_evidence {
                Status::InProgress
            } else {
                Status::InReview
            };
            store
                .bulk_load(edition, code, &answers, status, None)
                .await
                .unwrap();
            if with_evidence {
                add_evidence(&store, data, &framework.questions[0].id).await;
                store
                    .set_status(edition, code, &[Status::InProgress], Status::InReview, None)
                    .await
                    .unwrap();
            }
            if i < validated {
                let every: Vec<_> = framework
                    .questions
                    .iter()
                    .map(|q| (q.id.clone(), Decision::Accept, String::new()))
                    .collect();
                store
                    .bulk_review(edition, code, &every, None)
                    .await
                    .unwrap();
                store
                    .validate_response(
                        edition,
                        code,
                        cyberindex_workflow::status::rule("validate").from,
                        None,
                    )
                    .await
                    .unwrap();
            }
        }
    }
    store.close().await;
}

/// Evidence of Kenya: a public file, a public link and a confidential file.
async fn add_evidence(store: &Store, data: &Path, q: &str) {
    let bytes = b"%PDF-1.4 the cybercrime act";
    let sha = cyberindex_store::sha256_hex(bytes);
    let path = data.join("evidence").join(&sha[..2]).join(&sha);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    for (title, kind, public) in [
        (
            "Cybercrime Act",
            EvidenceKind::File {
                sha256: sha.clone(),
                file_name: "cybercrime-act.pdf".into(),
                media_type: "application/pdf".into(),
                size: bytes.len() as i64,
            },
            true,
        ),
        (
            "Gazette notice",
            EvidenceKind::Url {
                url: "https://gazette.example.org/act".into(),
            },
            true,
        ),
        (
            "Internal memo",
            EvidenceKind::File {
                sha256: sha.clone(),
                file_name: "memo.pdf".into(),
                media_type: "application/pdf".into(),
                size: bytes.len() as i64,
            },
            false,
        ),
        // A PDF by its content, uploaded under a page's name.
        (
            "Report",
            EvidenceKind::File {
                sha256: sha.clone(),
                file_name: "report.html".into(),
                media_type: "application/pdf".into(),
                size: bytes.len() as i64,
            },
            true,
        ),
    ] {
        store
            .add_evidence(
                "now",
                "KEN",
                &NewEvidence {
                    question_id: q.to_string(),
                    kind,
                    title: title.into(),
                    language: "en".into(),
                    issued_on: String::new(),
                    public,
                },
                None,
            )
            .await
            .unwrap();
    }
}

/// Every internal link of every HTML page under `out`, resolved: the missing ones.
fn broken_links(out: &Path) -> (usize, usize, Vec<String>) {
    let mut pages = Vec::new();
    let mut stack = vec![out.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "html") {
                pages.push(path);
            }
        }
    }
    let mut ids_of: HashMap<PathBuf, BTreeSet<String>> = HashMap::new();
    let ids =
        |text: &str| -> BTreeSet<String> { attribute_values(text, "id").into_iter().collect() };
    let mut checked = 0;
    let mut broken = Vec::new();
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        let dir = page.parent().unwrap();
        let mut links = attribute_values(&text, "href");
        links.extend(attribute_values(&text, "src"));
        // `<meta http-equiv="refresh" content="0; url=…">` forwards.
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
                let known = ids_of
                    .entry(file.clone())
                    .or_insert_with(|| ids(&std::fs::read_to_string(&file).unwrap_or_default()));
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
    (pages.len(), checked, broken)
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

#[test]
fn publish_then_export_a_static_site_with_no_broken_link_and_the_scores_of_cyberindex_score() {
    let data = std::env::temp_dir().join(format!("cyberindex-publish-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(installation(&data));
    let d = data.to_str().unwrap();

    // Nothing to say is an error that says what to do.
    let out = run(&["publish", "--data", d]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--static OUT"));

    let first = ok(&["publish", "--data", d, "--edition", "past"]);
    assert!(
        first.contains("published past version 1: 9 countries"),
        "{first}"
    );
    // A correction needs a note.
    let out = run(&["publish", "--data", d, "--edition", "past"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("change note"));
    ok(&[
        "publish",
        "--data",
        d,
        "--edition",
        "past",
        "--note",
        "A correction.",
    ]);
    let now = ok(&[
        "publish",
        "--data",
        d,
        "--edition",
        "now",
        "--licence",
        "CC0 1.0",
    ]);
    assert!(
        now.contains("published now version 1: 7 countries"),
        "{now}"
    );

    // The methodology lab runs on an edition of the installation too.
    let analysed: serde_json::Value = serde_json::from_str(&ok(&[
        "analyse",
        "--data",
        d,
        "--edition",
        "now",
        "--runs",
        "100",
        "--sensitivity",
        "0",
    ]))
    .unwrap();
    assert_eq!(analysed["units"].as_array().unwrap().len(), 7);
    let out = run(&["analyse", "--data", d, "--edition", "nope"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no edition `nope`"));

    let site = data.join("site");
    let report = ok(&["publish", "--data", d, "--static", site.to_str().unwrap()]);
    assert!(report.contains("for 2 editions (3 versions)"), "{report}");
    // 6 languages × (9 + 9 + 7) profiles.
    assert!(report.contains("150 country profiles"), "{report}");
    // And as PDF: 6 languages × (3 edition reports + 25 profiles).
    assert!(report.contains("168 PDF reports"), "{report}");
    for pdf in [
        "en/now/v1/report.pdf",
        "ar/past/v2/report.pdf",
        "zh/now/v1/countries/KEN/profile.pdf",
    ] {
        let bytes = std::fs::read(site.join(pdf)).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{pdf}");
    }

    // `cyberindex report`: the edition report, or one country's profile, in a language.
    let pdf = data.join("now-fr.pdf");
    let p = pdf.to_str().unwrap();
    ok(&[
        "report",
        "--data",
        d,
        "--edition",
        "now",
        "--lang",
        "fr",
        "-o",
        p,
    ]);
    let edition_report = std::fs::read(&pdf).unwrap();
    assert!(edition_report.starts_with(b"%PDF-"));
    ok(&[
        "report",
        "--data",
        d,
        "--edition",
        "now",
        "--country",
        "ken",
        "--lang",
        "ar",
        "-o",
        p,
    ]);
    let profile = std::fs::read(&pdf).unwrap();
    assert!(profile.starts_with(b"%PDF-") && profile.len() < edition_report.len());
    for (args, error) in [
        (
            vec!["--edition", "now", "--country", "XYZ"],
            "error: XYZ is not a country of now version 1",
        ),
        (
            vec!["--edition", "now", "--lang", "de"],
            "error: unknown language `de`: the languages are ar, zh, en, fr, ru, es",
        ),
        (
            vec!["--edition", "nope"],
            "error: there is no edition `nope`",
        ),
        (
            vec!["--edition", "now", "--version", "9"],
            "error: edition `now` has no published version 9 (the latest is 1)",
        ),
    ] {
        let mut all = vec!["report", "--data", d, "-o", p];
        all.extend(args);
        let out = run(&all);
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(error), "{all:?}: {stderr}");
    }

    let (pages, checked, broken) = broken_links(&site);
    assert!(
        pages > 150 && checked > 5_000,
        "{pages} pages, {checked} links"
    );
    assert!(
        broken.is_empty(),
        "{} broken links, e.g.:\n{}",
        broken.len(),
        broken[..broken.len().min(20)].join("\n")
    );

    // Every kind of page is valid HTML (the Nu Html Checker, when CI provides it).
    match std::env::var("VNU_JAR") {
        Ok(jar) => {
            let mut args = vec!["-jar".to_string(), jar, "--errors-only".into()];
            for page in [
                "index.html",
                "en/index.html",
                "en/now/index.html",
                "en/now/v1/index.html",
                "en/now/v1/map-score/index.html",
                "en/now/v1/ranking/index.html",
                "en/now/v1/countries/KEN/index.html",
                "en/now/v1/compare/index.html",
                "en/now/v1/methodology/index.html",
                "en/now/v1/data/index.html",
                "en/now/v1/robustness/index.html",
                "ar/past/v1/countries/FRA/index.html",
                "zh/past/v2/index.html",
                "ru/now/v1/ranking/index.html",
            ] {
                args.push(site.join(page).to_string_lossy().into_owned());
            }
            let out = Command::new("java").args(&args).output().unwrap();
            assert!(
                out.status.success(),
                "invalid HTML:\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Err(_) => assert!(
            std::env::var("CI").is_err(),
            "CI must set VNU_JAR: the HTML check cannot be skipped there"
        ),
    }

    // The checker itself finds a page that is gone.
    let gone = site.join("fr/now/v1/countries/NPL");
    std::fs::remove_dir_all(&gone).unwrap();
    let (_, _, broken) = broken_links(&site);
    assert!(
        broken.iter().any(|b| b.contains("countries/NPL/")),
        "the checker missed a removed page"
    );

    // The open data equal `cyberindex score` on the published answers and framework.
    let dir = site.join("opendata/now/v1");
    let scored: serde_json::Value = serde_json::from_str(&ok(&[
        "score",
        "--framework",
        dir.join("framework.toml").to_str().unwrap(),
        "--answers",
        dir.join("answers.csv").to_str().unwrap(),
        "--format",
        "json",
    ]))
    .unwrap();
    let published: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("results.json")).unwrap()).unwrap();
    assert_eq!(published["schema"], "cyberindex/results/1");
    assert_eq!(published["licence"], "CC0 1.0");
    let units = published["units"].as_array().unwrap();
    assert_eq!(units.len(), 7);
    for (mine, theirs) in units.iter().zip(scored["units"].as_array().unwrap()) {
        for field in [
            "unit",
            "rank",
            "overall",
            "tier",
            "answered",
            "missing",
            "nodes",
            "questions",
        ] {
            assert_eq!(mine[field], theirs[field], "{} {field}", mine["unit"]);
        }
    }
    // Only public evidence is published, and public files are copied.
    let evidence = published["evidence"].as_array().unwrap();
    let titles: Vec<&str> = evidence
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Cybercrime Act", "Gazette notice", "Report"]);
    // Files are written as `{id}.{extension of their type}`, never under the uploaded name, and
    // linked under that name.
    let kenya = std::fs::read_to_string(site.join("en/now/v1/countries/KEN/index.html")).unwrap();
    for (i, name) in [(0, "cybercrime-act.pdf"), (2, "report.html.pdf")] {
        let id = evidence[i]["id"].as_i64().unwrap();
        assert_eq!(
            std::fs::read(dir.join(format!("evidence/{id}.pdf"))).unwrap(),
            b"%PDF-1.4 the cybercrime act"
        );
        assert!(
            kenya.contains(&format!("evidence/{id}.pdf\" download=\"{name}\"")),
            "{name}"
        );
    }
    let exported: Vec<String> = std::fs::read_dir(dir.join("evidence"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(exported.iter().all(|f| f.ends_with(".pdf")), "{exported:?}");
    assert!(!kenya.contains("memo.pdf"));
    // A formula is quoted in the published answers.csv; a negative number is not, and the
    // scores above equal results.json all the same.
    let answers_csv = std::fs::read_to_string(dir.join("answers.csv")).unwrap();
    assert!(
        answers_csv.contains("KEN,ORG2.4,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        "{answers_csv}"
    );
    assert!(answers_csv.contains("KEN,TEC1b.3,-5,"));
    let ken = units.iter().find(|u| u["unit"] == "KEN").unwrap();
    let org = ken["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "ORG2.4")
        .unwrap();
    assert_eq!(org["value"], FORMULA_ANSWER);
    // History across editions links the other edition's profile.
    assert!(kenya.contains("../../../../past/v2/countries/KEN/"));

    // Profile pages are small and load nothing from elsewhere.
    for lang in ["en", "ar", "zh"] {
        for code in ["KEN", "FRA"] {
            let page = std::fs::read_to_string(
                site.join(format!("{lang}/now/v1/countries/{code}/index.html")),
            )
            .unwrap();
            let css = std::fs::metadata(site.join("static/app.css"))
                .unwrap()
                .len() as usize;
            let js = std::fs::metadata(site.join("static/public.js"))
                .unwrap()
                .len() as usize;
            assert!(
                page.len() + css + js < 200_000,
                "{lang} {code}: {} bytes",
                page.len()
            );
            for link in attribute_values(&page, "src") {
                assert!(!link.starts_with("http"), "external request: {link}");
            }
            assert!(page.contains(&format!("<html lang=\"{lang}\"")));
        }
    }
    let _ = std::fs::remove_dir_all(&data);
}
