//! Relevance rules: "asked only if …" conditions on other questions' answers.
//!
//! A rule is written as text in a framework (`LEG1.1 in [in-place, partial]`), parsed into
//! [`RuleSyntax`] (names and byte offsets), then resolved against the questions into a [`Rule`]
//! (indices). Errors carry the byte offset inside the rule text so a reader can point at the exact
//! column in the file.
//!
//! Grammar:
//! ```text
//! rule  := and ("or" and)*
//! and   := unary ("and" unary)*
//! unary := "not" unary | "(" rule ")" | test
//! test  := QID ("==" | "!=") VALUE
//!        | QID "in" "[" VALUE ("," VALUE)* "]"
//!        | QID ("<" | "<=" | ">" | ">=") NUMBER
//!        | QID "has" VALUE
//! ```
//! A test on a question that is unanswered or not relevant is false.

use crate::model::{Question, QuestionType};
use crate::score::Value;

/// A problem in a rule, located by byte offset within the rule text.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleError {
    /// Byte offset of the problem within the rule text.
    pub offset: usize,
    pub message: String,
    pub help: String,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    fn apply(self, a: f64, b: f64) -> bool {
        match self {
            Self::Eq => a == b,
            Self::Ne => a != b,
            Self::Lt => a < b,
            Self::Le => a <= b,
            Self::Gt => a > b,
            Self::Ge => a >= b,
        }
    }
}

/// A word of the rule with its byte offset.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub offset: usize,
}

/// A parsed but unresolved rule.
#[derive(Debug, Clone, PartialEq)]
pub enum RuleSyntax {
    Or(Vec<RuleSyntax>),
    And(Vec<RuleSyntax>),
    Not(Box<RuleSyntax>),
    /// `question op value…`; `in` and `has` are operators here too.
    Test {
        question: Word,
        op: Word,
        values: Vec<Word>,
    },
}

/// A resolved rule over question indices.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    Or(Vec<Rule>),
    And(Vec<Rule>),
    Not(Box<Rule>),
    /// The single-choice answer is one of these options (`==`, `in`).
    OneOf {
        question: usize,
        options: Vec<u32>,
    },
    /// The single-choice answer is answered and not this option (`!=`).
    NotOption {
        question: usize,
        option: u32,
    },
    /// The multiple-choice answer includes this option.
    Has {
        question: usize,
        option: u32,
    },
    /// The number answer compares true.
    Compare {
        question: usize,
        op: CmpOp,
        value: f64,
    },
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Op(&'static str),
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Comma,
}

fn tokenize(text: &str) -> Result<Vec<(Token, usize)>, RuleError> {
    let mut tokens = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let two = text.get(i..i + 2);
        let token = match (c, two) {
            (_, Some(op @ ("==" | "!=" | "<=" | ">="))) => {
                i += 2;
                Token::Op(match op {
                    "==" => "==",
                    "!=" => "!=",
                    "<=" => "<=",
                    _ => ">=",
                })
            }
            ('<', _) => {
                i += 1;
                Token::Op("<")
            }
            ('>', _) => {
                i += 1;
                Token::Op(">")
            }
            ('(', _) => {
                i += 1;
                Token::Open
            }
            (')', _) => {
                i += 1;
                Token::Close
            }
            ('[', _) => {
                i += 1;
                Token::OpenBracket
            }
            (']', _) => {
                i += 1;
                Token::CloseBracket
            }
            (',', _) => {
                i += 1;
                Token::Comma
            }
            _ if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+') => {
                while i < bytes.len()
                    && ((bytes[i] as char).is_ascii_alphanumeric()
                        || matches!(bytes[i] as char, '.' | '_' | '-' | '+'))
                {
                    i += 1;
                }
                Token::Word(text[start..i].to_string())
            }
            _ => {
                let ch = text[i..].chars().next().unwrap_or('?');
                return Err(RuleError {
                    offset: i,
                    message: format!("unexpected character `{ch}` in relevance rule"),
                    help: "rules use question ids, option ids, numbers, == != < <= > >= in has, and/or/not and parentheses".into(),
                });
            }
        };
        tokens.push((token, start));
    }
    Ok(tokens)
}

/// How deeply `not` and parentheses may nest. The parser, `resolve` and `holds` recurse once
/// per level, so without a bound a long enough rule (`not not not …`) overflows the stack and
/// kills the process instead of getting an error. Real rules nest two or three levels.
pub const MAX_DEPTH: usize = 32;

struct Parser<'a> {
    tokens: Vec<(Token, usize)>,
    pos: usize,
    end: usize,
    /// `not`s and open parentheses around the current position.
    depth: usize,
    _text: &'a str,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(t, _)| t)
    }

    fn offset(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |(_, o)| *o)
    }

    fn is_keyword(&self, kw: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w == kw)
    }

    fn error(&self, message: impl Into<String>, help: impl Into<String>) -> RuleError {
        RuleError {
            offset: self.offset(),
            message: message.into(),
            help: help.into(),
        }
    }

    fn or(&mut self) -> Result<RuleSyntax, RuleError> {
        let mut parts = vec![self.and()?];
        while self.is_keyword("or") {
            self.pos += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            RuleSyntax::Or(parts)
        })
    }

    fn and(&mut self) -> Result<RuleSyntax, RuleError> {
        let mut parts = vec![self.unary()?];
        while self.is_keyword("and") {
            self.pos += 1;
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            RuleSyntax::And(parts)
        })
    }

    fn unary(&mut self) -> Result<RuleSyntax, RuleError> {
        let nests = self.is_keyword("not") || self.peek() == Some(&Token::Open);
        if nests {
            if self.depth == MAX_DEPTH {
                return Err(self.error(
                    format!("the rule nests `not` and parentheses more than {MAX_DEPTH} deep"),
                    "write the rule more simply, for example with `in [a, b]` or `!=`",
                ));
            }
            self.depth += 1;
        }
        let result = self.nested();
        if nests {
            self.depth -= 1;
        }
        result
    }

    fn nested(&mut self) -> Result<RuleSyntax, RuleError> {
        if self.is_keyword("not") {
            self.pos += 1;
            return Ok(RuleSyntax::Not(Box::new(self.unary()?)));
        }
        if self.peek() == Some(&Token::Open) {
            self.pos += 1;
            let inner = self.or()?;
            if self.peek() != Some(&Token::Close) {
                return Err(self.error("expected `)`", "close the parenthesis opened earlier"));
            }
            self.pos += 1;
            return Ok(inner);
        }
        self.test()
    }

    fn word(&mut self, what: &str) -> Result<Word, RuleError> {
        match self.tokens.get(self.pos) {
            Some((Token::Word(w), offset)) => {
                let word = Word {
                    text: w.clone(),
                    offset: *offset,
                };
                self.pos += 1;
                Ok(word)
            }
            _ => Err(self.error(
                format!("expected {what}"),
                "a test looks like `QUESTION == OPTION`, `QUESTION in [A, B]`, `QUESTION >= 10` or `QUESTION has OPTION`",
            )),
        }
    }

    fn test(&mut self) -> Result<RuleSyntax, RuleError> {
        let question = self.word("a question id")?;
        let op_offset = self.offset();
        let op = match self.tokens.get(self.pos) {
            Some((Token::Op(op), _)) => op.to_string(),
            Some((Token::Word(w), _)) if w == "in" || w == "has" => w.clone(),
            _ => {
                return Err(self.error(
                    format!("expected an operator after `{}`", question.text),
                    "use one of == != < <= > >= in has",
                ));
            }
        };
        self.pos += 1;
        let op = Word {
            text: op,
            offset: op_offset,
        };
        let mut values = Vec::new();
        if op.text == "in" {
            if self.peek() != Some(&Token::OpenBracket) {
                return Err(self.error("expected `[` after `in`", "write `in [a, b]`"));
            }
            self.pos += 1;
            loop {
                values.push(self.word("an option id")?);
                match self.peek() {
                    Some(Token::Comma) => self.pos += 1,
                    Some(Token::CloseBracket) => {
                        self.pos += 1;
                        break;
                    }
                    _ => {
                        return Err(self.error(
                            "expected `,` or `]` in the option list",
                            "write `in [a, b]`",
                        ));
                    }
                }
            }
        } else {
            values.push(self.word("a value")?);
        }
        Ok(RuleSyntax::Test {
            question,
            op,
            values,
        })
    }
}

/// Parses rule text into syntax.
pub fn parse(text: &str) -> Result<RuleSyntax, RuleError> {
    let tokens = tokenize(text)?;
    if tokens.is_empty() {
        return Err(RuleError {
            offset: 0,
            message: "the relevance rule is empty".into(),
            help: "remove `relevant` or write a rule such as `LEG1.1 == in-place`".into(),
        });
    }
    let mut parser = Parser {
        tokens,
        pos: 0,
        end: text.len(),
        depth: 0,
        _text: text,
    };
    let rule = parser.or()?;
    if parser.pos < parser.tokens.len() {
        return Err(parser.error(
            "unexpected text after the end of the rule",
            "join tests with `and` or `or`",
        ));
    }
    Ok(rule)
}

impl RuleSyntax {
    /// Every question id the rule reads, with its offset.
    pub fn questions(&self) -> Vec<&Word> {
        match self {
            Self::Or(parts) | Self::And(parts) => {
                parts.iter().flat_map(|p| p.questions()).collect()
            }
            Self::Not(inner) => inner.questions(),
            Self::Test { question, .. } => vec![question],
        }
    }

    /// Resolves names to indices; `lookup` finds a question by id. Returns every error found.
    pub fn resolve<'q>(
        &self,
        lookup: &dyn Fn(&str) -> Option<(usize, &'q Question)>,
    ) -> Result<Rule, Vec<RuleError>> {
        let mut errors = Vec::new();
        let rule = self.resolve_into(lookup, &mut errors);
        match rule {
            Some(rule) if errors.is_empty() => Ok(rule),
            _ => Err(errors),
        }
    }

    fn resolve_into<'q>(
        &self,
        lookup: &dyn Fn(&str) -> Option<(usize, &'q Question)>,
        errors: &mut Vec<RuleError>,
    ) -> Option<Rule> {
        match self {
            Self::Or(parts) | Self::And(parts) => {
                let resolved: Vec<Option<Rule>> = parts
                    .iter()
                    .map(|p| p.resolve_into(lookup, errors))
                    .collect();
                let resolved: Option<Vec<Rule>> = resolved.into_iter().collect();
                let resolved = resolved?;
                Some(if matches!(self, Self::Or(_)) {
                    Rule::Or(resolved)
                } else {
                    Rule::And(resolved)
                })
            }
            Self::Not(inner) => Some(Rule::Not(Box::new(inner.resolve_into(lookup, errors)?))),
            Self::Test {
                question,
                op,
                values,
            } => {
                let Some((index, q)) = lookup(&question.text) else {
                    errors.push(RuleError {
                        offset: question.offset,
                        message: format!("the rule names unknown question `{}`", question.text),
                        help: "use the id of a question defined in this framework".into(),
                    });
                    return None;
                };
                resolve_test(index, q, op, values, errors)
            }
        }
    }
}

fn resolve_test(
    index: usize,
    q: &Question,
    op: &Word,
    values: &[Word],
    errors: &mut Vec<RuleError>,
) -> Option<Rule> {
    let options_list = || {
        q.options
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let option = |w: &Word, errors: &mut Vec<RuleError>| -> Option<u32> {
        match q.option_index(&w.text) {
            Some(i) => Some(i as u32),
            None => {
                errors.push(RuleError {
                    offset: w.offset,
                    message: format!("question `{}` has no option `{}`", q.id, w.text),
                    help: format!("use one of its options: {}", options_list()),
                });
                None
            }
        }
    };
    let wrong_op = |allowed: &str, errors: &mut Vec<RuleError>| {
        errors.push(RuleError {
            offset: op.offset,
            message: format!(
                "operator `{}` does not apply to {} question `{}`",
                op.text,
                q.kind.as_str(),
                q.id
            ),
            help: format!("use {allowed}"),
        });
        None
    };
    match q.kind {
        QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => {
            match op.text.as_str() {
                "==" | "in" => {
                    let options: Vec<Option<u32>> =
                        values.iter().map(|v| option(v, errors)).collect();
                    let options: Option<Vec<u32>> = options.into_iter().collect();
                    Some(Rule::OneOf {
                        question: index,
                        options: options?,
                    })
                }
                "!=" => Some(Rule::NotOption {
                    question: index,
                    option: option(&values[0], errors)?,
                }),
                _ => wrong_op("`==`, `!=` or `in`", errors),
            }
        }
        QuestionType::MultipleChoice => match op.text.as_str() {
            "has" => Some(Rule::Has {
                question: index,
                option: option(&values[0], errors)?,
            }),
            _ => wrong_op("`has`", errors),
        },
        QuestionType::Number => {
            let cmp = match op.text.as_str() {
                "==" => CmpOp::Eq,
                "!=" => CmpOp::Ne,
                "<" => CmpOp::Lt,
                "<=" => CmpOp::Le,
                ">" => CmpOp::Gt,
                ">=" => CmpOp::Ge,
                _ => return wrong_op("one of == != < <= > >=", errors),
            };
            match values[0].text.parse::<f64>() {
                Ok(value) if value.is_finite() => Some(Rule::Compare {
                    question: index,
                    op: cmp,
                    value,
                }),
                _ => {
                    errors.push(RuleError {
                        offset: values[0].offset,
                        message: format!(
                            "`{}` is not a number, and `{}` is a number question",
                            values[0].text, q.id
                        ),
                        help: "compare with a number such as `10` or `2.5`".into(),
                    });
                    None
                }
            }
        }
        QuestionType::Text | QuestionType::Url | QuestionType::Date => {
            errors.push(RuleError {
                offset: values.first().map_or(op.offset, |_| op.offset),
                message: format!(
                    "question `{}` is unscored ({}), and rules cannot test it",
                    q.id,
                    q.kind.as_str()
                ),
                help: "base relevance on a choice or number question".into(),
            });
            None
        }
    }
}

impl Rule {
    /// Whether the rule holds, given the answers and the relevance already decided for the
    /// questions it reads.
    pub fn holds(&self, answers: &[Option<Value>], relevant: &[bool]) -> bool {
        let answer = |q: usize| {
            if relevant[q] {
                answers[q].as_ref()
            } else {
                None
            }
        };
        match self {
            Self::Or(parts) => parts.iter().any(|p| p.holds(answers, relevant)),
            Self::And(parts) => parts.iter().all(|p| p.holds(answers, relevant)),
            Self::Not(inner) => !inner.holds(answers, relevant),
            Self::OneOf { question, options } => {
                matches!(answer(*question), Some(Value::Choice(c)) if options.contains(c))
            }
            Self::NotOption { question, option } => {
                matches!(answer(*question), Some(Value::Choice(c)) if c != option)
            }
            Self::Has { question, option } => {
                matches!(answer(*question), Some(Value::Choices(set)) if set & (1u64 << option) != 0)
            }
            Self::Compare {
                question,
                op,
                value,
            } => matches!(answer(*question), Some(Value::Number(x)) if op.apply(*x, *value)),
        }
    }

    /// Question indices the rule reads.
    pub fn reads(&self) -> Vec<usize> {
        match self {
            Self::Or(parts) | Self::And(parts) => parts.iter().flat_map(|p| p.reads()).collect(),
            Self::Not(inner) => inner.reads(),
            Self::OneOf { question, .. }
            | Self::NotOption { question, .. }
            | Self::Has { question, .. }
            | Self::Compare { question, .. } => vec![*question],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> String {
        match parse(text) {
            Ok(syntax) => format!("{syntax:?}")
                .replace("Word { text: ", "")
                .replace(", offset: ", "@")
                .replace(" }", ""),
            Err(e) => format!("error at {}: {}", e.offset, e.message),
        }
    }

    #[test]
    fn parses_precedence_and_lists() {
        let got = shape("A == yes or B in [x, y] and not (C >= 10)");
        assert!(got.starts_with("Or([Test { question: \"A\"@0"), "{got}");
        assert!(got.contains("And([Test { question: \"B\"@12"), "{got}");
        assert!(got.contains("Not(Test { question: \"C\"@33"), "{got}");
    }

    #[test]
    fn reports_positions() {
        assert_eq!(shape("A == "), "error at 5: expected a value");
        assert_eq!(shape("A yes"), "error at 2: expected an operator after `A`");
        assert_eq!(shape("(A == b"), "error at 7: expected `)`");
        assert_eq!(
            shape("A == b c"),
            "error at 7: unexpected text after the end of the rule"
        );
        assert_eq!(
            shape("A == b; "),
            "error at 6: unexpected character `;` in relevance rule"
        );
        assert_eq!(shape("   "), "error at 0: the relevance rule is empty");
    }

    /// Found by the `rule` fuzz target: 300,000 `not`s overflowed the stack (SIGSEGV in
    /// `cyberindex check`). Nesting now stops at `MAX_DEPTH` with an error at the first
    /// word too deep.
    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let nots = |n: usize| format!("{}A == b", "not ".repeat(n));
        let parens = |n: usize| format!("{}A == b{}", "(".repeat(n), ")".repeat(n));
        let mixed = |n: usize| format!("{}A == b{}", "not (".repeat(n), ")".repeat(n));
        let too_deep = format!(
            "error at {{}}: the rule nests `not` and parentheses more than {MAX_DEPTH} deep"
        );
        for (text, expected) in [
            (nots(MAX_DEPTH), None),
            (parens(MAX_DEPTH), None),
            (mixed(MAX_DEPTH / 2), None),
            (nots(MAX_DEPTH + 1), Some(4 * MAX_DEPTH)),
            (parens(MAX_DEPTH + 1), Some(MAX_DEPTH)),
            (mixed(MAX_DEPTH / 2 + 1), Some(5 * (MAX_DEPTH / 2))),
            (nots(300_000), Some(4 * MAX_DEPTH)),
            (parens(300_000), Some(MAX_DEPTH)),
        ] {
            let got = shape(&text);
            match expected {
                None => assert!(!got.starts_with("error"), "{got}"),
                Some(offset) => assert_eq!(got, too_deep.replace("{}", &offset.to_string())),
            }
        }
    }
}
