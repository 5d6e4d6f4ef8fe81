//! The directory's public part in the static export (`cyberindex publish --static OUT/`), at
//! the public level only, whoever runs the export: every team is [`Team::view`]ed at
//! [`Visibility::Public`] here, before anything is written.
//!
//! ```text
//! OUT/{lang}/directory/                      the who's who (no forms: the regions and
//!                                            countries are pages of their own)
//! OUT/{lang}/directory/regions/{region}/     each ITU region, with its map
//! OUT/{lang}/directory/countries/{ISO3}/     each country with a team
//! OUT/{lang}/directory/teams/{id}/           each team's page
//! OUT/directory/teams.json, teams.csv, teams.first.json, teams.ti.json   the downloads
//! OUT/directory/teams/{id}/security.txt, rfc2350.txt, rfc2350.md, team.vcf
//! OUT/directory/index.html                   sends the reader to the English who's who
//! ```
//!
//! The files are the same in every language and are written once, as the open data are.
//! Links are relative, as in the rest of the static site. A generated `security.txt` names
//! the team's own `/.well-known/security.txt` as `Canonical` when the team has a website, and
//! has no `Canonical` otherwise (the export does not know where it will be served).

use askama::Template;
use cyberindex_answers::countries::{by_alpha3, name_of};
use cyberindex_directory::{Team, Visibility, exchange, rfc2350, security_txt, vcard};

use super::{Filter, Links, WhosWho};
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::public::{Frame, Mode};

#[derive(Debug, Template)]
#[template(path = "directory/whoswho_static.html")]
pub struct StaticWhosWho {
    pub frame: Frame,
    pub body: WhosWho,
}

#[derive(Debug, Template)]
#[template(path = "directory/team_static.html")]
pub struct StaticTeam {
    pub frame: Frame,
    pub links: Links,
    pub id: String,
    pub name: String,
    pub country: String,
    pub country_name: String,
    pub lines: Vec<super::team::Line>,
    pub contacts: Vec<super::team::Line>,
    /// The maturity tier the team agreed to publish, in words, as on the live page; or empty.
    pub maturity_tier: String,
}

/// Every team at the public level, by country and name as the store lists them.
pub fn public(teams: &[Team]) -> Vec<Team> {
    teams.iter().map(|t| t.view(Visibility::Public)).collect()
}

fn json(value: &impl serde::Serialize) -> AppResult<Vec<u8>> {
    serde_json::to_vec_pretty(value)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("directory JSON: {e}")))
}

/// The language-independent files, as (path below `OUT/`, bytes): the downloads and each
/// team's files, made from the public view of `teams` with `now` as the time of
/// `security.txt`.
pub fn files(teams: &[Team], now: time::OffsetDateTime) -> AppResult<Vec<(String, Vec<u8>)>> {
    let teams = public(teams);
    let level = Visibility::Public;
    let alpha2 = |a3: &str| by_alpha3(a3).map(|c| c.alpha2.clone());
    let mut out = vec![
        ("directory/teams.json".to_string(), json(&teams)?),
        (
            "directory/teams.csv".to_string(),
            super::export::csv(&teams)?.into_bytes(),
        ),
        (
            "directory/teams.first.json".to_string(),
            json(&serde_json::json!({
                "data": teams.iter().map(|t| exchange::to_first(t, level, &alpha2)).collect::<Vec<_>>()
            }))?,
        ),
        (
            "directory/teams.ti.json".to_string(),
            json(
                &teams
                    .iter()
                    .map(|t| exchange::to_ti(t, level, &alpha2))
                    .collect::<Vec<_>>(),
            )?,
        ),
        (
            "directory/index.html".to_string(),
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>cyberindex</title><meta http-equiv=\"refresh\" content=\"0; url=../en/directory/\"></head><body><p><a href=\"../en/directory/\">../en/directory/</a></p></body></html>\n"
                .as_bytes()
                .to_vec(),
        ),
    ];
    for team in &teams {
        let dir = format!("directory/teams/{}/", team.id);
        let canonical = team.websites.first().map_or_else(String::new, |site| {
            format!(
                "{}/.well-known/security.txt",
                site.value.trim_end_matches('/')
            )
        });
        let mut text = security_txt::generate(
            team,
            now,
            &canonical,
            time::Duration::days(super::security_txt::VALID_FOR_DAYS),
            None,
        );
        if canonical.is_empty() {
            text = text
                .lines()
                .filter(|l| l.trim() != "Canonical:")
                .map(|l| format!("{l}\n"))
                .collect();
        }
        out.push((format!("{dir}security.txt"), text.into_bytes()));
        out.push((
            format!("{dir}rfc2350.txt"),
            rfc2350::render_text(team, level).into_bytes(),
        ));
        out.push((
            format!("{dir}rfc2350.md"),
            rfc2350::render_markdown(team, level).into_bytes(),
        ));
        out.push((
            format!("{dir}team.vcf"),
            (vcard::team_card(team, level) + &vcard::contact_cards(team, level)).into_bytes(),
        ));
    }
    Ok(out)
}

/// Links for a static page at `path` below the language's folder.
fn links(frame: &Frame) -> Links {
    Links {
        live: false,
        pages: format!("{}directory/", frame.root),
        files: format!("{}../directory/", frame.root),
    }
}

fn render(page: &impl Template, path: &str) -> AppResult<String> {
    page.render()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("template for {path}: {e}")))
}

/// The pages of one language, as (path below `OUT/{lang}/`, HTML): the who's who, each
/// region, each country with a team and each team, from the public view of `teams`, with the
/// maturity tier of `tiers` (by team id) on the team's page.
pub fn pages(
    teams: &[Team],
    tiers: &std::collections::HashMap<String, cyberindex_workflow::maturity::PublishedTier>,
    tr: Tr,
    demo: bool,
) -> AppResult<Vec<(String, String)>> {
    let teams = public(teams);
    let refs: Vec<&Team> = teams.iter().collect();
    let mut out = Vec::new();
    let whos_who =
        |path: &str, heading: String, filter: Filter, map: bool, region: Option<&str>| {
            let frame = Frame::new(tr, Mode::Static, demo, path, heading.clone());
            let links = links(&frame);
            let body = WhosWho::build(tr, links, heading, &refs, filter, None, map, region);
            (frame, body)
        };
    let path = "directory/";
    let (frame, body) = whos_who(path, tr.t("directory-title"), Filter::default(), true, None);
    out.push((
        path.to_string(),
        render(&StaticWhosWho { frame, body }, path)?,
    ));
    for (slug, region) in super::regions() {
        let path = format!("directory/regions/{slug}/");
        let (frame, mut body) = whos_who(
            &path,
            super::region_heading(tr, region),
            Filter {
                region: slug.clone(),
                ..Filter::default()
            },
            true,
            Some(&slug),
        );
        body.up = Some((body.links.pages.clone(), tr.t("directory-title")));
        out.push((path.clone(), render(&StaticWhosWho { frame, body }, &path)?));
    }
    let mut countries: Vec<&str> = teams.iter().map(|t| t.country.value.as_str()).collect();
    countries.sort_unstable();
    countries.dedup();
    for code in countries {
        let path = format!("directory/countries/{code}/");
        let (frame, mut body) = whos_who(
            &path,
            super::country_heading(tr, code),
            Filter {
                country: code.to_string(),
                ..Filter::default()
            },
            false,
            None,
        );
        body.up = Some(match by_alpha3(code) {
            Some(c) => (
                format!(
                    "{}regions/{}/",
                    body.links.pages,
                    super::region_slug(&c.itu_region)
                ),
                super::region_heading(tr, &c.itu_region),
            ),
            None => (body.links.pages.clone(), tr.t("directory-title")),
        });
        out.push((path.clone(), render(&StaticWhosWho { frame, body }, &path)?));
    }
    for team in &teams {
        let path = format!("directory/teams/{}/", team.id);
        let name = team.official_name.value.clone();
        let frame = Frame::new(tr, Mode::Static, demo, &path, name.clone());
        let (lines, contacts) = super::team::lines(tr, team, false);
        let page = StaticTeam {
            links: links(&frame),
            frame,
            id: team.id.clone(),
            name,
            country: team.country.value.clone(),
            country_name: name_of(&team.country.value, tr.lang),
            lines,
            contacts,
            maturity_tier: tiers
                .get(&team.id)
                .and_then(|p| crate::maturity::tier_words(tr, p))
                .unwrap_or_default(),
        };
        out.push((path.clone(), render(&page, &path)?));
    }
    Ok(out)
}
