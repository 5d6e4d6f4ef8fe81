//! The status transition table, checked move by move: every actor (each role and the system) ×
//! every pair of statuses against the table written out below.

use cyberindex_store::{Role, Status};
use cyberindex_workflow::WorkflowError;
use cyberindex_workflow::status::{Actor, allowed, check, sources, transition};

/// Every allowed move, as `actor: from -> to`. Any move not listed must be refused.
const EXPECTED: &str = "\
admin: submitted -> in-review
admin: submitted -> returned
admin: submitted -> validated
admin: in-review -> returned
admin: in-review -> validated
admin: validated -> in-review
reviewer: submitted -> in-review
reviewer: submitted -> returned
reviewer: submitted -> validated
reviewer: in-review -> returned
reviewer: in-review -> validated
focal-point: not-started -> in-progress
focal-point: not-started -> submitted
focal-point: in-progress -> submitted
focal-point: returned -> submitted
contributor: not-started -> in-progress
system: not-started -> submitted
system: in-progress -> submitted
";

fn actors() -> Vec<(String, Actor)> {
    let mut all: Vec<(String, Actor)> = Role::ALL
        .into_iter()
        .map(|r| (r.as_str().to_string(), Actor::User(r)))
        .collect();
    all.push(("system".into(), Actor::System));
    all
}

#[test]
fn every_actor_and_every_pair_of_statuses_against_the_written_table() {
    let mut actual = String::new();
    for (name, actor) in actors() {
        for from in Status::ALL {
            for to in Status::ALL {
                if allowed(actor, from, to) {
                    actual.push_str(&format!("{name}: {} -> {}\n", from.as_str(), to.as_str()));
                }
            }
        }
    }
    assert_eq!(actual, EXPECTED, "the transition table changed");
}

#[test]
fn transition_refuses_every_move_not_in_the_table_with_a_structured_error() {
    let listed: Vec<&str> = EXPECTED.lines().collect();
    let mut checked = 0;
    for role in Role::ALL {
        for from in Status::ALL {
            for to in Status::ALL {
                let line = format!("{}: {} -> {}", role.as_str(), from.as_str(), to.as_str());
                let result = transition(role, from, to);
                if listed.contains(&line.as_str()) {
                    assert_eq!(result, Ok(()), "{line}");
                } else {
                    assert_eq!(
                        result,
                        Err(WorkflowError::Transition {
                            role: Some(role),
                            from,
                            to
                        }),
                        "{line}"
                    );
                }
                checked += 1;
            }
        }
    }
    // Team staff are in no line of the table: they move no response at all.
    assert_eq!(checked, Role::ALL.len() * 6 * 6);
    assert_eq!(
        check(Actor::System, Status::Submitted, Status::Validated),
        Err(WorkflowError::Transition {
            role: None,
            from: Status::Submitted,
            to: Status::Validated
        })
    );
}

#[test]
fn a_refused_move_says_where_the_response_is_in_english() {
    let e = transition(Role::Contributor, Status::InProgress, Status::Submitted).unwrap_err();
    assert_eq!(
        e.to_string(),
        "The response is in-progress and can no longer be changed."
    );
}

#[test]
fn sources_are_what_the_store_accepts_for_each_action() {
    assert_eq!(
        sources(Actor::User(Role::FocalPoint), Status::Submitted),
        [Status::NotStarted, Status::InProgress, Status::Returned]
    );
    assert_eq!(
        sources(Actor::System, Status::Submitted),
        [Status::NotStarted, Status::InProgress]
    );
    assert_eq!(
        sources(Actor::User(Role::Reviewer), Status::Validated),
        [Status::Submitted, Status::InReview]
    );
    assert_eq!(
        sources(Actor::User(Role::Admin), Status::InReview),
        [Status::Submitted, Status::Validated]
    );
    assert!(sources(Actor::User(Role::Observer), Status::Submitted).is_empty());
}

#[test]
fn each_action_names_its_row_and_only_its_actors_may_take_it() {
    use cyberindex_workflow::status::{allowed_from, rule};
    assert_eq!(rule("start-review").from, [Status::Submitted]);
    assert_eq!(rule("reopen").to, Status::InReview);
    // An administrator's first decision starts the review only from `submitted`, although an
    // administrator may also move a validated response to `in-review` (by reopening it).
    assert_eq!(
        allowed_from(Actor::User(Role::Admin), "start-review"),
        [Status::Submitted]
    );
    assert_eq!(
        allowed_from(Actor::User(Role::Admin), "reopen"),
        [Status::Validated]
    );
    assert!(allowed_from(Actor::User(Role::Reviewer), "reopen").is_empty());
    assert!(allowed_from(Actor::User(Role::Contributor), "submit").is_empty());
    assert_eq!(
        allowed_from(Actor::System, "deadline"),
        [Status::NotStarted, Status::InProgress]
    );
}

#[test]
#[should_panic(expected = "no action `publish`")]
fn an_unknown_action_is_a_bug_that_tests_catch() {
    cyberindex_workflow::status::rule("publish");
}
