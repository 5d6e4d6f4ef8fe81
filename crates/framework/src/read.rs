//! Reads a framework file: TOML text → checked [`Framework`], or every problem found.

use std::collections::HashMap;

use cyberindex_engine::model::{
    Aggregation, AnswerLimits, AnswerOption, Child, Framework, Level, MissingPolicy, Node,
    NodeKind, NumberScale, Question, QuestionType, Texts, Tier, UnitKind,
};
use cyberindex_engine::profile::{Minimum, Profile, ProfileLevel};
use cyberindex_engine::rule;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;
use crate::fields::{Fields, Span, closest, number};

const TOP_KEYS: &[&str] = &[
    "id",
    "version",
    "label",
    "description",
    "notes",
    "max",
    "aggregation",
    "missing",
    "precision",
    "units",
    "tier",
    "level",
    "pillar",
    "indicator",
    "question",
    "profile",
];
const PROFILE_KEYS: &[&str] = &["id", "label", "description", "source", "level"];
const PROFILE_LEVEL_KEYS: &[&str] = &["id", "label", "description", "min", "allow_na"];
const PROFILE_FILE_KEYS: &[&str] = &["framework", "profile"];
const TIER_KEYS: &[&str] = &["id", "label", "min"];
const LEVEL_KEYS: &[&str] = &["number", "label"];
const PILLAR_KEYS: &[&str] = &[
    "id",
    "label",
    "description",
    "weight",
    "max",
    "aggregation",
    "met_at",
    "level",
];
const INDICATOR_KEYS: &[&str] = &[
    "id",
    "parent",
    "label",
    "description",
    "weight",
    "max",
    "aggregation",
    "met_at",
    "level",
];
const QUESTION_KEYS: &[&str] = &[
    "id",
    "parent",
    "type",
    "label",
    "guidance",
    "evidence",
    "action",
    "evidence_required",
    "weight",
    "relevant",
    "options",
    "points",
    "max_points",
    "scale",
    "level",
    "min",
    "max",
    "integer",
    "unit",
    "max_length",
];
const OPTION_KEYS: &[&str] = &["id", "points", "label", "not_applicable"];
const RESERVED_WORDS: &[&str] = &["and", "or", "not", "in", "has"];

/// Reads and checks a separate profile file for `framework`: a `framework = "ID"` key naming it and
/// `[[profile]]` sections written as in a framework file. This is how a programme adds profiles
/// it may not publish (licensed minimums) without editing the framework: append the result to
/// `framework.profiles`. Profile ids must differ from those the framework already has.
pub fn read_profiles(framework: &Framework, source: &str) -> Result<Vec<Profile>, Vec<Diagnostic>> {
    let (document, syntax_errors) = DeTable::parse_recoverable(source);
    if !syntax_errors.is_empty() {
        return Err(syntax_errors
            .into_iter()
            .map(|e| {
                Diagnostic::new(
                    e.span().unwrap_or(0..0),
                    format!("invalid TOML: {}", e.message().trim()),
                    "fix the TOML syntax; see https://toml.io",
                )
            })
            .collect());
    }
    let mut reader = Reader {
        source,
        errors: Vec::new(),
    };
    let root = Fields::new(document.get_ref(), "the profile file", 0..0);
    root.only(PROFILE_FILE_KEYS, &mut reader.errors);
    if let Some((id, span)) = root.required_string(
        "framework",
        &format!("\"{}\"", framework.id),
        &mut reader.errors,
    ) && id != framework.id
    {
        reader.error(
            span,
            format!(
                "the profiles are for framework `{id}`, not `{}`",
                framework.id
            ),
            format!("set `framework = \"{}\"`, or check the files", framework.id),
        );
    }
    if !root.table.contains_key("profile") {
        reader.error(
            0..0,
            "the profile file has no `[[profile]]`",
            "add `[[profile]]` sections with `[[profile.level]]` tiers",
        );
    }
    let known: Vec<Option<&Question>> = framework.questions.iter().map(Some).collect();
    let taken: Vec<&str> = framework.profiles.iter().map(|p| p.id.as_str()).collect();
    let profiles = reader.profiles(&root, &known, &taken);
    if reader.errors.is_empty() {
        Ok(profiles)
    } else {
        Err(reader.errors)
    }
}

/// Reads and checks a framework. On failure, returns every problem found, each with its span.
pub fn read(source: &str) -> Result<Framework, Vec<Diagnostic>> {
    let (document, syntax_errors) = DeTable::parse_recoverable(source);
    if !syntax_errors.is_empty() {
        return Err(syntax_errors
            .into_iter()
            .map(|e| {
                Diagnostic::new(
                    e.span().unwrap_or(0..0),
                    format!("invalid TOML: {}", e.message().trim()),
                    "fix the TOML syntax; see https://toml.io",
                )
            })
            .collect());
    }
    let mut reader = Reader {
        source,
        errors: Vec::new(),
    };
    let framework = reader.framework(document.get_ref());
    match framework {
        Some(f) if reader.errors.is_empty() => Ok(f),
        _ => Err(reader.errors),
    }
}

struct Reader<'s> {
    source: &'s str,
    errors: Vec<Diagnostic>,
}

/// A pillar or indicator as written.
struct RawNode {
    id: String,
    id_span: Span,
    span: Span,
    parent: Option<(String, Span)>,
    label: Texts,
    description: Texts,
    weight: f64,
    max: Option<f64>,
    aggregation: Option<(String, Span)>,
    met_at: Option<(f64, Span)>,
    level: Option<(u32, Span)>,
}

/// A question as written, its table kept for the type-specific keys.
struct RawQuestion<'a, 'i> {
    id: String,
    id_span: Span,
    span: Span,
    parent: Option<(String, Span)>,
    fields: Fields<'a, 'i>,
}

impl Reader<'_> {
    fn error(&mut self, span: Span, message: impl Into<String>, help: impl Into<String>) {
        self.errors.push(Diagnostic::new(span, message, help));
    }

    fn framework(&mut self, doc: &DeTable<'_>) -> Option<Framework> {
        let root = Fields::new(doc, "the framework", 0..0);
        root.only(TOP_KEYS, &mut self.errors);
        let id = root.required_string("id", "\"my-framework\"", &mut self.errors);
        if let Some((id, span)) = &id
            && !is_slug(id)
        {
            self.error(
                span.clone(),
                format!("framework id `{id}` is not a valid id"),
                "use lowercase letters, digits and `-`, such as `gca-national-index`",
            );
        }
        let version = root.required_string("version", "\"1.0.0\"", &mut self.errors);
        let label = root.texts("label", true, &mut self.errors);
        let description = root.texts("description", false, &mut self.errors);
        let notes = root.texts("notes", false, &mut self.errors);
        let max = self.positive(&root, "max", Some("100"));
        let aggregation = root.required_string("aggregation", "\"weighted-sum\"", &mut self.errors);
        let missing = match root.string("missing", &mut self.errors) {
            None => MissingPolicy::Zero,
            Some((m, _)) if m == "zero" => MissingPolicy::Zero,
            Some((m, _)) if m == "exclude" => MissingPolicy::Exclude,
            Some((m, span)) => {
                self.error(
                    span,
                    format!("unknown missing-answer policy `{m}`"),
                    "use \"zero\" (unanswered counts 0 and is reported missing) or \"exclude\" (unanswered leaves the calculation)",
                );
                MissingPolicy::Zero
            }
        };
        let precision = match root.integer("precision", &mut self.errors) {
            None => 2,
            Some((p, _)) if p <= 6 => p as u8,
            Some((p, span)) => {
                self.error(
                    span,
                    format!("precision {p} is too large"),
                    "use 0 to 6 decimals",
                );
                2
            }
        };
        let units = match root.string("units", &mut self.errors) {
            None => UnitKind::Any,
            Some((u, _)) if u == "country" => UnitKind::Country,
            Some((u, _)) if u == "any" => UnitKind::Any,
            Some((u, span)) => {
                self.error(
                    span,
                    format!("unknown units `{u}`"),
                    "use \"country\" (ISO 3166-1 alpha-3 codes) or \"any\"",
                );
                UnitKind::Any
            }
        };

        let tiers = self.tiers(&root, max.as_ref().map(|(m, _)| *m));
        let levels = self.levels(&root);
        let mut raw_nodes = Vec::new();
        for (table, span) in self.tables(&root, "pillar") {
            raw_nodes.push(self.raw_node(table, span, true));
        }
        for (table, span) in self.tables(&root, "indicator") {
            raw_nodes.push(self.raw_node(table, span, false));
        }
        let raw_nodes: Vec<RawNode> = raw_nodes.into_iter().flatten().collect();
        let mut raw_questions = Vec::new();
        for (table, span) in self.tables(&root, "question") {
            let fields = Fields::new(table, "a question", span.clone());
            let Some((id, id_span)) = fields.required_string("id", "\"LEG1.1\"", &mut self.errors)
            else {
                continue;
            };
            self.check_id(&id, &id_span);
            let parent = fields.required_string("parent", "\"LEG1\"", &mut self.errors);
            let fields = Fields::new(table, format!("question `{id}`"), span.clone());
            raw_questions.push(RawQuestion {
                id,
                id_span,
                span,
                parent,
                fields,
            });
        }
        if raw_nodes.iter().all(|n| n.parent.is_some()) {
            self.error(
                0..0,
                "the framework has no pillars",
                "add at least one `[[pillar]]` with an id, a label and a max",
            );
        }

        // Ids are unique across nodes and questions.
        let mut seen: HashMap<&str, &Span> = HashMap::new();
        let ids = raw_nodes
            .iter()
            .map(|n| (&n.id, &n.id_span))
            .chain(raw_questions.iter().map(|q| (&q.id, &q.id_span)));
        let mut duplicates = Vec::new();
        for (id, span) in ids {
            if let Some(first) = seen.insert(id.as_str(), span) {
                duplicates.push((id.clone(), span.clone(), first.clone()));
            }
        }
        for (id, span, first) in duplicates {
            let (line, _) = crate::diagnostic::line_column(self.source, first.start);
            self.error(
                span,
                format!("duplicate id `{id}`: it is already used on line {line}"),
                "give every pillar, indicator and question its own id",
            );
        }

        let root_aggregation = self.aggregation(aggregation.as_ref(), None);
        let tree = self.tree(&raw_nodes, &raw_questions);

        // Build nodes in pre-order when the tree is sound.
        let mut nodes = vec![Node {
            id: id.as_ref().map_or(String::new(), |(i, _)| i.clone()),
            kind: NodeKind::Framework,
            label: label.clone(),
            description: description.clone(),
            parent: None,
            weight: 1.0,
            max: max.as_ref().map_or(100.0, |m| m.0),
            aggregation: root_aggregation.unwrap_or(Aggregation::WeightedSum),
            level: None,
            children: Vec::new(),
        }];
        let mut question_parent: Vec<Option<usize>> = vec![None; raw_questions.len()];
        if let Some(tree) = &tree {
            self.build(
                tree,
                TreeRef::Root,
                0,
                &raw_nodes,
                &levels,
                &mut nodes,
                &mut question_parent,
            );
        }
        // Questions are checked even when the tree is not, so that every error shows at once.
        let questions: Vec<Option<Question>> = raw_questions
            .iter()
            .zip(&question_parent)
            .map(|(raw, parent)| {
                let parent_aggregation = parent.map(|p| nodes[p].aggregation);
                self.question(raw, parent.unwrap_or(0), parent_aggregation, &levels)
            })
            .collect();
        let profiles = {
            let known: Vec<Option<&Question>> = questions.iter().map(Option::as_ref).collect();
            self.profiles(&root, &known, &[])
        };
        let questions: Option<Vec<Question>> = questions.into_iter().collect();
        let mut questions = questions?;
        let relevance_order = self.relevance(&raw_questions, &mut questions)?;
        let (Some(_), Some(_), Some(_)) = (tree, root_aggregation, max) else {
            return None;
        };

        Some(Framework {
            id: id?.0,
            version: version?.0,
            label,
            description,
            notes,
            missing,
            precision,
            units,
            tiers: tiers?,
            levels,
            nodes,
            questions,
            profiles,
            relevance_order,
        })
    }

    /// `[[profile]]` sections: ids, levels with ids unique in the profile, minimums naming scored
    /// questions and within their scale, ascending from level to level, and `allow_na` only where
    /// the question can be n/a. `questions` holds the questions that read without error.
    fn profiles(
        &mut self,
        root: &Fields<'_, '_>,
        questions: &[Option<&Question>],
        taken: &[&str],
    ) -> Vec<Profile> {
        let index: HashMap<&str, usize> = questions
            .iter()
            .enumerate()
            .filter_map(|(i, q)| q.map(|q| (q.id.as_str(), i)))
            .rev()
            .collect();
        let names: Vec<&str> = questions.iter().flatten().map(|q| q.id.as_str()).collect();
        let mut profiles: Vec<Profile> = Vec::new();
        let mut ids: HashMap<String, Span> = HashMap::new();
        for (table, span) in self.tables(root, "profile") {
            let fields = Fields::new(table, "a profile", span.clone());
            let Some((id, id_span)) = fields.required_string("id", "\"example\"", &mut self.errors)
            else {
                fields.only(PROFILE_KEYS, &mut self.errors);
                continue;
            };
            let fields = Fields::new(table, format!("profile `{id}`"), span.clone());
            fields.only(PROFILE_KEYS, &mut self.errors);
            if !is_slug(&id) {
                self.error(
                    id_span.clone(),
                    format!("profile id `{id}` is not valid"),
                    "use lowercase letters, digits and `-`, such as `example-tiers`",
                );
            }
            if let Some(first) = ids.get(&id) {
                let (line, _) = crate::diagnostic::line_column(self.source, first.start);
                self.error(
                    id_span.clone(),
                    format!("duplicate profile id `{id}`: it is already used on line {line}"),
                    "give every profile its own id",
                );
            } else if taken.contains(&id.as_str()) {
                self.error(
                    id_span.clone(),
                    format!("the framework already has a profile `{id}`"),
                    "give the added profile another id",
                );
            }
            ids.insert(id.clone(), id_span.clone());
            let label = fields.texts("label", true, &mut self.errors);
            let description = fields.texts("description", false, &mut self.errors);
            let source = fields.texts("source", false, &mut self.errors);
            let level_tables = self.tables(&fields, "level");
            if level_tables.is_empty() && !table.contains_key("level") {
                self.error(
                    span.clone(),
                    format!("profile `{id}` has no levels"),
                    "add `[[profile.level]]` sections from the lowest to the highest, each with `id`, `label` and a `[profile.level.min]` table",
                );
            }
            let mut levels: Vec<ProfileLevel> = Vec::new();
            let mut level_ids: HashMap<String, Span> = HashMap::new();
            // Per question: the highest minimum so far and the level that set it.
            let mut previous: HashMap<usize, (f64, String)> = HashMap::new();
            for (level_table, level_span) in level_tables {
                let lf = Fields::new(
                    level_table,
                    format!("a level of profile `{id}`"),
                    level_span.clone(),
                );
                let Some((level_id, level_id_span)) =
                    lf.required_string("id", "\"basic\"", &mut self.errors)
                else {
                    lf.only(PROFILE_LEVEL_KEYS, &mut self.errors);
                    continue;
                };
                let what = format!("level `{level_id}` of profile `{id}`");
                let lf = Fields::new(level_table, what.clone(), level_span.clone());
                lf.only(PROFILE_LEVEL_KEYS, &mut self.errors);
                if !is_slug(&level_id) {
                    self.error(
                        level_id_span.clone(),
                        format!("level id `{level_id}` of profile `{id}` is not valid"),
                        "use lowercase letters, digits and `-`, such as `basic`",
                    );
                }
                if let Some(first) = level_ids.get(&level_id) {
                    let (line, _) = crate::diagnostic::line_column(self.source, first.start);
                    self.error(
                        level_id_span.clone(),
                        format!(
                            "duplicate level id `{level_id}` in profile `{id}`: it is already used on line {line}"
                        ),
                        "give every level of a profile its own id",
                    );
                }
                level_ids.insert(level_id.clone(), level_id_span);
                let label = lf.texts("label", true, &mut self.errors);
                let description = lf.texts("description", false, &mut self.errors);
                let mut minimums: Vec<Minimum> = Vec::new();
                match lf.table("min", &mut self.errors) {
                    None if !level_table.contains_key("min") => self.error(
                        level_span.clone(),
                        format!("{what} has no `min`"),
                        "add a `[profile.level.min]` table with the least value of each parameter, such as `O-1 = 2`",
                    ),
                    None => {}
                    Some((min_table, min_span)) => {
                        if min_table.is_empty() {
                            self.error(
                                min_span,
                                format!("{what} has no minimums"),
                                "name at least one parameter, such as `O-1 = 2`",
                            );
                        }
                        for (key, value) in min_table.iter() {
                            let name = key.get_ref().as_ref();
                            let Some(&q) = index.get(name) else {
                                let help = match closest(name, &names) {
                                    Some(s) => format!("did you mean `{s}`? A minimum names a question id"),
                                    None => "name a question id of this framework".into(),
                                };
                                self.error(
                                    key.span(),
                                    format!("{what} names unknown parameter `{name}`"),
                                    help,
                                );
                                continue;
                            };
                            let question = questions[q].expect("indexed questions exist");
                            let Some((low, high)) = scale_range(question) else {
                                self.error(
                                    key.span(),
                                    format!(
                                        "{what} names `{name}`, a {} question, which has no scale",
                                        question.kind.as_str()
                                    ),
                                    "name scored questions (single-choice, three-state, yes-no, multiple-choice or number)",
                                );
                                continue;
                            };
                            let Some(min) = number(value.get_ref()).filter(|x| x.is_finite()) else {
                                self.error(
                                    value.span(),
                                    format!("the minimum of `{name}` in {what} must be a number"),
                                    format!("write a number on its scale, such as `{name} = 2`"),
                                );
                                continue;
                            };
                            if min < low || min > high {
                                self.error(
                                    value.span(),
                                    format!(
                                        "the minimum of `{name}` in {what} is {min}, outside its scale {}",
                                        describe_range(low, high)
                                    ),
                                    format!("use a value {}", describe_range(low, high)),
                                );
                            }
                            match previous.get(&q) {
                                Some((before, lower)) if min < *before => self.error(
                                    value.span(),
                                    format!(
                                        "the minimum of `{name}` in {what} is {min}, below {before} at the lower level `{lower}`"
                                    ),
                                    "a higher level may not ask less than a lower one: raise this minimum, or lower the other",
                                ),
                                _ => {
                                    previous.insert(q, (min, level_id.clone()));
                                }
                            }
                            minimums.push(Minimum {
                                parameter: name.to_string(),
                                question: q,
                                min,
                                allow_na: false,
                            });
                        }
                    }
                }
                if let Some((items, _)) = lf.array("allow_na", &mut self.errors) {
                    for item in items {
                        let Some(name) = item.get_ref().as_str() else {
                            self.error(
                                item.span(),
                                format!("`allow_na` of {what} must list parameter ids as strings"),
                                "write `allow_na = [\"O-6\"]`",
                            );
                            continue;
                        };
                        let Some(&q) = index.get(name) else {
                            let help = match closest(name, &names) {
                                Some(s) => format!("did you mean `{s}`?"),
                                None => "name a question id of this framework".into(),
                            };
                            self.error(
                                item.span(),
                                format!("`allow_na` of {what} names unknown parameter `{name}`"),
                                help,
                            );
                            continue;
                        };
                        let question = questions[q].expect("indexed questions exist");
                        if !question.options.iter().any(|o| o.not_applicable)
                            && question.relevant.is_none()
                        {
                            self.error(
                                item.span(),
                                format!("`allow_na` of {what} names `{name}`, which cannot be n/a"),
                                format!("remove `{name}` from `allow_na`, or give the question an option with `not_applicable = true`"),
                            );
                            continue;
                        }
                        match minimums.iter_mut().find(|m| m.question == q) {
                            Some(m) => m.allow_na = true,
                            None => self.error(
                                item.span(),
                                format!("`allow_na` of {what} names `{name}`, which has no minimum at this level"),
                                format!("add a minimum for `{name}` to this level, or remove it from `allow_na`"),
                            ),
                        }
                    }
                }
                minimums.sort_by_key(|m| m.question);
                levels.push(ProfileLevel {
                    id: level_id,
                    label,
                    description,
                    minimums,
                });
            }
            profiles.push(Profile {
                id,
                label,
                description,
                source,
                levels,
            });
        }
        profiles
    }

    fn positive(
        &mut self,
        fields: &Fields<'_, '_>,
        key: &str,
        required: Option<&str>,
    ) -> Option<(f64, Span)> {
        let value = match required {
            Some(example) => fields.required_number(key, example, &mut self.errors),
            None => fields.number(key, &mut self.errors),
        };
        match value {
            Some((v, span)) if v <= 0.0 => {
                self.error(
                    span,
                    format!(
                        "`{key}` of {} is {v}, but it must be greater than 0",
                        fields.what
                    ),
                    format!("set `{key}` to a positive number, such as 1"),
                );
                None
            }
            other => other,
        }
    }

    fn check_id(&mut self, id: &str, span: &Span) {
        let valid = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if !valid || RESERVED_WORDS.contains(&id) {
            self.error(
                span.clone(),
                format!("`{id}` is not a valid id"),
                "start with a letter or digit and use only letters, digits, `.`, `_` and `-` (and not and/or/not/in/has)",
            );
        }
    }

    /// Items of an array of tables such as `[[question]]`.
    fn tables<'a, 'i>(&mut self, root: &Fields<'a, 'i>, key: &str) -> Vec<(&'a DeTable<'i>, Span)> {
        let Some((items, _)) = root.array(key, &mut self.errors) else {
            return Vec::new();
        };
        let mut tables = Vec::new();
        for item in items {
            match item.get_ref().as_table() {
                Some(t) => tables.push((t, header_span(self.source, item))),
                None => self.error(
                    item.span(),
                    format!("each `{key}` must be a table"),
                    format!("write each one as a `[[{key}]]` section"),
                ),
            }
        }
        tables
    }

    fn tiers(&mut self, root: &Fields<'_, '_>, max: Option<f64>) -> Option<Vec<Tier>> {
        let tables = self.tables(root, "tier");
        if tables.is_empty() {
            self.error(
                0..0,
                "the framework has no tiers",
                "add `[[tier]]` sections from the highest to the lowest; the last one has `min = 0`",
            );
            return None;
        }
        let mut tiers = Vec::new();
        let mut ok = true;
        let mut previous: Option<(String, f64)> = None;
        let mut ids: HashMap<String, Span> = HashMap::new();
        let count = tables.len();
        for (position, (table, span)) in tables.into_iter().enumerate() {
            let fields = Fields::new(table, "a tier", span.clone());
            fields.only(TIER_KEYS, &mut self.errors);
            let id = fields.required_string("id", "\"T1\"", &mut self.errors);
            let what = id
                .as_ref()
                .map_or("a tier".to_string(), |(i, _)| format!("tier `{i}`"));
            let fields = Fields::new(table, what.clone(), span.clone());
            let label = fields.texts("label", true, &mut self.errors);
            let min = fields.required_number("min", "0", &mut self.errors);
            let (Some((id, id_span)), Some((min, min_span))) = (id, min) else {
                ok = false;
                continue;
            };
            if ids.insert(id.clone(), id_span.clone()).is_some() {
                self.error(
                    id_span,
                    format!("duplicate tier id `{id}`"),
                    "give every tier its own id",
                );
            }
            if let Some((prev_id, prev_min)) = &previous
                && min >= *prev_min
            {
                self.error(
                    min_span.clone(),
                    format!(
                        "tier thresholds are out of order: `{id}` has min {min}, which is not below `{prev_id}`'s {prev_min}"
                    ),
                    "list tiers from the highest to the lowest, with strictly decreasing `min`",
                );
                ok = false;
            }
            if min < 0.0 || max.is_some_and(|m| min > m) {
                self.error(
                    min_span.clone(),
                    format!("{what} has min {min}, outside the overall score's range"),
                    format!("use a threshold between 0 and {}", max.unwrap_or(100.0)),
                );
                ok = false;
            }
            if position + 1 == count && min != 0.0 && ok {
                self.error(
                    min_span,
                    format!(
                        "the lowest tier `{id}` has min {min}, so some scores would have no tier"
                    ),
                    "set the last tier's `min = 0`",
                );
                ok = false;
            }
            previous = Some((id.clone(), min));
            tiers.push(Tier { id, label, min });
        }
        ok.then_some(tiers)
    }

    fn levels(&mut self, root: &Fields<'_, '_>) -> Vec<Level> {
        let mut levels: Vec<Level> = Vec::new();
        for (table, span) in self.tables(root, "level") {
            let fields = Fields::new(table, "a level", span);
            fields.only(LEVEL_KEYS, &mut self.errors);
            let label = fields.texts("label", true, &mut self.errors);
            let number = match fields.integer("number", &mut self.errors) {
                Some(n) => Some(n),
                None if !table.contains_key("number") => {
                    self.error(
                        fields.span.clone(),
                        "a level has no `number`",
                        "add `number = 1` (levels count up from 1)",
                    );
                    None
                }
                None => None,
            };
            if let Some((number, span)) = number {
                let expected = levels.last().map_or(1, |l| l.number + 1);
                if number != expected {
                    self.error(
                        span,
                        format!("level {number} is out of order: expected level {expected}"),
                        "number levels 1, 2, 3, … from the lowest to the highest",
                    );
                }
                levels.push(Level { number, label });
            }
        }
        levels
    }

    fn raw_node(&mut self, table: &DeTable<'_>, span: Span, is_pillar: bool) -> Option<RawNode> {
        let kind = if is_pillar { "pillar" } else { "indicator" };
        let allowed = if is_pillar {
            PILLAR_KEYS
        } else {
            INDICATOR_KEYS
        };
        let fields = Fields::new(table, format!("a {kind}"), span.clone());
        let Some((id, id_span)) = fields.required_string("id", "\"LEG\"", &mut self.errors) else {
            fields.only(allowed, &mut self.errors);
            return None;
        };
        self.check_id(&id, &id_span);
        let fields = Fields::new(table, format!("{kind} `{id}`"), span.clone());
        fields.only(allowed, &mut self.errors);
        let parent = if is_pillar {
            None
        } else {
            fields.required_string("parent", "\"LEG\"", &mut self.errors)
        };
        let label = fields.texts("label", true, &mut self.errors);
        let description = fields.texts("description", false, &mut self.errors);
        let weight = self.positive(&fields, "weight", None).map_or(1.0, |w| w.0);
        let max = self
            .positive(&fields, "max", is_pillar.then_some("20"))
            .map(|m| m.0);
        let aggregation = fields.string("aggregation", &mut self.errors);
        let met_at = fields.number("met_at", &mut self.errors);
        if let Some((m, span)) = &met_at
            && !(*m > 0.0 && *m <= 1.0)
        {
            self.error(
                span.clone(),
                format!("`met_at` is {m}"),
                "use a share above 0 and at most 1, such as 1 or 0.75",
            );
        }
        let level = fields.integer("level", &mut self.errors);
        Some(RawNode {
            id,
            id_span,
            span,
            parent: if is_pillar { None } else { parent },
            label,
            description,
            weight,
            max,
            aggregation,
            met_at,
            level,
        })
    }

    fn aggregation(
        &mut self,
        written: Option<&(String, Span)>,
        met_at: Option<&(f64, Span)>,
    ) -> Option<Aggregation> {
        let (name, span) = written?;
        let met_at_value = met_at.map_or(1.0, |m| m.0);
        match name.as_str() {
            "weighted-sum" => Some(Aggregation::WeightedSum),
            "weighted-mean" => Some(Aggregation::WeightedMean),
            "maturity-gated" => Some(Aggregation::MaturityGated {
                met_at: met_at_value,
            }),
            other => {
                let suggestion =
                    closest(other, &["weighted-sum", "weighted-mean", "maturity-gated"])
                        .map_or(String::new(), |s| format!("did you mean `{s}`? "));
                self.error(
                    span.clone(),
                    format!("unknown aggregation `{other}`"),
                    format!(
                        "{suggestion}use \"weighted-sum\", \"weighted-mean\" or \"maturity-gated\""
                    ),
                );
                None
            }
        }
    }

    /// Resolves parents, finds cycles, and returns the children of every node in file order.
    fn tree(&mut self, nodes: &[RawNode], questions: &[RawQuestion<'_, '_>]) -> Option<Tree> {
        let index: HashMap<&str, usize> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let question_ids: HashMap<&str, usize> = questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.as_str(), i))
            .collect();
        let node_names: Vec<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
        let mut ok = true;
        let mut node_parent: Vec<Option<usize>> = vec![None; nodes.len()];
        for (i, node) in nodes.iter().enumerate() {
            let Some((parent, span)) = &node.parent else {
                continue;
            };
            match index.get(parent.as_str()) {
                Some(&p) => node_parent[i] = Some(p),
                None => {
                    let help = if question_ids.contains_key(parent.as_str()) {
                        format!(
                            "`{parent}` is a question; an indicator's parent is a pillar or another indicator"
                        )
                    } else {
                        match closest(parent, &node_names) {
                            Some(s) => format!(
                                "did you mean `{s}`? The parent must be a pillar or indicator id"
                            ),
                            None => "use the id of a pillar or of another indicator".into(),
                        }
                    };
                    self.error(
                        span.clone(),
                        format!("indicator `{}` names unknown parent `{parent}`", node.id),
                        help,
                    );
                    ok = false;
                }
            }
        }
        // Cycles among indicator parents: a chain that never reaches a pillar.
        let mut reported = vec![false; nodes.len()];
        for start in 0..nodes.len() {
            let mut path = vec![start];
            let mut current = start;
            while let Some(p) = node_parent[current] {
                if let Some(pos) = path.iter().position(|&x| x == p) {
                    let cycle = &path[pos..];
                    if !cycle.iter().any(|&c| reported[c]) {
                        let names: Vec<&str> =
                            cycle.iter().map(|&c| nodes[c].id.as_str()).collect();
                        let first = cycle[0];
                        self.error(
                            nodes[first]
                                .parent
                                .as_ref()
                                .map_or(nodes[first].span.clone(), |p| p.1.clone()),
                            format!(
                                "indicator parents form a cycle: {} → {}",
                                names.join(" → "),
                                names[0]
                            ),
                            "make one of these indicators the child of a pillar",
                        );
                        for &c in cycle {
                            reported[c] = true;
                        }
                    }
                    ok = false;
                    break;
                }
                path.push(p);
                current = p;
            }
        }
        let mut children: Vec<Vec<(usize, TreeRef)>> = vec![Vec::new(); nodes.len() + 1];
        for (i, node) in nodes.iter().enumerate() {
            let slot = match node_parent[i] {
                Some(p) => p + 1,
                None if node.parent.is_none() => 0,
                None => continue,
            };
            children[slot].push((node.span.start, TreeRef::Node(i)));
        }
        for (i, q) in questions.iter().enumerate() {
            let Some((parent, span)) = &q.parent else {
                ok = false;
                continue;
            };
            match index.get(parent.as_str()) {
                Some(&p) if nodes[p].parent.is_none() => {
                    self.error(
                        span.clone(),
                        format!("question `{}` has pillar `{parent}` as parent", q.id),
                        "put questions under an indicator of that pillar",
                    );
                    ok = false;
                }
                Some(&p) => children[p + 1].push((q.span.start, TreeRef::Question(i))),
                None => {
                    let help = match closest(parent, &node_names) {
                        Some(s) => {
                            format!("did you mean `{s}`? A question's parent is an indicator id")
                        }
                        None => "use the id of an indicator defined in this file".into(),
                    };
                    self.error(
                        span.clone(),
                        format!("question `{}` names unknown parent `{parent}`", q.id),
                        help,
                    );
                    ok = false;
                }
            }
        }
        for list in &mut children {
            list.sort_by_key(|(start, _)| *start);
        }
        // An empty node is reported only when the parents are sound, so a misspelt parent or a
        // cycle does not also show up as an empty node.
        for (i, node) in nodes.iter().enumerate() {
            if ok && children[i + 1].is_empty() {
                self.error(
                    node.id_span.clone(),
                    format!("`{}` has nothing under it", node.id),
                    "add indicators or questions with this id as `parent`, or remove it",
                );
                ok = false;
            }
        }
        ok.then_some(Tree {
            children: children
                .into_iter()
                .map(|l| l.into_iter().map(|(_, c)| c).collect())
                .collect(),
        })
    }

    /// Appends `at`'s children to `nodes` in pre-order.
    #[allow(clippy::too_many_arguments)]
    fn build(
        &mut self,
        tree: &Tree,
        at: TreeRef,
        at_index: usize,
        raw: &[RawNode],
        levels: &[Level],
        nodes: &mut Vec<Node>,
        question_parent: &mut [Option<usize>],
    ) {
        let slot = match at {
            TreeRef::Root => 0,
            TreeRef::Node(i) => i + 1,
            TreeRef::Question(_) => return,
        };
        for &child in &tree.children[slot] {
            match child {
                TreeRef::Question(q) => {
                    question_parent[q] = Some(at_index);
                    nodes[at_index].children.push(Child::Question(q));
                }
                TreeRef::Node(n) => {
                    let r = &raw[n];
                    let parent = &nodes[at_index];
                    let kind = match parent.kind {
                        NodeKind::Framework => NodeKind::Pillar,
                        NodeKind::Pillar => NodeKind::Indicator,
                        _ => NodeKind::SubIndicator,
                    };
                    let inherited = match parent.aggregation {
                        // A gated parent's rule does not pass down: children default to a weighted mean.
                        Aggregation::MaturityGated { .. } => Aggregation::WeightedMean,
                        other => other,
                    };
                    let aggregation = match &r.aggregation {
                        Some(_) => self
                            .aggregation(r.aggregation.as_ref(), r.met_at.as_ref())
                            .unwrap_or(inherited),
                        None => inherited,
                    };
                    if r.met_at.is_some()
                        && !matches!(aggregation, Aggregation::MaturityGated { .. })
                    {
                        let span = r.met_at.as_ref().map(|m| m.1.clone()).unwrap_or_default();
                        self.error(
                            span,
                            format!(
                                "`met_at` of `{}` applies only to maturity-gated nodes",
                                r.id
                            ),
                            "remove `met_at`, or set `aggregation = \"maturity-gated\"`",
                        );
                    }
                    if matches!(aggregation, Aggregation::MaturityGated { .. }) && levels.is_empty()
                    {
                        self.error(
                            r.id_span.clone(),
                            format!(
                                "`{}` is maturity-gated but the framework declares no levels",
                                r.id
                            ),
                            "add `[[level]]` sections with `number = 1`, `2`, … and labels",
                        );
                    }
                    let level =
                        self.level_of(&r.id, r.level.as_ref(), parent.aggregation, levels, &r.span);
                    let index = nodes.len();
                    nodes[at_index].children.push(Child::Node(index));
                    nodes.push(Node {
                        id: r.id.clone(),
                        kind,
                        label: r.label.clone(),
                        description: r.description.clone(),
                        parent: Some(at_index),
                        weight: r.weight,
                        max: r.max.unwrap_or(100.0),
                        aggregation,
                        level,
                        children: Vec::new(),
                    });
                    self.build(tree, child, index, raw, levels, nodes, question_parent);
                }
                TreeRef::Root => {}
            }
        }
    }

    fn level_of(
        &mut self,
        id: &str,
        level: Option<&(u32, Span)>,
        parent_aggregation: Aggregation,
        levels: &[Level],
        span: &Span,
    ) -> Option<u32> {
        let gated = matches!(parent_aggregation, Aggregation::MaturityGated { .. });
        match (gated, level) {
            (true, Some((l, s))) => {
                if levels.iter().any(|x| x.number == *l) {
                    Some(*l)
                } else {
                    self.error(
                        s.clone(),
                        format!("`{id}` has level {l}, which is not declared"),
                        format!("use one of the declared levels 1 to {}", levels.len()),
                    );
                    None
                }
            }
            (true, None) => {
                self.error(
                    span.clone(),
                    format!("`{id}` is under a maturity-gated parent but has no `level`"),
                    "add `level = 1` (or the level this item belongs to)",
                );
                None
            }
            (false, Some((_, s))) => {
                self.error(
                    s.clone(),
                    format!("`level` of `{id}` has no effect: its parent is not maturity-gated"),
                    "remove `level`, or make the parent `aggregation = \"maturity-gated\"`",
                );
                None
            }
            (false, None) => None,
        }
    }

    fn question(
        &mut self,
        raw: &RawQuestion<'_, '_>,
        parent: usize,
        parent_aggregation: Option<Aggregation>,
        levels: &[Level],
    ) -> Option<Question> {
        let f = &raw.fields;
        f.only(QUESTION_KEYS, &mut self.errors);
        let label = f.texts("label", true, &mut self.errors);
        let guidance = f.texts("guidance", false, &mut self.errors);
        let evidence = f.texts("evidence", false, &mut self.errors);
        let action = f.texts("action", false, &mut self.errors);
        let evidence_required = f
            .boolean("evidence_required", &mut self.errors)
            .unwrap_or(false);
        let written_level = f.integer("level", &mut self.errors);
        let level = match parent_aggregation {
            Some(aggregation) => self.level_of(
                &raw.id,
                written_level.as_ref(),
                aggregation,
                levels,
                &raw.span,
            ),
            None => written_level.map(|l| l.0),
        };
        let relevant = f.string("relevant", &mut self.errors).map(|r| r.0);
        let (type_name, type_span) =
            f.required_string("type", "\"three-state\"", &mut self.errors)?;
        const TYPES: [QuestionType; 8] = [
            QuestionType::ThreeState,
            QuestionType::YesNo,
            QuestionType::SingleChoice,
            QuestionType::MultipleChoice,
            QuestionType::Number,
            QuestionType::Text,
            QuestionType::Url,
            QuestionType::Date,
        ];
        let Some(kind) = TYPES.into_iter().find(|t| t.as_str() == type_name) else {
            let names: Vec<&str> = TYPES.iter().map(|t| t.as_str()).collect();
            let suggestion = closest(&type_name, &names)
                .map_or(String::new(), |s| format!("did you mean `{s}`? "));
            self.error(
                type_span,
                format!("question `{}` has unknown type `{type_name}`", raw.id),
                format!("{suggestion}use one of: {}", names.join(", ")),
            );
            return None;
        };
        // Keys that exist but do not apply to this type.
        let applicable: &[&str] = match kind {
            QuestionType::ThreeState | QuestionType::YesNo => &["weight", "points"],
            QuestionType::SingleChoice => &["weight", "options"],
            QuestionType::MultipleChoice => &["weight", "options", "max_points"],
            QuestionType::Number => &["weight", "points", "scale"],
            QuestionType::Text | QuestionType::Url | QuestionType::Date => &[],
        };
        for key in ["min", "max", "integer", "unit", "max_length"] {
            let fits = match key {
                "max_length" => kind == QuestionType::Text,
                _ => kind == QuestionType::Number,
            };
            if f.table.contains_key(key) && !fits {
                self.error(
                    f.span_of(key),
                    format!(
                        "`{key}` does not apply to {} question `{}`",
                        kind.as_str(),
                        raw.id
                    ),
                    match key {
                        "max_length" => "`max_length` is for text questions: remove it",
                        _ => {
                            "`min`, `max`, `integer` and `unit` are for number questions: remove it"
                        }
                    },
                );
            }
        }
        let limits = self.limits(f, kind);
        for key in ["weight", "points", "options", "max_points", "scale"] {
            if f.table.contains_key(key) && !applicable.contains(&key) {
                let help = match (kind, key) {
                    (QuestionType::ThreeState | QuestionType::YesNo, "options") => "this type has built-in options; change their points with `points = { partial = 0.4 }`".to_string(),
                    _ if !kind.is_scored() => "unscored questions (text, URL, date) earn no points: remove it".to_string(),
                    _ => format!("remove `{key}`; {} questions use: {}", kind.as_str(), applicable.join(", ")),
                };
                self.error(
                    f.span_of(key),
                    format!(
                        "`{key}` does not apply to {} question `{}`",
                        kind.as_str(),
                        raw.id
                    ),
                    help,
                );
            }
        }
        let weight = if kind.is_scored() {
            self.positive(f, "weight", None).map_or(1.0, |w| w.0)
        } else {
            0.0
        };
        let mut scale = None;
        let options = match kind {
            QuestionType::ThreeState => self.builtin_options(f, &THREE_STATE),
            QuestionType::YesNo => self.builtin_options(f, &YES_NO),
            QuestionType::SingleChoice | QuestionType::MultipleChoice => self.options(f, kind),
            QuestionType::Number => {
                scale = self.scale(f);
                Vec::new()
            }
            _ => Vec::new(),
        };
        let max_points = match kind {
            QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => {
                options.iter().map(|o| o.points).fold(0.0, f64::max)
            }
            QuestionType::MultipleChoice => {
                let sum: f64 = options.iter().map(|o| o.points).sum();
                match self.positive(f, "max_points", None) {
                    Some((cap, _)) => cap.min(sum),
                    None => sum,
                }
            }
            QuestionType::Number => match f.table.contains_key("points") {
                true => self.positive(f, "points", None).map_or(1.0, |p| p.0),
                false => 1.0,
            },
            _ => 0.0,
        };
        if kind.is_scored()
            && max_points <= 0.0
            && (!options.is_empty() || kind == QuestionType::Number)
        {
            self.error(
                raw.id_span.clone(),
                format!("question `{}` can earn no points: every option is worth 0", raw.id),
                "give at least one option points above 0, or make it an unscored type (text, url, date)",
            );
        }
        Some(Question {
            id: raw.id.clone(),
            parent,
            kind,
            label,
            guidance,
            evidence,
            action,
            evidence_required,
            weight,
            max_points,
            options,
            scale,
            relevant,
            rule: None,
            level,
            limits,
        })
    }

    /// `min`, `max`, `integer` and `unit` of a number question, `max_length` of a text question:
    /// a range that is not empty, whole bounds when only whole numbers are accepted, and a
    /// length of at least 1.
    fn limits(&mut self, f: &Fields<'_, '_>, kind: QuestionType) -> AnswerLimits {
        let mut limits = AnswerLimits::default();
        match kind {
            QuestionType::Number => {
                let min = f.number("min", &mut self.errors);
                let max = f.number("max", &mut self.errors);
                limits.integer = f.boolean("integer", &mut self.errors).unwrap_or(false);
                limits.unit = f.texts("unit", false, &mut self.errors);
                if let (Some((low, _)), Some((high, span))) = (&min, &max)
                    && low > high
                {
                    self.error(
                        span.clone(),
                        format!(
                            "the range of {} is empty: `min` {low} is above `max` {high}",
                            f.what
                        ),
                        "swap them, or correct the one that is wrong",
                    );
                }
                if limits.integer {
                    for (key, bound) in [("min", &min), ("max", &max)] {
                        if let Some((x, span)) = bound
                            && x.fract() != 0.0
                        {
                            self.error(
                                span.clone(),
                                format!(
                                    "`{key}` of {} is {x}, but the question takes whole numbers (`integer = true`)",
                                    f.what
                                ),
                                format!("write `{key}` as a whole number, such as {}", x.round()),
                            );
                        }
                    }
                }
                limits.min = min.map(|m| m.0);
                limits.max = max.map(|m| m.0);
            }
            QuestionType::Text => {
                if let Some((length, span)) = f.integer("max_length", &mut self.errors) {
                    if length == 0 {
                        self.error(
                            span,
                            format!("`max_length` of {} is 0: no answer would fit", f.what),
                            "give the most characters an answer may have, such as 500, or remove it",
                        );
                    } else {
                        limits.max_length = Some(length);
                    }
                }
            }
            _ => {}
        }
        limits
    }

    fn builtin_options(
        &mut self,
        f: &Fields<'_, '_>,
        builtin: &[BuiltinOption],
    ) -> Vec<AnswerOption> {
        let mut options: Vec<AnswerOption> = builtin
            .iter()
            .map(|b| AnswerOption {
                id: b.id.to_string(),
                points: b.points,
                label: b
                    .labels
                    .iter()
                    .map(|(l, t)| (l.to_string(), t.to_string()))
                    .collect(),
                not_applicable: false,
            })
            .collect();
        if let Some((table, _)) = f.table("points", &mut self.errors) {
            let ids: Vec<&str> = builtin.iter().map(|b| b.id).collect();
            for (key, value) in table.iter() {
                let key_name = key.get_ref().as_ref();
                let Some(option) = options.iter_mut().find(|o| o.id == key_name) else {
                    self.error(
                        key.span(),
                        format!("`points` of {} names unknown option `{key_name}`", f.what),
                        format!("use the built-in options: {}", ids.join(", ")),
                    );
                    continue;
                };
                match number(value.get_ref()) {
                    Some(p) if p.is_finite() && p >= 0.0 => option.points = p,
                    _ => self.error(
                        value.span(),
                        format!("points for `{key_name}` in {} must be a number ≥ 0", f.what),
                        "write a number such as 1 or 0.5",
                    ),
                }
            }
        }
        options
    }

    fn options(&mut self, f: &Fields<'_, '_>, kind: QuestionType) -> Vec<AnswerOption> {
        let Some((items, span)) = f.array("options", &mut self.errors) else {
            if !f.table.contains_key("options") {
                self.error(
                    f.span.clone(),
                    format!("{} has no `options`", f.what),
                    "add `options = [ { id = \"a\", points = 1, label.en = \"…\" }, … ]`",
                );
            }
            return Vec::new();
        };
        if items.len() < 2 {
            self.error(
                span.clone(),
                format!("{} needs at least two options", f.what),
                "add the answer options people choose from",
            );
        }
        if kind == QuestionType::MultipleChoice && items.len() > 64 {
            self.error(
                span,
                format!(
                    "{} has {} options; at most 64 are supported",
                    f.what,
                    items.len()
                ),
                "split the question",
            );
        }
        let mut options: Vec<AnswerOption> = Vec::new();
        for item in items {
            let Some(table) = item.get_ref().as_table() else {
                self.error(
                    item.span(),
                    format!("an option of {} is not a table", f.what),
                    "write each option as { id = \"a\", points = 1, label.en = \"…\" }",
                );
                continue;
            };
            let of = Fields::new(table, format!("an option of {}", f.what), item.span());
            of.only(OPTION_KEYS, &mut self.errors);
            let Some((id, id_span)) = of.required_string("id", "\"a\"", &mut self.errors) else {
                continue;
            };
            if !is_slug(&id) {
                self.error(
                    id_span.clone(),
                    format!("option id `{id}` is not valid"),
                    "use lowercase letters, digits and `-`",
                );
            }
            if options.iter().any(|o| o.id == id) {
                self.error(
                    id_span,
                    format!("duplicate option `{id}` in {}", f.what),
                    "give every option of a question its own id",
                );
            }
            let of = Fields::new(table, format!("option `{id}` of {}", f.what), item.span());
            let label = of.texts("label", true, &mut self.errors);
            let not_applicable = of
                .boolean("not_applicable", &mut self.errors)
                .unwrap_or(false);
            if not_applicable {
                if kind != QuestionType::SingleChoice {
                    self.error(
                        of.span_of("not_applicable"),
                        format!("option `{id}` of {} is `not_applicable`, but only single-choice questions have an n/a option", f.what),
                        "remove `not_applicable`, or make the question `single-choice`",
                    );
                } else if options.iter().any(|o| o.not_applicable) {
                    self.error(
                        of.span_of("not_applicable"),
                        format!("{} has a second n/a option `{id}`", f.what),
                        "keep one option with `not_applicable = true`",
                    );
                }
                if table.contains_key("points") {
                    self.error(
                        of.span_of("points"),
                        format!("n/a option `{id}` of {} has `points`", f.what),
                        "remove `points`: an n/a answer earns nothing and leaves the calculation",
                    );
                }
                options.push(AnswerOption {
                    id,
                    points: 0.0,
                    label,
                    not_applicable,
                });
                continue;
            }
            let points = match of.required_number("points", "1", &mut self.errors) {
                Some((p, _)) if p >= 0.0 => p,
                Some((p, s)) => {
                    self.error(
                        s,
                        format!("option `{id}` of {} has {p} points", f.what),
                        "points must be 0 or more",
                    );
                    0.0
                }
                None => 0.0,
            };
            options.push(AnswerOption {
                id,
                points,
                label,
                not_applicable,
            });
        }
        options
    }

    fn scale(&mut self, f: &Fields<'_, '_>) -> Option<NumberScale> {
        let Some((table, span)) = f.table("scale", &mut self.errors) else {
            if !f.table.contains_key("scale") {
                self.error(f.span.clone(), format!("{} has no `scale`", f.what), "add `scale = { method = \"goalposts\", low = 0, high = 100 }` or `scale = { method = \"steps\", steps = [[0, 0], [10, 1]] }`");
            }
            return None;
        };
        let sf = Fields::new(table, format!("the scale of {}", f.what), span.clone());
        let method = sf.required_string("method", "\"goalposts\"", &mut self.errors)?;
        match method.0.as_str() {
            "goalposts" => {
                sf.only(&["method", "low", "high"], &mut self.errors);
                let low = sf.required_number("low", "0", &mut self.errors);
                let high = sf.required_number("high", "100", &mut self.errors);
                let ((low, _), (high, high_span)) = (low?, high?);
                if low == high {
                    self.error(
                        high_span,
                        format!("the goalposts of {} are equal ({low})", f.what),
                        "set `low` (share 0) and `high` (share 1) to different numbers",
                    );
                    return None;
                }
                Some(NumberScale::Goalposts { low, high })
            }
            "steps" => {
                sf.only(&["method", "steps"], &mut self.errors);
                let Some((items, steps_span)) = sf.array("steps", &mut self.errors) else {
                    self.error(
                        span,
                        format!("the scale of {} has no `steps`", f.what),
                        "add `steps = [[threshold, share], …]`",
                    );
                    return None;
                };
                let mut steps: Vec<(f64, f64)> = Vec::new();
                for item in items {
                    let pair = item
                        .get_ref()
                        .as_array()
                        .filter(|a| a.len() == 2)
                        .and_then(|a| Some((number(a[0].get_ref())?, number(a[1].get_ref())?)));
                    match pair {
                        Some((t, s)) if (0.0..=1.0).contains(&s) && t.is_finite() => {
                            if steps.last().is_some_and(|(prev, _)| t <= *prev) {
                                self.error(item.span(), format!("the steps of {} must ascend: {t} comes after a threshold at least as high", f.what), "list thresholds from the lowest to the highest");
                            }
                            steps.push((t, s));
                        }
                        _ => self.error(
                            item.span(),
                            format!(
                                "a step of {} is not [threshold, share] with a share from 0 to 1",
                                f.what
                            ),
                            "write each step as [threshold, share], e.g. [10, 0.5]",
                        ),
                    }
                }
                if steps.is_empty() {
                    self.error(
                        steps_span,
                        format!("the scale of {} has no steps", f.what),
                        "add at least one [threshold, share]",
                    );
                    return None;
                }
                Some(NumberScale::Steps { steps })
            }
            other => {
                self.error(
                    method.1,
                    format!("unknown scale method `{other}`"),
                    "use \"goalposts\" or \"steps\"",
                );
                None
            }
        }
    }

    /// Parses and resolves relevance rules, and orders questions so that each comes after the
    /// questions its rule reads. Reports unknown names and cycles.
    fn relevance(
        &mut self,
        raw: &[RawQuestion<'_, '_>],
        questions: &mut [Question],
    ) -> Option<Vec<usize>> {
        // With duplicate ids (reported already) the first definition wins.
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, q) in questions.iter().enumerate() {
            index.entry(q.id.as_str()).or_insert(i);
        }
        let mut rules = Vec::with_capacity(questions.len());
        let mut ok = true;
        for (i, q) in questions.iter().enumerate() {
            let Some(text) = &q.relevant else {
                rules.push(None);
                continue;
            };
            let span = raw[i].fields.span_of("relevant");
            let base = span.start + quote_len(&self.source[span.clone()]);
            let lookup = |id: &str| index.get(id).map(|&j| (j, &questions[j]));
            let resolved = rule::parse(text)
                .map_err(|e| vec![e])
                .and_then(|syntax| syntax.resolve(&lookup));
            match resolved {
                Ok(rule) => rules.push(Some(rule)),
                Err(errors) => {
                    for e in errors {
                        // The character at the rule's offset, whole: it may be several bytes
                        // long (and an escape in the TOML string may shift the offset).
                        let source = &self.source;
                        let mut at = (base + e.offset).min(source.len());
                        while !source.is_char_boundary(at) {
                            at -= 1;
                        }
                        let end = source[at..]
                            .chars()
                            .next()
                            .map_or(at, |c| at + c.len_utf8());
                        self.errors.push(Diagnostic::new(
                            at..end,
                            format!("in the relevance rule of `{}`: {}", q.id, e.message),
                            e.help,
                        ));
                    }
                    rules.push(None);
                    ok = false;
                }
            }
        }
        // Depth-first topological order; a back edge is a cycle.
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Active,
            Done,
        }
        let mut marks = vec![Mark::New; questions.len()];
        let mut order = Vec::with_capacity(questions.len());
        let mut cycles: Vec<Vec<usize>> = Vec::new();
        fn visit(
            q: usize,
            rules: &[Option<rule::Rule>],
            marks: &mut [Mark],
            stack: &mut Vec<usize>,
            order: &mut Vec<usize>,
            cycles: &mut Vec<Vec<usize>>,
        ) {
            marks[q] = Mark::Active;
            stack.push(q);
            if let Some(rule) = &rules[q] {
                let mut reads = rule.reads();
                reads.dedup();
                for r in reads {
                    match marks[r] {
                        Mark::New => visit(r, rules, marks, stack, order, cycles),
                        Mark::Active => {
                            let pos = stack.iter().position(|&s| s == r).unwrap_or(0);
                            cycles.push(stack[pos..].to_vec());
                        }
                        Mark::Done => {}
                    }
                }
            }
            stack.pop();
            marks[q] = Mark::Done;
            order.push(q);
        }
        for q in 0..questions.len() {
            if marks[q] == Mark::New {
                visit(
                    q,
                    &rules,
                    &mut marks,
                    &mut Vec::new(),
                    &mut order,
                    &mut cycles,
                );
            }
        }
        for cycle in cycles {
            let names: Vec<&str> = cycle.iter().map(|&c| questions[c].id.as_str()).collect();
            let first = cycle[0];
            let message = if cycle.len() == 1 {
                format!(
                    "the relevance rule of `{}` depends on the question itself",
                    names[0]
                )
            } else {
                format!(
                    "relevance rules form a cycle: {} → {}",
                    names.join(" → "),
                    names[0]
                )
            };
            self.errors.push(Diagnostic::new(
                raw[first].fields.span_of("relevant"),
                message,
                "base relevance on questions that do not depend back on this one",
            ));
            ok = false;
        }
        for (q, rule) in questions.iter_mut().zip(rules) {
            q.rule = rule;
        }
        ok.then_some(order)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TreeRef {
    Root,
    Node(usize),
    Question(usize),
}

/// Children of the root (slot 0) and of each raw node (slot i + 1), in file order.
struct Tree {
    children: Vec<Vec<TreeRef>>,
}

struct BuiltinOption {
    id: &'static str,
    points: f64,
    labels: &'static [(&'static str, &'static str)],
}

const THREE_STATE: [BuiltinOption; 3] = [
    BuiltinOption {
        id: "in-place",
        points: 1.0,
        labels: &[
            ("ar", "قائم"),
            ("en", "In place"),
            ("es", "Implementado"),
            ("fr", "En place"),
            ("ru", "Имеется"),
            ("zh", "已到位"),
        ],
    },
    BuiltinOption {
        id: "partial",
        points: 0.5,
        labels: &[
            ("ar", "قائم جزئياً أو قيد التنفيذ"),
            ("en", "Partially in place or in progress"),
            ("es", "Implementado parcialmente o en curso"),
            ("fr", "Partiellement en place ou en cours"),
            ("ru", "Частично имеется или в процессе"),
            ("zh", "部分到位或正在进行"),
        ],
    },
    BuiltinOption {
        id: "not-in-place",
        points: 0.0,
        labels: &[
            ("ar", "غير قائم"),
            ("en", "Not in place"),
            ("es", "No implementado"),
            ("fr", "Pas en place"),
            ("ru", "Отсутствует"),
            ("zh", "未到位"),
        ],
    },
];

const YES_NO: [BuiltinOption; 2] = [
    BuiltinOption {
        id: "yes",
        points: 1.0,
        labels: &[
            ("ar", "نعم"),
            ("en", "Yes"),
            ("es", "Sí"),
            ("fr", "Oui"),
            ("ru", "Да"),
            ("zh", "是"),
        ],
    },
    BuiltinOption {
        id: "no",
        points: 0.0,
        labels: &[
            ("ar", "لا"),
            ("en", "No"),
            ("es", "No"),
            ("fr", "Non"),
            ("ru", "Нет"),
            ("zh", "否"),
        ],
    },
];

/// The values a profile minimum can take for a question: its options' points (n/a aside), up to
/// a multiple choice's cap, or a number question's `min` … `max`. `None` for unscored types.
fn scale_range(question: &Question) -> Option<(f64, f64)> {
    match question.kind {
        QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => {
            let points = question
                .options
                .iter()
                .filter(|o| !o.not_applicable)
                .map(|o| o.points);
            let low = points.clone().fold(f64::INFINITY, f64::min);
            let high = points.fold(f64::NEG_INFINITY, f64::max);
            (low <= high).then_some((low, high))
        }
        QuestionType::MultipleChoice => Some((0.0, question.max_points)),
        QuestionType::Number => Some((
            question.limits.min.unwrap_or(f64::NEG_INFINITY),
            question.limits.max.unwrap_or(f64::INFINITY),
        )),
        QuestionType::Text | QuestionType::Url | QuestionType::Date => None,
    }
}

fn describe_range(low: f64, high: f64) -> String {
    match (low.is_finite(), high.is_finite()) {
        (true, true) => format!("from {low} to {high}"),
        (true, false) => format!("of {low} or more"),
        (false, true) => format!("of {high} or less"),
        (false, false) => "of any number".into(),
    }
}

/// Lowercase letters, digits and `-`: framework and option ids.
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Length of the opening quote of a TOML string literal.
fn quote_len(literal: &str) -> usize {
    if literal.starts_with("\"\"\"") || literal.starts_with("'''") {
        3
    } else {
        1
    }
}

/// The span to point at for an array-of-tables item: its `[[…]]` header when the item's span
/// starts after it.
fn header_span(source: &str, item: &Spanned<DeValue<'_>>) -> Span {
    let span = item.span();
    let before = &source[..span.start.min(source.len())];
    match before.rfind("[[") {
        Some(start)
            if source[start..span.start].trim_end().ends_with("]]") || span.start == start =>
        {
            start..span.end
        }
        _ => span,
    }
}
