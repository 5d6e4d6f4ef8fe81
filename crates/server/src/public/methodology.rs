//! `GET /results/{edition}/v{n}/methodology/`: the method, generated from the frozen framework:
//! every pillar, indicator and question with its weight and points, the aggregation rules, the
//! tier thresholds and the missing-answer policy.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_engine::{Aggregation, Child, Framework, MissingPolicy, NodeKind};

use crate::error::AppResult;
use crate::i18n::Tr;
use crate::public::{Frame, Mode, Published};
use crate::state::AppState;
use crate::web::render;

#[derive(Debug)]
pub struct Line {
    /// 1 indicator, 2 sub-indicator, 3 question (pillars head their own tables).
    pub depth: usize,
    pub id: String,
    pub label: String,
    pub is_question: bool,
    pub weight: String,
    pub max: String,
    /// The aggregation rule (nodes) or the answer options with their points (questions).
    pub rule: String,
}

#[derive(Debug)]
pub struct PillarView {
    pub label: String,
    pub weight: String,
    pub max: String,
    pub rule: String,
    pub lines: Vec<Line>,
}

#[derive(Debug)]
pub struct TierView {
    pub label: String,
    pub min: f64,
}

#[derive(Debug, Template)]
#[template(path = "public/methodology.html")]
pub struct MethodologyPage {
    pub frame: Frame,
    pub framework: String,
    pub description: String,
    pub overall_rule: String,
    pub max_text: String,
    pub missing: String,
    pub tiers: Vec<TierView>,
    pub pillars: Vec<PillarView>,
    pub questions: usize,
}

fn rule(tr: Tr, aggregation: &Aggregation) -> String {
    match aggregation {
        Aggregation::WeightedSum => tr.t("public-rule-weighted-sum"),
        Aggregation::WeightedMean => tr.t("public-rule-weighted-mean"),
        Aggregation::MaturityGated { met_at } => tr.ta(
            "public-rule-maturity-gated",
            &[("share", &format!("{:.0}", met_at * 100.0))],
        ),
    }
}

fn question_rule(tr: Tr, framework: &Framework, q: usize) -> String {
    let q = &framework.questions[q];
    if !q.kind.is_scored() {
        return tr.t("public-not-scored");
    }
    if !q.options.is_empty() {
        return q
            .options
            .iter()
            .map(|o| format!("{} = {}", tr.pick(&o.label), o.points))
            .collect::<Vec<_>>()
            .join("; ");
    }
    match &q.scale {
        Some(cyberindex_engine::NumberScale::Goalposts { low, high }) => tr.ta(
            "public-rule-goalposts",
            &[("low", &low.to_string()), ("high", &high.to_string())],
        ),
        Some(cyberindex_engine::NumberScale::Steps { steps }) => steps
            .iter()
            .map(|(t, s)| format!("≥ {t}: {:.0} %", s * 100.0))
            .collect::<Vec<_>>()
            .join("; "),
        None => String::new(),
    }
}

fn walk(tr: Tr, framework: &Framework, node: usize, depth: usize, out: &mut Vec<Line>) {
    for child in &framework.nodes[node].children {
        match child {
            Child::Node(i) => {
                let n = &framework.nodes[*i];
                out.push(Line {
                    depth,
                    id: n.id.clone(),
                    label: tr.pick(&n.label).to_string(),
                    is_question: false,
                    weight: format!("{}", n.weight),
                    max: format!("{}", n.max),
                    rule: rule(tr, &n.aggregation),
                });
                walk(tr, framework, *i, depth + 1, out);
            }
            Child::Question(q) => {
                let question = &framework.questions[*q];
                out.push(Line {
                    depth: 3,
                    id: question.id.clone(),
                    label: tr.pick(&question.label).to_string(),
                    is_question: true,
                    weight: format!("{}", question.weight),
                    max: format!("{}", question.max_points),
                    rule: question_rule(tr, framework, *q),
                });
            }
        }
    }
}

pub fn page(p: &Published, tr: Tr, mode: Mode, demo: bool) -> MethodologyPage {
    let framework = &p.site.framework;
    let frame = p.frame(
        tr,
        mode,
        demo,
        "methodology/",
        "methodology",
        format!(
            "{} · {}",
            super::isolate(p.site.results.edition.name_in(tr.lang)),
            tr.t("public-methodology-title")
        ),
    );
    let pillars = framework
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.kind == NodeKind::Pillar)
        .map(|(i, n)| {
            let mut lines = Vec::new();
            walk(tr, framework, i, 1, &mut lines);
            PillarView {
                label: tr.pick(&n.label).to_string(),
                weight: format!("{}", n.weight),
                max: format!("{}", n.max),
                rule: rule(tr, &n.aggregation),
                lines,
            }
        })
        .collect();
    MethodologyPage {
        framework: format!("{} {}", framework.id, framework.version),
        description: tr.pick(&framework.description).to_string(),
        overall_rule: rule(tr, &framework.root().aggregation),
        max_text: tr.ta(
            "public-out-of",
            &[("max", &format!("{}", framework.root().max))],
        ),
        missing: match framework.missing {
            MissingPolicy::Zero => tr.t("public-missing-zero"),
            MissingPolicy::Exclude => tr.t("public-missing-exclude"),
        },
        tiers: framework
            .tiers
            .iter()
            .map(|t| TierView {
                label: tr.pick(&t.label).to_string(),
                min: t.min,
            })
            .collect(),
        pillars,
        questions: framework.questions.len(),
        frame,
    }
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    render(&page(
        &loaded.published(),
        tr,
        Mode::Live,
        state.config.demo,
    ))
}
