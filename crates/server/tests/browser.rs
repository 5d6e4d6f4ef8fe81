//! Browser test in headless Chromium (through chromedriver): a focal point accepts an invitation,
//! signs in, answers (autosave), attaches a link and a file, and submits; a contributor cannot
//! submit. Runs wherever chromedriver is installed; under CI it must run.

use crate::common;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{EDITION, STAFF_TEAM, TestApp};
use cyberindex_store::{NewUser, Role};
use fantoccini::{Client, ClientBuilder, Locator};

struct Driver {
    child: Child,
    port: u16,
    profile: std::path::PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn chromedriver() -> Option<Driver> {
    let path = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let Some(path) = path else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install chromium-driver: the browser test cannot be skipped there"
        );
        eprintln!(
            "chromedriver not found: skipping the browser test (install chromium and chromium-driver to run it)"
        );
        return None;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let profile =
        std::env::temp_dir().join(format!("cyberindex-chromium-{}-{port}", std::process::id()));
    // The driver owns the process from here on: dropping it kills and waits for chromedriver.
    let driver = Driver {
        child,
        port,
        profile,
    };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some(driver);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    drop(driver);
    panic!("chromedriver did not start");
}

async fn browser(driver: &Driver, name: &str) -> Client {
    browser_with(driver, name, true).await
}

/// A browser with JavaScript switched off (`javascript: false`), as some readers have it.
async fn browser_with(driver: &Driver, name: &str, javascript: bool) -> Client {
    browser_sized(driver, name, javascript, (1280, 2000)).await
}

/// A browser whose page is `size` CSS pixels (a 390 × 844 phone, say).
async fn browser_sized(driver: &Driver, name: &str, javascript: bool, size: (u32, u32)) -> Client {
    // Several TLS back-ends are compiled in; chromedriver speaks plain HTTP, but the client
    // builder still wants one chosen.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let profile = driver.profile.join(name);
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", format!("--window-size={},{}", size.0, size.1), format!("--user-data-dir={}", profile.display())],
            "prefs": { "profile.managed_default_content_settings.javascript": if javascript { 1 } else { 2 } }
        }),
    );
    // Headless Chromium keeps windows at least 500 pixels wide: narrower pages are emulated.
    if size.0 < 500 {
        caps["goog:chromeOptions"]["mobileEmulation"] = serde_json::json!({
            "deviceMetrics": { "width": size.0, "height": size.1, "pixelRatio": 1 }
        });
    }
    ClientBuilder::rustls()
        .unwrap()
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .unwrap()
}

async fn fill(c: &Client, css: &str, text: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn wait_for_text(c: &Client, css: &str, text: &str) {
    for _ in 0..100 {
        if let Ok(el) = c.find(Locator::Css(css)).await
            && el.text().await.unwrap_or_default().contains(text)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "`{text}` never appeared in {css}: {}",
        c.source()
            .await
            .unwrap_or_default()
            .chars()
            .take(3000)
            .collect::<String>()
    );
}

/// Keeps a screenshot of the page as a test artefact, in `target/tmp/browser/NAME.png`.
async fn screenshot(c: &Client, name: &str) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

/// Counts what a user does: each page opened, click and form sent is one action.
#[derive(Default)]
struct Actions(u32);

impl Actions {
    async fn goto(&mut self, c: &Client, url: &str) {
        self.0 += 1;
        c.goto(url).await.unwrap();
    }

    async fn click(&mut self, c: &Client, css: &str) {
        self.0 += 1;
        click(c, css).await;
    }
}

/// A valid answer to every question of the framework, and a link as evidence where it is
/// required, through the API as the focal point of KEN; then the response is submitted.
async fn answer_everything_and_submit(app: &TestApp) {
    use cyberindex_engine::QuestionType;
    let framework = app.state.framework(EDITION).await.unwrap();
    let base = format!("/api/v1/editions/{EDITION}/responses/KEN");
    for q in &framework.questions {
        let value = match q.kind {
            QuestionType::Number => serde_json::json!(3),
            QuestionType::Url => serde_json::json!("https://example.org/strategy"),
            QuestionType::Date => serde_json::json!("2024-05-01"),
            QuestionType::Text => serde_json::json!("A national team of 12 people."),
            _ => serde_json::json!(q.options[0].id),
        };
        let r = app
            .api(
                reqwest::Method::PUT,
                &format!("{base}/answers/{}", q.id),
                "focal-ken",
            )
            .json(&serde_json::json!({"value": value, "version": 0}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{}: {}", q.id, r.text().await.unwrap());
        if q.evidence_required {
            let r = app
                .api(
                    reqwest::Method::POST,
                    &format!("{base}/answers/{}/evidence", q.id),
                    "focal-ken",
                )
                .json(&serde_json::json!({"url": "https://example.org/evidence", "title": "Official text"}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 201, "{}", q.id);
        }
    }
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("{base}/submit"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
}

/// Gives a test user (who has none) a password to sign in with.
async fn give_password(app: &TestApp, email: &str, password: &str) {
    let user = app.state.store.user_by_email(email).await.unwrap().unwrap();
    app.state
        .store
        .set_password(user.id, &cyberindex_server::auth::hash_password(password))
        .await
        .unwrap();
}

async fn sign_in(c: &Client, app: &TestApp, email: &str, password: &str) {
    c.goto(&app.url("/login")).await.unwrap();
    fill(c, "#email", email).await;
    fill(c, "#password", password).await;
    click(c, "form[action='/login'] button[type=submit]").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_focal_point_answers_attaches_evidence_and_submits() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    let (_, link) = cyberindex_server::service::accounts::invite(
        &app.state,
        &NewUser {
            email: "fp.browser@test.example.org".into(),
            name: "FP".into(),
            role: Role::FocalPoint,
            country: Some("KEN".into()),
            observed: vec![],
            team: None,
        },
        None,
    )
    .await
    .unwrap();
    let c = browser(&driver, "focal").await;

    // Accept the invitation.
    c.goto(&link).await.unwrap();
    fill(&c, "#password", "a password for the test").await;
    fill(&c, "#confirm", "a password for the test").await;
    click(&c, "main form button[type=submit]").await;

    // Accepting signs in straight away; open the workspace.
    wait_for_text(&c, "h1", "My responses").await;
    click(&c, &format!("a[href='/editions/{EDITION}/countries/KEN']")).await;
    wait_for_text(&c, "h1", "Kenya").await;

    // Answer: autosave, announced in the status region.
    click(&c, "#q-LEG1\\.1 input[value='in-place']").await;
    wait_for_text(&c, "#save-status", "All changes saved.").await;
    let answers = app.state.store.answers(EDITION, "KEN").await.unwrap();
    assert_eq!(
        answers
            .iter()
            .find(|a| a.question_id == "LEG1.1")
            .and_then(|a| a.value.as_deref()),
        Some("in-place")
    );
    wait_for_text(&c, "#total-answered", "1").await;

    // Attach a link.
    click(&c, "#q-LEG1\\.1 details.add-evidence summary").await;
    fill(&c, "#et-LEG1\\.1", "Cybercrime Act").await;
    fill(&c, "#eu-LEG1\\.1", "https://example.org/cybercrime-act").await;
    click(&c, "#q-LEG1\\.1 details.add-evidence button[type=submit]").await;
    wait_for_text(&c, "#q-LEG1\\.1 .evidence ul", "Cybercrime Act").await;

    // Attach a file.
    let pdf = app.dir.join("act.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n% test\n%%EOF\n").unwrap();
    click(&c, "#q-LEG1\\.1 details.add-evidence summary").await;
    fill(&c, "#et-LEG1\\.1", "Official gazette").await;
    fill(&c, "#ef-LEG1\\.1", &pdf.display().to_string()).await;
    click(&c, "#q-LEG1\\.1 details.add-evidence button[type=submit]").await;
    wait_for_text(&c, "#q-LEG1\\.1 .evidence ul", "Official gazette").await;
    assert_eq!(
        app.state
            .store
            .evidence(EDITION, "KEN")
            .await
            .unwrap()
            .len(),
        2
    );

    // Review and submit.
    click(
        &c,
        &format!("a[href='/editions/{EDITION}/countries/KEN/submit']"),
    )
    .await;
    wait_for_text(&c, "h1", "Review and submit").await;
    wait_for_text(&c, "main", "Unanswered questions").await;
    click(&c, "input[name=confirm]").await;
    click(&c, "main form button[type=submit]").await;
    wait_for_text(&c, ".status", "Submitted").await;
    // The page confirms the submission and says what happens next.
    wait_for_text(&c, ".done-notice", "What happens next").await;
    screenshot(&c, "workspace-submitted").await;
    assert_eq!(
        app.state
            .store
            .response(EDITION, "KEN")
            .await
            .unwrap()
            .status,
        cyberindex_store::Status::Submitted
    );
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_contributor_answers_but_cannot_submit() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(
        &app,
        "contributor-ken@test.example.org",
        "contributor password",
    )
    .await;
    let c = browser(&driver, "contributor").await;
    sign_in(
        &c,
        &app,
        "contributor-ken@test.example.org",
        "contributor password",
    )
    .await;
    wait_for_text(&c, "h1", "My responses").await;
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN")))
        .await
        .unwrap();
    click(&c, "#q-LEG1\\.2 input[value='in-place']").await;
    wait_for_text(&c, "#save-status", "All changes saved.").await;
    // No submit link in the workspace, and the review page says why.
    assert!(
        c.find(Locator::Css(&format!(
            "a[href='/editions/{EDITION}/countries/KEN/submit']"
        )))
        .await
        .is_err()
    );
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN/submit")))
        .await
        .unwrap();
    wait_for_text(
        &c,
        "main",
        "Only the country's focal point can submit the response.",
    )
    .await;
    assert!(c.find(Locator::Css("input[name=confirm]")).await.is_err());
    assert_eq!(
        app.state
            .store
            .response(EDITION, "KEN")
            .await
            .unwrap()
            .status,
        cyberindex_store::Status::InProgress
    );
    c.close().await.unwrap();
}

const AXE: &str = include_str!("vendor/axe-4.14.1.min.js");

/// Runs axe-core's WCAG 2.1 A and AA rules on the current page; returns the violations found.
async fn axe_violations(c: &Client) -> Vec<String> {
    c.execute(&format!("{AXE}\nreturn true;"), vec![])
        .await
        .unwrap();
    let result = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + ' nodes, e.g. ' + JSON.stringify(v.nodes[0].target) + '): ' + v.help)))
                .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(result).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_pass_automated_wcag_checks() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    for (email, password) in [
        ("admin@test.example.org", "admin password 1"),
        ("focal-ken@test.example.org", "focal password 1"),
    ] {
        give_password(&app, email, password).await;
    }
    cyberindex_server::service::demo::seed_directory(&app.state.store)
        .await
        .unwrap();
    let mut failures = Vec::new();
    let c = browser(&driver, "axe").await;
    for path in [
        "/",
        "/login",
        "/password/reset",
        "/directory/",
        "/directory/?country=KEN&type=national",
        "/directory/teams/ken-cirt-demo/",
    ] {
        c.goto(&app.url(path)).await.unwrap();
        failures.extend(
            axe_violations(&c)
                .await
                .into_iter()
                .map(|v| format!("{path}: {v}")),
        );
    }
    sign_in(&c, &app, "admin@test.example.org", "admin password 1").await;
    wait_for_text(&c, "h1", "Editions").await;
    for path in [
        "/editions".to_string(),
        format!("/editions/{EDITION}/dashboard"),
        "/editions/new".into(),
        "/admin/users".into(),
        "/admin/users/3".into(),
        format!("/editions/{EDITION}/archive"),
        format!("/editions/{EDITION}/publish"),
        "/admin/outbox".into(),
        "/account".into(),
        format!("/editions/{EDITION}/countries/KEN"),
        format!("/editions/{EDITION}/review"),
        format!("/editions/{EDITION}/countries/KEN/review"),
        format!("/editions/{EDITION}/audit"),
        "/admin/audit".into(),
        "/admin/webhooks".into(),
        "/notifications".into(),
        "/directory/teams/ken-cirt-demo/".into(),
        "/directory/?sort=staleness".into(),
        "/directory/checks/".into(),
        "/directory/checks/1/".into(),
        "/directory/import".into(),
        "/directory/teams/ken-cirt-demo/rfc2350/sign".into(),
    ] {
        c.goto(&app.url(&path)).await.unwrap();
        failures.extend(
            axe_violations(&c)
                .await
                .into_iter()
                .map(|v| format!("{path} (admin): {v}")),
        );
    }
    c.close().await.unwrap();
    let c = browser(&driver, "axe-focal").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    for path in [
        format!("/editions/{EDITION}/countries/KEN"),
        format!("/editions/{EDITION}/countries/KEN/submit"),
        format!("/language/ar?next=/editions/{EDITION}/countries/KEN"),
        "/directory/".into(),
        "/directory/teams/fra-cirt-demo/".into(),
    ] {
        c.goto(&app.url(&path)).await.unwrap();
        failures.extend(
            axe_violations(&c)
                .await
                .into_iter()
                .map(|v| format!("{path} (focal point): {v}")),
        );
    }
    c.close().await.unwrap();
    assert!(
        failures.is_empty(),
        "{} WCAG violations:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The axe checks again with the pages in Arabic (right to left), for the administrator and the
/// reviewer; with a submitted response, so that the review page shows its decision forms and the
/// send-back preview, on a pillar of its own and whole; and the country's workspace.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_in_arabic_pass_automated_wcag_checks() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    for (email, password) in [
        ("admin@test.example.org", "admin password 1"),
        ("reviewer@test.example.org", "reviewer password 1"),
        ("focal-ken@test.example.org", "focal password 1"),
    ] {
        give_password(&app, email, password).await;
    }
    answer_and_submit(&app, &[("LEG1.1", "in-place"), ("LEG1.2", "partial")]).await;
    let mut failures = Vec::new();
    let c = browser(&driver, "axe-ar").await;
    c.goto(&app.url("/language/ar?next=/login")).await.unwrap();
    for path in ["/", "/login", "/password/reset"] {
        c.goto(&app.url(path)).await.unwrap();
        failures.extend(
            axe_violations(&c)
                .await
                .into_iter()
                .map(|v| format!("{path} (ar): {v}")),
        );
    }
    sign_in(&c, &app, "admin@test.example.org", "admin password 1").await;
    wait_for_text(&c, "form[action='/logout']", "").await;
    let review = format!("/editions/{EDITION}/countries/KEN/review");
    for path in [
        "/editions".to_string(),
        format!("/editions/{EDITION}/dashboard"),
        "/editions/new".into(),
        "/admin/users".into(),
        "/admin/users/3".into(),
        format!("/editions/{EDITION}/archive"),
        format!("/editions/{EDITION}/publish"),
        "/admin/outbox".into(),
        "/account".into(),
        format!("/editions/{EDITION}/countries/KEN"),
        format!("/editions/{EDITION}/review"),
        review.clone(),
        format!("{review}?pillar=LEG"),
        format!("{review}?pillar=all&show=undecided"),
        format!("/editions/{EDITION}/audit"),
        "/admin/audit".into(),
        "/admin/webhooks".into(),
        "/notifications".into(),
        "/directory/teams/ken-cirt-demo/".into(),
        "/directory/checks/".into(),
        "/directory/import".into(),
    ] {
        c.goto(&app.url(&path)).await.unwrap();
        let dir = c
            .find(Locator::Css("html"))
            .await
            .unwrap()
            .attr("dir")
            .await
            .unwrap();
        assert_eq!(dir.as_deref(), Some("rtl"), "{path} is not in Arabic");
        failures.extend(
            axe_violations(&c)
                .await
                .into_iter()
                .map(|v| format!("{path} (admin, ar): {v}")),
        );
    }
    // Forms refused beside their fields, in Arabic and in English.
    failures.extend(axe_on_refused_forms(&c, &app, "admin, ar").await);
    c.goto(&app.url("/language/en?next=/")).await.unwrap();
    failures.extend(axe_on_refused_forms(&c, &app, "admin, en").await);
    c.goto(&app.url("/language/ar?next=/")).await.unwrap();
    // The send-back form with its preview is on the review page.
    c.goto(&app.url(&format!("{review}?pillar=LEG")))
        .await
        .unwrap();
    assert!(
        c.find(Locator::Css("form[action$='/return'] textarea#message"))
            .await
            .is_ok(),
        "the send-back form was checked"
    );
    screenshot(&c, "review-send-back-ar").await;
    c.close().await.unwrap();

    let c = browser(&driver, "axe-ar-reviewer").await;
    c.goto(&app.url("/language/ar?next=/login")).await.unwrap();
    sign_in(&c, &app, "reviewer@test.example.org", "reviewer password 1").await;
    wait_for_text(&c, "form[action='/logout']", "").await;
    for path in [
        format!("/editions/{EDITION}/review"),
        format!("{review}?pillar=LEG"),
        format!("{review}?pillar=TEC"),
        "/notifications".into(),
        "/account".into(),
    ] {
        c.goto(&app.url(&path)).await.unwrap();
        failures.extend(
            axe_violations(&c)
                .await
                .into_iter()
                .map(|v| format!("{path} (reviewer, ar): {v}")),
        );
    }
    c.close().await.unwrap();

    let c = browser(&driver, "axe-ar-focal").await;
    c.goto(&app.url("/language/ar?next=/login")).await.unwrap();
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "form[action='/logout']", "").await;
    for path in [
        format!("/editions/{EDITION}/countries/KEN"),
        format!("/editions/{EDITION}/countries/KEN?pillar=TEC"),
        format!("/editions/{EDITION}/countries/KEN/submit"),
    ] {
        c.goto(&app.url(&path)).await.unwrap();
        failures.extend(
            axe_violations(&c)
                .await
                .into_iter()
                .map(|v| format!("{path} (focal point, ar): {v}")),
        );
    }
    c.close().await.unwrap();
    assert!(
        failures.is_empty(),
        "{} WCAG violations:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The new-edition, account and send-back forms sent with mistakes (past the browser's own
/// checks), then the axe checks on the page that comes back with each error beside its field.
async fn axe_on_refused_forms(c: &Client, app: &TestApp, label: &str) -> Vec<String> {
    let mut failures = Vec::new();
    c.goto(&app.url("/editions/new")).await.unwrap();
    c.execute(
        "const f = document.querySelector(\"form[action='/editions/new']\");
         f.id.value = 'Bad Id'; f.elements.name.value = 'Next'; f.opens_on.value = '2027-06-01';
         f.deadline.value = '2027-01-01'; f.countries.value = 'KEN XYZ';
         HTMLFormElement.prototype.submit.call(f);",
        vec![],
    )
    .await
    .unwrap();
    wait_for_text(c, "#countries-error", "XYZ").await;
    failures.extend(
        axe_violations(c)
            .await
            .into_iter()
            .map(|v| format!("/editions/new refused ({label}): {v}")),
    );
    c.goto(&app.url("/account")).await.unwrap();
    fill(c, "#token-name", "deploy").await;
    fill(c, "#token-password", "not the password").await;
    click(c, "form[action='/account/tokens'] button[type=submit]").await;
    wait_for_text(c, "#token-password-error", "").await;
    failures.extend(
        axe_violations(c)
            .await
            .into_iter()
            .map(|v| format!("/account refused ({label}): {v}")),
    );
    // KEN is submitted and nothing is asked about yet: sending back is refused above the form.
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN/review")))
        .await
        .unwrap();
    fill(c, "#message", "Please look again.").await;
    click(c, "#send-back button[type=submit]").await;
    wait_for_text(c, "#send-back .error-summary", "").await;
    failures.extend(
        axe_violations(c)
            .await
            .into_iter()
            .map(|v| format!("send-back refused ({label}): {v}")),
    );
    failures
}

/// Answers the given questions of KEN through the API as its focal point, then submits.
async fn answer_and_submit(app: &TestApp, answers: &[(&str, &str)]) {
    let base = format!("/api/v1/editions/{EDITION}/responses/KEN");
    for (question, value) in answers {
        let r = app
            .api(
                reqwest::Method::PUT,
                &format!("{base}/answers/{question}"),
                "focal-ken",
            )
            .json(&serde_json::json!({"value": value, "version": 0}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{question}: {}", r.text().await.unwrap());
    }
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("{base}/submit"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
}

/// Issue 14, item 2 (honest rounds): the send-back preview says what the country may change and
/// warns about undecided questions; in round 2 the reviewer's message is at the top of the
/// workspace, an unanswered question can be answered and an accepted one cannot change.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sending_back_says_what_the_country_may_change_and_freezes_only_accepted_answers() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    for (email, password) in [
        ("reviewer@test.example.org", "reviewer password 1"),
        ("focal-ken@test.example.org", "focal password 1"),
    ] {
        give_password(&app, email, password).await;
    }
    answer_and_submit(
        &app,
        &[
            ("LEG1.1", "in-place"),
            ("LEG1.2", "partial"),
            ("LEG1.3", "in-place"),
        ],
    )
    .await;

    // The reviewer accepts LEG1.1 and asks about LEG1.2; LEG1.3 stays undecided.
    let c = browser(&driver, "honest-reviewer").await;
    sign_in(&c, &app, "reviewer@test.example.org", "reviewer password 1").await;
    wait_for_text(&c, "h1", "Editions").await;
    let review = app.url(&format!("/editions/{EDITION}/countries/KEN/review"));
    c.goto(&review).await.unwrap();
    wait_for_text(&c, "h1", "Review").await;
    click(&c, "#q-LEG1\\.1 .decision-form input[value='accept']").await;
    click(&c, "#q-LEG1\\.1 .decision-form button[type=submit]").await;
    wait_for_text(&c, "#q-LEG1\\.1 .decision-mark", "Accept").await;
    click(&c, "#q-LEG1\\.2 .decision-form input[value='clarify']").await;
    fill(&c, "#rc-LEG1\\.2", "Which body enforces it?").await;
    click(&c, "#q-LEG1\\.2 .decision-form button[type=submit]").await;
    wait_for_text(&c, "#q-LEG1\\.2 .decision-mark", "Request clarification").await;

    // Opening "send back": what the country will be able to change, and a warning.
    c.goto(&review).await.unwrap();
    let form = "form[action$='/return']";
    wait_for_text(&c, form, "the country will be able to change").await;
    wait_for_text(&c, form, "questions you asked about: 1").await;
    wait_for_text(&c, form, "answered questions without a decision: 1").await;
    wait_for_text(&c, form, "questions not answered yet").await;
    wait_for_text(&c, form, "Accepted answers stay frozen: 1.").await;
    wait_for_text(&c, &format!("{form} .notice"), "have no decision yet").await;
    c.execute(
        "document.querySelector(\"form[action$='/return']\").scrollIntoView();",
        vec![],
    )
    .await
    .unwrap();
    screenshot(&c, "send-back-preview").await;
    fill(
        &c,
        "#message",
        "Please say who enforces the law; the rest is fine.",
    )
    .await;
    click(&c, &format!("{form} button[type=submit]")).await;
    wait_for_text(&c, ".status", "Returned for revision").await;
    c.close().await.unwrap();

    // Round 2: the message at the top; LEG1.4 (never answered) can be answered, LEG1.1
    // (accepted) cannot change.
    let c = browser(&driver, "honest-focal").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN")))
        .await
        .unwrap();
    wait_for_text(
        &c,
        ".round-notice .round-message",
        "Please say who enforces the law; the rest is fine.",
    )
    .await;
    screenshot(&c, "round-2-workspace").await;
    let frozen = c
        .find(Locator::Css("#q-LEG1\\.1 .answer fieldset"))
        .await
        .unwrap();
    assert_eq!(
        frozen.attr("disabled").await.unwrap().as_deref(),
        Some("true")
    );
    let open = c
        .find(Locator::Css("#q-LEG1\\.4 .answer fieldset"))
        .await
        .unwrap();
    assert_eq!(open.attr("disabled").await.unwrap(), None);
    click(&c, "#q-LEG1\\.4 input[value='partial']").await;
    wait_for_text(&c, "#save-status", "All changes saved.").await;
    c.close().await.unwrap();
    let answers = app.state.store.answers(EDITION, "KEN").await.unwrap();
    let value = |q: &str| {
        answers
            .iter()
            .find(|a| a.question_id == q)
            .and_then(|a| a.value.clone())
    };
    assert_eq!(value("LEG1.4").as_deref(), Some("partial"));
    assert_eq!(value("LEG1.1").as_deref(), Some("in-place"));
    // The server refuses a change to the accepted answer, whatever the page shows.
    let r = app
        .api(
            reqwest::Method::PUT,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1"),
            "focal-ken",
        )
        .json(&serde_json::json!({"value": "partial", "version": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
}

/// Issue 14, item 3: evidence without a link or a file comes back with the message beside the
/// file field and the title typed kept; a clarification requested without a comment is refused
/// beside the comment.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_evidence_and_decisions_say_why_beside_the_field() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    for (email, password) in [
        ("reviewer@test.example.org", "reviewer password 1"),
        ("focal-ken@test.example.org", "focal password 1"),
    ] {
        give_password(&app, email, password).await;
    }
    let c = browser(&driver, "errors-focal").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN")))
        .await
        .unwrap();
    click(&c, "#q-LEG1\\.1 details.add-evidence summary").await;
    fill(&c, "#et-LEG1\\.1", "Cybercrime Act 2018").await;
    click(&c, "#q-LEG1\\.1 details.add-evidence button[type=submit]").await;
    wait_for_text(
        &c,
        "#q-LEG1\\.1 .field-error",
        "Give a link or choose a file.",
    )
    .await;
    let file = c.find(Locator::Css("#ef-LEG1\\.1")).await.unwrap();
    assert_eq!(
        file.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    assert!(
        file.attr("aria-describedby")
            .await
            .unwrap()
            .unwrap()
            .contains("ee-LEG1.1")
    );
    let title = c.find(Locator::Css("#et-LEG1\\.1")).await.unwrap();
    assert_eq!(
        title.prop("value").await.unwrap().as_deref(),
        Some("Cybercrime Act 2018")
    );
    c.execute(
        "document.getElementById('ee-LEG1.1').scrollIntoView({block: 'center'});",
        vec![],
    )
    .await
    .unwrap();
    screenshot(&c, "evidence-refused-beside-the-field").await;
    assert!(
        app.state
            .store
            .evidence(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty()
    );
    c.close().await.unwrap();

    answer_and_submit(&app, &[("LEG1.1", "in-place")]).await;
    let c = browser(&driver, "errors-reviewer").await;
    sign_in(&c, &app, "reviewer@test.example.org", "reviewer password 1").await;
    wait_for_text(&c, "h1", "Editions").await;
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN/review")))
        .await
        .unwrap();
    wait_for_text(&c, "h1", "Review").await;
    // With JavaScript the decision is refused in place, in the form.
    click(&c, "#q-LEG1\\.1 .decision-form input[value='clarify']").await;
    click(&c, "#q-LEG1\\.1 .decision-form button[type=submit]").await;
    wait_for_text(
        &c,
        "#q-LEG1\\.1 .decision-form .form-error",
        "comment is required",
    )
    .await;
    // The comment is marked, points at the message, and takes the focus.
    let comment = c.find(Locator::Css("#rc-LEG1\\.1")).await.unwrap();
    assert_eq!(
        comment.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    assert!(
        comment
            .attr("aria-describedby")
            .await
            .unwrap()
            .unwrap_or_default()
            .starts_with("rfe-LEG1.1")
    );
    assert_eq!(
        c.active_element()
            .await
            .unwrap()
            .attr("id")
            .await
            .unwrap()
            .as_deref(),
        Some("rc-LEG1.1")
    );
    // Without it, the form posts and the page comes back with the message beside the comment
    // and the decision chosen kept.
    c.execute(
        "HTMLFormElement.prototype.submit.call(document.getElementById('q-LEG1.1').querySelector('.decision-form'));",
        vec![],
    )
    .await
    .unwrap();
    wait_for_text(&c, "#re-LEG1\\.1", "comment is required").await;
    let comment = c.find(Locator::Css("#rc-LEG1\\.1")).await.unwrap();
    assert_eq!(
        comment.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    assert_eq!(
        c.find(Locator::Css(
            "#q-LEG1\\.1 .decision-form input[value='clarify']"
        ))
        .await
        .unwrap()
        .prop("checked")
        .await
        .unwrap()
        .as_deref(),
        Some("true")
    );
    c.execute(
        "document.getElementById('re-LEG1.1').scrollIntoView({block: 'center'});",
        vec![],
    )
    .await
    .unwrap();
    screenshot(&c, "decision-refused-beside-the-comment").await;
    assert!(
        app.state
            .store
            .reviews(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty(),
        "no decision recorded"
    );
    c.close().await.unwrap();
}

/// Issue 14, item 4: the questionnaire as a navigable document: an index with status marks,
/// "next unanswered", a filter, and one pillar per page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_questionnaire_has_an_index_a_next_link_a_filter_and_a_page_per_pillar() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(&app, "focal-ken@test.example.org", "focal password 1").await;
    let base = format!("/api/v1/editions/{EDITION}/responses/KEN");
    for (question, value) in [("LEG1.1", "in-place"), ("LEG1.2", "partial")] {
        let r = app
            .api(
                reqwest::Method::PUT,
                &format!("{base}/answers/{question}"),
                "focal-ken",
            )
            .json(&serde_json::json!({"value": value, "version": 0}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
    }
    let c = browser(&driver, "navigable").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    let workspace = app.url(&format!("/editions/{EDITION}/countries/KEN"));
    c.goto(&workspace).await.unwrap();

    // The index: every pillar, each question with its mark.
    let pillars = c
        .find_all(Locator::Css(".question-index details.index-pillar"))
        .await
        .unwrap();
    assert!(pillars.len() >= 4, "{} pillars in the index", pillars.len());
    let mark = |id: &'static str| {
        let c = c.clone();
        async move {
            c.find(Locator::Css(&format!(
                ".question-index li:has(a[href$='#q-{id}'])"
            )))
            .await
            .unwrap()
            .attr("class")
            .await
            .unwrap()
            .unwrap_or_default()
        }
    };
    assert_ne!(mark("LEG1.1").await, "index-todo");
    assert_eq!(mark("LEG1.3").await, "index-todo");
    wait_for_text(&c, ".question-index", "LEG1.3").await;
    screenshot(&c, "question-index").await;

    // One pillar per page: the first pillar's questions only, and a link to the next pillar.
    assert!(c.find(Locator::Css("#q-LEG1\\.1")).await.is_ok());
    assert!(c.find(Locator::Css("#q-TEC1b\\.3")).await.is_err());
    click(&c, "nav.pager a[rel=next]").await;
    wait_for_text(&c, "nav.pager", "Previous").await;
    assert!(c.current_url().await.unwrap().as_str().contains("pillar="));
    assert!(c.find(Locator::Css("#q-LEG1\\.1")).await.is_err());
    assert!(c.find(Locator::Css("article.question")).await.is_ok());

    // "Next unanswered" goes to the first question not answered: LEG1.3.
    c.goto(&workspace).await.unwrap();
    click(&c, "a.next-link[data-next=todo]").await;
    wait_for_text(&c, "#q-LEG1\\.3", "LEG1.3").await;
    assert!(
        c.current_url()
            .await
            .unwrap()
            .as_str()
            .ends_with("#q-LEG1.3")
    );
    // The question stops below the sticky progress line, not under it.
    let clear = c
        .execute(
            "return document.getElementById('q-LEG1.3').getBoundingClientRect().top >=
                    document.querySelector('.sticky-progress').getBoundingClientRect().bottom - 1;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        clear,
        serde_json::json!(true),
        "LEG1.3 is under the progress line"
    );
    screenshot(&c, "next-unanswered").await;

    // The filter: only the questions not answered are left.
    c.find(Locator::Css("#f-show"))
        .await
        .unwrap()
        .select_by_value("unanswered")
        .await
        .unwrap();
    click(&c, ".question-index form.filters button[type=submit]").await;
    wait_for_text(&c, "#q-LEG1\\.3", "LEG1.3").await;
    assert!(c.find(Locator::Css("#q-LEG1\\.1")).await.is_err());
    assert!(c.find(Locator::Css("#q-LEG1\\.2")).await.is_err());
    screenshot(&c, "questionnaire-filtered-unanswered").await;
    c.close().await.unwrap();
}

/// Issue 14, item 5: the unit and range beside a number input; an out-of-range value is refused
/// with a message naming the range, and nothing is saved.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_number_outside_its_range_is_refused_with_the_range_named() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(&app, "focal-ken@test.example.org", "focal password 1").await;
    let c = browser(&driver, "numbers").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    c.goto(&app.url(&format!(
        "/editions/{EDITION}/countries/KEN?pillar=TEC#q-TEC1b.3"
    )))
    .await
    .unwrap();
    wait_for_text(&c, "#h-TEC1b\\.3", "Whole number").await;
    wait_for_text(&c, "#h-TEC1b\\.3", "0 or more").await;
    wait_for_text(&c, "#h-TEC1b\\.3", "teams").await;
    // The page saves by itself: the "Save answer" button, for pages without JavaScript, is
    // hidden (a `display` rule for buttons used to override `hidden`).
    let button = c
        .find(Locator::Css("#q-TEC1b\\.3 button.save"))
        .await
        .unwrap();
    assert!(!button.is_displayed().await.unwrap());
    let input = c.find(Locator::Css("#v-TEC1b\\.3")).await.unwrap();
    assert_eq!(input.attr("min").await.unwrap().as_deref(), Some("0"));
    assert_eq!(input.attr("step").await.unwrap().as_deref(), Some("1"));
    assert_eq!(
        input.attr("aria-describedby").await.unwrap().as_deref(),
        Some("h-TEC1b.3")
    );
    fill(&c, "#v-TEC1b\\.3", "-5").await;
    wait_for_text(&c, "#q-TEC1b\\.3 .conflict", "-5 is below 0").await;
    wait_for_text(&c, "#save-status", "could not be saved").await;
    // The refusal is marked on the input and tied to its message; "Saving…" is gone.
    assert_eq!(
        input.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    let fieldset = c.find(Locator::Css("#q-TEC1b\\.3 fieldset")).await.unwrap();
    assert_eq!(
        fieldset.attr("aria-describedby").await.unwrap().as_deref(),
        Some("qc-TEC1b.3")
    );
    let mark = c.find(Locator::Css("#q-TEC1b\\.3 .q-saved")).await.unwrap();
    assert_eq!(mark.text().await.unwrap(), "");
    c.execute(
        "document.getElementById('q-TEC1b.3').scrollIntoView();",
        vec![],
    )
    .await
    .unwrap();
    screenshot(&c, "number-out-of-range").await;
    let answers = app.state.store.answers(EDITION, "KEN").await.unwrap();
    assert!(
        !answers
            .iter()
            .any(|a| a.question_id == "TEC1b.3" && a.value.is_some()),
        "nothing saved"
    );
    c.close().await.unwrap();
}

/// Issue 14, item 9: accepting an invitation signs in; after submitting, the page says what
/// happens next; a notification shows as an unread count on Notifications.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invited_focal_point_is_signed_in_told_what_happens_next_and_sees_unread_notifications()
{
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    let (user, link) = cyberindex_server::service::accounts::invite(
        &app.state,
        &NewUser {
            email: "fp.next@test.example.org".into(),
            name: "FP".into(),
            role: Role::FocalPoint,
            country: Some("KEN".into()),
            observed: vec![],
            team: None,
        },
        None,
    )
    .await
    .unwrap();
    let c = browser(&driver, "small-things").await;
    c.goto(&link).await.unwrap();
    fill(&c, "#password", "a password for the test").await;
    fill(&c, "#confirm", "a password for the test").await;
    click(&c, "main form button[type=submit]").await;
    // Signed in straight away: the account's own pages, no sign-in form.
    wait_for_text(&c, "h1", "My responses").await;
    wait_for_text(&c, "form[action='/logout']", "").await;
    assert!(c.find(Locator::Css("a[href='/login']")).await.is_err());
    screenshot(&c, "invitation-accepted-signed-in").await;

    let base = format!("/api/v1/editions/{EDITION}/responses/KEN");
    let r = app
        .api(
            reqwest::Method::PUT,
            &format!("{base}/answers/LEG1.1"),
            "focal-ken",
        )
        .json(&serde_json::json!({"value": "in-place", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN/submit")))
        .await
        .unwrap();
    click(&c, "input[name=confirm]").await;
    click(&c, "main form button[type=submit]").await;
    wait_for_text(&c, ".status", "Submitted").await;
    wait_for_text(&c, ".done-notice", "Your response has been submitted").await;
    wait_for_text(&c, ".done-notice", "What happens next").await;
    screenshot(&c, "submitted-what-happens-next").await;

    // No unread count yet; one notification arrives, and the count shows on every page.
    assert!(
        c.find(Locator::Css("a[href='/notifications'] .badge"))
            .await
            .is_err()
    );
    app.state
        .store
        .notify(
            &[user.id],
            "Kenya: a reviewer asked about LEG1.1",
            &format!("/editions/{EDITION}/countries/KEN"),
        )
        .await
        .unwrap();
    c.goto(&app.url("/")).await.unwrap();
    wait_for_text(&c, "a[href='/notifications'] .badge", "1").await;
    screenshot(&c, "notifications-unread-count").await;
    click(&c, "a[href='/notifications']").await;
    wait_for_text(&c, "main", "a reviewer asked about LEG1.1").await;
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewer_requests_clarification_and_the_country_answers_it() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    for (email, password) in [
        ("reviewer@test.example.org", "reviewer password 1"),
        ("focal-ken@test.example.org", "focal password 1"),
    ] {
        give_password(&app, email, password).await;
    }
    // The country has answered and submitted.
    let base = format!("/api/v1/editions/{EDITION}/responses/KEN");
    let r = app
        .api(
            reqwest::Method::PUT,
            &format!("{base}/answers/LEG1.1"),
            "focal-ken",
        )
        .json(&serde_json::json!({"value": "in-place", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("{base}/submit"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // The reviewer asks for clarification and sends the response back.
    let c = browser(&driver, "reviewer").await;
    sign_in(&c, &app, "reviewer@test.example.org", "reviewer password 1").await;
    wait_for_text(&c, "h1", "Editions").await;
    c.goto(&app.url(&format!("/editions/{EDITION}/review")))
        .await
        .unwrap();
    click(
        &c,
        &format!("a[href='/editions/{EDITION}/countries/KEN/review']"),
    )
    .await;
    wait_for_text(&c, "h1", "Review").await;
    click(&c, "#q-LEG1\\.1 .decision-form input[value='clarify']").await;
    fill(&c, "#rc-LEG1\\.1", "Which article defines the offence?").await;
    click(&c, "#q-LEG1\\.1 .decision-form button[type=submit]").await;
    // The decision saves in place: the question's mark and the live status say so.
    wait_for_text(&c, "#q-LEG1\\.1 .decision-mark", "Request clarification").await;
    wait_for_text(&c, "#review-status", "Decision saved").await;
    screenshot(&c, "review-decided").await;
    let violations = axe_violations(&c).await;
    assert!(violations.is_empty(), "review page: {violations:?}");
    click(&c, "form[action$='/return'] button[type=submit]").await;
    wait_for_text(&c, ".status", "Returned for revision").await;
    c.close().await.unwrap();

    // The country sees what is asked, revises the answer, replies and resubmits.
    let c = browser(&driver, "focal-round-2").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN")))
        .await
        .unwrap();
    wait_for_text(&c, ".round-notice", "LEG1.1").await;
    wait_for_text(
        &c,
        "#q-LEG1\\.1 .review-box",
        "Which article defines the offence?",
    )
    .await;
    let violations = axe_violations(&c).await;
    assert!(violations.is_empty(), "returned workspace: {violations:?}");
    click(&c, "#q-LEG1\\.1 input[value='partial']").await;
    wait_for_text(&c, "#save-status", "All changes saved.").await;
    fill(&c, "#tm-LEG1\\.1", "Article 4; only partly in force.").await;
    click(&c, "#q-LEG1\\.1 .thread button[type=submit]").await;
    wait_for_text(&c, "#q-LEG1\\.1 .thread ol", "Article 4").await;
    click(
        &c,
        &format!("a[href='/editions/{EDITION}/countries/KEN/submit']"),
    )
    .await;
    click(&c, "input[name=confirm]").await;
    click(&c, "main form button[type=submit]").await;
    wait_for_text(&c, ".status", "Submitted").await;
    c.close().await.unwrap();

    let response = app.state.store.response(EDITION, "KEN").await.unwrap();
    assert_eq!(
        (response.status, response.round),
        (cyberindex_store::Status::Submitted, 2)
    );
    let answers = app.state.store.answers(EDITION, "KEN").await.unwrap();
    assert_eq!(answers[0].value.as_deref(), Some("partial"));
    let thread = app
        .state
        .store
        .messages(EDITION, "KEN", false)
        .await
        .unwrap();
    assert_eq!(thread[0].author, "focal-ken@test.example.org");
}

/// The "done" path of publishing, on the demonstration installation: an administrator publishes
/// the demo edition, a visitor opens the map, follows a country to its profile and compares two
/// countries; the public pages pass the automated WCAG checks, in English and Arabic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_publishes_the_demo_and_a_visitor_browses_the_results() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    cyberindex_server::service::demo::seed(&app.state.store)
        .await
        .unwrap();
    let demo = cyberindex_server::service::demo::EDITION;
    let c = browser(&driver, "publish").await;
    sign_in(&c, &app, "admin@demo.example.org", "demo-admin-2026").await;
    wait_for_text(&c, "h1", "Editions").await;
    c.goto(&app.url(&format!("/editions/{demo}/publish")))
        .await
        .unwrap();
    wait_for_text(&c, "h1", "Publish").await;
    click(&c, "form[action$='/publish'] button[type=submit]").await;
    // Back on the edition, which links to what was just published.
    wait_for_text(
        &c,
        "[data-published]",
        "Version 1 of the results is published.",
    )
    .await;
    click(
        &c,
        &format!("[data-published] a[href='/results/{demo}/v1/']"),
    )
    .await;
    wait_for_text(&c, ".edition-bar", "Version 1 of 1").await;
    assert!(
        c.current_url()
            .await
            .unwrap()
            .path()
            .ends_with(&format!("/results/{demo}/v1/"))
    );
    // Signed out, a visitor follows a country on the map.
    c.close().await.unwrap();
    let c = browser(&driver, "visitor").await;
    c.goto(&app.url(&format!("/results/{demo}/v1/")))
        .await
        .unwrap();
    let validated = app
        .state
        .store
        .responses(demo)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.status == cyberindex_store::Status::Validated)
        .map(|r| r.country)
        .collect::<Vec<_>>();
    let first = &validated[0];
    let second = &validated[1];
    let link = c
        .find(Locator::Css(&format!(
            "svg.map a[href='countries/{first}/']"
        )))
        .await
        .unwrap();
    let name = cyberindex_answers::countries::by_alpha3(first)
        .unwrap()
        .name_en
        .clone();
    assert!(
        link.attr("aria-label")
            .await
            .unwrap()
            .unwrap()
            .starts_with(&name)
    );
    link.click().await.unwrap();
    wait_for_text(&c, "h1", &name).await;
    wait_for_text(&c, "#recommendations-heading", "Recommendations").await;
    // Compare the two by typing their names into the combobox and picking with the keyboard.
    c.goto(&app.url(&format!("/results/{demo}/v1/compare/")))
        .await
        .unwrap();
    for (k, code) in [first, second].into_iter().enumerate() {
        let name = cyberindex_answers::countries::by_alpha3(code)
            .unwrap()
            .name_en
            .clone();
        let input = c.find(Locator::Css("#compare-add")).await.unwrap();
        input.send_keys(&name).await.unwrap();
        wait_for_text(&c, "#compare-options [role=option]", &name).await;
        assert_eq!(
            input.attr("aria-expanded").await.unwrap().as_deref(),
            Some("true")
        );
        input.send_keys("\u{e015}").await.unwrap(); // ArrowDown
        input.send_keys("\u{e007}").await.unwrap(); // Enter
        let expected = if k == 0 {
            format!("c={first}")
        } else {
            format!("c={first},{second}")
        };
        for _ in 0..50 {
            if c.current_url().await.unwrap().query() == Some(expected.as_str()) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(
            c.current_url().await.unwrap().query(),
            Some(expected.as_str())
        );
    }
    let shown = c
        .find_all(Locator::Css("#compare tbody tr:not([hidden])"))
        .await
        .unwrap();
    assert_eq!(shown.len(), 2);
    assert_eq!(
        shown[0].attr("data-code").await.unwrap().as_deref(),
        Some(first.as_str())
    );
    c.find(Locator::Css("svg.chart.grouped")).await.unwrap();
    screenshot(&c, "compare-two").await;
    // The ranking filters by region in the page (as in the static copy).
    c.goto(&app.url(&format!("/results/{demo}/v1/ranking/")))
        .await
        .unwrap();
    c.find(Locator::Css("#filter-region"))
        .await
        .unwrap()
        .select_by_value("Africa")
        .await
        .unwrap();
    wait_for_text(&c, "#ranking-count", "Countries shown").await;
    for row in c
        .find_all(Locator::Css("#ranking tbody tr:not([hidden])"))
        .await
        .unwrap()
    {
        assert_eq!(
            row.attr("data-region").await.unwrap().as_deref(),
            Some("Africa")
        );
    }
    // Sorting by name puts the rows in name order.
    click(&c, "#ranking thead th:nth-child(2) button").await;
    let sorted = c
        .find(Locator::Css("#ranking thead th:nth-child(2)"))
        .await
        .unwrap();
    assert_eq!(
        sorted.attr("aria-sort").await.unwrap().as_deref(),
        Some("ascending")
    );
    let mut failures = Vec::new();
    for path in [
        "/results/".to_string(),
        format!("/results/{demo}/v1/"),
        format!("/results/{demo}/v1/map-score/"),
        format!("/results/{demo}/v1/ranking/"),
        format!("/results/{demo}/v1/countries/{first}/"),
        format!("/results/{demo}/v1/compare/?c={first},{second}"),
        format!("/results/{demo}/v1/search/?q=a"),
        format!("/results/{demo}/v1/methodology/"),
        format!("/results/{demo}/v1/data/"),
        format!("/results/{demo}/v1/robustness/"),
        "/results/demo-2024/v1/countries/FRA/".to_string(),
        format!("/language/ar?next=/results/{demo}/v1/countries/{first}/"),
        format!("/results/{demo}/v1/"),
    ] {
        c.goto(&app.url(&path)).await.unwrap();
        failures.extend(
            axe_violations(&c)
                .await
                .into_iter()
                .map(|v| format!("{path}: {v}")),
        );
    }
    c.close().await.unwrap();
    assert!(
        failures.is_empty(),
        "{} WCAG violations:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_clears_answers_kept_on_the_device() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(&app, "focal-ken@test.example.org", "focal password 1").await;
    let c = browser(&driver, "sign-out").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN")))
        .await
        .unwrap();
    wait_for_text(&c, "h1", "Kenya").await;
    // What autosave keeps while a save is not yet confirmed, plus another site's key.
    let stored = c
        .execute(
            "localStorage.setItem('cyberindex:unsaved:/x', '{\"LEG1.1\":[[\"value\",\"in-place\"]]}');\
             localStorage.setItem('not-ours', '1');\
             return localStorage.length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(stored, serde_json::json!(2));
    click(&c, "form[action='/logout'] button[type=submit]").await;
    wait_for_text(&c, "h1", "Sign in").await;
    let left = c
        .execute(
            "return localStorage.getItem('cyberindex:unsaved:/x');",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(left, serde_json::Value::Null);
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewer_downloads_a_200_kb_pdf_byte_for_byte() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    // A PDF whose body does not compress, as real PDFs are, of the size that was once cut short.
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut x = 0x9e37_79b9_7f4a_7c15_u64;
    pdf.extend((0..200_000).map(|_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        match (x >> 24) as u8 {
            b'<' => b'>',
            b => b,
        }
    }));
    assert_eq!(pdf.len(), 200_009);
    let form = reqwest::multipart::Form::new()
        .text("title", "Cybercrime Act")
        .text("language", "en")
        .part(
            "file",
            reqwest::multipart::Part::bytes(pdf.clone()).file_name("act.pdf"),
        );
    let r = app
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1/evidence"),
            "focal-ken",
        )
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let id = r.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    give_password(&app, "reviewer@test.example.org", "reviewer password 1").await;
    let c = browser(&driver, "download").await;
    sign_in(&c, &app, "reviewer@test.example.org", "reviewer password 1").await;
    wait_for_text(&c, "h1", "").await;
    // The browser's own request (it offers gzip, deflate, br and zstd), hashed in the page.
    let got = c
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             fetch(arguments[0]).then(r => r.arrayBuffer()).then(b =>\
               crypto.subtle.digest('SHA-256', b).then(h => done({\
                 size: b.byteLength,\
                 sha256: Array.from(new Uint8Array(h)).map(x => x.toString(16).padStart(2, '0')).join('')\
               }))).catch(e => done({error: String(e)}));",
            vec![serde_json::json!(format!(
                "/editions/{EDITION}/countries/KEN/evidence/{id}"
            ))],
        )
        .await
        .unwrap();
    use sha2::Digest;
    assert_eq!(
        got,
        serde_json::json!({
            "size": 200_009,
            "sha256": hex::encode(sha2::Sha256::digest(&pdf)),
        })
    );
    c.close().await.unwrap();
}

/// Waits up to `secs` seconds for `text` in the status region (a save against a locked database
/// takes the store's whole busy timeout to fail).
async fn wait_for_status(c: &Client, text: &str, secs: u64) {
    let until = std::time::Instant::now() + Duration::from_secs(secs);
    let mut last = String::new();
    while std::time::Instant::now() < until {
        if let Ok(el) = c.find(Locator::Css("#save-status")).await {
            last = el.text().await.unwrap_or_default();
            if last.contains(text) {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("`{text}` never appeared in #save-status (last: `{last}`)");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_database_write_keeps_the_draft_and_is_retried() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(&app, "focal-ken@test.example.org", "focal password 1").await;
    let c = browser(&driver, "db-failure").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    let workspace = format!("/editions/{EDITION}/countries/KEN");
    c.goto(&app.url(&workspace)).await.unwrap();
    wait_for_text(&c, "h1", "Kenya").await;
    // Record the status of every response the page's scripts receive.
    c.execute(
        "window.statuses = []; var f = window.fetch;\
         window.fetch = function () { return f.apply(this, arguments).then(function (r) { window.statuses.push(r.status); return r; }); };",
        vec![],
    )
    .await
    .unwrap();

    // Another program takes the database's write lock and keeps it past the store's busy
    // timeout (SQLite) or lock timeout (PostgreSQL).
    let lock = common::Side::take_write_lock(&app).await;

    click(&c, "#q-LEG1\\.1 input[value='in-place']").await;
    wait_for_status(&c, "will be saved again shortly", 40).await;
    let statuses = c.execute("return window.statuses;", vec![]).await.unwrap();
    assert_eq!(statuses, serde_json::json!([503]));
    let draft_of = |c: &Client| {
        let c = c.clone();
        let key = format!("cyberindex:unsaved:{workspace}");
        async move {
            let kept = c
                .execute(
                    "return localStorage.getItem(arguments[0]);",
                    vec![key.into()],
                )
                .await
                .unwrap();
            let kept: serde_json::Value =
                serde_json::from_str(kept.as_str().unwrap_or("{}")).unwrap();
            kept["LEG1.1"].clone()
        }
    };
    let draft = draft_of(&c).await;
    assert!(
        draft
            .as_array()
            .is_some_and(|d| d.contains(&serde_json::json!(["value", "in-place"]))),
        "{draft}"
    );
    // Nothing reached the database (reads still work while the write lock is held).
    let answers = app.state.store.answers(EDITION, "KEN").await.unwrap();
    assert!(
        answers
            .iter()
            .all(|a| a.question_id != "LEG1.1" || a.value.is_none())
    );

    // The database recovers: the retry stores the answer and the draft is dropped.
    lock.release().await;
    wait_for_status(&c, "All changes saved.", 60).await;
    let answers = app.state.store.answers(EDITION, "KEN").await.unwrap();
    assert_eq!(
        answers
            .iter()
            .find(|a| a.question_id == "LEG1.1")
            .and_then(|a| a.value.as_deref()),
        Some("in-place")
    );
    assert_eq!(draft_of(&c).await, serde_json::Value::Null);
    let statuses = c.execute("return window.statuses;", vec![]).await.unwrap();
    let statuses = statuses.as_array().unwrap();
    assert_eq!(statuses.first(), Some(&serde_json::json!(503)));
    assert_eq!(statuses.last(), Some(&serde_json::json!(200)));
    c.close().await.unwrap();
}

/// A clean response (every question answered, its evidence attached) takes a reviewer a handful
/// of actions from signing in to validated, not two per question: the bulk acceptance is one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewer_validates_a_clean_response_in_under_20_actions() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(&app, "reviewer@test.example.org", "reviewer password 1").await;
    answer_everything_and_submit(&app).await;
    let questions = app.state.framework(EDITION).await.unwrap().questions.len();
    assert!(
        questions >= 90,
        "the shipped framework has {questions} questions"
    );

    let c = browser(&driver, "reviewer-bulk").await;
    let mut actions = Actions::default();
    actions.goto(&c, &app.url("/login")).await;
    fill(&c, "#email", "reviewer@test.example.org").await;
    fill(&c, "#password", "reviewer password 1").await;
    actions
        .click(&c, "form[action='/login'] button[type=submit]")
        .await;
    wait_for_text(&c, "h1", "Editions").await;
    actions
        .goto(&c, &app.url(&format!("/editions/{EDITION}/review")))
        .await;
    wait_for_text(&c, "table.dashboard thead", "Open questions").await;
    actions
        .click(
            &c,
            &format!("a[href='/editions/{EDITION}/countries/KEN/review']"),
        )
        .await;
    wait_for_text(&c, "h1", "Review").await;
    screenshot(&c, "review-clean-before").await;
    actions
        .click(
            &c,
            "form[action$='/review/bulk'] input[value='evidenced'] ~ button",
        )
        .await;
    wait_for_text(&c, "#review-status", "Answers accepted").await;
    let violations = axe_violations(&c).await;
    assert!(
        violations.is_empty(),
        "review page after bulk: {violations:?}"
    );
    actions
        .click(&c, "form[action$='/validate'] button[type=submit]")
        .await;
    wait_for_text(&c, ".status", "Validated").await;
    screenshot(&c, "review-clean-validated").await;
    c.close().await.unwrap();

    let response = app.state.store.response(EDITION, "KEN").await.unwrap();
    assert_eq!(response.status, cyberindex_store::Status::Validated);
    eprintln!(
        "reviewing a clean {questions}-question response took {} actions",
        actions.0
    );
    assert!(actions.0 < 20, "{} actions", actions.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_deactivates_a_user_and_unarchives_an_edition() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(&app, "admin@test.example.org", "admin password 1").await;
    let c = browser(&driver, "admin-safety").await;
    sign_in(&c, &app, "admin@test.example.org", "admin password 1").await;
    wait_for_text(&c, "h1", "Editions").await;
    let mut failures = Vec::new();

    // The user list says who has not accepted an invitation; one user is opened and
    // deactivated, and their session ends at once.
    c.goto(&app.url("/admin/users")).await.unwrap();
    wait_for_text(&c, "table", "Invited, not yet accepted").await;
    click(&c, "a[href='/admin/users/3']").await;
    wait_for_text(&c, "h1", "focal-ken@test.example.org").await;
    click(&c, "#deactivate").await;
    wait_for_text(&c, "[role=status]", "User deactivated").await;
    failures.extend(axe_violations(&c).await);
    screenshot(&c, "admin-user-deactivated").await;
    let ken = format!("/editions/{EDITION}/countries/KEN");
    let gone = app
        .page(reqwest::Method::GET, &ken, "focal-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(
        gone.status(),
        303,
        "the deactivated user's session must end"
    );
    // The same page in Arabic, right to left, passes too.
    c.goto(&app.url("/language/ar?next=/admin/users/3"))
        .await
        .unwrap();
    failures.extend(
        axe_violations(&c)
            .await
            .into_iter()
            .map(|v| format!("ar: {v}")),
    );
    c.goto(&app.url("/language/en?next=/editions"))
        .await
        .unwrap();

    // Archiving asks first; then the edition is unarchived from the list.
    wait_for_text(&c, "h1", "Editions").await;
    click(&c, &format!("a[href='/editions/{EDITION}/archive']")).await;
    wait_for_text(&c, "h1", "Archive").await;
    failures.extend(axe_violations(&c).await);
    click(
        &c,
        &format!("form[action='/editions/{EDITION}/archive'] button"),
    )
    .await;
    wait_for_text(&c, "table", "Archived").await;
    click(
        &c,
        &format!("form[action='/editions/{EDITION}/unarchive'] button"),
    )
    .await;
    wait_for_text(&c, "h1", "Editions").await;
    for _ in 0..50 {
        if app
            .state
            .store
            .edition(EDITION)
            .await
            .unwrap()
            .archived_at
            .is_none()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        app.state
            .store
            .edition(EDITION)
            .await
            .unwrap()
            .archived_at
            .is_none()
    );
    c.find(Locator::Css(&format!(
        "a[href='/editions/{EDITION}/archive']"
    )))
    .await
    .unwrap();
    screenshot(&c, "admin-edition-unarchived").await;
    c.close().await.unwrap();
    assert!(
        failures.is_empty(),
        "WCAG violations:\n{}",
        failures.join("\n")
    );
}

/// Issue 14 item 7: a focal point confirms 56 carried-forward answers. Counts what the person
/// does (clicks, form submissions and addresses typed) from the sign-in page to the last
/// confirmation; the target is under 10. Checks the carried evidence marks and the pages with
/// axe (in English and Arabic) on the way, and keeps a screenshot of the result.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn confirming_56_carried_forward_answers_takes_under_10_actions() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    let carried = common::carry::carried(&app, 56).await;
    assert_eq!(carried.len(), 56);
    give_password(&app, "focal-ken@test.example.org", "focal password 1").await;
    let next = common::carry::NEXT;
    let workspace = format!("/editions/{next}/countries/KEN");
    let c = browser(&driver, "carry").await;
    let mut actions = 0;

    // Typing the sign-in address, then one submission.
    c.goto(&app.url("/login")).await.unwrap();
    actions += 1;
    fill(&c, "#email", "focal-ken@test.example.org").await;
    fill(&c, "#password", "focal password 1").await;
    click(&c, "form[action='/login'] button[type=submit]").await;
    actions += 1;
    wait_for_text(&c, "h1", "My responses").await;
    // The response is listed on the start page: one click.
    click(&c, &format!("a[href='{workspace}']")).await;
    actions += 1;
    wait_for_text(&c, "h1", "Next").await;

    // What is there before: every carried item marked, and buttons with names.
    let marks = c
        .find_all(Locator::Css(".tag.carried"))
        .await
        .unwrap()
        .len();
    assert_eq!(marks, 2, "the link and the file carried with LEG1.1");
    let mut failures: Vec<String> = axe_violations(&c)
        .await
        .into_iter()
        .map(|v| format!("workspace before: {v}"))
        .collect();

    // One click per pillar that has carried answers left; the questionnaire is long, so it is
    // shown a pillar at a time, and the next pillar with answers to confirm is one more click.
    let mut pillars = Vec::new();
    loop {
        let Ok(form) = c.find(Locator::Css("form.confirm-pillar")).await else {
            let Ok(next) = c.find(Locator::Css("a[data-confirm-next]")).await else {
                break;
            };
            next.click().await.unwrap();
            actions += 1;
            wait_for_text(&c, "h1", "Next").await;
            continue;
        };
        let pillar = form.attr("data-confirm-pillar").await.unwrap().unwrap();
        assert!(!pillars.contains(&pillar), "{pillar} offered again");
        form.find(Locator::Css("button[type=submit]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        actions += 1;
        wait_for_text(
            &c,
            &format!("[data-confirmed='{pillar}'][role=status]"),
            "confirmed in",
        )
        .await;
        pillars.push(pillar);
        assert!(actions < 20, "runaway: {pillars:?}");
    }
    let answers = app.state.store.answers(next, "KEN").await.unwrap();
    assert_eq!(answers.len(), 56);
    assert!(
        answers
            .iter()
            .all(|a| a.confirmed && a.outcome.as_deref() == Some("confirmed")),
        "all 56 confirmed"
    );
    println!(
        "confirming 56 carried-forward answers: {actions} actions (sign-in 2, open the response 1, {} pillars {:?}, the rest moving to the next pillar)",
        pillars.len(),
        pillars
    );
    assert!(
        actions < 10,
        "{actions} actions to confirm 56 carried-forward answers"
    );

    screenshot(&c, "carry-forward-confirmed").await;

    failures.extend(
        axe_violations(&c)
            .await
            .into_iter()
            .map(|v| format!("workspace after: {v}")),
    );
    c.goto(&app.url(&format!(
        "/language/ar?next={workspace}?confirmed=3%26pillar=LEG"
    )))
    .await
    .unwrap();
    failures.extend(
        axe_violations(&c)
            .await
            .into_iter()
            .map(|v| format!("workspace (ar): {v}")),
    );
    c.close().await.unwrap();
    assert!(
        failures.is_empty(),
        "{} WCAG violations:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Issue 14 item 7: when someone else saved the answer first, the chooser that autosave opens
/// names the options by their labels (not their ids) and says who made the other change.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_autosave_conflict_chooser_shows_labels_and_who_changed_the_answer() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(&app, "focal-ken@test.example.org", "focal password 1").await;
    let c = browser(&driver, "conflict").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    c.goto(&app.url(&format!("/editions/{EDITION}/countries/KEN")))
        .await
        .unwrap();
    wait_for_text(&c, "h1", "Kenya").await;
    // The contributor saves while the page is open.
    let r = app
        .api(
            reqwest::Method::PUT,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1"),
            "contributor-ken",
        )
        .json(&serde_json::json!({"value": "in-place", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    click(&c, "[data-question='LEG1.1'] input[value='partial']").await;
    let chooser = "[data-question='LEG1.1'] .conflict";
    wait_for_text(
        &c,
        chooser,
        "Changed by contributor-ken (contributor-ken@test.example.org) on ",
    )
    .await;
    wait_for_text(
        &c,
        chooser,
        "Their value: In place · Your value: Partially in place or in progress",
    )
    .await;
    screenshot(&c, "conflict-chooser").await;
    c.close().await.unwrap();
}

/// Item 6 of the season: autosave says exactly what happened, per question, and without
/// JavaScript one button saves every answer of the page and says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autosave_marks_each_answer_and_one_save_without_javascript_keeps_the_whole_page() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(&app, "focal-ken@test.example.org", "focal password 1").await;
    let workspace = app.url(&format!("/editions/{EDITION}/countries/KEN?pillar=LEG"));

    // With JavaScript: no Save buttons, the draft kept at once, then "Saved at HH:MM".
    let c = browser(&driver, "autosave-marks").await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    c.goto(&workspace).await.unwrap();
    let save = c
        .find(Locator::Css("#q-LEG1\\.1 button.save"))
        .await
        .unwrap();
    assert!(
        !save.is_displayed().await.unwrap(),
        "autosave hides the button"
    );
    click(&c, "#q-LEG1\\.1 .comment-box summary").await;
    fill(&c, "#c-LEG1\\.1", "Gazette 12/2024").await;
    let kept: Option<String> = serde_json::from_value(
        c.execute(
            "return localStorage.getItem('cyberindex:unsaved:' + location.pathname);",
            vec![],
        )
        .await
        .unwrap(),
    )
    .unwrap();
    assert!(
        kept.is_some_and(|d| d.contains("Gazette 12/2024")),
        "the draft is on the device before the save leaves"
    );
    wait_for_text(&c, "#q-LEG1\\.1 .q-saved", "Saved at").await;
    wait_for_text(&c, "#save-status", "All changes saved.").await;
    screenshot(&c, "autosave-saved-mark").await;
    c.close().await.unwrap();
    let answers = app.state.store.answers(EDITION, "KEN").await.unwrap();
    assert_eq!(answers[0].comment, "Gazette 12/2024");

    // Without JavaScript: two answers changed, one button, one reload, both saved.
    let c = browser_with(&driver, "no-javascript", false).await;
    sign_in(&c, &app, "focal-ken@test.example.org", "focal password 1").await;
    wait_for_text(&c, "h1", "My responses").await;
    let mut actions = Actions::default();
    actions.goto(&c, &workspace).await;
    actions
        .click(&c, "#q-LEG1\\.2 input[value='in-place']")
        .await;
    actions
        .click(&c, "#q-LEG1\\.3 input[value='partial']")
        .await;
    actions.click(&c, "#q-LEG1\\.3 button.save").await;
    wait_for_text(&c, "#save-status", "Saved: 2 answers changed.").await;
    wait_for_text(&c, "#q-LEG1\\.3 .q-saved", "Saved.").await;
    assert!(
        c.current_url()
            .await
            .unwrap()
            .as_str()
            .ends_with("#q-LEG1.3")
    );
    screenshot(&c, "no-javascript-page-saved").await;
    assert_eq!(actions.0, 4);
    c.close().await.unwrap();
    let answers = app.state.store.answers(EDITION, "KEN").await.unwrap();
    let value = |q: &str| {
        answers
            .iter()
            .find(|a| a.question_id == q)
            .and_then(|a| a.value.clone())
    };
    assert_eq!(value("LEG1.2").as_deref(), Some("in-place"));
    assert_eq!(value("LEG1.3").as_deref(), Some("partial"));
    let first = answers.iter().find(|a| a.question_id == "LEG1.1").unwrap();
    assert_eq!(first.version, 1, "an unchanged answer is not written again");
}

/// Item 1 of the season: the reviewer previews an image and a PDF in the review page, without
/// downloading them; links open beside the page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewer_previews_evidence_in_place() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    give_password(&app, "reviewer@test.example.org", "reviewer password 1").await;
    // A valid 1×1 PNG, and a minimal PDF.
    let png = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
        0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00,
        0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];
    let pdf = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".to_vec();
    for (name, title, bytes) in [
        ("scan.png", "Gazette scan", png.to_vec()),
        ("law.pdf", "Cybercrime Act", pdf),
    ] {
        let form = reqwest::multipart::Form::new().text("title", title).part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()),
        );
        let r = app
            .api(
                reqwest::Method::POST,
                &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1/evidence"),
                "focal-ken",
            )
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
    }
    let c = browser(&driver, "evidence-preview").await;
    sign_in(&c, &app, "reviewer@test.example.org", "reviewer password 1").await;
    wait_for_text(&c, "h1", "Editions").await;
    c.goto(&app.url(&format!(
        "/editions/{EDITION}/countries/KEN/review?pillar=LEG"
    )))
    .await
    .unwrap();
    click(&c, "#q-LEG1\\.1 .preview summary").await;
    let mut width = serde_json::Value::Null;
    for _ in 0..50 {
        width = c
            .execute(
                "var i = document.querySelector('#q-LEG1\\\\.1 .preview img'); return i && i.complete ? i.naturalWidth : null;",
                vec![],
            )
            .await
            .unwrap();
        if width == serde_json::json!(1) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        width,
        serde_json::json!(1),
        "the image is shown in the page"
    );
    let frame = c
        .find(Locator::Css("#q-LEG1\\.1 .preview iframe"))
        .await
        .unwrap();
    assert_eq!(
        frame.attr("title").await.unwrap().as_deref(),
        Some("Cybercrime Act")
    );
    screenshot(&c, "review-evidence-preview").await;
    let violations = axe_violations(&c).await;
    assert!(
        violations.is_empty(),
        "review page with previews: {violations:?}"
    );
    c.close().await.unwrap();
}

/// Finding and reading results by keyboard and on a phone, on the published demonstration: the
/// search box is a combobox that opens a profile; the map is one tab stop, the arrow keys move
/// between countries and a card names the focused one; and at 390 pixels no public page
/// scrolls sideways in any of the six languages, with the banner, brand, language menu and
/// tabs in at most 120 pixels, and axe finds no WCAG 2.1 A/AA violation on any of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn visitors_search_move_through_the_map_by_keyboard_and_read_on_a_phone() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    cyberindex_server::service::demo::seed(&app.state.store)
        .await
        .unwrap();
    // The past edition is published by the seed, with every country and a correction.
    let demo = cyberindex_server::service::demo::PAST_EDITION;
    let c = browser(&driver, "find").await;
    // Search: type part of a name, pick with the keyboard, land on the profile.
    c.goto(&app.url(&format!("/results/{demo}/v2/ranking/")))
        .await
        .unwrap();
    let input = c.find(Locator::Css("#country-q")).await.unwrap();
    input.send_keys("keny").await.unwrap();
    wait_for_text(&c, "#country-options [role=option]", "Kenya").await;
    wait_for_text(&c, "#country-status", "Matching countries: 1").await;
    input.send_keys("\u{e015}").await.unwrap();
    assert_eq!(
        input
            .attr("aria-activedescendant")
            .await
            .unwrap()
            .as_deref(),
        Some("country-options-0")
    );
    input.send_keys("\u{e007}").await.unwrap();
    wait_for_text(&c, "h1", "Kenya").await;
    // The map: Tab from the skip link enters the map once; arrows move; Tab leaves it.
    c.goto(&app.url(&format!("/results/{demo}/v2/")))
        .await
        .unwrap();
    let focused = |c: Client| async move {
        c.execute(
            "var a = document.activeElement; return [a.tagName.toLowerCase(), a.getAttribute('href') || '', !!a.closest('svg.map'), a.className && a.className.baseVal !== undefined ? '' : String(a.className)];",
            vec![],
        )
        .await
        .unwrap()
    };
    c.execute("document.querySelector('.skip-map').focus();", vec![])
        .await
        .unwrap();
    let tab_stops = c
        .execute(
            "return document.querySelectorAll('svg.map a:not([tabindex=\"-1\"])').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(tab_stops, serde_json::json!(1), "one tab stop into the map");
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{e004}")
        .await
        .unwrap(); // Tab: past the skip link, into the map
    let first = focused(c.clone()).await;
    assert_eq!(first[2], serde_json::json!(true), "{first:?}");
    let card = c.find(Locator::Css(".map-card")).await.unwrap();
    assert!(card.is_displayed().await.unwrap());
    let first_label = card.text().await.unwrap();
    assert!(!first_label.is_empty());
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{e014}")
        .await
        .unwrap(); // ArrowRight
    let second = focused(c.clone()).await;
    assert_eq!(second[2], serde_json::json!(true));
    assert_ne!(first[1], second[1], "the arrow moved to another country");
    assert_ne!(card.text().await.unwrap(), first_label);
    let ring = c
        .execute(
            "var r = document.querySelector('svg .map-ring-outer'); return r && r.style.display !== 'none';",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(ring, serde_json::json!(true), "the focus ring is drawn");
    screenshot(&c, "map-keyboard").await;
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{e004}")
        .await
        .unwrap(); // Tab leaves the map
    let after = focused(c.clone()).await;
    assert_eq!(after[2], serde_json::json!(false), "{after:?}");
    c.close().await.unwrap();

    // A phone, in every language.
    let phone = browser_sized(&driver, "phone", true, (390, 844)).await;
    let base = format!("/results/{demo}/v2/");
    let mut wide = Vec::new();
    for (lang, _) in cyberindex_server::i18n::LANGUAGES {
        phone
            .goto(&app.url(&format!("/language/{lang}?next={base}")))
            .await
            .unwrap();
        for page in [
            "",
            "map-score/",
            "ranking/",
            "countries/KEN/",
            "compare/?c=KEN,FRA,BRA",
            "methodology/",
            "robustness/",
            "data/",
            "search/?q=a",
            "charts/tiers/",
        ] {
            phone
                .goto(&app.url(&format!("{base}{page}")))
                .await
                .unwrap();
            let measured = phone
                .execute(
                    "var h = function (s) { var e = document.querySelector(s); return e ? e.getBoundingClientRect().height : 0; };
                     return [document.documentElement.scrollWidth, window.innerWidth,
                             Math.round(h('.demo-banner') + h('header.top') + h('.edition-bar nav'))];",
                    vec![],
                )
                .await
                .unwrap();
            let (scroll, inner, chrome) = (
                measured[0].as_f64().unwrap(),
                measured[1].as_f64().unwrap(),
                measured[2].as_f64().unwrap(),
            );
            if scroll > 390.0 || inner > 390.0 || chrome > 120.0 {
                wide.push(format!(
                    "{lang} {page}: scrollWidth {scroll} in {inner}, chrome {chrome} px"
                ));
            }
            // Every public page passes the automated WCAG 2.1 A/AA checks in each language.
            wide.extend(
                axe_violations(&phone)
                    .await
                    .into_iter()
                    .map(|v| format!("{lang} {page}: {v}")),
            );
        }
        screenshot(&phone, &format!("phone-profile-{lang}")).await;
    }
    phone.close().await.unwrap();
    assert!(wide.is_empty(), "{}", wide.join("\n"));
}

/// Downloads as a reader gets them, on the published demonstration: every download link of a
/// profile (the pillar and radar charts as SVG, PNG and CSV, and the profile as PDF), the
/// embed snippet with the chart's full address, and the edition report from the open-data page.
/// The browser fetches each link from the page and the test checks type and first bytes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn visitors_download_charts_the_profile_and_the_edition_report() {
    let Some(driver) = chromedriver() else { return };
    let app = TestApp::new().await;
    cyberindex_server::service::demo::seed(&app.state.store)
        .await
        .unwrap();
    let demo = cyberindex_server::service::demo::PAST_EDITION;
    let c = browser(&driver, "downloads").await;
    // What the browser gets for each download link of the page: type, size, first bytes.
    let fetch_links = |css: &'static str| {
        let c = c.clone();
        async move {
            c.execute_async(
                "const done = arguments[arguments.length - 1];\
                 const links = Array.from(document.querySelectorAll(arguments[0]));\
                 Promise.all(links.map(a => fetch(a.href).then(r => r.arrayBuffer().then(b => ({\
                   href: a.getAttribute('href'),\
                   status: r.status,\
                   type: r.headers.get('content-type'),\
                   size: b.byteLength,\
                   head: Array.from(new Uint8Array(b.slice(0, 5))).map(x => String.fromCharCode(x)).join('')\
                 }))))).then(done).catch(e => done([{error: String(e)}]));",
                vec![serde_json::json!(css)],
            )
            .await
            .unwrap()
        }
    };
    c.goto(&app.url(&format!("/results/{demo}/v2/countries/KEN/")))
        .await
        .unwrap();
    wait_for_text(&c, "h1", "Kenya").await;
    let got = fetch_links("a[download]").await;
    let got = got.as_array().unwrap();
    let mut kinds = std::collections::BTreeSet::new();
    for link in got {
        let href = link["href"].as_str().unwrap_or_default();
        assert_eq!(link["status"], 200, "{link}");
        let (kind, head) = match href.rsplit('.').next().unwrap() {
            "svg" => ("image/svg+xml", "<?xml"),
            "png" => ("image/png", "\u{89}PNG\r"),
            "csv" => ("text/csv", ""),
            "pdf" => ("application/pdf", "%PDF-"),
            other => panic!("an unexpected download {href} ({other})"),
        };
        assert!(
            link["type"].as_str().unwrap().starts_with(kind),
            "{href}: {link}"
        );
        assert!(
            link["head"].as_str().unwrap().starts_with(head),
            "{href}: {link}"
        );
        assert!(link["size"].as_u64().unwrap() > 100, "{href}: {link}");
        kinds.insert(kind);
    }
    assert_eq!(kinds.len(), 4, "{got:?}");
    // The embed snippet names the chart's full address, ready to paste into another site.
    let embed = c
        .find(Locator::Css("textarea.embed-code"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert!(
        embed.contains(&format!(
            "src=\"{}",
            app.url(&format!("/results/{demo}/v2/charts/"))
        )),
        "{embed}"
    );
    screenshot(&c, "downloads-profile").await;
    // The edition report, from the open-data page (made once for the whole edition, which
    // takes longer than a script may wait in the browser: fetched by the test).
    c.goto(&app.url(&format!("/results/{demo}/v2/data/")))
        .await
        .unwrap();
    let link = c
        .find(Locator::Css("a[href$='report.pdf']"))
        .await
        .unwrap()
        .prop("href")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(link, app.url(&format!("/results/{demo}/v2/report.pdf")));
    let response = app.client.get(&link).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert!(response.bytes().await.unwrap().starts_with(b"%PDF-"));
    c.close().await.unwrap();
}

/// The seat's page source of a participant's browser, after a reload.
async fn seat_source(c: &Client) -> String {
    click(c, "a[href='/drills/play/']").await;
    wait_for_text(c, "h1", "Browser drill").await;
    c.source().await.unwrap()
}

/// Issues a participant link from the console open in `c`; the address shown once.
async fn issue_link(c: &Client, app: &TestApp, id: i64, role: &str, team: &str) -> String {
    c.goto(&app.url(&format!("/drills/{id}/"))).await.unwrap();
    let form = c
        .find(Locator::Css("form[action$='/links']"))
        .await
        .unwrap();
    form.find(Locator::Css(&format!("#link-role option[value='{role}']")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    form.find(Locator::Css(&format!("#link-team option[value='{team}']")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    fill(c, "#link-label", &format!("{role} {team}")).await;
    click(c, "form[action$='/links'] button[type=submit]").await;
    wait_for_text(c, "h1", "Link issued").await;
    let source = c.source().await.unwrap();
    let start = source.find("/drills/join/").expect("the link is shown");
    let token: String = source[start + "/drills/join/".len()..]
        .chars()
        .take_while(|ch| ch.is_ascii_alphanumeric() || *ch == '-' || *ch == '_')
        .collect();
    app.url(&format!("/drills/join/{token}"))
}

/// Joins with a link in a fresh browser context of its own.
async fn join_in(driver: &Driver, name: &str, link: &str) -> Client {
    let c = browser(driver, name).await;
    c.goto(link).await.unwrap();
    click(&c, "form button[type=submit]").await;
    wait_for_text(&c, "h1", "Browser drill").await;
    c
}

/// On the console open in `c`: `act` (release, hold, resume, skip) on `inject`.
async fn inject_act(c: &Client, app: &TestApp, id: i64, inject: &str, act: &str) {
    c.goto(&app.url(&format!("/drills/{id}/"))).await.unwrap();
    let button = format!("form[action='/drills/{id}/injects/{inject}'] button[value={act}]");
    if act == "release" && c.find(Locator::Css(&button)).await.is_err() {
        // The server's own release (every 5 s) sent it first: it has no form any more.
        assert!(
            c.find(Locator::Css(&format!(
                "form[action='/drills/{id}/injects/{inject}']"
            )))
            .await
            .is_err(),
            "{inject} cannot be released: {}",
            c.source().await.unwrap()
        );
        return;
    }
    click(c, &button).await;
    wait_for_text(c, "h1", "Browser drill").await;
}

/// A whole drill of the shipped scenario (3 moves, 12 injects) with five teams, in real
/// browsers: the facilitator issues links from the console and starts it, two players of two
/// teams join each in a browser context of their own, the facilitator holds an inject, moves
/// another to now in the middle of the run and releases it, players respond, an evaluator
/// scores the responses, and the drill ends. At each step the test checks what each team sees:
/// its own injects (an inject for national CIRTs only reaches the team with that role), never
/// another team's responses or verdicts, nothing held.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_five_team_drill_runs_from_start_to_finish_in_browsers() {
    use cyberindex_store::{DrillLevel, DrillMode};
    use cyberindex_workflow::drill::{DrillForm, Planner, ScenarioFormat, View};
    let Some(driver) = chromedriver() else {
        return;
    };
    let app = TestApp::new().await;
    let store = &app.state.store;
    // Five directory teams: Kenya's (the staff team) plays the national CIRT; four others.
    let others = [
        ("uga-drill-cirt", "UGA", "Uganda Drill CIRT"),
        ("tza-drill-cirt", "TZA", "Tanzania Drill CIRT"),
        ("rwa-drill-cirt", "RWA", "Rwanda Drill CIRT"),
        ("eth-drill-cirt", "ETH", "Ethiopia Drill CIRT"),
    ];
    for (id, country, name) in others {
        let mut team = common::staff_team();
        team.id = id.into();
        team.country.value = country.into();
        team.official_name.value = name.into();
        cyberindex_workflow::directory::save_team(store, &team, None, None)
            .await
            .unwrap();
    }
    let planner = Planner::command_line();
    let stored = planner
        .import_scenario(
            store,
            include_str!("../../../scenarios/health-ransomware.toml"),
            ScenarioFormat::Toml,
        )
        .await
        .unwrap();
    let drill = planner
        .create(
            store,
            &DrillForm {
                scenario_id: stored.id,
                scenario_version: stored.version,
                title: "Browser drill".into(),
                level: DrillLevel::Regional,
                host: "Test ministry".into(),
                host_team: None,
                time_zone: "UTC+03:00".into(),
                start_at: cyberindex_store::now_ms(),
                mode: DrillMode::Tabletop,
                languages: vec![],
                public_results: false,
            },
        )
        .await
        .unwrap();
    let id = drill.id;
    let view = View::of_command_line(store, id).await.unwrap();
    let console = view.console().unwrap();
    console
        .add_team(store, STAFF_TEAM, &["national-cirt"], true)
        .await
        .unwrap();
    for (team, _, _) in others {
        console.add_team(store, team, &[], false).await.unwrap();
    }

    // The facilitator (the secretariat) issues the links on the console.
    give_password(&app, "admin@test.example.org", "admin password 1").await;
    let facilitator = browser(&driver, "facilitator").await;
    sign_in(
        &facilitator,
        &app,
        "admin@test.example.org",
        "admin password 1",
    )
    .await;
    wait_for_text(&facilitator, "h1", "Editions").await;
    let ken_link = issue_link(&facilitator, &app, id, "player", STAFF_TEAM).await;
    let uga_link = issue_link(&facilitator, &app, id, "player", "uga-drill-cirt").await;
    let evaluator_link = issue_link(&facilitator, &app, id, "evaluator", "").await;
    let ken = join_in(&driver, "ken", &ken_link).await;
    let uga = join_in(&driver, "uga", &uga_link).await;
    let page = seat_source(&ken).await;
    assert!(page.contains("Nothing has been released to this team yet."));

    // Start: I-01 (every team) goes out at once.
    facilitator
        .goto(&app.url(&format!("/drills/{id}/")))
        .await
        .unwrap();
    click(&facilitator, "button[name=step][value=start]").await;
    wait_for_text(&facilitator, "#drill-status", "running").await;
    for c in [&ken, &uga] {
        let page = seat_source(c).await;
        assert!(page.contains("id=\"inject-I-01\""), "{page}");
        assert!(!page.contains("id=\"inject-I-02\""), "{page}");
    }

    // Hold I-03 (news at 0:45); move I-04 (national CIRTs, at 1:00) to minute 0 mid-run, and
    // release it with I-02.
    inject_act(&facilitator, &app, id, "I-03", "hold").await;
    facilitator
        .find(Locator::Css("#minutes-I-04"))
        .await
        .unwrap()
        .clear()
        .await
        .unwrap();
    fill(&facilitator, "#minutes-I-04", "0").await;
    click(
        &facilitator,
        &format!("form[action='/drills/{id}/injects/I-04'] button[value=move]"),
    )
    .await;
    wait_for_text(&facilitator, "h1", "Browser drill").await;
    inject_act(&facilitator, &app, id, "I-04", "release").await;
    inject_act(&facilitator, &app, id, "I-02", "release").await;
    let page = seat_source(&ken).await;
    assert!(page.contains("id=\"inject-I-04\"") && page.contains("id=\"inject-I-02\""));
    let page = seat_source(&uga).await;
    assert!(page.contains("id=\"inject-I-02\""), "{page}");
    assert!(
        !page.contains("id=\"inject-I-04\""),
        "an inject for national CIRTs reached Uganda: {page}"
    );
    assert!(!page.contains("I-03"), "a held inject went out: {page}");

    // Both players respond on their own seats; neither sees the other's response.
    for (c, inject, text) in [
        (&ken, "I-01", "Kenya: records servers isolated."),
        (&ken, "I-02", "Kenya: ransom note analysed."),
        (&uga, "I-01", "Uganda: hospitals warned."),
    ] {
        fill(c, &format!("#text-{inject}-0"), text).await;
        click(
            c,
            &format!("#inject-{inject} form[action='/drills/play/respond'] button[type=submit]"),
        )
        .await;
        wait_for_text(c, "h1", "Browser drill").await;
    }
    let page = seat_source(&ken).await;
    assert!(page.contains("records servers isolated") && !page.contains("hospitals warned"));
    let page = seat_source(&uga).await;
    assert!(page.contains("hospitals warned") && !page.contains("records servers isolated"));

    // The evaluator scores both teams' responses to I-01.
    let evaluator = join_in(&driver, "evaluator", &evaluator_link).await;
    for (team, result) in [(STAFF_TEAM, "success"), ("uga-drill-cirt", "partial")] {
        let form = format!(
            "form[action='/drills/play/evaluate']:has(input[name=team][value='{team}']):has(input[name=inject][value='I-01'])"
        );
        click(&evaluator, &format!("{form} input[value={result}]")).await;
        click(&evaluator, &format!("{form} button[type=submit]")).await;
        wait_for_text(&evaluator, "h1", "Browser drill").await;
    }
    let page = seat_source(&ken).await;
    assert!(
        page.contains("success (100)") && !page.contains("partial (50)"),
        "{page}"
    );
    let page = seat_source(&uga).await;
    assert!(
        page.contains("partial (50)") && !page.contains("success (100)"),
        "{page}"
    );

    // The rest of the scenario: I-03 resumed and released, I-08 (only if Kenya scored below
    // 50 on I-04, which it did not) skipped, every other inject released; then the end.
    inject_act(&facilitator, &app, id, "I-03", "resume").await;
    inject_act(&facilitator, &app, id, "I-08", "skip").await;
    for inject in [
        "I-03", "I-05", "I-06", "I-07", "I-09", "I-10", "I-11", "I-12",
    ] {
        inject_act(&facilitator, &app, id, inject, "release").await;
    }
    click(&facilitator, "button[name=step][value=end]").await;
    wait_for_text(&facilitator, "#drill-status", "ended").await;
    let injects = store.drill_injects(id).await.unwrap();
    assert_eq!(
        injects
            .iter()
            .filter(|i| i.status == cyberindex_store::InjectStatus::Released)
            .count(),
        11,
        "{injects:?}"
    );
    let page = seat_source(&ken).await;
    for n in [1, 2, 4, 5, 6, 10, 11, 12] {
        assert!(
            page.contains(&format!("id=\"inject-I-{n:02}\"")),
            "Kenya, I-{n:02}"
        );
    }
    // I-08 was skipped: it never went out.
    assert!(!page.contains("id=\"inject-I-08\""), "{page}");
    let page = seat_source(&uga).await;
    assert!(!page.contains("id=\"inject-I-04\"") && page.contains("id=\"inject-I-12\""));
    assert!(!page.contains("Kenya Test CIRT"), "{page}");
    // Once ended, the seat offers the lessons questionnaire and no response form.
    assert!(page.contains("Lessons learned") && !page.contains("action=\"/drills/play/respond\""));
    for c in [facilitator, ken, uga, evaluator] {
        c.close().await.unwrap();
    }
}
