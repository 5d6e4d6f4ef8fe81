//! The CIRT directory on the web (issue 16): the who's who pages, each team's page and the files
//! made from its record, and the API (`api/team_*.rs`, `api/teams_list.rs`). The record and
//! every format come from `cyberindex_directory`; saving goes through the workflow
//! (`cyberindex_workflow::directory`), which the store audits.
//!
//! ```text
//! /directory/                          who's who: every team, by country (?country=, ?region=,
//!                                      ?q=, ?type=, ?network=, ?emergency=1), with a map of teams
//! /directory/regions/{region}/         the teams of one ITU region (slug: `arab-states`)
//! /directory/countries/{ISO3}/         the teams of one country
//! /directory/lists/                    saved queries (secretariat): save, list, delete
//! /directory/lists/{id}.csv, .vcf      a saved query's teams as a mailing list (?usage=)
//! /directory/teams/{id}/               a team's page
//! /directory/teams/{id}/edit           its form (the secretariat and the team's staff)
//! /directory/new                       a new team's form (the secretariat)
//! /directory/teams/{id}/security.txt   RFC 9116, from the public fields
//! /directory/teams/{id}/rfc2350.txt    RFC 2350 as text (.md: as Markdown)
//! /directory/teams/{id}/team.vcf       vCard 4.0 of the team
//! /directory/teams/{id}/rfc2350/sign   clear-sign the RFC 2350 with a key given once (secretariat)
//! /directory/teams.json, teams.csv     every team (JSON records; one spreadsheet row each)
//! /directory/teams.first.json, .ti.json  every team in FIRST's and Trusted Introducer's layouts
//! /directory/checks/                   reachability checks: schedule one, the list (secretariat)
//! /directory/checks/{n}/               one check, message by message; /cancel before it starts
//! /directory/checks.csv                every message's outcome (?run=N, ?team=ID)
//! /directory/ack/{token}               a team acknowledges a check (single-use link, no sign-in)
//! /directory/import                    upload a file, see its errors or a preview (secretariat)
//! /directory/import/apply              confirm a previewed import: all teams or none
//! /directory/teams.xlsx                every team as a workbook (the import template's columns)
//! /directory/template.csv, .xlsx       the empty import template
//! ```
//!
//! **Invariant:** every read goes through [`level`] (or [`level_for`] for one team) and
//! [`Team::view`]: an anonymous reader sees public fields, a signed-in member of the directory
//! also members' fields, and the secretariat everything (restricted, TLP:AMBER); a team's own
//! staff see everything of their team, and the rest of the directory as members. Files that leave the site for anyone
//! (security.txt) use the public view whoever asks.

pub mod ack;
pub mod check_call;
pub mod check_cancel;
pub mod check_schedule;
pub mod check_show;
pub mod checks;
pub mod checks_export;
pub mod country;
pub mod edit;
pub mod export;
pub mod import_apply;
pub mod import_form;
pub mod import_preview;
pub mod importing;
pub mod index;
pub mod list_delete;
pub mod list_export;
pub mod list_save;
pub mod lists;
pub mod new;
pub mod region;
pub mod rfc2350;
pub mod rfc2350_sign;
pub mod security_txt;
pub mod security_txt_fetch;
pub mod site;
pub mod team;
pub mod vcard;

use cyberindex_answers::countries::{by_alpha3, fold, name_of};
use cyberindex_directory::{MembershipStatus, Network, Team, TeamType, Usage, Visibility};
use cyberindex_store::{Role, TeamRow, User};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// What a reader may see of the directory: public without signing in, members' fields once
/// signed in, everything for the secretariat.
pub fn level(user: Option<&User>) -> Visibility {
    match user.map(|u| u.role) {
        None => Visibility::Public,
        Some(Role::Admin | Role::Reviewer) => Visibility::Restricted,
        Some(_) => Visibility::Members,
    }
}

/// What a reader may see of one team: as [`level`], and everything (restricted) of their own
/// team for its staff.
pub fn level_for(user: Option<&User>, team: &str) -> Visibility {
    match user {
        Some(u) if u.role == Role::TeamStaff && u.team.as_deref() == Some(team) => {
            Visibility::Restricted
        }
        _ => level(user),
    }
}

/// The signed-in reader, if any: a session that still owes its second factor reads as
/// anonymous.
pub fn reader(caller: &crate::auth::MaybeCaller) -> Option<&User> {
    caller
        .0
        .as_ref()
        .filter(|c| c.owed.is_none())
        .map(|c| &c.user)
}

/// A team as `level` may see it, with its stored row; an unknown id is 404.
pub async fn load(state: &AppState, id: &str, level: Visibility) -> AppResult<(TeamRow, Team)> {
    let row = state.store.team(id).await?;
    let team = cyberindex_workflow::directory::read_team(&row).map_err(AppError::from)?;
    Ok((row, team.view(level)))
}

/// Every team as `level` may see it, by country and name.
pub async fn load_all(state: &AppState, level: Visibility) -> AppResult<Vec<(TeamRow, Team)>> {
    state
        .store
        .teams()
        .await?
        .into_iter()
        .map(|row| {
            let team = cyberindex_workflow::directory::read_team(&row).map_err(AppError::from)?;
            Ok((row, team.view(level)))
        })
        .collect()
}

/// A plain-text file of the directory, named for download.
pub fn text_file(
    content_type: &'static str,
    filename: String,
    body: String,
) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-cache".to_string()),
        ],
        body,
    )
        .into_response()
}

/// One message of a reachability check as the pages show it.
#[derive(Debug, Clone)]
pub struct PingView {
    pub id: i64,
    pub run: i64,
    pub team: String,
    pub address: String,
    pub sent: String,
    pub outcome: cyberindex_directory::reach::Outcome,
    pub outcome_label: String,
    pub latency: String,
    pub error: String,
    /// The channel in words (e-mail, telephone).
    pub channel: String,
    /// A call the secretariat may still record (a telephone channel not answered yet).
    pub call_open: bool,
    /// What the caller noted.
    pub note: String,
}

/// What the store keeps of a ping, for `cyberindex_directory::reach`.
pub fn message_of(p: &cyberindex_store::Ping) -> cyberindex_directory::reach::Message {
    cyberindex_directory::reach::Message {
        sent_at: p.sent_at,
        acked_at: p.acked_at,
        bounced: p.error.is_some(),
        unanswered: p.unanswered_at.is_some(),
        window_seconds: p.window_seconds,
    }
}

pub fn outcome_label(tr: crate::i18n::Tr, o: cyberindex_directory::reach::Outcome) -> String {
    use cyberindex_directory::reach::Outcome;
    tr.t(match o {
        Outcome::Acknowledged => "check-outcome-acknowledged",
        Outcome::Late => "check-outcome-late",
        Outcome::Pending => "check-outcome-pending",
        Outcome::NoReply => "check-outcome-no-reply",
        Outcome::Bounced => "check-outcome-bounced",
    })
}

/// A latency in milliseconds as minutes, hours and days (`3 h 05 min`, `2 d 4 h`).
pub fn latency_text(tr: crate::i18n::Tr, ms: i64) -> String {
    let minutes = ms / 60_000;
    let (d, h, m) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let n = |v: i64| v.to_string();
    if d > 0 {
        tr.ta("check-latency-days", &[("days", &n(d)), ("hours", &n(h))])
    } else if h > 0 {
        tr.ta(
            "check-latency-hours",
            &[("hours", &n(h)), ("minutes", &format!("{m:02}"))],
        )
    } else {
        tr.ta("check-latency-minutes", &[("minutes", &n(m.max(0)))])
    }
}

pub fn ping_view(tr: crate::i18n::Tr, p: &cyberindex_store::Ping, now: i64) -> PingView {
    let message = message_of(p);
    let outcome = message.outcome(now);
    PingView {
        id: p.id,
        run: p.run_id,
        team: p.team_id.clone(),
        address: p.address.clone(),
        sent: crate::web::when(p.sent_at),
        outcome,
        outcome_label: outcome_label(tr, outcome),
        latency: message
            .latency()
            .map(|ms| latency_text(tr, ms))
            .unwrap_or_default(),
        error: p.error.clone().unwrap_or_default(),
        channel: tr.t(if p.channel == "phone" {
            "check-channel-phone"
        } else {
            "check-channel-email"
        }),
        call_open: p.channel == "phone" && p.acked_at.is_none(),
        note: p.note.clone().unwrap_or_default(),
    }
}

/// A check's scope in words (`Kenya`, `Africa`, `ke-cirt`, `every team`).
pub fn scope_label(tr: crate::i18n::Tr, scope: &str) -> String {
    use cyberindex_workflow::reach::Scope;
    match Scope::parse(scope) {
        Some(Scope::All) => tr.t("check-scope-all"),
        Some(Scope::Country(code)) => cyberindex_answers::countries::name_of(&code, tr.lang),
        Some(Scope::Region(region)) => region_label(tr, &region),
        Some(Scope::Team(id)) => id,
        None => scope.to_string(),
    }
}

/// Each team's latest acknowledgement, by team id (milliseconds).
pub async fn last_acks(state: &AppState) -> AppResult<std::collections::HashMap<String, i64>> {
    Ok(state
        .store
        .last_acknowledgements()
        .await?
        .into_iter()
        .collect())
}

/// A team's staleness as of now, from its record, its latest acknowledgement and what was last
/// seen of its security.txt, measured against the configured limits (`[directory]`).
pub fn staleness_of(
    policy: &cyberindex_directory::staleness::Policy,
    team: &Team,
    last_ack: Option<i64>,
    seen: Option<&cyberindex_store::SecurityTxtSeen>,
) -> cyberindex_directory::staleness::Staleness {
    use cyberindex_directory::staleness::{Inputs, SecurityTxtState, Staleness};
    let now = time::OffsetDateTime::now_utc();
    let findings = seen
        .and_then(|s| s.body.as_deref().filter(|_| s.found))
        .map(|body| {
            let parsed = cyberindex_directory::security_txt::parse(body);
            cyberindex_directory::security_txt::validate(&parsed, now)
        });
    let security_txt = match (seen, &findings) {
        (_, Some(findings)) => SecurityTxtState::Found(findings),
        (Some(_), None) => SecurityTxtState::Missing,
        (None, None) => SecurityTxtState::NotChecked,
    };
    Staleness::of(
        team,
        &Inputs {
            security_txt,
            last_successful_check: last_ack
                .and_then(|ms| time::OffsetDateTime::from_unix_timestamp(ms / 1000).ok()),
        },
        now,
        policy,
    )
}

/// A staleness reason in the reader's language (`staleness-{code}` with the reason's values).
pub fn reason_text(
    tr: crate::i18n::Tr,
    reason: &cyberindex_directory::staleness::Reason,
) -> String {
    let key = format!("staleness-{}", reason.code.replace('_', "-"));
    let args: Vec<(&str, &str)> = reason.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tr.ta(&key, &args)
}

/// What was last seen of every team's security.txt, by team id.
pub async fn security_txts(
    state: &AppState,
) -> AppResult<std::collections::HashMap<String, cyberindex_store::SecurityTxtSeen>> {
    Ok(state
        .store
        .security_txts(None)
        .await?
        .into_iter()
        .map(|s| (s.team_id.clone(), s))
        .collect())
}

// --- The who's who: filters, rows, country groups and the map, shared by the who's who, the
// region and country pages, the saved lists and the static export. ---

/// A filter of the who's who, as its URL query string says it. Every part is optional and the
/// parts combine (a team must pass each one given).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Filter {
    /// ISO 3166-1 alpha-3.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    /// An ITU region's slug (`africa`, `arab-states`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub region: String,
    /// Any part of the official or short name, without regard to case or accents.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    /// A team type ([`type_key`]).
    #[serde(default, rename = "type", skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// A network the team is a current member of ([`network_key`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub network: String,
    /// `1`: only teams with an emergency channel the reader may see.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub emergency: String,
    /// `staleness`: one table, the stalest first (secretariat).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sort: String,
}

/// The networks `?network=` names, with their labels.
pub const NETWORKS: [(&str, &str); 6] = [
    ("first", "FIRST"),
    ("ti", "Trusted Introducer"),
    ("africacert", "AfricaCERT"),
    ("apcert", "APCERT"),
    ("oic-cert", "OIC-CERT"),
    ("csirts-network", "CSIRTs Network"),
];

/// The machine name of a network, as `?network=` names it (`None` for another network).
pub fn network_key(n: &Network) -> Option<&'static str> {
    Some(match n {
        Network::First => "first",
        Network::TrustedIntroducer => "ti",
        Network::AfricaCert => "africacert",
        Network::Apcert => "apcert",
        Network::OicCert => "oic-cert",
        Network::CsirtsNetwork => "csirts-network",
        Network::Other(_) => return None,
    })
}

/// The machine name of a team type, as `?type=` names it.
pub fn type_key(t: &TeamType) -> &'static str {
    match t {
        TeamType::National => "national",
        TeamType::Government => "government",
        TeamType::Sector(_) => "sector",
        TeamType::Academic => "academic",
        TeamType::Psirt => "psirt",
        TeamType::Commercial => "commercial",
    }
}

/// An ITU region's slug in addresses: `Arab States` → `arab-states`.
pub fn region_slug(region: &str) -> String {
    region.to_ascii_lowercase().replace([' ', '_'], "-")
}

/// The ITU regions as the country list names them, each with its slug, in the list's order.
pub fn regions() -> Vec<(String, &'static str)> {
    cyberindex_workflow::reach::regions()
        .into_iter()
        .map(|r| (region_slug(r), r))
        .collect()
}

/// The region a slug names (`None`: no such region).
pub fn region_of_slug(slug: &str) -> Option<&'static str> {
    regions()
        .into_iter()
        .find(|(s, _)| s == slug)
        .map(|(_, r)| r)
}

/// A region's name in the reader's language.
pub fn region_label(tr: crate::i18n::Tr, region: &str) -> String {
    tr.t(&cyberindex_publish::site::region_key(region))
}

/// The ITU regions as (slug, label in the reader's language), for a filter's select.
pub fn region_options(tr: crate::i18n::Tr) -> Vec<(String, String)> {
    regions()
        .into_iter()
        .map(|(slug, r)| (slug, region_label(tr, r)))
        .collect()
}

/// A `?region=` filter: empty is every region; a slug that is no ITU region is 422 naming
/// the field.
pub fn region_filter(slug: &str) -> crate::error::AppResult<Option<&'static str>> {
    match slug.trim() {
        "" => Ok(None),
        slug => region_of_slug(slug).map(Some).ok_or_else(|| {
            crate::error::AppError::bad("region", crate::msg!("maturity-error-region"))
        }),
    }
}

/// The slug of a country's ITU region (empty for a code the country list does not know).
pub fn country_region_slug(alpha3: &str) -> String {
    by_alpha3(alpha3).map_or_else(String::new, |c| region_slug(&c.itu_region))
}

/// Whether a team has an emergency channel (among the fields the team was viewed with).
pub fn has_emergency(team: &Team) -> bool {
    team.channels
        .iter()
        .any(|c| c.value.usages.contains(&Usage::Emergency))
}

impl Filter {
    /// Reads a URL query string (`region=africa&emergency=1`); unknown keys are ignored.
    pub fn parse(query: &str) -> Self {
        serde_urlencoded::from_str(query).unwrap_or_default()
    }

    /// The URL query string of this filter (empty parts left out).
    pub fn query_string(&self) -> String {
        serde_urlencoded::to_string(self).unwrap_or_default()
    }

    /// Whether no part is given but the order.
    pub fn is_empty(&self) -> bool {
        Filter {
            sort: String::new(),
            ..self.clone()
        } == Filter::default()
    }

    /// Whether `team` (as the reader may see it) passes every part of the filter.
    pub fn keeps(&self, team: &Team) -> bool {
        let country = &team.country.value;
        if !self.country.is_empty() && !country.eq_ignore_ascii_case(self.country.trim()) {
            return false;
        }
        if !self.region.is_empty() && country_region_slug(country) != self.region.trim() {
            return false;
        }
        if !self.kind.is_empty() && !team.types.iter().any(|t| type_key(&t.value) == self.kind) {
            return false;
        }
        if !self.network.is_empty()
            && !team.memberships.iter().any(|m| {
                m.value.status != MembershipStatus::Former
                    && network_key(&m.value.network) == Some(self.network.as_str())
            })
        {
            return false;
        }
        if self.emergency == "1" && !has_emergency(team) {
            return false;
        }
        let query = fold(self.q.trim());
        if !query.is_empty() {
            let short = team.short_name.as_ref().map(|f| fold(&f.value));
            if !fold(&team.official_name.value).contains(&query)
                && !short.is_some_and(|s| s.contains(&query))
            {
                return false;
            }
        }
        true
    }
}

/// One team in a who's who table.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub country: String,
    pub country_name: String,
    pub types: String,
    pub emergency: String,
    /// The staleness score, for the secretariat.
    pub score: Option<u8>,
}

/// The teams of one country (or, ordered by staleness, every team under one heading).
#[derive(Debug, Clone)]
pub struct CountryGroup {
    pub code: String,
    pub name: String,
    pub teams: Vec<Row>,
}

/// The row of a team as the reader sees it; `score` for the secretariat.
pub fn row_of(tr: crate::i18n::Tr, team: &Team, score: Option<u8>) -> Row {
    Row {
        id: team.id.clone(),
        name: team.official_name.value.clone(),
        short_name: team
            .short_name
            .as_ref()
            .map(|f| f.value.clone())
            .unwrap_or_default(),
        country: team.country.value.clone(),
        country_name: name_of(&team.country.value, tr.lang),
        types: team
            .types
            .iter()
            .map(|t| type_label(tr, &t.value))
            .collect::<Vec<_>>()
            .join(", "),
        emergency: team
            .channels
            .iter()
            .filter(|c| c.value.usages.contains(&Usage::Emergency))
            .map(|c| c.value.value.clone())
            .collect::<Vec<_>>()
            .join(", "),
        score,
    }
}

/// A team type in the reader's language.
pub fn type_label(tr: crate::i18n::Tr, t: &TeamType) -> String {
    match t {
        TeamType::National => tr.t("directory-type-national"),
        TeamType::Government => tr.t("directory-type-government"),
        TeamType::Sector(sector) => tr.ta("directory-type-sector", &[("sector", sector)]),
        TeamType::Academic => tr.t("directory-type-academic"),
        TeamType::Psirt => tr.t("directory-type-psirt"),
        TeamType::Commercial => tr.t("directory-type-commercial"),
    }
}

/// The rows of the teams `filter` keeps, grouped by country (countries by name), or with
/// `?sort=staleness` and scores, in one group, the stalest first. `scores` gives the
/// secretariat's staleness score of a team. Returns the groups and the number of teams.
pub fn groups(
    tr: crate::i18n::Tr,
    teams: &[&Team],
    filter: &Filter,
    scores: Option<&dyn Fn(&Team) -> u8>,
) -> (Vec<CountryGroup>, usize) {
    let mut groups: Vec<CountryGroup> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut count = 0;
    for team in teams.iter().filter(|t| filter.keeps(t)) {
        let row = row_of(tr, team, scores.map(|f| f(team)));
        count += 1;
        match index.get(&row.country) {
            Some(&i) => groups[i].teams.push(row),
            None => {
                index.insert(row.country.clone(), groups.len());
                groups.push(CountryGroup {
                    code: row.country.clone(),
                    name: row.country_name.clone(),
                    teams: vec![row],
                });
            }
        }
    }
    groups.sort_by(|a, b| a.name.cmp(&b.name));
    if scores.is_some() && filter.sort == "staleness" {
        let mut all: Vec<Row> = groups.into_iter().flat_map(|g| g.teams).collect();
        all.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
        groups = vec![CountryGroup {
            code: "all".to_string(),
            name: tr.t("directory-by-staleness"),
            teams: all,
        }];
    }
    (groups, count)
}

/// One entry of the map's legend: the swatch, what it means, and how many countries.
#[derive(Debug, Clone)]
pub struct MapKey {
    pub swatch: String,
    pub label: String,
    pub count: usize,
}

/// The map of teams: every country with a team the reader may see is filled and links to its
/// country page (`pages` is the prefix of the directory's pages), in one of three classes,
/// each a colour and a pattern: a national team and others, a national team alone, teams but
/// no national team. Its accessible name says the count and whether a national team is
/// listed; the page lists the same teams in its tables. `region` keeps one region's countries.
pub fn team_map(
    tr: crate::i18n::Tr,
    teams: &[&Team],
    pages: &str,
    region: Option<&str>,
) -> (String, Vec<MapKey>) {
    use cyberindex_publish::svg::{MapEntry, map, swatch};
    // (teams, national teams) by country.
    let mut by_country: std::collections::HashMap<&str, (usize, usize)> =
        std::collections::HashMap::new();
    for team in teams {
        let code = team.country.value.as_str();
        if region.is_some_and(|r| country_region_slug(code) != r) {
            continue;
        }
        let e = by_country.entry(code).or_default();
        e.0 += 1;
        if team.types.iter().any(|t| t.value == TeamType::National) {
            e.1 += 1;
        }
    }
    let class_of = |(all, national): (usize, usize)| match (all, national) {
        (_, 0) => 3,
        (n, _) if n > 1 => 0,
        _ => 1,
    };
    let entry = |code: &str| -> Option<MapEntry> {
        let &(all, national) = by_country.get(code)?;
        let count = all.to_string();
        Some(MapEntry {
            href: format!("{pages}countries/{code}/"),
            label: tr.ta(
                if national > 0 {
                    "directory-map-country-national"
                } else {
                    "directory-map-country"
                },
                &[
                    ("country", &name_of(code, tr.lang)),
                    ("teams", &tr.tn("directory-count", "count", all)),
                    ("count", &count),
                ],
            ),
            class: class_of((all, national)),
        })
    };
    let svg = map(
        cyberindex_publish::world::world(),
        &entry,
        &tr.t("directory-map-title"),
        &tr.t("directory-map-desc"),
    );
    let legend = [
        (0, "directory-map-key-national-and-more"),
        (1, "directory-map-key-national"),
        (3, "directory-map-key-other"),
    ]
    .into_iter()
    .map(|(class, key)| MapKey {
        swatch: swatch(class),
        label: tr.t(key),
        count: by_country
            .values()
            .filter(|v| class_of(**v) == class)
            .count(),
    })
    .collect();
    (svg, legend)
}

/// Where a who's who page is read: on the server, or in the static export (relative links,
/// no forms).
#[derive(Debug, Clone)]
pub struct Links {
    /// Served by cyberindex (forms work).
    pub live: bool,
    /// Prefix of the directory's pages (`/directory/`, or relative).
    pub pages: String,
    /// Prefix of the directory's files: `teams.json`, `teams/{id}/security.txt`…
    pub files: String,
}

impl Links {
    pub fn live() -> Self {
        Self {
            live: true,
            pages: "/directory/".into(),
            files: "/directory/".into(),
        }
    }
}

/// The body of a who's who page (the whole directory, a region or a country), shared by the
/// server's pages and the static export's.
#[derive(Debug, Clone)]
pub struct WhosWho {
    pub tr: crate::i18n::Tr,
    pub links: Links,
    pub heading: String,
    /// The region page's or country page's way back, or `None` on the who's who itself.
    pub up: Option<(String, String)>,
    pub filter: Filter,
    /// (code, name) of every country with a team, for the filter.
    pub countries: Vec<(String, String)>,
    /// (slug, name) of every ITU region.
    pub regions: Vec<(String, String)>,
    pub groups: Vec<CountryGroup>,
    pub count: usize,
    pub secretariat: bool,
    pub map: String,
    pub legend: Vec<MapKey>,
}

impl WhosWho {
    /// The who's who of `teams` (as the reader may see them), kept by `filter`. `map_region`
    /// draws the map of one region (the region page), `show_map` false leaves it out (the
    /// country page).
    #[allow(clippy::too_many_arguments)]
    pub fn build(
        tr: crate::i18n::Tr,
        links: Links,
        heading: String,
        teams: &[&Team],
        filter: Filter,
        scores: Option<&dyn Fn(&Team) -> u8>,
        show_map: bool,
        map_region: Option<&str>,
    ) -> Self {
        let mut countries: Vec<(String, String)> = teams
            .iter()
            .map(|t| (t.country.value.clone(), name_of(&t.country.value, tr.lang)))
            .collect();
        countries.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        countries.dedup();
        let regions = regions()
            .into_iter()
            .map(|(slug, r)| (slug, region_label(tr, r)))
            .collect();
        let (groups, count) = groups(tr, teams, &filter, scores);
        let (map, legend) = if show_map {
            // The map shows what the filter keeps, so that it agrees with the tables.
            let kept: Vec<&Team> = teams.iter().copied().filter(|t| filter.keeps(t)).collect();
            team_map(tr, &kept, &links.pages, map_region)
        } else {
            (String::new(), Vec::new())
        };
        Self {
            tr,
            links,
            heading,
            up: None,
            filter,
            countries,
            regions,
            groups,
            count,
            secretariat: scores.is_some(),
            map,
            legend,
        }
    }

    /// The filter as a query string, for saving it as a list.
    pub fn query(&self) -> String {
        Filter {
            sort: String::new(),
            ..self.filter.clone()
        }
        .query_string()
    }
}

/// The secretariat's staleness scores of every team, by id (empty for other readers).
pub async fn scores(
    state: &AppState,
    teams: &[(TeamRow, Team)],
    level: Visibility,
) -> AppResult<std::collections::HashMap<String, u8>> {
    if level != Visibility::Restricted {
        return Ok(Default::default());
    }
    let acks = last_acks(state).await?;
    let seen = security_txts(state).await?;
    let policy = state.config.directory.policy();
    Ok(teams
        .iter()
        .map(|(row, team)| {
            (
                row.id.clone(),
                staleness_of(&policy, team, acks.get(&row.id).copied(), seen.get(&row.id)).score,
            )
        })
        .collect())
}

/// The heading of a region's page (`CIRTs in Africa`).
pub fn region_heading(tr: crate::i18n::Tr, region: &str) -> String {
    tr.ta(
        "directory-region-title",
        &[("region", &region_label(tr, region))],
    )
}

/// The heading of a country's page (`CIRTs in Kenya`).
pub fn country_heading(tr: crate::i18n::Tr, alpha3: &str) -> String {
    tr.ta(
        "directory-country-title",
        &[("country", &name_of(alpha3, tr.lang))],
    )
}

// --- Saved queries as mailing lists ---

/// The uses `?usage=` names, in the order of the model.
pub const USAGES: [(&str, Usage); 4] = [
    ("contact", Usage::Contact),
    ("emergency", Usage::Emergency),
    ("abuse", Usage::Abuse),
    ("reports", Usage::Reports),
];

/// The machine name of a channel's use.
pub fn usage_key(u: &Usage) -> &'static str {
    USAGES
        .iter()
        .find(|(_, v)| v == u)
        .map_or("contact", |(k, _)| k)
}

/// The machine name of a channel's kind (`email`, `phone`, `fax`, `url`, or the other kind's
/// name).
pub fn channel_kind_key(k: &cyberindex_directory::ChannelKind) -> String {
    use cyberindex_directory::ChannelKind;
    match k {
        ChannelKind::Email => "email".into(),
        ChannelKind::Phone => "phone".into(),
        ChannelKind::Fax => "fax".into(),
        ChannelKind::Url => "url".into(),
        ChannelKind::Other(name) => name.clone(),
    }
}

/// The columns of a mailing list.
pub const LIST_COLUMNS: [&str; 6] = [
    "team_id",
    "team_name",
    "country",
    "channel_kind",
    "address",
    "usages",
];

/// A mailing list as CSV (UTF-8 with a byte-order mark; cells a spreadsheet would take for a
/// formula neutralised): one row per channel of each team `filter` keeps. `usage` keeps the
/// channels of one use; without it a filter with `emergency=1` keeps the emergency channels,
/// and any other filter every channel.
pub fn mailing_csv(teams: &[&Team], filter: &Filter, usage: Option<&Usage>) -> AppResult<String> {
    use cyberindex_answers::cell::{neutralise_all, writer};
    let wanted = usage
        .cloned()
        .or_else(|| (filter.emergency == "1").then_some(Usage::Emergency));
    let failed = |e: csv::Error| AppError::Internal(anyhow::anyhow!("mailing list CSV: {e}"));
    let mut out = writer();
    out.write_record(LIST_COLUMNS).map_err(failed)?;
    for team in teams.iter().filter(|t| filter.keeps(t)) {
        for channel in &team.channels {
            let c = &channel.value;
            if wanted.as_ref().is_some_and(|u| !c.usages.contains(u)) {
                continue;
            }
            out.write_record(neutralise_all([
                team.id.as_str(),
                team.official_name.value.as_str(),
                team.country.value.as_str(),
                &channel_kind_key(&c.kind),
                c.value.as_str(),
                &c.usages
                    .iter()
                    .map(usage_key)
                    .collect::<Vec<_>>()
                    .join("; "),
            ]))
            .map_err(failed)?;
        }
    }
    let bytes = out
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("mailing list CSV: {e}")))?;
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}

/// A mailing list as vCards: the card of each team `filter` keeps, at `level`.
pub fn mailing_vcf(teams: &[&Team], filter: &Filter, level: Visibility) -> String {
    teams
        .iter()
        .filter(|t| filter.keeps(t))
        .map(|t| cyberindex_directory::vcard::team_card(t, level))
        .collect()
}
