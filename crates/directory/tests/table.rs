//! The spreadsheet layout (`cyberindex_directory::table`): teams written as CSV or XLSX read back
//! as the same records; every `tests/fixtures/table/NAME.csv` reads to what `NAME.expected` says
//! (one error per line as it is shown, or `teams: id, id` when the file reads); the template's
//! example row is refused; the readers never panic.
//!
//! `UPDATE_EXPECTED=1 cargo test -p cyberindex-directory --test table` rewrites the `.expected`
//! files from what the reader says; review the diff before committing it.

mod common;

use std::io::Cursor;
use std::path::Path;

use calamine::{Reader, Xlsx, open_workbook_from_rs};
use cyberindex_directory::model::*;
use cyberindex_directory::table::{self, TableError};
use proptest::prelude::*;
use serde_json::Value;
use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-03-01 10:00 UTC);

/// The record as JSON without provenances, contacts left out (the layout has none), channels in
/// a fixed order (the layout gives them in the order of its columns).
fn comparable(team: &Team) -> Value {
    let mut team = team.clone();
    team.contacts.clear();
    team.channels
        .sort_by_key(|c| format!("{:?} {}", c.value.kind, c.value.value));
    for c in &mut team.channels {
        c.value.usages.sort();
        c.value.usages.dedup();
    }
    let mut json = serde_json::to_value(&team).unwrap();
    strip_provenance(&mut json);
    json
}

fn strip_provenance(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("provenance");
            map.values_mut().for_each(strip_provenance);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_provenance),
        _ => {}
    }
}

/// Every provenance in the record.
fn provenances(value: &Value, out: &mut Vec<Value>) {
    match value {
        Value::Object(map) => {
            if let Some(p) = map.get("provenance") {
                out.push(p.clone());
            }
            map.values().for_each(|v| provenances(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| provenances(v, out)),
        _ => {}
    }
}

fn assert_imported_now(team: &Team) {
    let mut all = Vec::new();
    provenances(&serde_json::to_value(team).unwrap(), &mut all);
    assert!(!all.is_empty());
    let expected = serde_json::to_value(Provenance::new(Source::ImportCsv, NOW)).unwrap();
    assert!(all.iter().all(|p| *p == expected), "{all:?}");
}

fn show(errors: &[TableError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn check_round_trip(teams: &[Team]) {
    let csv = table::write_csv(teams);
    let back =
        table::read_csv(csv.as_bytes(), NOW).unwrap_or_else(|e| panic!("{}\n\n{csv}", show(&e)));
    assert_eq!(back.len(), teams.len());
    for (a, b) in teams.iter().zip(&back) {
        assert_eq!(comparable(a), comparable(b), "\n{csv}");
        assert_imported_now(b);
    }
    let xlsx = table::write_xlsx(teams).unwrap();
    let back = table::read_xlsx(&xlsx, NOW).unwrap_or_else(|e| panic!("{}", show(&e)));
    assert_eq!(back.len(), teams.len());
    for (a, b) in teams.iter().zip(&back) {
        assert_eq!(comparable(a), comparable(b));
        assert_imported_now(b);
    }
}

#[test]
fn hand_built_teams_round_trip_through_csv_and_xlsx() {
    let teams = [common::full_team(), common::small_team()];
    for t in &teams {
        assert_eq!(t.validate(), vec![], "{}", t.id);
    }
    check_round_trip(&teams);
}

#[test]
fn the_full_team_comes_back_in_its_own_order() {
    // Its channels are already in the order of the columns, so not even the order changes.
    let mut team = common::full_team();
    team.contacts.clear();
    let back = table::read_csv(table::write_csv(&[team.clone()]).as_bytes(), NOW).unwrap();
    let mut expected = serde_json::to_value(&team).unwrap();
    let mut actual = serde_json::to_value(&back[0]).unwrap();
    strip_provenance(&mut expected);
    strip_provenance(&mut actual);
    assert_eq!(expected, actual);
}

#[test]
fn the_csv_is_what_a_clerk_sees() {
    let csv = table::write_csv(&[common::full_team()]);
    assert!(csv.starts_with("\u{feff}id,country,official_name,short_name,"));
    assert!(csv.ends_with("\r\n"));
    let row = csv.lines().nth(1).unwrap();
    // Formula characters behind a quote; marks, lists and the other channels as documented.
    for part in [
        "gh-cert,GHA,Ghana National Computer Emergency Response Team,CERT-GH,",
        "\"national; sector:energy\",2014-09-01,\"en; fr\",",
        "'+233 30 000 0000",
        "\"'+233 24 000 0000; [restricted] +233 20 999 9999\"",
        "[members] matrix (contact): @cert:matrix.example.gh",
        "\"64500; 64501; [members] 64502\"",
        "\"AfricaCERT:member:2016-03-01; TrustedIntroducer:listed\"",
    ] {
        assert!(row.contains(part), "{part} not in\n{row}");
    }
    assert!(!csv.contains("Ama Mensah"), "contact persons are left out");
}

#[test]
fn the_template_reads_back_to_one_error_about_its_example_row() {
    let example = table::example_team(NOW);
    assert_eq!(example.validate(), vec![]);
    let expected = "row 2, column C (official_name): this is the template's example row (Example CERT): delete it before importing";
    let errors = table::read_csv(table::template_csv().as_bytes(), NOW).unwrap_err();
    assert_eq!(show(&errors), expected);
    let errors = table::read_xlsx(&table::template_xlsx().unwrap(), NOW).unwrap_err();
    assert_eq!(show(&errors), expected);

    // Renamed but with the example's id: still the example.
    let csv = table::template_csv().replace(table::EXAMPLE_NAME, "Our CERT");
    let errors = table::read_csv(csv.as_bytes(), NOW).unwrap_err();
    assert_eq!(
        show(&errors),
        "row 2, column A (id): this is the template's example row (Example CERT): delete it before importing"
    );

    // The example with its id and name changed is a good team: the template shows valid values.
    let csv = csv.replace(table::EXAMPLE_ID, "our-cert");
    let teams = table::read_csv(csv.as_bytes(), NOW).unwrap();
    let mut renamed = example;
    renamed.id = "our-cert".into();
    renamed.official_name.value = "Our CERT".into();
    assert_eq!(comparable(&teams[0]), comparable(&renamed));

    // The header alone is an empty import, not an error.
    let header_only = table::template_csv().lines().next().unwrap().to_string();
    assert_eq!(table::read_csv(header_only.as_bytes(), NOW), Ok(vec![]));
}

#[test]
fn the_workbook_has_a_teams_sheet_and_a_read_me() {
    let bytes = table::template_xlsx().unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["teams", "read me"]);
    let readme = book.worksheet_range("read me").unwrap();
    let text: Vec<String> = readme.cells().map(|(_, _, c)| c.to_string()).collect();
    for column in table::COLUMNS {
        assert!(text.iter().any(|t| t == column.name), "{}", column.name);
        assert!(text.iter().any(|t| t == column.help), "{}", column.name);
    }
    assert!(text.iter().any(|t| t == table::VISIBILITY_RULE));
    let teams = book.worksheet_range("teams").unwrap();
    let header: Vec<String> = teams
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header, table::header());
    // Every cell is text: a phone number is not a number or a formula.
    assert!(
        teams
            .cells()
            .all(|(_, _, c)| matches!(c, calamine::Data::String(_) | calamine::Data::Empty))
    );
}

#[test]
fn xlsx_typed_by_hand_reads_numbers_and_dates() {
    // A clerk who types 64500 and a date in Excel gets a number and a date cell, not text.
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Teams").unwrap();
    for (c, name) in ["Official Name", "COUNTRY", "asns", "established"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, c as u16 + 1, *name).unwrap();
    }
    sheet.write_string(3, 1, "Kenya National CIRT/CC").unwrap();
    sheet.write_string(3, 2, "ken").unwrap();
    sheet.write_number(3, 3, 64500).unwrap();
    let date = ExcelDateTime::from_ymd(2012, 1, 31).unwrap();
    sheet
        .write_datetime_with_format(3, 4, &date, &Format::new().set_num_format("dd/mm/yyyy"))
        .unwrap();
    sheet.write_string(5, 1, "Ghana CERT").unwrap();
    sheet.write_string(5, 2, "GHA").unwrap();
    sheet.write_string(5, 4, "31/01/2012").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let errors = table::read_xlsx(&bytes, NOW).unwrap_err();
    // The header is on row 3 and starts in column B; the blank row 5 is skipped.
    assert_eq!(
        show(&errors),
        "row 6, column E (established): `31/01/2012` is not a date written YYYY-MM-DD, such as 2014-09-01 (if a spreadsheet program changed it, format the column as text)"
    );
    let mut fixed = Workbook::new();
    let sheet = fixed.add_worksheet();
    for (c, name) in ["official_name", "country", "asns", "established"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *name).unwrap();
    }
    sheet.write_string(1, 0, "Kenya National CIRT/CC").unwrap();
    sheet.write_string(1, 1, "ken").unwrap();
    sheet.write_number(1, 2, 64500).unwrap();
    sheet
        .write_datetime_with_format(1, 3, &date, &Format::new().set_num_format("yyyy-mm-dd"))
        .unwrap();
    let teams = table::read_xlsx(&fixed.save_to_buffer().unwrap(), NOW).unwrap();
    assert_eq!(teams[0].id, "kenya-national-cirt-cc");
    assert_eq!(teams[0].country.value, "KEN");
    assert_eq!(teams[0].constituency.asns[0].value, 64500);
    assert_eq!(
        teams[0].established.as_ref().unwrap().value,
        date!(2012 - 01 - 31)
    );
}

#[test]
fn an_xlsx_cell_too_long_for_excel_is_an_error_not_a_cut() {
    let mut team = common::small_team();
    team.host_organisation = Some(common::public("x".repeat(40_000)));
    let error = table::write_xlsx(&[team.clone()]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "row 2, column E (host_organisation): the value is longer than the 32767 characters an Excel cell can hold; download the CSV instead"
    );
    // The CSV keeps it.
    let back = table::read_csv(table::write_csv(&[team.clone()]).as_bytes(), NOW).unwrap();
    assert_eq!(comparable(&back[0]), comparable(&team));
}

#[test]
fn not_a_workbook() {
    let errors = table::read_xlsx(b"country,official_name\nKEN,x\n", NOW).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].row, 0);
    assert!(
        errors[0]
            .message
            .starts_with("the file is not a readable XLSX workbook"),
        "{}",
        errors[0]
    );
    let errors = table::read_csv(b"", NOW).unwrap_err();
    assert!(
        errors[0].message.starts_with("the file is empty"),
        "{}",
        errors[0]
    );
    let errors = table::read_csv(b"\xff\xfec\x00", NOW).unwrap_err();
    assert!(errors[0].message.contains("UTF-16"), "{}", errors[0]);
}

#[test]
fn fixtures_give_the_expected_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/table");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 12,
        "only {} fixtures in {dir:?}",
        paths.len()
    );
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let mut failures = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let actual = match table::read_csv(&bytes, NOW) {
            Ok(teams) => {
                for t in &teams {
                    assert_imported_now(t);
                }
                let ids: Vec<&str> = teams.iter().map(|t| t.id.as_str()).collect();
                format!("teams: {}\n", ids.join(", "))
            }
            Err(errors) => format!("{}\n", show(&errors)),
        };
        let expected_path = path.with_extension("expected");
        if update {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        if expected != actual {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                path.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_french_excel_file_reads_as_its_teams() {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/table/french_excel.csv"),
    )
    .unwrap();
    let teams = table::read_csv(&bytes, NOW).unwrap();
    assert_eq!(
        teams[0].official_name.value,
        "Centre gouvernemental de veille, d’alerte et de réponse aux attaques informatiques"
    );
    let langs: Vec<&str> = teams[1]
        .languages
        .iter()
        .map(|l| l.value.as_str())
        .collect();
    assert_eq!(langs, ["fr", "nl"]);
    assert_eq!(teams[0].channels[1].value.value, "+33 1 71 75 84 68");
    assert_eq!(teams[0].channels[1].value.usages, [Usage::Emergency]);
}

#[test]
fn marks_set_the_visibility_of_each_value() {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/table/visibility_and_lists.csv"),
    )
    .unwrap();
    let team = table::read_csv(&bytes, NOW).unwrap().remove(0);
    let channels: Vec<(String, Vec<Usage>, Visibility, Option<String>)> = team
        .channels
        .iter()
        .map(|c| {
            (
                c.value.value.clone(),
                c.value.usages.clone(),
                c.visibility,
                c.value.time_zone.clone(),
            )
        })
        .collect();
    assert_eq!(
        channels,
        [
            (
                "incidents@cert.example.ke".to_string(),
                vec![Usage::Contact, Usage::Reports],
                Visibility::Public,
                None
            ),
            (
                "reports@cert.example.ke".to_string(),
                vec![Usage::Reports],
                Visibility::Members,
                None
            ),
            (
                "+254 20 555 0199".to_string(),
                vec![Usage::Emergency],
                Visibility::Restricted,
                Some("Africa/Nairobi".to_string())
            ),
            (
                "+254 700 555 019".to_string(),
                vec![Usage::Emergency],
                Visibility::Members,
                None
            ),
        ]
    );
    assert_eq!(
        team.channels[3].value.kind,
        ChannelKind::Other("signal".into())
    );
    let asns: Vec<_> = team
        .constituency
        .asns
        .iter()
        .map(|a| (a.value, a.visibility))
        .collect();
    assert_eq!(
        asns,
        [(64500, Visibility::Public), (64501, Visibility::Restricted)]
    );
    let hours = team.hours.unwrap();
    assert_eq!(hours.visibility, Visibility::Members);
    assert_eq!(hours.value.text, "Monday to Friday, 08:00-17:00");
    assert_eq!(
        team.memberships[1].value.network,
        Network::TrustedIntroducer
    );
}

// ---------------------------------------------------------------------------------------------
// Generated teams
// ---------------------------------------------------------------------------------------------

const TIME_ZONES: [&str; 4] = [
    "UTC",
    "Africa/Nairobi",
    "America/Argentina/Buenos_Aires",
    "Asia/Kolkata",
];
const NAMES: [&str; 5] = [
    "Équipe nationale de réponse",
    "الفريق الوطني",
    "CERT, \"quoted\" and; semicolon",
    "Two\nlines",
    "=not a formula",
];

/// Makes a valid team from a stream of choices.
struct Gen {
    picks: Vec<u32>,
    at: usize,
    counter: u32,
}

impl Gen {
    fn pick(&mut self, n: u32) -> u32 {
        let v = self.picks[self.at % self.picks.len()];
        self.at += 1;
        v % n.max(1)
    }

    fn flag(&mut self) -> bool {
        self.pick(2) == 1
    }

    fn next(&mut self) -> u32 {
        self.counter += 1;
        self.counter
    }

    fn visibility(&mut self) -> Visibility {
        [
            Visibility::Public,
            Visibility::Members,
            Visibility::Restricted,
        ][self.pick(3) as usize]
    }

    fn field<T>(&mut self, value: T) -> Field<T> {
        let v = self.visibility();
        common::hidden(value, v)
    }

    fn date(&mut self) -> time::Date {
        date!(1990 - 01 - 01) + Duration::days(i64::from(self.pick(15_000)))
    }

    fn many<T>(&mut self, max: u32, mut make: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let n = self.pick(max + 1);
        (0..n).map(|_| make(self)).collect()
    }

    fn usages(&mut self) -> Vec<Usage> {
        Usage::ALL
            .into_iter()
            .filter(|_| self.pick(3) == 0)
            .collect()
    }

    fn channel(&mut self) -> Channel {
        let i = self.next();
        let (kind, value) = match self.pick(6) {
            0 | 1 => (ChannelKind::Email, format!("c{i}@cert.example.org")),
            2 => (ChannelKind::Phone, format!("+1 202 555 {:04}", 1000 + i)),
            3 => (ChannelKind::Fax, format!("+44 20 7946 {:04}", 1000 + i)),
            4 => (ChannelKind::Url, format!("https://cert.example.org/c{i}")),
            _ => (
                ChannelKind::Other(
                    ["matrix", "signal", "Secure Portal"][self.pick(3) as usize].into(),
                ),
                format!("@c{i}:matrix.example.org"),
            ),
        };
        let time_zone = self
            .flag()
            .then(|| TIME_ZONES[self.pick(4) as usize].to_string())
            .filter(|_| self.flag());
        Channel {
            kind,
            value,
            usages: self.usages(),
            time_zone,
        }
    }

    fn membership(&mut self) -> Membership {
        let network = [
            Network::First,
            Network::TrustedIntroducer,
            Network::AfricaCert,
            Network::Apcert,
            Network::OicCert,
            Network::CsirtsNetwork,
            Network::Other("SADC CSIRT network".into()),
        ][self.pick(7) as usize]
            .clone();
        let status = if network == Network::TrustedIntroducer {
            [
                MembershipStatus::Listed,
                MembershipStatus::Accredited,
                MembershipStatus::Certified,
            ][self.pick(3) as usize]
                .clone()
        } else {
            [
                MembershipStatus::Member,
                MembershipStatus::Applicant,
                MembershipStatus::Former,
                MembershipStatus::Other("observer".into()),
            ][self.pick(4) as usize]
                .clone()
        };
        let since = self.flag().then(|| self.date());
        Membership {
            network,
            status,
            since,
        }
    }

    fn team(&mut self, n: usize) -> Team {
        let prov = common::prov();
        let pub_ = |v: String| Field::public(v, prov);
        let official = format!("{} {n}", NAMES[self.pick(5) as usize]);
        let types = self.many(3, |g| {
            let t = [
                TeamType::National,
                TeamType::Government,
                TeamType::Sector("energy".into()),
                TeamType::Academic,
                TeamType::Psirt,
                TeamType::Commercial,
            ][g.pick(6) as usize]
                .clone();
            g.field(t)
        });
        let established = self.flag().then(|| self.date()).map(|d| self.field(d));
        let languages = self.many(3, |g| {
            let l = ["en", "fr", "ar", "zh-Hans", "pt"][g.pick(5) as usize].to_string();
            g.field(l)
        });
        let hours = if self.flag() {
            let text = if self.flag() {
                "Monday to Friday, 08:00-17:00; emergency phone around the clock".to_string()
            } else {
                String::new()
            };
            let time_zone = TIME_ZONES[self.pick(4) as usize].to_string();
            Some(self.field(Hours { text, time_zone }))
        } else {
            None
        };
        let websites = self.many(2, |g| {
            let i = g.next();
            g.field(format!("https://w{i}.example.org/"))
        });
        let channels = self.many(6, |g| {
            let c = g.channel();
            g.field(c)
        });
        let keys = self.many(3, |g| {
            let i = g.next();
            let created = g.flag().then(|| g.date());
            let expires = created
                .map(|c| c + Duration::days(i64::from(g.pick(2000))))
                .filter(|_| g.flag());
            let url = g
                .flag()
                .then(|| format!("https://cert.example.org/k{i}.asc"));
            let key = Key {
                fingerprint: format!("{:040X}", u128::from(i) * 0x1234_5678_9ABC_DEF1),
                created,
                expires,
                url,
                armored: None,
            };
            g.field(key)
        });
        let asns = self.many(3, |g| {
            let a = [
                64496 + g.pick(16),
                1 + g.pick(20_000),
                4_200_000_000 + g.pick(1000),
            ][g.pick(3) as usize];
            g.field(a)
        });
        let prefixes = self.many(2, |g| {
            let p = [
                "192.0.2.0/24",
                "198.51.100.0/24",
                "203.0.113.128/25",
                "2001:db8::/32",
            ][g.pick(4) as usize]
                .to_string();
            g.field(p)
        });
        let domains = self.many(2, |g| {
            let i = g.next();
            g.field(format!("d{i}.example.org"))
        });
        let countries = self.many(2, |g| {
            let c = ["KEN", "GHA", "FRA"][g.pick(3) as usize].to_string();
            g.field(c)
        });
        let sectors = self.many(2, |g| {
            let s = ["government", "energy", "finance and banking"][g.pick(3) as usize].to_string();
            g.field(s)
        });
        let memberships = self.many(3, |g| {
            let m = g.membership();
            g.field(m)
        });
        Team {
            id: format!("team-{n}"),
            official_name: pub_(official),
            short_name: self.flag().then(|| format!("T-{n}")).map(|s| self.field(s)),
            country: pub_(["KEN", "GHA", "EGY", "FRA"][self.pick(4) as usize].into()),
            host_organisation: self
                .flag()
                .then(|| "Ministry of ICT, Cybersecurity Directorate".to_string())
                .map(|s| self.field(s)),
            types,
            established,
            languages,
            hours,
            websites,
            channels,
            keys,
            constituency: Constituency {
                asns,
                prefixes,
                domains,
                countries,
                sectors,
            },
            memberships,
            contacts: vec![],
            rfc2350_updated: self.flag().then(|| self.date()).map(|d| self.field(d)),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_teams_round_trip(picks in proptest::collection::vec(any::<u32>(), 1..200), count in 1usize..4) {
        let mut g = Gen { picks, at: 0, counter: 0 };
        let teams: Vec<Team> = (0..count).map(|n| g.team(n)).collect();
        for t in &teams {
            prop_assert_eq!(t.validate(), vec![]);
        }
        check_round_trip(&teams);
    }
}

// ---------------------------------------------------------------------------------------------
// Never panic
// ---------------------------------------------------------------------------------------------

const PIECES: [&str; 24] = [
    "country",
    "official_name",
    "email_contact",
    "key_fingerprints",
    "key_expires",
    "memberships",
    "other_channels",
    "hours",
    "time_zone",
    ",",
    ";",
    "\t",
    "\"",
    "\r\n",
    "\n",
    "[members]",
    "[restricted",
    "[time zone",
    "FIRST:member:",
    "(contact",
    ":",
    "\u{feff}",
    "'+1 202",
    "é",
];

fn check_errors(result: Result<Vec<Team>, Vec<TableError>>) -> Result<(), TestCaseError> {
    if let Err(errors) = result {
        prop_assert!(!errors.is_empty());
        for e in errors {
            prop_assert!(!e.message.is_empty());
            prop_assert!(e.row > 0 || e.letter.is_none(), "{}", e);
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn readers_never_panic_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check_errors(table::read_csv(&bytes, NOW))?;
        check_errors(table::read_xlsx(&bytes, NOW))?;
    }

    #[test]
    fn csv_reader_never_panics_on_cell_soup(
        pieces in proptest::collection::vec(proptest::sample::select(PIECES.to_vec()), 0..60),
    ) {
        let text = format!("country,official_name,memberships,other_channels,key_fingerprints,key_created\n{}", pieces.concat());
        check_errors(table::read_csv(text.as_bytes(), NOW))?;
        check_errors(table::read_csv(pieces.concat().as_bytes(), NOW))?;
    }

    #[test]
    fn xlsx_reader_never_panics_on_damaged_workbooks(
        cut in 0usize..4000,
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..8),
    ) {
        let mut bytes = table::template_xlsx().unwrap();
        for (at, b) in flips {
            let n = bytes.len();
            bytes[at % n] ^= b;
        }
        bytes.truncate(bytes.len().saturating_sub(cut));
        check_errors(table::read_xlsx(&bytes, NOW))?;
    }
}
