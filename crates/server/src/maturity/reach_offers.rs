//! Reachability checks offered as evidence on the assessment's page: under each parameter a
//! check of the directory can back ([`PARAMETERS`]), the team's recent checks not yet attached
//! to it, each with a one-click form for `evidence_add` (which takes a check by its message id).

use std::collections::BTreeMap;

use cyberindex_store::{MaturityEvidence, Ping};

use crate::i18n::Tr;

/// The parameters of a framework that a directory reachability check can back, as (framework
/// id, parameter, channel kind or `None` for any): in `cirt-maturity`, P-9 (Emergency
/// Reachability Process: a check is the test that process calls for), T-5 (Resilient Voice
/// Calls: a call answered on a telephone channel) and T-6 (Resilient Messaging: a message
/// acknowledged on an e-mail channel). Other parameters (T-3's messaging system, P-10's web
/// presence) are about more than being reached, so no check is offered for them.
pub const PARAMETERS: [(&str, &str, Option<&str>); 3] = [
    ("cirt-maturity", "P-9", None),
    ("cirt-maturity", "T-5", Some("phone")),
    ("cirt-maturity", "T-6", Some("email")),
];

/// How many checks are offered under a parameter, the latest first.
const OFFERED: usize = 5;

/// One check offered as evidence: what the page says and what the form sends.
#[derive(Debug, Clone)]
pub struct Offer {
    pub ping: i64,
    /// "2026-11-02 10:00 UTC · soc@example.org · acknowledged".
    pub label: String,
    /// The evidence's title, date and expiry (a year after the check).
    pub title: String,
    pub issued: String,
    pub expires: String,
}

/// The offers under each parameter of framework `framework` that checks back, from the team's
/// checks `pings` (the latest first, as the store lists them) and the assessment's `evidence`.
pub fn offers(
    tr: Tr,
    framework: &str,
    pings: &[Ping],
    evidence: &[MaturityEvidence],
) -> BTreeMap<String, Vec<Offer>> {
    let mut latest: Vec<&Ping> = pings.iter().collect();
    latest.sort_by_key(|p| std::cmp::Reverse((p.sent_at, p.id)));
    let mut out = BTreeMap::new();
    for (fw, parameter, channel) in PARAMETERS {
        if fw != framework {
            continue;
        }
        let list: Vec<Offer> = latest
            .iter()
            .filter(|p| p.error.is_none() && channel.is_none_or(|c| p.channel == c))
            .filter(|p| {
                !evidence
                    .iter()
                    .any(|e| e.parameter == parameter && e.ping_id == Some(p.id))
            })
            .take(OFFERED)
            .map(|p| offer(tr, p))
            .collect();
        if !list.is_empty() {
            out.insert(parameter.to_string(), list);
        }
    }
    out
}

fn offer(tr: Tr, p: &Ping) -> Offer {
    let outcome = tr.t(if p.acked_at.is_some() {
        "maturity-ping-acked"
    } else {
        "maturity-ping-not-acked"
    });
    let date = |ms: i64| {
        crate::present::iso(ms)
            .get(..10)
            .unwrap_or_default()
            .to_string()
    };
    let issued = date(p.sent_at);
    Offer {
        ping: p.id,
        label: format!(
            "{} · {} · {outcome}",
            crate::web::when(p.sent_at),
            p.address
        ),
        title: tr.ta(
            "maturity-reach-evidence-title",
            &[
                ("date", &issued),
                ("address", &p.address),
                ("outcome", &outcome),
            ],
        ),
        expires: date(p.sent_at + 365 * 86_400_000),
        issued,
    }
}
