//! The directory's who's who (issue 16, part 6) on whichever database the suite runs (SQLite,
//! or PostgreSQL with TEST_POSTGRES_URL; teams are saved through the API and lists through
//! the pages, so only the store's API is used): the filters (?region ?country ?type ?network
//! ?emergency) at each reader's level, the region and country pages, the map of teams, and
//! saved queries downloaded as mailing lists (CSV and vCard) at the reader's level.

use crate::common;

use common::TestApp;
use cyberindex_directory::{Team, TeamType, Usage, Visibility};
use reqwest::Method;
use serde_json::json;

/// Kenya (national and a second team), France, Japan and Nigeria (national and a second team):
/// demonstration teams, whose emergency phones are for members and the secretariat only.
fn teams() -> Vec<Team> {
    let now = time::OffsetDateTime::now_utc();
    cyberindex_demo::directory::teams(
        &[
            ("KEN", "Kenya"),
            ("FRA", "France"),
            ("JPN", "Japan"),
            ("NGA", "Nigeria"),
        ],
        now,
        7,
    )
    .into_iter()
    .map(|(t, _)| t)
    .collect()
}

async fn seed(app: &TestApp) -> Vec<Team> {
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
        assert_eq!(r.status().as_u16(), 201, "{}", r.text().await.unwrap());
    }
    teams
}

async fn get(app: &TestApp, caller: &str, path: &str) -> (u16, String) {
    let r = app.page(Method::GET, path, caller).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// The ids of the teams a who's who page lists.
fn listed(html: &str, teams: &[Team]) -> Vec<String> {
    teams
        .iter()
        .filter(|t| html.contains(&format!("/directory/teams/{}/\"", t.id)))
        .map(|t| t.id.clone())
        .collect()
}

fn ids(teams: &[Team], keep: impl Fn(&Team) -> bool) -> Vec<String> {
    teams
        .iter()
        .filter(|t| keep(t))
        .map(|t| t.id.clone())
        .collect()
}

fn emergency_values(team: &Team, level: Visibility) -> Vec<String> {
    team.channels
        .iter()
        .filter(|c| c.visibility == level && c.value.usages.contains(&Usage::Emergency))
        .map(|c| c.value.value.clone())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filters_regions_countries_and_the_map_at_each_level() {
    let app = TestApp::new().await;
    let teams = seed(&app).await;
    let all = ids(&teams, |_| true);
    let african = ids(&teams, |t| {
        ["KEN", "NGA"].contains(&t.country.value.as_str())
    });

    // The who's who, its map (a title, links to the country pages) and its region links.
    let (status, html) = get(&app, "anonymous", "/directory/").await;
    assert_eq!(status, 200);
    assert_eq!(listed(&html, &teams), all);
    assert!(html.contains("<svg class=\"map\""), "a map");
    assert!(html.contains("aria-labelledby=\"map-title map-desc\""));
    assert!(html.contains("<title id=\"map-title\">Map of teams</title>"));
    assert!(
        html.contains(
            "href=\"/directory/countries/KEN/\" aria-label=\"Kenya: 3 teams, national team listed\""
        ),
        "map entry of Kenya"
    );
    assert!(html.contains("href=\"/directory/regions/arab-states/\""));
    assert!(
        html.contains("National team and other teams"),
        "a legend in words"
    );

    // Filters combine.
    let (_, html) = get(&app, "anonymous", "/directory/?region=africa").await;
    assert_eq!(listed(&html, &teams), african);
    let (_, html) = get(&app, "anonymous", "/directory/?region=europe&type=national").await;
    assert_eq!(
        listed(&html, &teams),
        ids(&teams, |t| t.country.value == "FRA")
    );
    let (_, html) = get(
        &app,
        "anonymous",
        "/directory/?region=africa&type=government",
    )
    .await;
    assert_eq!(
        listed(&html, &teams),
        ids(&teams, |t| ["KEN", "NGA"]
            .contains(&t.country.value.as_str())
            && t.types.iter().any(|k| k.value == TeamType::Government))
    );
    let (_, html) = get(&app, "anonymous", "/directory/?network=first&q=kenya").await;
    assert_eq!(
        listed(&html, &teams),
        ids(&teams, |t| t.country.value == "KEN")
    );

    // Memberships and emergency channels count only where the reader may see them: the
    // demonstration's Trusted Introducer membership and emergency phones are for members.
    for (caller, expected) in [
        ("anonymous", Vec::new()),
        ("observer-ken", all.clone()),
        ("reviewer", all.clone()),
    ] {
        let (_, html) = get(&app, caller, "/directory/?network=ti").await;
        assert_eq!(listed(&html, &teams), expected, "{caller} ?network=ti");
        let (_, html) = get(&app, caller, "/directory/?emergency=1").await;
        assert_eq!(listed(&html, &teams), expected, "{caller} ?emergency=1");
    }

    // Region pages: the region's teams and its map; an unknown region is 404.
    let (status, html) = get(&app, "anonymous", "/directory/regions/africa/").await;
    assert_eq!(status, 200);
    assert_eq!(listed(&html, &teams), african);
    assert!(html.contains("CIRTs in Africa"));
    assert!(html.contains("<svg class=\"map\""));
    assert!(
        !html.contains("href=\"/directory/countries/FRA/\" aria-label"),
        "France is not on Africa's map"
    );
    let (status, _) = get(&app, "anonymous", "/directory/regions/atlantis/").await;
    assert_eq!(status, 404);
    let (_, html) = get(
        &app,
        "anonymous",
        "/directory/regions/africa/?type=national",
    )
    .await;
    assert_eq!(
        listed(&html, &teams),
        ids(&teams, |t| ["KEN", "NGA"]
            .contains(&t.country.value.as_str())
            && t.types.iter().any(|k| k.value == TeamType::National))
    );

    // Country pages, linked from each row; any case; unknown is 404, known without teams 200.
    let (_, html) = get(&app, "anonymous", "/directory/").await;
    assert!(html.contains("<td><a href=\"/directory/countries/JPN/\"><bdi>Japan</bdi></a></td>"));
    let (status, html) = get(&app, "anonymous", "/directory/countries/ken/").await;
    assert_eq!(status, 200);
    assert_eq!(
        listed(&html, &teams),
        ids(&teams, |t| t.country.value == "KEN")
    );
    assert!(
        html.contains("href=\"/directory/regions/africa/\""),
        "back to the region"
    );
    let (status, html) = get(&app, "anonymous", "/directory/countries/BRA/").await;
    assert_eq!(status, 200);
    assert!(html.contains("0 teams"), "{html}");
    let (status, _) = get(&app, "anonymous", "/directory/countries/XXX/").await;
    assert_eq!(status, 404);

    // Six languages.
    for lang in ["ar", "zh", "fr", "ru", "es"] {
        let r = app
            .page(Method::GET, "/directory/regions/africa/", "anonymous")
            .header("Accept-Language", lang)
            .send()
            .await
            .unwrap();
        let html = r.text().await.unwrap();
        assert!(html.contains(&format!("lang=\"{lang}\"")), "{lang}");
        assert!(!html.contains("CIRTs in Africa"), "{lang} is translated");
    }

    // Nothing above the reader's level on the pages.
    let kenya = &teams[0];
    let members = emergency_values(kenya, Visibility::Members);
    let restricted = emergency_values(kenya, Visibility::Restricted);
    assert!(!members.is_empty() && !restricted.is_empty());
    for path in [
        "/directory/",
        "/directory/regions/africa/",
        "/directory/countries/KEN/",
    ] {
        let (_, anonymous) = get(&app, "anonymous", path).await;
        let (_, member) = get(&app, "observer-ken", path).await;
        let (_, secretariat) = get(&app, "reviewer", path).await;
        for v in &members {
            assert!(
                !anonymous.contains(v.as_str()),
                "{path}: {v} shown to anyone"
            );
            assert!(member.contains(v.as_str()), "{path}: {v} for members");
        }
        for v in &restricted {
            assert!(
                !anonymous.contains(v.as_str()) && !member.contains(v.as_str()),
                "{path}: {v}"
            );
            assert!(
                secretariat.contains(v.as_str()),
                "{path}: {v} for the secretariat"
            );
        }
    }
}

async fn post(app: &TestApp, caller: &str, path: &str, form: &str) -> u16 {
    app.page(Method::POST, path, caller)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(form.to_string())
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saved_queries_download_as_mailing_lists_at_the_readers_level() {
    let app = TestApp::new().await;
    let teams = seed(&app).await;

    // "Every national CIRT in the Africa region with an emergency phone". Keys the who's who
    // does not know are dropped.
    let query = "region%3Dafrica%26type%3Dnational%26emergency%3D1%26bogus%3Dx";
    assert_eq!(
        post(
            &app,
            "focal-ken",
            "/directory/lists/",
            &format!("name=Africa&query={query}")
        )
        .await,
        403
    );
    assert_eq!(
        post(&app, "reviewer", "/directory/lists/", "name=+&query=").await,
        422,
        "a name is required"
    );
    assert_eq!(
        post(
            &app,
            "reviewer",
            "/directory/lists/",
            &format!("name=Africa+national+emergency&query={query}")
        )
        .await,
        303
    );
    let saved = app.state.store.saved_queries().await.unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].query, "region=africa&type=national&emergency=1");
    let id = saved[0].id;

    // The list page names it with its count and downloads.
    let (status, html) = get(&app, "reviewer", "/directory/lists/").await;
    assert_eq!(status, 200);
    assert!(html.contains("Africa national emergency"));
    assert!(
        html.contains("2 teams"),
        "Kenya's and Nigeria's national teams"
    );
    assert!(html.contains(&format!("/directory/lists/{id}.csv?usage=abuse")));
    assert!(html.contains(&format!("/directory/lists/{id}.vcf")));
    let (status, _) = get(&app, "observer-ken", "/directory/lists/").await;
    assert_eq!(status, 403);
    // The who's who offers to save its filter to the secretariat only.
    let (_, html) = get(&app, "reviewer", "/directory/?region=africa").await;
    assert!(
        html.contains("name=\"query\" value=\"region=africa\""),
        "{html}"
    );
    let (_, html) = get(&app, "observer-ken", "/directory/?region=africa").await;
    assert!(!html.contains("name=\"query\""));

    let national_africa: Vec<&Team> = teams
        .iter()
        .filter(|t| {
            ["KEN", "NGA"].contains(&t.country.value.as_str())
                && t.types.iter().any(|k| k.value == TeamType::National)
        })
        .collect();
    assert_eq!(national_africa.len(), 2);

    // CSV: the emergency channels (the query asks for them), at the reader's level.
    let (status, csv) = get(&app, "reviewer", &format!("/directory/lists/{id}.csv")).await;
    assert_eq!(status, 200);
    assert!(
        csv.starts_with("\u{feff}team_id,team_name,country,channel_kind,address,usages"),
        "{csv}"
    );
    for team in &national_africa {
        for v in emergency_values(team, Visibility::Members)
            .into_iter()
            .chain(emergency_values(team, Visibility::Restricted))
        {
            assert!(csv.contains(&v), "{v} in {csv}");
        }
    }
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert!(rows.iter().all(|r| r.ends_with(",emergency")), "{csv}");
    assert!(!csv.contains("fra-") && !csv.contains("ken-gov"), "{csv}");

    let (status, csv) = get(&app, "observer-ken", &format!("/directory/lists/{id}.csv")).await;
    assert_eq!(status, 200);
    for team in &national_africa {
        for v in emergency_values(team, Visibility::Members) {
            assert!(csv.contains(&v), "{v} for members");
        }
        for v in emergency_values(team, Visibility::Restricted) {
            assert!(!csv.contains(&v), "{v} is restricted");
        }
    }

    // ?usage= picks the channels of one use; an unknown use is refused.
    let (_, csv) = get(
        &app,
        "reviewer",
        &format!("/directory/lists/{id}.csv?usage=contact"),
    )
    .await;
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r.contains("contact")), "{csv}");
    let (status, _) = get(
        &app,
        "reviewer",
        &format!("/directory/lists/{id}.csv?usage=fax"),
    )
    .await;
    assert_eq!(status, 422);

    // vCard: one card per team the query keeps.
    let (status, vcf) = get(&app, "reviewer", &format!("/directory/lists/{id}.vcf")).await;
    assert_eq!(status, 200);
    assert_eq!(vcf.matches("BEGIN:VCARD").count(), 2, "{vcf}");
    let (status, _) = get(&app, "anonymous", &format!("/directory/lists/{id}.vcf")).await;
    assert_eq!(status, 303, "sign in first");
    let (status, _) = get(&app, "reviewer", &format!("/directory/lists/{id}.txt")).await;
    assert_eq!(status, 404);

    // Deleting: the secretariat only; then the list is gone. Both writes are audited.
    assert_eq!(
        post(
            &app,
            "observer-ken",
            &format!("/directory/lists/{id}/delete"),
            ""
        )
        .await,
        403
    );
    assert_eq!(
        post(&app, "admin", &format!("/directory/lists/{id}/delete"), "").await,
        303
    );
    let (status, _) = get(&app, "reviewer", &format!("/directory/lists/{id}.csv")).await;
    assert_eq!(status, 404);
    assert_eq!(
        post(&app, "admin", &format!("/directory/lists/{id}/delete"), "").await,
        404
    );
    let audit = app
        .state
        .store
        .audit(&cyberindex_store::AuditFilter {
            action_prefix: Some("directory.query.".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(audit.len(), 2);
}
