//! `GET /directory/teams/{id}/`: a team's page: what the reader may see of its record, with
//! where each field came from, the files made from it, and for the secretariat its staleness
//! score with the reasons.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_answers::countries::name_of;
use cyberindex_directory::{
    ChannelKind, ContactKind, MembershipStatus, Network, Source, Team, Usage, Visibility,
};

use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

/// One line of the record: its label, its value, and how it may be seen and where it came from.
#[derive(Debug)]
pub struct Line {
    pub label: String,
    pub value: String,
    pub note: String,
}

#[derive(Debug, Template)]
#[template(path = "directory/team.html")]
pub struct TeamPage {
    pub page: Page,
    pub id: String,
    pub name: String,
    pub lines: Vec<Line>,
    pub contacts: Vec<Line>,
    /// For the secretariat: the score and its reasons.
    pub staleness: Option<(u8, Vec<String>)>,
    /// For the secretariat: the latest reachability messages.
    pub checks: Vec<super::PingView>,
    /// Whether the reader may change the record (the secretariat, the team's staff).
    pub editable: bool,
    /// For the secretariat: what was last seen of the team's security.txt.
    pub security_txt: Option<SeenView>,
    /// For the secretariat, when `directory.fetch_security_txt` is on: offer to fetch it now.
    pub can_fetch: bool,
    /// The maturity tier the team agreed to publish, in words (empty: none), for everyone.
    pub maturity_tier: String,
    /// Whether the reader may open the team's maturity pages (its staff, the secretariat).
    pub maturity_link: bool,
}

/// What was last seen of a team's security.txt, for the page.
#[derive(Debug, Clone)]
pub struct SeenView {
    /// `directory-seen-import` or `directory-seen-fetch`, with when and where, in words.
    pub summary: String,
    /// Why nothing was read (an HTTP status, a refused connection), as the server saw it.
    pub error: String,
    /// The file's findings today, each a line (English, as the validator writes them).
    pub findings: Vec<String>,
}

/// The view of what was seen of a security.txt, validated as of now.
pub fn seen_view(tr: Tr, seen: &cyberindex_store::SecurityTxtSeen) -> SeenView {
    let summary = tr.ta(
        if seen.source == "fetch" {
            "directory-seen-fetch"
        } else {
            "directory-seen-import"
        },
        &[
            ("when", &crate::web::when(seen.observed_at)),
            ("where", &seen.url),
            ("found", if seen.found { "yes" } else { "no" }),
        ],
    );
    let findings = match seen.body.as_deref().filter(|_| seen.found) {
        Some(body) => {
            let parsed = cyberindex_directory::security_txt::parse(body);
            cyberindex_directory::security_txt::validate(&parsed, time::OffsetDateTime::now_utc())
                .iter()
                // Some messages name their line already.
                .map(|f| match f.line {
                    Some(line) if !f.message.starts_with("line ") => {
                        format!("line {line}: {}", f.message)
                    }
                    _ => f.message.clone(),
                })
                .collect()
        }
        None => Vec::new(),
    };
    SeenView {
        summary,
        error: seen.error.clone().unwrap_or_default(),
        findings,
    }
}

fn usage_label(tr: Tr, u: &Usage) -> String {
    tr.t(match u {
        Usage::Contact => "directory-usage-contact",
        Usage::Emergency => "directory-usage-emergency",
        Usage::Abuse => "directory-usage-abuse",
        Usage::Reports => "directory-usage-reports",
    })
}

fn kind_label(tr: Tr, k: &ChannelKind) -> String {
    match k {
        ChannelKind::Email => tr.t("directory-channel-email"),
        ChannelKind::Phone => tr.t("directory-channel-phone"),
        ChannelKind::Fax => tr.t("directory-channel-fax"),
        ChannelKind::Url => tr.t("directory-channel-url"),
        ChannelKind::Other(name) => name.clone(),
    }
}

fn network_label(n: &Network) -> String {
    match n {
        Network::First => "FIRST".into(),
        Network::TrustedIntroducer => "Trusted Introducer".into(),
        Network::AfricaCert => "AfricaCERT".into(),
        Network::Apcert => "APCERT".into(),
        Network::OicCert => "OIC-CERT".into(),
        Network::CsirtsNetwork => "CSIRTs Network".into(),
        Network::Other(name) => name.clone(),
    }
}

fn status_label(tr: Tr, s: &MembershipStatus) -> String {
    match s {
        MembershipStatus::Listed => tr.t("directory-status-listed"),
        MembershipStatus::Accredited => tr.t("directory-status-accredited"),
        MembershipStatus::Certified => tr.t("directory-status-certified"),
        MembershipStatus::Member => tr.t("directory-status-member"),
        MembershipStatus::Applicant => tr.t("directory-status-applicant"),
        MembershipStatus::Former => tr.t("directory-status-former"),
        MembershipStatus::Other(name) => name.clone(),
    }
}

fn contact_kind_label(tr: Tr, k: &ContactKind) -> String {
    tr.t(match k {
        ContactKind::Technical => "directory-contact-technical",
        ContactKind::Policy => "directory-contact-policy",
        ContactKind::Diplomatic => "directory-contact-diplomatic",
    })
}

fn visibility_label(tr: Tr, v: Visibility) -> String {
    tr.t(match v {
        Visibility::Public => "directory-visibility-public",
        Visibility::Members => "directory-visibility-members",
        Visibility::Restricted => "directory-visibility-restricted",
    })
}

fn source_label(tr: Tr, s: &Source) -> String {
    tr.t(match s {
        Source::Manual => "directory-source-manual",
        Source::ImportCsv => "directory-source-csv",
        Source::ImportFirst => "directory-source-first",
        Source::ImportTi => "directory-source-ti",
        Source::Rfc2350 => "directory-source-rfc2350",
        Source::SecurityTxt => "directory-source-security-txt",
    })
}

/// The lines of a team's record the reader sees, each noting its visibility and, for the
/// secretariat, where and when it came from.
pub fn lines(tr: Tr, team: &Team, secretariat: bool) -> (Vec<Line>, Vec<Line>) {
    let mut out = Vec::new();
    let note = |v: Visibility, p: &cyberindex_directory::Provenance| -> String {
        let mut text = visibility_label(tr, v);
        if secretariat {
            let date = p.at.date();
            text.push_str(&format!(" · {} {date}", source_label(tr, &p.source)));
        }
        text
    };
    let mut push = |label: &str, value: String, n: String| {
        out.push(Line {
            label: tr.t(label),
            value,
            note: n,
        })
    };
    push(
        "directory-field-official-name",
        team.official_name.value.clone(),
        note(
            team.official_name.visibility,
            &team.official_name.provenance,
        ),
    );
    if let Some(f) = &team.short_name {
        push(
            "directory-field-short-name",
            f.value.clone(),
            note(f.visibility, &f.provenance),
        );
    }
    push(
        "directory-field-country",
        name_of(&team.country.value, tr.lang),
        note(team.country.visibility, &team.country.provenance),
    );
    if let Some(f) = &team.host_organisation {
        push(
            "directory-field-host",
            f.value.clone(),
            note(f.visibility, &f.provenance),
        );
    }
    for f in &team.types {
        push(
            "directory-field-type",
            super::type_label(tr, &f.value),
            note(f.visibility, &f.provenance),
        );
    }
    if let Some(f) = &team.established {
        push(
            "directory-field-established",
            f.value.to_string(),
            note(f.visibility, &f.provenance),
        );
    }
    for f in &team.languages {
        push(
            "directory-field-language",
            f.value.clone(),
            note(f.visibility, &f.provenance),
        );
    }
    if let Some(f) = &team.hours {
        push(
            "directory-field-hours",
            format!("{} ({})", f.value.text, f.value.time_zone),
            note(f.visibility, &f.provenance),
        );
    }
    for f in &team.websites {
        push(
            "directory-field-website",
            f.value.clone(),
            note(f.visibility, &f.provenance),
        );
    }
    for f in &team.channels {
        let usages: Vec<String> = f.value.usages.iter().map(|u| usage_label(tr, u)).collect();
        push(
            "directory-field-channel",
            format!(
                "{}: {} ({})",
                kind_label(tr, &f.value.kind),
                f.value.value,
                usages.join(", ")
            ),
            note(f.visibility, &f.provenance),
        );
    }
    for f in &team.keys {
        let expires = f.value.expires.map_or_else(
            || tr.t("directory-key-no-expiry"),
            |d| tr.ta("directory-key-expires", &[("date", &d.to_string())]),
        );
        push(
            "directory-field-key",
            format!("{} · {expires}", f.value.fingerprint),
            note(f.visibility, &f.provenance),
        );
    }
    let c = &team.constituency;
    for f in &c.asns {
        push(
            "directory-field-asn",
            format!("AS{}", f.value),
            note(f.visibility, &f.provenance),
        );
    }
    for f in &c.prefixes {
        push(
            "directory-field-prefix",
            f.value.clone(),
            note(f.visibility, &f.provenance),
        );
    }
    for f in &c.domains {
        push(
            "directory-field-domain",
            f.value.clone(),
            note(f.visibility, &f.provenance),
        );
    }
    for f in &c.sectors {
        push(
            "directory-field-sector",
            f.value.clone(),
            note(f.visibility, &f.provenance),
        );
    }
    for f in &team.memberships {
        let since = f.value.since.map(|d| format!(" · {d}")).unwrap_or_default();
        push(
            "directory-field-membership",
            format!(
                "{}: {}{since}",
                network_label(&f.value.network),
                status_label(tr, &f.value.status)
            ),
            note(f.visibility, &f.provenance),
        );
    }
    let contacts = team
        .contacts
        .iter()
        .map(|f| {
            let channels: Vec<String> =
                f.value.channels.iter().map(|ch| ch.value.clone()).collect();
            Line {
                label: format!(
                    "{} ({})",
                    f.value.name,
                    contact_kind_label(tr, &f.value.kind)
                ),
                value: format!("{} · {}", f.value.role, channels.join(", ")),
                note: note(f.visibility, &f.provenance),
            }
        })
        .collect();
    (out, contacts)
}

pub async fn show(
    State(state): State<AppState>,
    caller: MaybeCaller,
    tr: Tr,
    uri: Uri,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let user = super::reader(&caller);
    let level = super::level_for(user, &id);
    let (_, team) = super::load(&state, &id, level).await?;
    let secretariat = user.is_some_and(|u| u.role.is_secretariat());
    let editable = user.is_some_and(|u| {
        secretariat
            || (u.role == cyberindex_store::Role::TeamStaff && u.team.as_deref() == Some(&id))
    });
    let (lines, contacts) = lines(tr, &team, level == Visibility::Restricted);
    // The reachability history, what was last seen of the security.txt, and the score from
    // both and the record, against the configured limits.
    let now = cyberindex_store::now_ms();
    let (staleness, checks, security_txt) = if secretariat {
        let pings = state.store.pings(None, Some(&id)).await?;
        let last_ack = pings.iter().filter_map(|p| p.acked_at).max();
        let seen = state
            .store
            .security_txts(Some(&id))
            .await?
            .into_iter()
            .next();
        let s = super::staleness_of(
            &state.config.directory.policy(),
            &team,
            last_ack,
            seen.as_ref(),
        );
        (
            Some((
                s.score,
                s.reasons
                    .iter()
                    .map(|r| format!("+{} {}", r.points, super::reason_text(tr, r)))
                    .collect(),
            )),
            pings
                .iter()
                .take(20)
                .map(|p| super::ping_view(tr, p, now))
                .collect(),
            seen.as_ref().map(|s| seen_view(tr, s)),
        )
    } else {
        (None, Vec::new(), None)
    };
    let can_fetch = secretariat && state.config.directory.fetch_security_txt;
    let maturity_tier = crate::maturity::public_tier(&state, tr, &id)
        .await?
        .unwrap_or_default();
    let maturity_link = user.is_some_and(|u| {
        cyberindex_workflow::maturity::Access::of_team(u, &id, None)
            .may(cyberindex_workflow::maturity::Act::Read)
    });
    let name = team.official_name.value.clone();
    render(&TeamPage {
        page: Page::new(tr, user, state.config.demo, &uri, name.clone()),
        id,
        name,
        lines,
        contacts,
        staleness,
        checks,
        editable,
        security_txt,
        can_fetch,
        maturity_tier,
        maturity_link,
    })
}
