//! The relevance-rule parser: errors point at a character of the rule; a parsed rule's words sit
//! at their offsets, printing it and parsing again gives the same rule, and resolving it against
//! the shipped frameworks' questions and evaluating it never panics.
#![no_main]

use cyberindex_engine::Value;
use cyberindex_engine::rule::{RuleSyntax, parse};
use cyberindex_fuzz::{check_rule_offsets, cirt, gca, print_rule};
use libfuzzer_sys::fuzz_target;

/// The syntax with offsets dropped, for comparing a rule with its reprint.
fn shape(s: &RuleSyntax) -> String {
    print_rule(s)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let syntax = match parse(text) {
        Err(e) => {
            assert!(
                e.offset <= text.len() && text.is_char_boundary(e.offset),
                "offset {} in {text:?}",
                e.offset
            );
            assert!(!e.message.is_empty() && !e.help.is_empty());
            return;
        }
        Ok(syntax) => syntax,
    };
    check_rule_offsets(text, &syntax);
    let printed = print_rule(&syntax);
    let again = parse(&printed).unwrap_or_else(|e| panic!("reprint {printed:?} fails: {e:?}"));
    assert_eq!(
        shape(&again),
        printed,
        "reprint of {text:?} parses differently"
    );
    for framework in [gca(), cirt()] {
        let lookup = |id: &str| {
            framework
                .question_index(id)
                .map(|i| (i, &framework.questions[i]))
        };
        match syntax.resolve(&lookup) {
            Err(errors) => {
                assert!(!errors.is_empty());
                for e in errors {
                    assert!(e.offset <= text.len() && text.is_char_boundary(e.offset));
                }
            }
            Ok(rule) => {
                let n = framework.questions.len();
                for &q in &rule.reads() {
                    assert!(q < n);
                }
                // Evaluate on nothing answered, and on every question answered with its first
                // option, all options, or a number.
                let none: Vec<Option<Value>> = vec![None; n];
                let some: Vec<Option<Value>> = framework
                    .questions
                    .iter()
                    .map(|q| match q.kind {
                        cyberindex_engine::QuestionType::MultipleChoice => {
                            Some(Value::Choices(u64::MAX))
                        }
                        cyberindex_engine::QuestionType::Number => Some(Value::Number(3.0)),
                        k if k.has_options() => Some(Value::Choice(0)),
                        _ => Some(Value::Given),
                    })
                    .collect();
                for relevant in [vec![true; n], vec![false; n]] {
                    rule.holds(&none, &relevant);
                    rule.holds(&some, &relevant);
                }
            }
        }
    }
});
