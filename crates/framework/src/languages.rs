//! Which texts of a framework lack a translation: `cyberindex check --require-languages`.
//!
//! A text counts once it exists in any language; a field that is absent in every language (a
//! question without guidance, say) is not reported, since the framework does not use it.

use cyberindex_engine::model::LANGUAGES;
use cyberindex_engine::{Framework, NodeKind, Texts};

/// A text that lacks some of the required languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingText {
    /// What holds the text, such as ``question `LEG1.1` `` or ``tier `T1` ``.
    pub place: String,
    /// The key as written in the file, such as `guidance`.
    pub field: String,
    /// The required languages it has no text in, in the order they were required.
    pub languages: Vec<String>,
}

impl MissingText {
    /// One line: where, what, and the key to add.
    pub fn line(&self) -> String {
        let (key, first) = (&self.field, &self.languages[0]);
        format!(
            "{}: `{}` has no text in {} (add `{key}.{first} = \"…\"`)",
            self.place,
            self.field,
            self.languages.join(", ")
        )
    }
}

/// Parses `ar,zh,en` into language codes. Errors name the first code that is not one of the six
/// UN languages.
pub fn parse_languages(list: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        if !LANGUAGES.contains(&code) {
            return Err(format!(
                "`{code}` is not one of the six UN languages; use some of: {}",
                LANGUAGES.join(",")
            ));
        }
        if !out.iter().any(|c| c == code) {
            out.push(code.to_string());
        }
    }
    if out.is_empty() {
        return Err(format!(
            "no language given; use some of: {}",
            LANGUAGES.join(",")
        ));
    }
    Ok(out)
}

/// Every text of the framework that exists in some language but not in all of `required`, in
/// file order (framework, tiers, levels, nodes, questions, profiles).
pub fn missing_languages(framework: &Framework, required: &[String]) -> Vec<MissingText> {
    let mut out = Vec::new();
    let mut check = |place: &str, field: &str, texts: &Texts| {
        if texts.is_empty() {
            return;
        }
        let languages: Vec<String> = required
            .iter()
            .filter(|l| !texts.contains_key(l.as_str()))
            .cloned()
            .collect();
        if !languages.is_empty() {
            out.push(MissingText {
                place: place.to_string(),
                field: field.to_string(),
                languages,
            });
        }
    };
    let root = format!("framework `{}`", framework.id);
    check(&root, "label", &framework.label);
    check(&root, "description", &framework.description);
    check(&root, "notes", &framework.notes);
    for tier in &framework.tiers {
        check(&format!("tier `{}`", tier.id), "label", &tier.label);
    }
    for level in &framework.levels {
        check(&format!("level {}", level.number), "label", &level.label);
    }
    for node in framework.nodes.iter().skip(1) {
        let kind = match node.kind {
            NodeKind::Framework => "framework",
            NodeKind::Pillar => "pillar",
            NodeKind::Indicator => "indicator",
            NodeKind::SubIndicator => "sub-indicator",
        };
        let place = format!("{kind} `{}`", node.id);
        check(&place, "label", &node.label);
        check(&place, "description", &node.description);
    }
    for q in &framework.questions {
        let place = format!("question `{}`", q.id);
        check(&place, "label", &q.label);
        check(&place, "guidance", &q.guidance);
        check(&place, "evidence", &q.evidence);
        check(&place, "action", &q.action);
        check(&place, "unit", &q.limits.unit);
        for option in &q.options {
            check(
                &format!("{place}, option `{}`", option.id),
                "label",
                &option.label,
            );
        }
    }
    for profile in &framework.profiles {
        let place = format!("profile `{}`", profile.id);
        check(&place, "label", &profile.label);
        check(&place, "description", &profile.description);
        check(&place, "source", &profile.source);
        for level in &profile.levels {
            let place = format!("level `{}` of profile `{}`", level.id, profile.id);
            check(&place, "label", &level.label);
            check(&place, "description", &level.description);
        }
    }
    out
}
