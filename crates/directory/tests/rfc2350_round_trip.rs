//! Writing a team as RFC 2350 and reading it back gives the fields RFC 2350 carries.

mod common;

use cyberindex_directory::model::{ChannelKind, Team, Visibility};
use cyberindex_directory::rfc2350::{self, TeamDraft};

fn channels_of(team: &Team) -> Vec<(ChannelKind, String, Vec<cyberindex_directory::Usage>)> {
    let mut v: Vec<_> = team
        .channels
        .iter()
        .map(|c| {
            (
                c.value.kind.clone(),
                c.value.value.clone(),
                c.value.usages.clone(),
            )
        })
        .collect();
    v.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    v
}

fn values<T: Clone>(items: &[cyberindex_directory::Field<T>]) -> Vec<T> {
    items.iter().map(|f| f.value.clone()).collect()
}

fn check(team: &Team, level: Visibility, draft: &TeamDraft) {
    let view = team.view(level);
    assert_eq!(
        draft.official_name.as_deref(),
        Some(view.official_name.value.as_str())
    );
    assert_eq!(
        draft.short_name,
        view.short_name.as_ref().map(|s| s.value.clone())
    );
    assert_eq!(draft.country.as_deref(), Some(view.country.value.as_str()));
    assert_eq!(
        draft.last_updated,
        view.rfc2350_updated.as_ref().map(|d| d.value)
    );
    assert_eq!(
        draft.time_zone,
        view.hours.as_ref().map(|h| h.value.time_zone.clone())
    );
    assert_eq!(
        draft.hours_text,
        view.hours.as_ref().map(|h| h.value.text.clone())
    );
    assert_eq!(
        draft.host_organisation,
        view.host_organisation.as_ref().map(|h| h.value.clone())
    );
    assert_eq!(
        draft.established,
        view.established.as_ref().map(|d| d.value)
    );
    assert_eq!(draft.websites, values(&view.websites));
    assert_eq!(draft.languages, values(&view.languages));
    assert_eq!(draft.keys, values(&view.keys));
    let c = &view.constituency;
    assert_eq!(draft.asns, values(&c.asns));
    assert_eq!(draft.prefixes, values(&c.prefixes));
    assert_eq!(draft.domains, values(&c.domains));
    assert_eq!(draft.countries, values(&c.countries));
    assert_eq!(draft.sectors, values(&c.sectors));
    let contacts: Vec<_> = view
        .contacts
        .iter()
        .map(|c| {
            (
                c.value.name.clone(),
                c.value.role.clone(),
                Some(c.value.kind),
            )
        })
        .collect();
    let read: Vec<_> = draft
        .contacts
        .iter()
        .map(|c| (c.name.clone(), c.role.clone(), c.kind))
        .collect();
    assert_eq!(read, contacts);
    let back = draft.clone().into_team(&view.id, common::prov().at);
    assert_eq!(channels_of(&back), channels_of(&view));
}

#[test]
fn text_round_trips_at_every_level() {
    for team in [common::full_team(), common::small_team()] {
        for level in [
            Visibility::Public,
            Visibility::Members,
            Visibility::Restricted,
        ] {
            let text = rfc2350::render_text(&team, level);
            let (draft, findings) = rfc2350::parse(&text);
            assert!(
                findings
                    .iter()
                    .all(|f| f.code == "missing_section" || f.code == "bad_date"),
                "{text}\n{findings:#?}"
            );
            check(&team, level, &draft);
        }
    }
}

#[test]
fn markdown_round_trips() {
    for team in [common::full_team(), common::small_team()] {
        let text = rfc2350::render_markdown(&team, Visibility::Members);
        let (draft, findings) = rfc2350::parse(&text);
        assert!(
            findings
                .iter()
                .all(|f| f.severity != cyberindex_directory::Severity::Error),
            "{findings:#?}"
        );
        check(&team, Visibility::Members, &draft);
    }
}

#[test]
fn public_text_leaves_out_hidden_values() {
    let text = rfc2350::render_text(&common::full_team(), Visibility::Public);
    assert!(!text.contains("+233 20 999 9999"), "{text}");
    assert!(!text.contains("Kofi"), "{text}");
    assert!(!text.contains("AS64502"), "{text}");
    assert!(
        text.contains("2.7 E-mail\n   incidents@cert.example.gh (contact, reports)\n"),
        "{text}"
    );
    let numbers: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split(' ').next())
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(numbers.len(), 25, "{numbers:?}");
}

#[test]
fn markdown_snapshot_of_the_small_team() {
    insta::assert_snapshot!(rfc2350::render_markdown(
        &common::small_team(),
        Visibility::Public
    ));
}
