//! The permission matrix: every endpoint × every role → the expected status, over HTTP, through
//! pages (session cookie) and the API (bearer token). Each row runs on a fresh installation, so a
//! write by one role cannot change what the next one sees.

use crate::common;

use common::{CALLERS, EDITION, TestApp};
use reqwest::Method;

#[derive(Clone, Copy)]
enum Body {
    None,
    Form(&'static str),
    Json(&'static str),
    /// An evidence link as multipart.
    EvidenceForm,
}

#[derive(Clone, Copy)]
enum Via {
    Page,
    Api,
}

/// One endpoint and the status each caller gets, in the order of `CALLERS`:
/// anonymous, admin, reviewer, focal-ken, contributor-ken, observer-ken, focal-fra,
/// team-staff-ken (staff of the directory team `ken-test-cirt`: no questionnaire at all, so
/// 404 on every country's data; the directory as a member; their own team's record to edit).
struct Row {
    via: Via,
    method: Method,
    path: &'static str,
    body: Body,
    expected: [u16; 8],
}

fn rows() -> Vec<Row> {
    use Body::*;
    use Via::*;
    let e = EDITION;
    let p = |s: &str| -> &'static str { Box::leak(s.replace("{e}", e).into_boxed_str()) };
    vec![
        // --- JSON API ---
        Row {
            via: Api,
            method: Method::GET,
            path: "/api/v1/openapi.json",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Api,
            method: Method::GET,
            path: "/api/v1/editions",
            body: None,
            expected: [401, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Api,
            method: Method::GET,
            path: p("/api/v1/editions/{e}/responses/KEN"),
            body: None,
            expected: [401, 200, 200, 200, 200, 200, 404, 404],
        },
        Row {
            via: Api,
            method: Method::GET,
            path: p("/api/v1/editions/{e}/responses/FRA"),
            body: None,
            expected: [401, 200, 200, 404, 404, 404, 200, 404],
        },
        Row {
            via: Api,
            method: Method::GET,
            path: p("/api/v1/editions/nope/responses/KEN"),
            body: None,
            expected: [401, 404, 404, 404, 404, 404, 404, 404],
        },
        Row {
            via: Api,
            method: Method::PUT,
            path: p("/api/v1/editions/{e}/responses/KEN/answers/LEG1.1"),
            body: Json(r#"{"value": "in-place", "version": 0}"#),
            expected: [401, 403, 403, 200, 200, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/answers/LEG1.1/evidence"),
            body: Json(r#"{"url": "https://example.org/law", "title": "Law"}"#),
            expected: [401, 403, 403, 201, 201, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/submit"),
            body: None,
            expected: [401, 403, 403, 200, 403, 403, 404, 404],
        },
        // --- the CIRT directory: anyone reads (each at their level), the secretariat writes ---
        Row {
            via: Api,
            method: Method::GET,
            path: "/api/v1/directory/teams",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Api,
            method: Method::GET,
            path: "/api/v1/directory/teams/nope",
            body: None,
            expected: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        Row {
            via: Api,
            method: Method::PUT,
            path: "/api/v1/directory/teams/ke-cirt",
            body: Json(
                r#"{"team": {"id": "ke-cirt",
                    "official_name": {"value": "KE-CIRT", "provenance": {"source": "manual", "at": "2026-01-01T00:00:00Z"}},
                    "country": {"value": "KEN", "provenance": {"source": "manual", "at": "2026-01-01T00:00:00Z"}}}}"#,
            ),
            expected: [401, 201, 201, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::DELETE,
            path: "/api/v1/directory/teams/nope",
            body: None,
            expected: [401, 404, 404, 403, 403, 403, 403, 403],
        },
        // The team's record: the secretariat and the team's own staff edit it; only the
        // secretariat creates and removes teams.
        Row {
            via: Api,
            method: Method::GET,
            path: "/api/v1/directory/teams/ken-test-cirt",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Api,
            method: Method::PUT,
            path: "/api/v1/directory/teams/ken-test-cirt",
            body: Json(
                r#"{"expected_version": 1, "team": {"id": "ken-test-cirt",
                    "official_name": {"value": "Kenya Test CIRT", "provenance": {"source": "manual", "at": "2026-02-01T00:00:00Z"}},
                    "country": {"value": "KEN", "provenance": {"source": "manual", "at": "2026-02-01T00:00:00Z"}}}}"#,
            ),
            expected: [401, 200, 200, 403, 403, 403, 403, 200],
        },
        Row {
            via: Api,
            method: Method::PUT,
            path: "/api/v1/directory/teams/ken-test-cirt",
            // The team's staff may not move it to another country.
            body: Json(
                r#"{"expected_version": 1, "team": {"id": "ken-test-cirt",
                    "official_name": {"value": "Kenya Test CIRT", "provenance": {"source": "manual", "at": "2026-02-01T00:00:00Z"}},
                    "country": {"value": "TZA", "provenance": {"source": "manual", "at": "2026-02-01T00:00:00Z"}}}}"#,
            ),
            expected: [401, 200, 200, 403, 403, 403, 403, 422],
        },
        Row {
            via: Api,
            method: Method::DELETE,
            path: "/api/v1/directory/teams/ken-test-cirt",
            body: None,
            expected: [401, 204, 204, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/teams/ken-test-cirt/edit",
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 200],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/teams/ken-test-cirt/edit",
            body: Form("version=1&official_name=Kenya+Test+CIRT&country=KEN"),
            expected: [401, 303, 303, 403, 403, 403, 403, 303],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/new",
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/new",
            body: Form("id=new-cirt&official_name=New+CIRT&country=KEN"),
            expected: [401, 303, 303, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/teams/nope/",
            body: None,
            expected: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/teams/nope/security.txt",
            body: None,
            expected: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        // Spreadsheets: anyone downloads (at their level) and the template; only the
        // secretariat imports (an empty upload is refused: 422).
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/teams.xlsx",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/template.csv",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/import",
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/import",
            body: Form("layout=csv"),
            expected: [401, 422, 422, 403, 403, 403, 403, 403],
        },
        // Signing a team's RFC 2350 with a key given once: the secretariat and the team's staff.
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/teams/nope/rfc2350/sign",
            body: None,
            expected: [303, 404, 404, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/teams/ken-test-cirt/rfc2350/sign",
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 200],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/teams/nope/rfc2350/sign",
            body: Form("secret_key=x&passphrase=y"),
            expected: [401, 404, 404, 403, 403, 403, 403, 403],
        },
        // Reachability checks: the secretariat only; the acknowledgement link is for anyone who
        // holds it (none exists here). The test installation's one team has no e-mail channel
        // to write to (422).
        Row {
            via: Api,
            method: Method::GET,
            path: "/api/v1/directory/checks",
            body: None,
            expected: [401, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: "/api/v1/directory/checks",
            body: Json(r#"{"scope": "all", "window_hours": 0}"#),
            expected: [401, 422, 422, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/checks/",
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/checks/",
            body: Form("scope=all&window_hours=0"),
            expected: [401, 422, 422, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/checks/1/",
            body: None,
            expected: [303, 404, 404, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/checks/1/cancel",
            body: None,
            expected: [401, 404, 404, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/checks/1/calls/1",
            body: Form("answered=yes"),
            expected: [401, 404, 404, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: "/api/v1/directory/checks/calls/1",
            body: Json(r#"{"answered": true}"#),
            expected: [401, 404, 404, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/teams/ken-test-cirt/security-txt/fetch",
            body: None,
            expected: [401, 409, 409, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/checks.csv",
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/ack/not-a-link",
            body: None,
            expected: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/ack/not-a-link",
            body: None,
            expected: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        // The who's who's region and country pages: anyone, at their level; unknown is 404.
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/regions/africa/",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/regions/nope/",
            body: None,
            expected: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/countries/KEN/",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/countries/XXX/",
            body: None,
            expected: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        // Saved queries: the secretariat lists, saves and deletes them; signing in is needed
        // to download one (each reader at their level), and an unknown one is 404.
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/lists/",
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/lists/",
            body: Form("name=Africa&query=region%3Dafrica"),
            expected: [401, 303, 303, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/directory/lists/999/delete",
            body: None,
            expected: [401, 404, 404, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/lists/999.csv",
            body: None,
            expected: [303, 404, 404, 404, 404, 404, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/directory/lists/999.vcf",
            body: None,
            expected: [303, 404, 404, 404, 404, 404, 404, 404],
        },
        // --- pages ---
        Row {
            via: Page,
            method: Method::GET,
            path: "/healthz",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/",
            body: None,
            expected: [200, 303, 303, 200, 200, 200, 200, 303],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/login",
            body: None,
            expected: [200, 303, 303, 303, 303, 303, 303, 303],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/account",
            body: None,
            expected: [303, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/account/tokens",
            // Signed in, the request reaches the password confirmation, which the test users
            // (who have no password) cannot pass: 422, never 200 without the password.
            body: Form("name=script&password=not+the+password"),
            expected: [401, 422, 422, 422, 422, 422, 422, 422],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/account/totp/disable",
            body: Form("password=not+the+password"),
            expected: [401, 422, 422, 422, 422, 422, 422, 422],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/account/password",
            body: Form(
                "current=not+the+password&password=tortoise+lamp+harbour&confirm=tortoise+lamp+harbour",
            ),
            expected: [401, 422, 422, 422, 422, 422, 422, 422],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/editions",
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/editions/new",
            body: None,
            expected: [303, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/archive"),
            body: None,
            expected: [401, 303, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/archive"),
            body: None,
            expected: [303, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/unarchive"),
            body: None,
            expected: [401, 404, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/admin/users/3",
            body: None,
            expected: [303, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/admin/users/3",
            body: Form("role=focal-point&country=KEN&observed="),
            expected: [401, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/admin/users/3/deactivate",
            body: None,
            expected: [401, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/admin/users/3/reactivate",
            body: None,
            expected: [401, 404, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/admin/users/3/reinvite",
            body: None,
            expected: [401, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/dashboard"),
            body: None,
            expected: [303, 200, 200, 403, 403, 200, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/countries/KEN"),
            body: None,
            expected: [303, 200, 200, 200, 200, 200, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/countries/FRA"),
            body: None,
            expected: [303, 200, 200, 404, 404, 404, 200, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/answers/LEG1.1"),
            body: Form("value=partial&comment=&version=0"),
            expected: [401, 403, 403, 303, 303, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/answers/LEG1.1/evidence"),
            body: EvidenceForm,
            expected: [401, 403, 403, 303, 303, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/countries/KEN/evidence/1"),
            body: None,
            expected: [303, 303, 303, 303, 303, 303, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/evidence/1/delete"),
            body: None,
            expected: [401, 403, 403, 303, 303, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/countries/KEN/submit"),
            body: None,
            expected: [303, 403, 403, 200, 200, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/submit"),
            body: Form("confirm=1"),
            expected: [401, 403, 403, 303, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/admin/users",
            body: None,
            expected: [303, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/admin/users",
            body: Form("email=new%40test.example.org&role=reviewer"),
            expected: [401, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/admin/outbox",
            body: None,
            expected: [303, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/answers/LEG1.1/review"),
            body: Json(r#"{"decision": "accept"}"#),
            expected: [401, 409, 409, 403, 403, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/answers/LEG1.1/messages"),
            body: Json(r#"{"body": "hello"}"#),
            expected: [401, 200, 200, 200, 200, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/answers/LEG1.1/messages"),
            body: Json(r#"{"body": "note", "internal": true}"#),
            expected: [401, 200, 200, 403, 403, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/return"),
            body: Json(r#"{"deadline": "2099-01-01"}"#),
            expected: [401, 409, 409, 403, 403, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/validate"),
            body: None,
            expected: [401, 409, 409, 403, 403, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::GET,
            path: p("/api/v1/editions/{e}/responses/KEN/audit"),
            body: None,
            expected: [401, 200, 200, 200, 200, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::GET,
            path: p("/api/v1/editions/{e}/responses"),
            body: None,
            expected: [401, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Api,
            method: Method::GET,
            path: p("/api/v1/editions/{e}/responses/KEN/evidence/1"),
            body: None,
            // Evidence 1 is a link: readers are sent on to it.
            expected: [401, 303, 303, 303, 303, 303, 404, 404],
        },
        Row {
            via: Api,
            method: Method::DELETE,
            path: p("/api/v1/editions/{e}/responses/KEN/evidence/1"),
            body: None,
            expected: [401, 403, 403, 204, 204, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: "/api/v1/editions",
            body: Json(
                r#"{"id": "e2027", "name": "2027", "framework": "gca-national-index.toml", "opens_on": "2027-01-01", "deadline": "2027-06-30", "countries": ["KEN"]}"#,
            ),
            expected: [401, 201, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/archive"),
            body: None,
            expected: [401, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/unarchive"),
            body: None,
            expected: [401, 404, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::PATCH,
            path: "/api/v1/users/3",
            body: Json(r#"{"role": "focal-point", "country": "KEN"}"#),
            expected: [401, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: "/api/v1/users/3/deactivate",
            body: None,
            expected: [401, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: "/api/v1/users/3/reactivate",
            body: None,
            expected: [401, 404, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: "/api/v1/users/3/reinvite",
            body: None,
            expected: [401, 201, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: "/api/v1/users",
            body: Json(r#"{"email": "new@test.example.org", "role": "reviewer"}"#),
            expected: [401, 201, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/reopen"),
            body: Json(r#"{"reason": "typo"}"#),
            expected: [401, 409, 403, 403, 403, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/answers/LEG1.1/confirm"),
            body: Json(r#"{"version": 0}"#),
            expected: [401, 403, 403, 404, 404, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/responses/KEN/pillars/LEG/confirm"),
            body: None,
            expected: [401, 403, 403, 200, 200, 403, 404, 404],
        },
        Row {
            via: Api,
            method: Method::PUT,
            path: p("/api/v1/editions/{e}/responses/KEN/answers/LEG1.1/draft"),
            body: Json(r#"{"value": "in-place", "comment": "Gazette", "version": 0}"#),
            expected: [401, 200, 200, 403, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/review"),
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/countries/KEN/review"),
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/answers/LEG1.1/review"),
            body: Form("decision=accept"),
            expected: [401, 409, 409, 403, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/review/bulk"),
            body: Form("kind=evidenced"),
            expected: [401, 409, 409, 403, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/answers/LEG1.1/messages"),
            body: Form("body=hello"),
            expected: [401, 303, 303, 303, 303, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/answers/LEG1.1/draft"),
            body: Form("value=in-place&comment=Gazette&version=0"),
            expected: [401, 303, 303, 403, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/answers/LEG1.1/confirm"),
            body: Form("version=0"),
            expected: [401, 403, 403, 404, 404, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/pillars/LEG/confirm"),
            body: None,
            expected: [401, 403, 403, 303, 303, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/drafts/send"),
            body: None,
            expected: [401, 409, 409, 403, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/return"),
            body: Form("deadline=2099-01-01"),
            expected: [401, 409, 409, 403, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/validate"),
            body: None,
            expected: [401, 409, 409, 403, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/reopen"),
            body: Form("reason=typo"),
            expected: [401, 409, 403, 403, 403, 403, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/countries/KEN/assignments"),
            body: Form("reviewer=2"),
            expected: [401, 303, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/desk-policy"),
            body: Form("policy=drop-draft"),
            expected: [401, 303, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/audit"),
            body: None,
            expected: [303, 200, 200, 200, 200, 403, 200, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/publish"),
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: p("/editions/{e}/robustness"),
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: p("/editions/{e}/publish"),
            body: Form("licence=CC0+1.0"),
            // Nothing is validated yet: the administrator is told so.
            expected: [401, 422, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::POST,
            path: p("/api/v1/editions/{e}/publish"),
            body: Json("{}"),
            expected: [401, 422, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Api,
            method: Method::GET,
            path: p("/api/v1/editions/{e}/results"),
            body: None,
            expected: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/results/",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/admin/audit",
            body: None,
            expected: [303, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/admin/webhooks",
            body: None,
            expected: [303, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/admin/webhooks",
            body: Form("url=https%3A%2F%2Fexample.org%2Fhook"),
            expected: [401, 200, 403, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/notifications",
            body: None,
            expected: [303, 200, 200, 200, 200, 200, 200, 200],
        },
        // CyberDrills: every account lists the drills it runs (none here); the secretariat
        // plans and sees the programme. Each drill's own rules are in `drills.rs`.
        Row {
            via: Page,
            method: Method::GET,
            path: "/drills/",
            body: None,
            expected: [303, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/drills/new",
            body: None,
            expected: [303, 200, 200, 404, 404, 404, 404, 404],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/drills/results/",
            body: None,
            expected: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Row {
            via: Page,
            method: Method::GET,
            path: "/drills/programme",
            body: None,
            expected: [303, 200, 200, 403, 403, 403, 403, 403],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/drills/new",
            body: Form("title=x"),
            expected: [401, 422, 422, 404, 404, 404, 404, 404],
        },
        Row {
            via: Page,
            method: Method::POST,
            path: "/notifications/read",
            body: None,
            expected: [401, 303, 303, 303, 303, 303, 303, 303],
        },
    ]
}

async fn send(app: &TestApp, row: &Row, caller: &str) -> u16 {
    let request = match row.via {
        Via::Page => app.page(row.method.clone(), row.path, caller),
        Via::Api => app.api(row.method.clone(), row.path, caller),
    };
    let request = match row.body {
        Body::None => request,
        Body::Form(f) => request
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(f),
        Body::Json(j) => request.header("Content-Type", "application/json").body(j),
        Body::EvidenceForm => request.multipart(
            reqwest::multipart::Form::new()
                .text("title", "Law")
                .text("url", "https://example.org/law"),
        ),
    };
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_for_every_role() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for row in rows() {
        for (i, caller) in CALLERS.iter().enumerate() {
            let app = TestApp::new().await;
            // An evidence link on KEN, so the evidence rows have something to act on.
            app.api(
                Method::POST,
                &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1/evidence"),
                "focal-ken",
            )
            .json(&serde_json::json!({"url": "https://example.org/seed", "title": "Seed"}))
            .send()
            .await
            .unwrap();
            let got = send(&app, &row, caller).await;
            checked += 1;
            if got != row.expected[i] {
                failures.push(format!(
                    "{:?} {} {} as {caller}: got {got}, expected {}",
                    row.via as u8, row.method, row.path, row.expected[i]
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked >= 700, "{checked}");
}
