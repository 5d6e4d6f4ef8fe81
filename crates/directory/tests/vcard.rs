//! vCard output for hand-built teams: visibility, consent, folding of non-Latin names.

mod common;

use cyberindex_directory::model::Visibility;
use cyberindex_directory::vcard;

#[test]
fn public_team_card_leaves_out_hidden_channels() {
    let card = vcard::team_card(&common::full_team(), Visibility::Public);
    assert!(card.contains("KIND:org\r\n"));
    assert!(!card.contains("+233209999999"), "{card}");
    assert!(!card.contains("matrix"), "{card}");
    assert!(
        card.contains("KEY;MEDIATYPE=application/pgp-keys:https://cert.example.gh/pgp.asc\r\n")
    );
    assert!(
        card.contains("EMAIL;TYPE=\"work,x-reports\":incidents@cert.example.gh\r\n"),
        "{card}"
    );
    let members = vcard::team_card(&common::full_team(), Visibility::Members);
    assert!(
        members.contains("IMPP;TYPE=\"work\":matrix:@cert:matrix.example.gh\r\n"),
        "{members}"
    );
}

#[test]
fn contact_cards_follow_visibility_and_consent() {
    let mut team = common::full_team();
    let public = vcard::contact_cards(&team, Visibility::Public);
    assert_eq!(public.matches("BEGIN:VCARD").count(), 1);
    assert!(public.contains("KIND:individual\r\n"));
    assert!(public.contains("ROLE:Head of operations\r\n"));
    assert_eq!(
        vcard::contact_cards(&team, Visibility::Restricted)
            .matches("BEGIN:VCARD")
            .count(),
        2
    );
    team.contacts[0].value.consent.given = false;
    assert_eq!(vcard::contact_cards(&team, Visibility::Public), "");
}

#[test]
fn non_latin_cards_fold_on_character_boundaries() {
    let team = common::small_team();
    let card = vcard::team_card(&team, Visibility::Public);
    for line in card.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = vcard::unfold(&card);
    assert!(unfolded.contains(&format!("FN:{}\r\n", team.official_name.value)));
    let people = vcard::contact_cards(&team, Visibility::Public);
    assert!(people.contains("FN:王小明\r\n"));
    insta::assert_snapshot!(card.replace("\r\n", "⏎\n"));
}
