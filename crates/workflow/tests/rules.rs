//! The answer rule (`answer::check_value`) and the invitation rule (`accounts::new_user`), one
//! case per error, and what a good value or invitation becomes.

use cyberindex_engine::{Framework, QuestionType};
use cyberindex_store::Role;
use cyberindex_workflow::WorkflowError;
use cyberindex_workflow::accounts::new_user;
use cyberindex_workflow::answer::check_value;

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");

fn framework() -> Framework {
    cyberindex_framework::read(FRAMEWORK).unwrap()
}

/// The first question of a type: its index and id.
fn first(framework: &Framework, kind: QuestionType) -> (usize, String) {
    let i = framework
        .questions
        .iter()
        .position(|q| q.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} question"));
    (i, framework.questions[i].id.clone())
}

#[test]
fn values_are_checked_against_their_question_and_stored_in_framework_order() {
    let f = framework();
    assert_eq!(
        check_value(&f, "NO-SUCH-QUESTION", Some("yes")),
        Err(WorkflowError::UnknownQuestion {
            question: "NO-SUCH-QUESTION".into()
        })
    );

    let (n, number) = first(&f, QuestionType::Number);
    assert_eq!(check_value(&f, &number, Some("   ")), Ok((n, None)));
    assert_eq!(check_value(&f, &number, None), Ok((n, None)));
    assert_eq!(
        check_value(&f, &number, Some(" 3 ")),
        Ok((n, Some("3".into())))
    );
    assert_eq!(
        check_value(&f, &number, Some("twelve")),
        Err(WorkflowError::ValueNumber {
            value: "twelve".into()
        })
    );
    // The cap comes before parsing, and the error gives the whole length.
    let long = "1".repeat(100);
    assert_eq!(
        check_value(&f, &number, Some(&long)),
        Err(WorkflowError::ValueTooLong {
            length: 100,
            max: 64
        })
    );

    let (m, multiple) = first(&f, QuestionType::MultipleChoice);
    let options: Vec<&str> = f.questions[m]
        .options
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert!(options.len() >= 2);
    let reversed = format!("{} {}", options[1], options[0]);
    assert_eq!(
        check_value(&f, &multiple, Some(&reversed)),
        Ok((m, Some(format!("{} {}", options[0], options[1]))))
    );
    assert_eq!(
        check_value(&f, &multiple, Some("zzz")),
        Err(WorkflowError::ValueOptions {
            value: "zzz".into(),
            options: options.join(", ")
        })
    );

    let (y, yes_no) = first(&f, QuestionType::YesNo);
    let answer = check_value(&f, &yes_no, Some("perhaps")).unwrap_err();
    let WorkflowError::ValueOption { value, .. } = &answer else {
        panic!("{answer:?}");
    };
    assert_eq!(value, "perhaps");
    assert!(answer.to_string().starts_with("“perhaps” is not an option"));
    assert!(check_value(&f, &yes_no, Some("yes")).is_ok_and(|(q, _)| q == y));
}

/// The framework's limits on answers: a number's range and wholeness, a text's length. The
/// shipped framework counts sectoral CIRTs (`TEC1b.3`, whole, ≥ 0) and certified people per
/// million (`CAP2.4`, ≥ 0, fractions allowed).
#[test]
fn values_keep_to_their_question_limits() {
    let f = framework();
    assert_eq!(
        check_value(&f, "TEC1b.3", Some("-5")),
        Err(WorkflowError::ValueBelow {
            value: "-5".into(),
            min: "0".into()
        })
    );
    assert_eq!(
        check_value(&f, "TEC1b.3", Some("2.5")),
        Err(WorkflowError::ValueWhole {
            value: "2.5".into()
        })
    );
    assert!(check_value(&f, "TEC1b.3", Some("0")).is_ok());
    assert!(check_value(&f, "CAP2.4", Some("12.5")).is_ok());
    assert!(matches!(
        check_value(&f, "CAP2.4", Some("-0.1")),
        Err(WorkflowError::ValueBelow { .. })
    ));

    let source = format!(
        "{}\n[[question]]\nid = \"R1\"\nparent = \"LEG1\"\ntype = \"number\"\nlabel.en = \"A rate\"\nscale = {{ method = \"goalposts\", low = 0, high = 100 }}\nmin = -10\nmax = 100\n\n[[question]]\nid = \"S1\"\nparent = \"LEG1\"\ntype = \"text\"\nlabel.en = \"In short\"\nmax_length = 5\n",
        FRAMEWORK
    );
    let f = cyberindex_framework::read(&source).unwrap();
    assert!(check_value(&f, "R1", Some("-10")).is_ok());
    assert!(check_value(&f, "R1", Some("100")).is_ok());
    let above = check_value(&f, "R1", Some("100.5")).unwrap_err();
    assert_eq!(
        above,
        WorkflowError::ValueAbove {
            value: "100.5".into(),
            max: "100".into()
        }
    );
    assert_eq!(
        above.to_string(),
        "100.5 is above 100, the largest value this question accepts."
    );
    assert!(
        check_value(&f, "S1", Some("fünfé")).is_ok(),
        "characters, not bytes"
    );
    assert_eq!(
        check_value(&f, "S1", Some("six ch")),
        Err(WorkflowError::ValueTooLong { length: 6, max: 5 })
    );
}

#[test]
fn invitations_are_checked_field_by_field() {
    let bad = |email, role, country, observed| new_user(email, "A", role, country, observed, "");
    assert_eq!(
        bad(" not-an-address ", "admin", "", ""),
        Err(WorkflowError::Email {
            email: "not-an-address".into()
        })
    );
    for half in ["name@", "@example.org", "a@b@example.org"] {
        assert_eq!(
            bad(half, "admin", "", ""),
            Err(WorkflowError::Email { email: half.into() }),
            "{half}"
        );
    }
    assert_eq!(
        bad("a@example.org", "king", "", ""),
        Err(WorkflowError::Role {
            role: "king".into()
        })
    );
    assert_eq!(
        bad("a@example.org", "contributor", " ", ""),
        Err(WorkflowError::RoleNeedsCountry {
            role: Role::Contributor
        })
    );
    assert_eq!(
        bad("a@example.org", "focal-point", "xxx", ""),
        Err(WorkflowError::Country {
            field: "country",
            country: "XXX".into()
        })
    );
    assert_eq!(
        bad("a@example.org", "observer", "", "fra, XXX"),
        Err(WorkflowError::Country {
            field: "observed",
            country: "XXX".into()
        })
    );
    assert_eq!(
        bad("a@example.org", "contributor", "", "")
            .unwrap_err()
            .to_string(),
        "A contributor needs a country."
    );

    let observer = new_user(
        " o@example.org ",
        " Olga ",
        "observer",
        "KEN",
        "fra;ken",
        "ken-cirt",
    )
    .unwrap();
    assert_eq!(observer.email, "o@example.org");
    assert_eq!(observer.name, "Olga");
    assert_eq!(observer.country, None, "an observer has no country");
    assert_eq!(observer.observed, ["FRA", "KEN"]);
    assert_eq!(observer.team, None, "an observer has no team");
    let focal = new_user("f@example.org", "F", "focal-point", "ken", "", "").unwrap();
    assert_eq!(focal.country.as_deref(), Some("KEN"));
    assert_eq!(
        bad("a@example.org", "team-staff", "", ""),
        Err(WorkflowError::RoleNeedsTeam {
            role: Role::TeamStaff
        })
    );
    let staff = new_user("t@example.org", "T", "team-staff", "KEN", "", " ken-cirt ").unwrap();
    assert_eq!(staff.team.as_deref(), Some("ken-cirt"));
    assert_eq!(staff.country, None, "team staff have no country");
    assert!(focal.observed.is_empty());
}
