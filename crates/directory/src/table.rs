//! The directory as a spreadsheet: one row per team, as CSV or XLSX, to download, to fill in from
//! a template and to import.
//!
//! The columns are [`COLUMNS`], in that order; a file being read may have them in any order, in
//! any letter case, with spaces for underscores, and may leave out any but `country` and
//! `official_name`. A list cell holds several values separated by `;`.
//!
//! **Who may see a value.** A cell, or one value of a list cell, may start with `[members]`
//! (signed-in members of the directory) or `[restricted]` (the secretariat only); without a mark
//! it is public. `[public]` is accepted too. So `incidents@cert.example.org; [restricted] +1 202
//! 555 0199` needs no extra column and can be typed in any spreadsheet program.
//!
//! **Channels** are in columns by kind and use (`email_contact`, `phone_emergency`, …); an
//! address used for several things is written in each of their columns and read back as one
//! channel with those uses. Every other combination (a phone for abuse reports, a Matrix room)
//! goes in `other_channels` as `kind (use, use): value`. A channel staffed in another time zone
//! than the team's ends with `[time zone Area/City]`. Read back, a team's channels come in the
//! order of the columns and each channel's uses in the order contact, emergency, abuse, reports.
//!
//! **Keys** are four parallel lists: `key_fingerprints`, and `key_created`, `key_expires`,
//! `key_urls` in the same order, with an empty place (`; 2027-01-15`) for a key without one.
//!
//! **Contact persons are left out.** They are personal data, each listed only with their
//! recorded consent; a spreadsheet is copied, mailed and forgotten in download folders, and a
//! team list shared with a partner must not carry individuals' names and mobile numbers. Persons
//! are entered through the record itself, where the consent is kept with them; a team read from
//! a spreadsheet has no contacts, and whoever saves it keeps the stored team's contacts.
//!
//! Reading collects every error, each located by row (as the spreadsheet shows it: the header is
//! row 1), column letter and column name, and returns no team at all when there is any. Each team
//! read is checked with [`Team::validate`], whose problems are reported on the row and column of
//! the value. Every field read has the provenance [`Source::ImportCsv`] (spreadsheet import, CSV
//! or XLSX) at the `now` given.
//!
//! CSV is written as UTF-8 with a byte-order mark and CRLF line ends, with cells that a
//! spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`) behind one `'`, which
//! the reader removes again. XLSX cells are all text, so phone numbers and dates stay as written.

// Formula cells are neutralised and restored as every CSV cyberindex writes does.
use cyberindex_answers::cell::{neutralise, restore};
use std::collections::HashMap;
use std::fmt;
use std::io::Cursor;

use serde::Serialize;
use time::{Date, Month, OffsetDateTime};

use crate::exchange::slug;
use crate::model::{
    Channel, ChannelKind, Constituency, Field, Hours, Key, Membership, MembershipStatus, Network,
    Provenance, Source, Team, TeamType, Usage, Visibility, normalise_fingerprint,
};

/// One column of the team sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    /// Whether a file must have this column (and every row a value in it).
    pub required: bool,
    /// What to write, in plain English: the "read me" sheet and the documentation show it.
    pub help: &'static str,
    /// Width in the XLSX sheet, in characters.
    width: u8,
}

const fn col(name: &'static str, width: u8, help: &'static str) -> Column {
    Column {
        name,
        required: false,
        help,
        width,
    }
}

const fn required(name: &'static str, width: u8, help: &'static str) -> Column {
    Column {
        name,
        required: true,
        help,
        width,
    }
}

const ID: usize = 0;
const COUNTRY: usize = 1;
const OFFICIAL_NAME: usize = 2;
const SHORT_NAME: usize = 3;
const HOST: usize = 4;
const TYPES: usize = 5;
const ESTABLISHED: usize = 6;
const LANGUAGES: usize = 7;
const HOURS: usize = 8;
const TIME_ZONE: usize = 9;
const WEBSITES: usize = 10;
const EMAIL_CONTACT: usize = 11;
const EMAIL_EMERGENCY: usize = 12;
const EMAIL_ABUSE: usize = 13;
const EMAIL_REPORTS: usize = 14;
const EMAIL: usize = 15;
const PHONE_CONTACT: usize = 16;
const PHONE_EMERGENCY: usize = 17;
const PHONE: usize = 18;
const FAX: usize = 19;
const URL_REPORTS: usize = 20;
const OTHER_CHANNELS: usize = 21;
const KEY_FINGERPRINTS: usize = 22;
const KEY_CREATED: usize = 23;
const KEY_EXPIRES: usize = 24;
const KEY_URLS: usize = 25;
const ASNS: usize = 26;
const PREFIXES: usize = 27;
const DOMAINS: usize = 28;
const CONSTITUENCY_COUNTRIES: usize = 29;
const CONSTITUENCY_SECTORS: usize = 30;
const MEMBERSHIPS: usize = 31;
const RFC2350_UPDATED: usize = 32;
const N: usize = 33;

/// The columns of the team sheet, in the order they are written.
pub const COLUMNS: [Column; N] = [
    col(
        "id",
        14,
        "The directory's identifier for the team: lower-case letters, digits and dashes, such as ke-cirt. Leave it empty to make one from the short name, or from the official name.",
    ),
    required(
        "country",
        9,
        "Required. The team's country as an ISO 3166-1 alpha-3 code, such as KEN. Always public.",
    ),
    required(
        "official_name",
        40,
        "Required. The team's full official name. Always public.",
    ),
    col(
        "short_name",
        14,
        "The short name or acronym, such as KE-CIRT/CC.",
    ),
    col(
        "host_organisation",
        30,
        "The organisation the team belongs to.",
    ),
    col(
        "types",
        20,
        "What kind of team: national, government, academic (a university or research network), psirt (a product security team), commercial, or sector:NAME for a team of one sector, such as sector:energy. Separate several with ;.",
    ),
    col(
        "established",
        12,
        "The date the team was set up, written YYYY-MM-DD, such as 2014-09-01.",
    ),
    col(
        "languages",
        12,
        "The languages the team works in, as language tags such as en, fr, ar, pt or zh-Hans. Separate several with ;.",
    ),
    col(
        "hours",
        30,
        "When the team works, in words, such as: Monday to Friday 08:00-17:00, emergency phone at all hours. Needs a time zone in the time_zone column.",
    ),
    col(
        "time_zone",
        16,
        "The time zone of the hours, as a name such as Africa/Nairobi, or UTC.",
    ),
    col(
        "websites",
        28,
        "The team's web sites, starting with https://. Separate several with ;.",
    ),
    col(
        "email_contact",
        28,
        "E-mail addresses for general contact. Separate several with ;.",
    ),
    col("email_emergency", 28, "E-mail addresses for emergencies."),
    col("email_abuse", 28, "E-mail addresses for abuse complaints."),
    col(
        "email_reports",
        28,
        "E-mail addresses to report incidents to.",
    ),
    col(
        "email",
        28,
        "E-mail addresses with no particular use. An address used for several things is written in each of their columns.",
    ),
    col(
        "phone_contact",
        20,
        "Phone numbers for general contact, in international form: + then the country code and number, such as +254 20 555 0100.",
    ),
    col(
        "phone_emergency",
        20,
        "Phone numbers for emergencies, in international form.",
    ),
    col(
        "phone",
        20,
        "Phone numbers with no particular use, in international form.",
    ),
    col("fax", 20, "Fax numbers, in international form."),
    col(
        "url_reports",
        28,
        "Web addresses of a form to report incidents, starting with https://.",
    ),
    col(
        "other_channels",
        36,
        "Any other way to reach the team, and any kind and use with no column of its own: the kind, the uses in brackets, a colon, then the value, such as: matrix (contact): @cert:matrix.example.org; phone (abuse): +1 202 555 0111; url: https://cert.example.org/contact. The kind is email, phone, fax, url or any other name (matrix, signal, xmpp); the uses are contact, emergency, abuse and reports.",
    ),
    col(
        "key_fingerprints",
        44,
        "Fingerprints of the team's OpenPGP keys: 40 or 64 hexadecimal digits each (spaces inside are allowed). Separate several keys with ;.",
    ),
    col(
        "key_created",
        12,
        "The dates the keys were created, YYYY-MM-DD, in the same order as the fingerprints; leave a place empty (such as ; 2025-01-15) for a key without one.",
    ),
    col(
        "key_expires",
        12,
        "The dates the keys expire, YYYY-MM-DD, in the same order as the fingerprints.",
    ),
    col(
        "key_urls",
        28,
        "Where each key can be downloaded, starting with https://, in the same order as the fingerprints.",
    ),
    col(
        "asns",
        14,
        "Autonomous system numbers of the networks the team serves, with or without AS, such as 64500; AS64501.",
    ),
    col(
        "prefixes",
        24,
        "IP address blocks the team serves, written address/length, such as 192.0.2.0/24; 2001:db8::/32.",
    ),
    col(
        "domains",
        20,
        "Domain names the team serves, such as gov.example.org.",
    ),
    col(
        "constituency_countries",
        14,
        "The countries the team serves, as ISO 3166-1 alpha-3 codes, such as KEN; UGA.",
    ),
    col(
        "constituency_sectors",
        20,
        "The sectors the team serves, in words, such as government; energy.",
    ),
    col(
        "memberships",
        36,
        "The networks the team belongs to, as network:status or network:status:since, such as FIRST:member:2019-05-01; TrustedIntroducer:accredited:2021-02-01. Networks: FIRST, TrustedIntroducer (or TI), AfricaCERT, APCERT, OIC-CERT, CSIRTsNetwork, or other (NAME). Statuses: member, applicant, former; listed, accredited and certified for Trusted Introducer; or other (NAME).",
    ),
    col(
        "rfc2350_updated",
        14,
        "The date of last update of the team's RFC 2350 description, YYYY-MM-DD.",
    ),
];

/// The rule for who may see a value, as the "read me" sheet states it.
pub const VISIBILITY_RULE: &str = "Who may see a value: everyone, unless the cell starts with [members] (only signed-in members of the directory) or [restricted] (only the secretariat). In a cell with several values separated by ;, each value may have its own mark, such as: incidents@cert.example.org; [restricted] +1 202 555 0199. The id, country and official name are always public.";

/// What the team sheet leaves out, as the "read me" sheet states it.
pub const CONTACTS_RULE: &str = "Contact persons are not in this sheet: they are personal data, listed only with their consent, and are entered in the directory itself. Importing this sheet keeps the persons already recorded for a team.";

/// The name of the sheet the teams are on.
pub const SHEET: &str = "teams";
/// The name of the sheet explaining the columns.
pub const README_SHEET: &str = "read me";
/// The official name of the templates' example row, which the readers refuse.
pub const EXAMPLE_NAME: &str = "Example CERT (delete this row)";
/// The id of the templates' example row, which the readers refuse.
pub const EXAMPLE_ID: &str = "example-cert";

/// The channel columns: kind and use (none: no particular use).
const CHANNEL_COLUMNS: [(usize, ChannelKind, Option<Usage>); 10] = [
    (EMAIL_CONTACT, ChannelKind::Email, Some(Usage::Contact)),
    (EMAIL_EMERGENCY, ChannelKind::Email, Some(Usage::Emergency)),
    (EMAIL_ABUSE, ChannelKind::Email, Some(Usage::Abuse)),
    (EMAIL_REPORTS, ChannelKind::Email, Some(Usage::Reports)),
    (EMAIL, ChannelKind::Email, None),
    (PHONE_CONTACT, ChannelKind::Phone, Some(Usage::Contact)),
    (PHONE_EMERGENCY, ChannelKind::Phone, Some(Usage::Emergency)),
    (PHONE, ChannelKind::Phone, None),
    (FAX, ChannelKind::Fax, None),
    (URL_REPORTS, ChannelKind::Url, Some(Usage::Reports)),
];

/// A problem in a spreadsheet being read, located by row and column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TableError {
    /// The row as a spreadsheet shows it (the header is row 1); 0 for the file as a whole.
    pub row: usize,
    /// The column letter, such as `F`, when the error is about one column.
    pub letter: Option<String>,
    /// The column's name in the header row, such as `email_emergency`.
    pub column: Option<String>,
    /// A plain English sentence.
    pub message: String,
}

impl TableError {
    fn file(message: impl Into<String>) -> Self {
        TableError {
            row: 0,
            letter: None,
            column: None,
            message: message.into(),
        }
    }

    fn at(row: usize, position: Option<usize>, name: Option<&str>, message: String) -> Self {
        TableError {
            row,
            letter: position.map(column_letter),
            column: name.filter(|n| !n.is_empty()).map(str::to_string),
            message,
        }
    }
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.row > 0 {
            write!(f, "row {}", self.row)?;
            match (&self.letter, &self.column) {
                (Some(letter), Some(name)) => write!(f, ", column {letter} ({name})")?,
                (Some(letter), None) => write!(f, ", column {letter}")?,
                (None, Some(name)) => write!(f, ", column {name}")?,
                (None, None) => {}
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", self.message)
    }
}

pub use cyberindex_answers::column_letter;

fn letter_index(letter: &str) -> usize {
    letter
        .bytes()
        .fold(0, |n, b| n * 26 + usize::from(b.saturating_sub(b'A')) + 1)
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

fn mark(visibility: Visibility) -> &'static str {
    match visibility {
        Visibility::Public => "",
        Visibility::Members => "[members] ",
        Visibility::Restricted => "[restricted] ",
    }
}

fn marked(visibility: Visibility, text: &str) -> String {
    format!("{}{text}", mark(visibility))
}

fn one<T>(field: &Option<Field<T>>, show: impl Fn(&T) -> String) -> String {
    field
        .as_ref()
        .map_or_else(String::new, |f| marked(f.visibility, &show(&f.value)))
}

fn list<T>(items: &[Field<T>], show: impl Fn(&T) -> String) -> String {
    items
        .iter()
        .map(|f| marked(f.visibility, &show(&f.value)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Positional values, with empty places kept except at the end.
fn parallel(items: Vec<String>) -> String {
    let mut items = items;
    while items.last().is_some_and(String::is_empty) {
        items.pop();
    }
    items.join("; ")
}

fn show_date(date: &Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

fn type_text(t: &TeamType) -> String {
    match t {
        TeamType::National => "national".into(),
        TeamType::Government => "government".into(),
        TeamType::Sector(name) => format!("sector:{name}"),
        TeamType::Academic => "academic".into(),
        TeamType::Psirt => "psirt".into(),
        TeamType::Commercial => "commercial".into(),
    }
}

fn network_text(n: &Network) -> String {
    match n {
        Network::First => "FIRST".into(),
        Network::TrustedIntroducer => "TrustedIntroducer".into(),
        Network::AfricaCert => "AfricaCERT".into(),
        Network::Apcert => "APCERT".into(),
        Network::OicCert => "OIC-CERT".into(),
        Network::CsirtsNetwork => "CSIRTsNetwork".into(),
        Network::Other(name) => format!("other ({name})"),
    }
}

fn status_text(s: &MembershipStatus) -> String {
    match s {
        MembershipStatus::Listed => "listed".into(),
        MembershipStatus::Accredited => "accredited".into(),
        MembershipStatus::Certified => "certified".into(),
        MembershipStatus::Member => "member".into(),
        MembershipStatus::Applicant => "applicant".into(),
        MembershipStatus::Former => "former".into(),
        MembershipStatus::Other(name) => format!("other ({name})"),
    }
}

fn membership_text(m: &Membership) -> String {
    let mut text = format!("{}:{}", network_text(&m.network), status_text(&m.status));
    if let Some(since) = &m.since {
        text.push(':');
        text.push_str(&show_date(since));
    }
    text
}

fn kind_text(kind: &ChannelKind) -> &str {
    match kind {
        ChannelKind::Email => "email",
        ChannelKind::Phone => "phone",
        ChannelKind::Fax => "fax",
        ChannelKind::Url => "url",
        ChannelKind::Other(name) => name,
    }
}

fn time_zone_suffix(channel: &Channel) -> String {
    channel
        .time_zone
        .as_ref()
        .map_or_else(String::new, |tz| format!(" [time zone {tz}]"))
}

/// The channel columns a channel is written in, or `None` when it goes in `other_channels`.
fn grid_columns(channel: &Channel) -> Option<Vec<usize>> {
    let find = |usage: Option<Usage>| {
        CHANNEL_COLUMNS
            .iter()
            .find(|(_, kind, u)| *kind == channel.kind && *u == usage)
            .map(|(c, _, _)| *c)
    };
    if channel.usages.is_empty() {
        return find(None).map(|c| vec![c]);
    }
    let mut columns = Vec::new();
    for usage in &channel.usages {
        let c = find(Some(*usage))?;
        if !columns.contains(&c) {
            columns.push(c);
        }
    }
    Some(columns)
}

/// One team as a row, in the order of [`COLUMNS`]. Contact persons are left out.
pub fn team_row(team: &Team) -> Vec<String> {
    let mut row = vec![String::new(); N];
    row[ID] = team.id.clone();
    row[COUNTRY] = marked(team.country.visibility, &team.country.value);
    row[OFFICIAL_NAME] = marked(team.official_name.visibility, &team.official_name.value);
    row[SHORT_NAME] = one(&team.short_name, String::clone);
    row[HOST] = one(&team.host_organisation, String::clone);
    row[TYPES] = list(&team.types, type_text);
    row[ESTABLISHED] = one(&team.established, show_date);
    row[LANGUAGES] = list(&team.languages, String::clone);
    if let Some(hours) = &team.hours {
        // The mark goes on the hours, or on the time zone when there are no hours in words.
        if hours.value.text.is_empty() {
            row[TIME_ZONE] = marked(hours.visibility, &hours.value.time_zone);
        } else {
            row[HOURS] = marked(hours.visibility, &hours.value.text);
            row[TIME_ZONE] = hours.value.time_zone.clone();
        }
    }
    row[WEBSITES] = list(&team.websites, String::clone);
    let mut grid: Vec<Vec<String>> = vec![Vec::new(); N];
    for channel in &team.channels {
        let c = &channel.value;
        match grid_columns(c) {
            Some(columns) => {
                let text = format!(
                    "{}{}{}",
                    mark(channel.visibility),
                    c.value,
                    time_zone_suffix(c)
                );
                for column in columns {
                    grid[column].push(text.clone());
                }
            }
            None => {
                let uses = if c.usages.is_empty() {
                    String::new()
                } else {
                    let names: Vec<&str> = c.usages.iter().map(|u| u.as_str()).collect();
                    format!(" ({})", names.join(", "))
                };
                grid[OTHER_CHANNELS].push(format!(
                    "{}{}{uses}: {}{}",
                    mark(channel.visibility),
                    kind_text(&c.kind),
                    c.value,
                    time_zone_suffix(c)
                ));
            }
        }
    }
    for (column, items) in grid.into_iter().enumerate() {
        if !items.is_empty() {
            row[column] = items.join("; ");
        }
    }
    row[KEY_FINGERPRINTS] = list(&team.keys, |k| k.fingerprint.clone());
    let key_part = |part: &dyn Fn(&Key) -> String| {
        parallel(team.keys.iter().map(|k| part(&k.value)).collect())
    };
    row[KEY_CREATED] = key_part(&|k| k.created.as_ref().map_or_else(String::new, show_date));
    row[KEY_EXPIRES] = key_part(&|k| k.expires.as_ref().map_or_else(String::new, show_date));
    row[KEY_URLS] = key_part(&|k| k.url.clone().unwrap_or_default());
    let c = &team.constituency;
    row[ASNS] = list(&c.asns, u32::to_string);
    row[PREFIXES] = list(&c.prefixes, String::clone);
    row[DOMAINS] = list(&c.domains, String::clone);
    row[CONSTITUENCY_COUNTRIES] = list(&c.countries, String::clone);
    row[CONSTITUENCY_SECTORS] = list(&c.sectors, String::clone);
    row[MEMBERSHIPS] = list(&team.memberships, membership_text);
    row[RFC2350_UPDATED] = one(&team.rfc2350_updated, show_date);
    row
}

/// The header row: the column names in order.
pub fn header() -> Vec<&'static str> {
    COLUMNS.iter().map(|c| c.name).collect()
}

fn csv_record<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = neutralise(cell.as_ref());
        let quote = cell.contains([',', ';', '"', '\r', '\n'])
            || cell.starts_with(char::is_whitespace)
            || cell.ends_with(char::is_whitespace);
        if quote {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

fn csv_of(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    csv_record(&mut out, &header());
    for row in rows {
        csv_record(&mut out, row);
    }
    out
}

/// The teams as CSV: UTF-8 with a byte-order mark, comma-separated, CRLF line ends, the header
/// row first, then one row per team. Contact persons are left out.
pub fn write_csv(teams: &[Team]) -> String {
    csv_of(&teams.iter().map(team_row).collect::<Vec<_>>())
}

/// Excel's limit on the length of a cell, in UTF-16 code units.
const EXCEL_MAX_CELL: usize = 32_767;

/// The teams as an XLSX workbook: a `teams` sheet (the header bold and frozen, every cell text)
/// and a `read me` sheet explaining each column. Fails only when a value is longer than an Excel
/// cell can hold (32,767 characters); the CSV has no such limit.
pub fn write_xlsx(teams: &[Team]) -> Result<Vec<u8>, TableError> {
    let rows: Vec<Vec<String>> = teams.iter().map(team_row).collect();
    xlsx_of(&rows)
}

fn xlsx_of(rows: &[Vec<String>]) -> Result<Vec<u8>, TableError> {
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if cell.encode_utf16().count() > EXCEL_MAX_CELL {
                return Err(TableError::at(
                    r + 2,
                    Some(c),
                    Some(COLUMNS[c].name),
                    format!(
                        "the value is longer than the {EXCEL_MAX_CELL} characters an Excel cell can hold; download the CSV instead"
                    ),
                ));
            }
        }
    }
    build_xlsx(rows).map_err(|e| TableError::file(format!("the workbook could not be made: {e}")))
}

fn build_xlsx(rows: &[Vec<String>]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, FormatAlign, Workbook};

    let mut workbook = Workbook::new();
    let text = Format::new().set_num_format("@");
    let bold = Format::new()
        .set_bold()
        .set_num_format("@")
        .set_background_color(0xDDEBF7);
    let sheet = workbook.add_worksheet();
    sheet.set_name(SHEET)?;
    for (c, column) in COLUMNS.iter().enumerate() {
        let c = c as u16;
        sheet.set_column_width(c, column.width)?;
        sheet.set_column_format(c, &text)?;
        sheet.write_string_with_format(0, c, column.name, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r =
            u32::try_from(r + 1).map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)?;
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string_with_format(r, c as u16, cell, &text)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, (N - 1) as u16)?;

    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let title = Format::new().set_bold().set_font_size(14);
    let head = Format::new().set_bold().set_background_color(0xDDEBF7);
    let readme = workbook.add_worksheet();
    readme.set_name(README_SHEET)?;
    readme.set_column_width(0, 24)?;
    readme.set_column_width(1, 10)?;
    readme.set_column_width(2, 100)?;
    readme.write_string_with_format(0, 0, "The team sheet, column by column", &title)?;
    let rules = [
        "One row per team, on the sheet \"teams\". The first row names the columns; keep it. Columns may be in any order, and any column but country and official_name may be left out.",
        "A cell with several values separates them with ; (a semicolon).",
        VISIBILITY_RULE,
        "Dates are written YYYY-MM-DD, such as 2014-09-01. Phone numbers start with + and the country code.",
        CONTACTS_RULE,
        "The template's example row, Example CERT (delete this row), must be deleted before the file is imported: an import with it is refused.",
    ];
    let mut r = 2u32;
    for rule in rules {
        readme.merge_range(r, 0, r, 2, rule, &wrap)?;
        readme.set_row_height(r, 32)?;
        r += 1;
    }
    r += 1;
    readme.write_string_with_format(r, 0, "column", &head)?;
    readme.write_string_with_format(r, 1, "required", &head)?;
    readme.write_string_with_format(r, 2, "what to write", &head)?;
    for column in COLUMNS {
        r += 1;
        readme.write_string_with_format(r, 0, column.name, &wrap)?;
        readme.write_string_with_format(r, 1, if column.required { "yes" } else { "no" }, &wrap)?;
        readme.write_string_with_format(r, 2, column.help, &wrap)?;
    }
    workbook.save_to_buffer()
}

/// The template's example team: clearly fake, with documentation addresses, numbers and
/// prefixes (example.org, 555-01xx, RFC 5737 and RFC 3849, RFC 5398 AS numbers).
pub fn example_team(now: OffsetDateTime) -> Team {
    let p = Provenance::new(Source::ImportCsv, now);
    let f = |v: &str| Field::public(v.to_string(), p);
    let d = |y: i32, m: Month, day: u8| Date::from_calendar_date(y, m, day).ok();
    let ch = |kind: ChannelKind, value: &str, usages: &[Usage], visibility: Visibility| {
        Field::new(
            Channel {
                kind,
                value: value.into(),
                usages: usages.to_vec(),
                time_zone: None,
            },
            visibility,
            p,
        )
    };
    Team {
        id: EXAMPLE_ID.into(),
        official_name: f(EXAMPLE_NAME),
        short_name: Some(f("EX-CERT")),
        country: f("ZZZ"),
        host_organisation: Some(f("Example Ministry of Communications")),
        types: vec![
            Field::public(TeamType::National, p),
            Field::public(TeamType::Sector("energy".into()), p),
        ],
        established: d(2015, Month::March, 1).map(|d| Field::public(d, p)),
        languages: vec![f("en"), f("fr")],
        hours: Some(Field::public(
            Hours {
                text: "Monday to Friday 08:00-17:00, emergency phone at all hours".into(),
                time_zone: "Africa/Nairobi".into(),
            },
            p,
        )),
        websites: vec![f("https://cert.example.org/")],
        channels: vec![
            ch(
                ChannelKind::Email,
                "incidents@cert.example.org",
                &[Usage::Contact, Usage::Reports],
                Visibility::Public,
            ),
            ch(
                ChannelKind::Email,
                "abuse@cert.example.org",
                &[Usage::Abuse],
                Visibility::Public,
            ),
            ch(
                ChannelKind::Phone,
                "+1 202 555 0100",
                &[Usage::Contact],
                Visibility::Public,
            ),
            ch(
                ChannelKind::Phone,
                "+1 202 555 0199",
                &[Usage::Emergency],
                Visibility::Restricted,
            ),
            ch(
                ChannelKind::Url,
                "https://cert.example.org/report",
                &[Usage::Reports],
                Visibility::Public,
            ),
            ch(
                ChannelKind::Other("matrix".into()),
                "@cert:matrix.example.org",
                &[Usage::Contact],
                Visibility::Members,
            ),
        ],
        keys: vec![Field::public(
            key(
                "0123456789ABCDEF0123456789ABCDEF01234567".into(),
                d(2025, Month::January, 15),
                d(2027, Month::January, 15),
                Some("https://cert.example.org/pgp.asc".into()),
            ),
            p,
        )],
        constituency: Constituency {
            asns: vec![
                Field::public(64500, p),
                Field::new(64501, Visibility::Members, p),
            ],
            prefixes: vec![f("192.0.2.0/24"), f("2001:db8::/32")],
            domains: vec![f("example.org")],
            countries: vec![f("ZZZ")],
            sectors: vec![f("government"), f("energy")],
        },
        memberships: vec![
            Field::public(
                Membership {
                    network: Network::First,
                    status: MembershipStatus::Member,
                    since: d(2019, Month::May, 1),
                },
                p,
            ),
            Field::public(
                Membership {
                    network: Network::TrustedIntroducer,
                    status: MembershipStatus::Listed,
                    since: None,
                },
                p,
            ),
        ],
        contacts: vec![],
        rfc2350_updated: d(2025, Month::December, 1).map(|d| Field::public(d, p)),
    }
}

fn template_rows() -> Vec<Vec<String>> {
    vec![team_row(&example_team(OffsetDateTime::UNIX_EPOCH))]
}

/// The import template as CSV: the header row and one example row to delete.
pub fn template_csv() -> String {
    csv_of(&template_rows())
}

/// The import template as XLSX: the header row, one example row to delete, and the `read me`
/// sheet.
pub fn template_xlsx() -> Result<Vec<u8>, TableError> {
    xlsx_of(&template_rows())
}

/// A key from its parts; the one place a key is made here.
fn key(
    fingerprint: String,
    created: Option<Date>,
    expires: Option<Date>,
    url: Option<String>,
) -> Key {
    Key {
        fingerprint,
        created,
        expires,
        url,
        armored: None,
    }
}

// ---------------------------------------------------------------------------------------------
// Reading: bytes to rows
// ---------------------------------------------------------------------------------------------

/// Rows as (row number as a spreadsheet shows it, cells); the first is the header.
type Rows = Vec<(usize, Vec<String>)>;

/// The delimiter of a CSV file, guessed from its first line: `,`, `;` (Excel in locales that
/// write decimal commas) or a tab, whichever is most frequent outside quotes.
fn detect_delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

fn csv_rows(bytes: &[u8]) -> Result<Rows, Vec<TableError>> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(vec![TableError::file(
            "the file is UTF-16 text, not CSV: save it as \"CSV UTF-8\" and try again",
        )]);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let delimiter = detect_delimiter(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut lines = LineCounter::default();
    // Line breaks inside quoted cells do not start a spreadsheet row.
    let mut inner_breaks = 0usize;
    for record in reader.byte_records() {
        match record {
            Ok(record) => {
                let mut start = record.position().map_or(0, |p| p.byte() as usize);
                // After a CRLF the record may be said to start at its `\n`.
                while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
                    start += 1;
                }
                let line = lines.line_at(bytes, start);
                let row = line.saturating_sub(inner_breaks).max(1);
                let mut cells = Vec::with_capacity(record.len());
                for (c, cell) in record.iter().enumerate() {
                    inner_breaks += line_breaks(cell);
                    match std::str::from_utf8(cell) {
                        Ok(text) => cells.push(text.to_string()),
                        Err(_) => {
                            errors.push(TableError::at(
                                row,
                                Some(c),
                                None,
                                "the text is not UTF-8: save the file as \"CSV UTF-8\" and try again".into(),
                            ));
                            cells.push(String::from_utf8_lossy(cell).into_owned());
                        }
                    }
                }
                rows.push((row, cells));
            }
            Err(e) => {
                let row = e.position().map_or(0, |p| {
                    lines
                        .line_at(bytes, p.byte() as usize)
                        .saturating_sub(inner_breaks)
                });
                errors.push(TableError::at(
                    row,
                    None,
                    None,
                    format!("the CSV cannot be read: {e}"),
                ));
                break;
            }
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// Line breaks in `bytes`: `\n`, `\r\n` or a lone `\r`.
fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

/// The 1-based line of a byte offset, for offsets that only grow.
#[derive(Default)]
struct LineCounter {
    scanned: usize,
    breaks: usize,
}

impl LineCounter {
    fn line_at(&mut self, bytes: &[u8], offset: usize) -> usize {
        let offset = offset.min(bytes.len());
        if offset > self.scanned {
            let mut i = self.scanned;
            while i < offset {
                let b = bytes[i];
                if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    self.breaks += 1;
                }
                i += 1;
            }
            self.scanned = offset;
        }
        self.breaks + 1
    }
}

fn xlsx_rows(bytes: &[u8]) -> Result<Rows, Vec<TableError>> {
    // calamine can panic on a damaged workbook (the answers crate's fuzzing found one): a broken
    // file is the sender's to fix, so it becomes an error, not a crash.
    std::panic::catch_unwind(|| xlsx_rows_unchecked(bytes)).unwrap_or_else(|_| {
        Err(vec![TableError::file(
            "the file is not a readable XLSX workbook: its structure is damaged",
        )])
    })
}

fn xlsx_rows_unchecked(bytes: &[u8]) -> Result<Rows, Vec<TableError>> {
    use calamine::{Reader, Xlsx, open_workbook_from_rs};

    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| {
        vec![TableError::file(format!(
            "the file is not a readable XLSX workbook: {e}"
        ))]
    })?;
    let names = workbook.sheet_names();
    let sheet = names
        .iter()
        .find(|n| n.trim().eq_ignore_ascii_case(SHEET))
        .or_else(|| {
            names
                .iter()
                .find(|n| !n.trim().eq_ignore_ascii_case(README_SHEET))
        })
        .cloned()
        .ok_or_else(|| {
            vec![TableError::file(format!(
                "the workbook has no sheet named \"{SHEET}\""
            ))]
        })?;
    let range = workbook.worksheet_range(&sheet).map_err(|e| {
        vec![TableError::file(format!(
            "the sheet \"{sheet}\" cannot be read: {e}"
        ))]
    })?;
    let (first_row, first_col) = range
        .start()
        .map_or((0, 0), |(r, c)| (r as usize, c as usize));
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let mut cells = vec![String::new(); first_col];
        cells.extend(row.iter().map(cell_text));
        rows.push((first_row + i + 1, cells));
    }
    Ok(rows)
}

fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::Error(e) => format!("#ERROR {e:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading: rows to teams
// ---------------------------------------------------------------------------------------------

/// Reads teams from CSV bytes: UTF-8 with or without a byte-order mark, comma-, semicolon- or
/// tab-separated (guessed from the header line), any line ends. Every error, or the teams.
pub fn read_csv(bytes: &[u8], now: OffsetDateTime) -> Result<Vec<Team>, Vec<TableError>> {
    read_rows(csv_rows(bytes)?, now)
}

/// Reads teams from an XLSX workbook's `teams` sheet (or its first sheet other than `read me`).
/// Every error, or the teams.
pub fn read_xlsx(bytes: &[u8], now: OffsetDateTime) -> Result<Vec<Team>, Vec<TableError>> {
    read_rows(xlsx_rows(bytes)?, now)
}

fn header_key(text: &str) -> String {
    text.trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("_")
        .replace('-', "_")
}

fn is_blank(cells: &[String]) -> bool {
    cells.iter().all(|c| c.trim().is_empty())
}

fn read_rows(rows: Rows, now: OffsetDateTime) -> Result<Vec<Team>, Vec<TableError>> {
    let mut rows = rows.into_iter().filter(|(_, cells)| !is_blank(cells));
    let Some((header_row, head)) = rows.next() else {
        return Err(vec![TableError::file(format!(
            "the file is empty: it needs a header row naming the columns, such as {}",
            header().join(", ")
        ))]);
    };
    let mut errors = Vec::new();
    // Where each layout column is in the file.
    let mut position: [Option<usize>; N] = [None; N];
    let mut names: Vec<String> = Vec::with_capacity(head.len());
    for (i, raw) in head.iter().enumerate() {
        let key = header_key(raw);
        names.push(key.clone());
        if key.is_empty() {
            continue;
        }
        match COLUMNS.iter().position(|c| c.name == key) {
            Some(c) => match position[c] {
                Some(first) => errors.push(TableError::at(
                    header_row,
                    Some(i),
                    Some(&key),
                    format!(
                        "the column {key} is there twice (also column {}); keep one",
                        column_letter(first)
                    ),
                )),
                None => position[c] = Some(i),
            },
            None => errors.push(TableError::at(
                header_row,
                Some(i),
                Some(raw.trim()),
                format!(
                    "`{}` is not a column of the team sheet; the columns are {}",
                    raw.trim(),
                    header().join(", ")
                ),
            )),
        }
    }
    let mut missing = false;
    for (c, column) in COLUMNS.iter().enumerate() {
        if column.required && position[c].is_none() {
            missing = true;
            errors.push(TableError::at(
                header_row,
                None,
                None,
                format!(
                    "the header row has no {} column; country and official_name are required",
                    column.name
                ),
            ));
        }
    }
    if missing {
        // Every row would repeat it.
        return Err(errors);
    }
    // Unknown and doubled columns are reported, and the rows still read, so that every error
    // comes at once.
    let prov = Provenance::new(Source::ImportCsv, now);
    let mut teams = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for (row, cells) in rows {
        // Values under a column with no name.
        for (i, cell) in cells.iter().enumerate() {
            if !cell.trim().is_empty() && names.get(i).is_none_or(String::is_empty) {
                errors.push(TableError::at(
                    row,
                    Some(i),
                    None,
                    "this cell has a value, but its column has no name in the header row".into(),
                ));
            }
        }
        let mut reader = RowReader {
            row,
            cells: &cells,
            position: &position,
            prov,
            errors: Vec::new(),
            bad: [false; N],
            channel_columns: Vec::new(),
        };
        let Some(team) = reader.team() else {
            errors.append(&mut reader.errors);
            continue;
        };
        if let Some(&first) = ids.get(&team.id) {
            let column = if reader.cell(ID).is_empty() {
                OFFICIAL_NAME
            } else {
                ID
            };
            reader.error(
                column,
                format!(
                    "the team id `{}` is also the id of the team on row {first}; each team needs its own id",
                    team.id
                ),
            );
        } else {
            ids.insert(team.id.clone(), row);
        }
        for problem in team.validate() {
            if problem.path == "id" && team.official_name.value.trim().is_empty() {
                // No name, no id: the name's problem says it.
                continue;
            }
            let column = reader.column_of(&problem.path);
            // An empty name, country or id the reader already reported, in its words.
            if column.is_some_and(|c| [ID, COUNTRY, OFFICIAL_NAME].contains(&c) && reader.bad[c]) {
                continue;
            }
            let (letter, name) = match column {
                Some(c) => (position[c], Some(COLUMNS[c].name)),
                None => (None, None),
            };
            reader
                .errors
                .push(TableError::at(row, letter, name, problem.message));
        }
        errors.append(&mut reader.errors);
        teams.push(team);
    }
    if errors.is_empty() {
        Ok(teams)
    } else {
        errors.sort_by_key(|e| (e.row, e.letter.as_deref().map_or(0, letter_index)));
        Err(errors)
    }
}

/// Reads one row into a team, noting every error.
struct RowReader<'a> {
    row: usize,
    cells: &'a [String],
    position: &'a [Option<usize>; N],
    prov: Provenance,
    errors: Vec<TableError>,
    /// The columns with an error already reported.
    bad: [bool; N],
    /// The layout column each channel was first read from.
    channel_columns: Vec<usize>,
}

fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || y.len() != 4
        || m.len() != 2
        || d.len() != 2
        || ![y, m, d]
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
}

const TYPE_NAMES: &str =
    "national, government, academic, psirt, commercial, or sector:NAME (such as sector:energy)";
const NETWORK_NAMES: &str = "FIRST, TrustedIntroducer (or TI), AfricaCERT, APCERT, OIC-CERT, CSIRTsNetwork, or other (NAME)";
const STATUS_NAMES: &str =
    "member, applicant, former, listed, accredited, certified, or other (NAME)";

fn read_type(text: &str) -> Option<TeamType> {
    let lower = text.to_lowercase();
    if let Some(rest) = lower.strip_prefix("sector") {
        let rest = rest.trim_start();
        let name = rest.strip_prefix(':')?.trim();
        // The name as written, not lower-cased.
        let start = text.len() - name.len();
        let name = text.get(start..).unwrap_or(name).trim();
        return (!name.is_empty()).then(|| TeamType::Sector(name.to_string()));
    }
    Some(match lower.as_str() {
        "national" => TeamType::National,
        "government" => TeamType::Government,
        "academic" => TeamType::Academic,
        "psirt" => TeamType::Psirt,
        "commercial" => TeamType::Commercial,
        _ => return None,
    })
}

fn too_many(values: usize, keys: usize) -> String {
    let keys = match keys {
        0 => "no key fingerprint".to_string(),
        1 => "only 1 key fingerprint".to_string(),
        n => format!("only {n} key fingerprints"),
    };
    format!(
        "there are {values} values here but {keys}: write them in the same order as the fingerprints, one per key"
    )
}

/// `other (NAME)`, giving NAME.
fn other_name(text: &str) -> Option<&str> {
    text.get(..5).filter(|p| p.eq_ignore_ascii_case("other"))?;
    let inner = text[5..]
        .trim()
        .strip_prefix('(')?
        .strip_suffix(')')?
        .trim();
    (!inner.is_empty()).then_some(inner)
}

fn read_network(text: &str) -> Option<Network> {
    if let Some(name) = other_name(text) {
        return Some(Network::Other(name.to_string()));
    }
    let key: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    Some(match key.as_str() {
        "first" => Network::First,
        "trustedintroducer" | "ti" => Network::TrustedIntroducer,
        "africacert" => Network::AfricaCert,
        "apcert" => Network::Apcert,
        "oiccert" => Network::OicCert,
        "csirtsnetwork" => Network::CsirtsNetwork,
        _ => return None,
    })
}

fn read_status(text: &str) -> Option<MembershipStatus> {
    if let Some(name) = other_name(text) {
        return Some(MembershipStatus::Other(name.to_string()));
    }
    Some(match text.to_lowercase().as_str() {
        "listed" => MembershipStatus::Listed,
        "accredited" => MembershipStatus::Accredited,
        "certified" => MembershipStatus::Certified,
        "member" => MembershipStatus::Member,
        "applicant" => MembershipStatus::Applicant,
        "former" => MembershipStatus::Former,
        _ => return None,
    })
}

/// `ken` becomes `KEN`; anything but three ASCII letters stays as written, for the error.
fn country_code(code: String) -> String {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
        code.to_ascii_uppercase()
    } else {
        code
    }
}

fn read_usage(text: &str) -> Option<Usage> {
    Usage::ALL
        .into_iter()
        .find(|u| u.as_str().eq_ignore_ascii_case(text.trim()))
}

/// Splits a trailing `[time zone NAME]` off a channel value.
fn split_time_zone(text: &str) -> (&str, Option<&str>) {
    const MARK: &str = "[time zone";
    if text.ends_with(']') {
        let lower = text.to_ascii_lowercase();
        if let Some(at) = lower.rfind(MARK) {
            let tz = text[at + MARK.len()..text.len() - 1].trim();
            return (text[..at].trim_end(), Some(tz));
        }
    }
    (text, None)
}

/// A channel as read, before channels with the same value are merged.
struct ReadChannel {
    kind: ChannelKind,
    value: String,
    usage: Vec<Usage>,
    time_zone: Option<String>,
    visibility: Visibility,
    column: usize,
}

impl RowReader<'_> {
    /// The trimmed cell of a layout column; empty when the file has no such column.
    fn cell(&self, column: usize) -> &str {
        self.position[column]
            .and_then(|p| self.cells.get(p))
            .map_or("", |c| restore(c.trim()).trim())
    }

    fn error(&mut self, column: usize, message: String) {
        self.bad[column] = true;
        self.errors.push(TableError::at(
            self.row,
            self.position[column],
            Some(COLUMNS[column].name),
            message,
        ));
    }

    /// Takes a leading `[members]`, `[restricted]` or `[public]` off a value.
    fn visibility<'t>(&mut self, column: usize, text: &'t str) -> Option<(Visibility, &'t str)> {
        let text = text.trim();
        let Some(rest) = text.strip_prefix('[') else {
            return Some((Visibility::Public, text));
        };
        let Some((tag, value)) = rest.split_once(']') else {
            return Some((Visibility::Public, text));
        };
        let tag = tag.trim();
        if tag.is_empty() || !tag.chars().all(|c| c.is_alphabetic() || c == ' ') {
            return Some((Visibility::Public, text));
        }
        let visibility = match tag.to_lowercase().as_str() {
            "public" => Visibility::Public,
            "members" | "member" => Visibility::Members,
            "restricted" => Visibility::Restricted,
            _ => {
                self.error(
                    column,
                    format!(
                        "`[{tag}]` is not a visibility: start the value with [members] or [restricted], or with nothing for public"
                    ),
                );
                return None;
            }
        };
        Some((visibility, value.trim()))
    }

    /// The values of a list cell, each with its visibility; empty values are skipped.
    fn items(&mut self, column: usize) -> Vec<(Visibility, String)> {
        let text = self.cell(column).to_string();
        let mut out = Vec::new();
        for item in text.split(';') {
            if item.trim().is_empty() {
                continue;
            }
            if let Some((visibility, value)) = self.visibility(column, item) {
                if value.is_empty() {
                    self.error(
                        column,
                        format!("`{}` has a visibility but no value", item.trim()),
                    );
                } else {
                    out.push((visibility, value.to_string()));
                }
            }
        }
        out
    }

    fn texts(&mut self, column: usize) -> Vec<Field<String>> {
        self.items(column)
            .into_iter()
            .map(|(v, text)| Field::new(text, v, self.prov))
            .collect()
    }

    /// A single-valued cell with its visibility, or `None` when empty.
    fn single(&mut self, column: usize) -> Option<(Visibility, String)> {
        let text = self.cell(column).to_string();
        if text.is_empty() {
            return None;
        }
        let (visibility, value) = self.visibility(column, &text)?;
        if value.is_empty() {
            self.error(column, format!("`{text}` has a visibility but no value"));
            return None;
        }
        Some((visibility, value.to_string()))
    }

    fn text(&mut self, column: usize) -> Option<Field<String>> {
        self.single(column)
            .map(|(v, text)| Field::new(text, v, self.prov))
    }

    fn date_value(&mut self, column: usize, text: &str) -> Option<Date> {
        let date = parse_date(text);
        if date.is_none() {
            self.error(
                column,
                format!(
                    "`{text}` is not a date written YYYY-MM-DD, such as 2014-09-01 (if a spreadsheet program changed it, format the column as text)"
                ),
            );
        }
        date
    }

    fn date(&mut self, column: usize) -> Option<Field<Date>> {
        let (visibility, text) = self.single(column)?;
        let date = self.date_value(column, &text)?;
        Some(Field::new(date, visibility, self.prov))
    }

    /// Reads the row. `None` for the templates' example row, with its error noted.
    fn team(&mut self) -> Option<Team> {
        let official = self.cell(OFFICIAL_NAME);
        let id_text = self.cell(ID);
        let example_name = official.to_lowercase().contains("(delete this row)");
        if example_name || id_text == EXAMPLE_ID {
            let column = if example_name { OFFICIAL_NAME } else { ID };
            self.error(
                column,
                "this is the template's example row (Example CERT): delete it before importing"
                    .into(),
            );
            return None;
        }
        let prov = self.prov;
        let official_name = self
            .text(OFFICIAL_NAME)
            .unwrap_or_else(|| Field::public(String::new(), prov));
        let country = match self.single(COUNTRY) {
            Some((v, code)) => Field::new(country_code(code), v, prov),
            None => {
                if !self.bad[COUNTRY] {
                    self.error(
                        COUNTRY,
                        "the country is empty: write its ISO 3166-1 alpha-3 code, such as KEN"
                            .into(),
                    );
                }
                Field::public(String::new(), prov)
            }
        };
        let short_name = self.text(SHORT_NAME);
        let id = self.id(&official_name, short_name.as_ref());
        let host_organisation = self.text(HOST);
        let mut types = Vec::new();
        for (v, text) in self.items(TYPES) {
            match read_type(&text) {
                Some(t) => types.push(Field::new(t, v, prov)),
                None => self.error(
                    TYPES,
                    format!("`{text}` is not a team type; the types are {TYPE_NAMES}"),
                ),
            }
        }
        let established = self.date(ESTABLISHED);
        let languages = self.texts(LANGUAGES);
        let hours = self.hours();
        let websites = self.texts(WEBSITES);
        let channels = self.channels();
        let keys = self.keys();
        let mut asns = Vec::new();
        for (v, text) in self.items(ASNS) {
            let digits = text
                .strip_prefix("AS")
                .or_else(|| text.strip_prefix("as"))
                .or_else(|| text.strip_prefix("As"))
                .unwrap_or(&text)
                .trim();
            match digits.parse::<u32>() {
                Ok(n) if digits.bytes().all(|b| b.is_ascii_digit()) => {
                    asns.push(Field::new(n, v, prov))
                }
                _ => self.error(
                    ASNS,
                    format!(
                        "`{text}` is not an AS number: write digits, with or without AS, such as 64500 or AS64500"
                    ),
                ),
            }
        }
        let prefixes = self.texts(PREFIXES);
        let domains = self.texts(DOMAINS);
        let countries = self
            .texts(CONSTITUENCY_COUNTRIES)
            .into_iter()
            .map(|mut f| {
                f.value = country_code(std::mem::take(&mut f.value));
                f
            })
            .collect();
        let sectors = self.texts(CONSTITUENCY_SECTORS);
        let memberships = self.memberships();
        let rfc2350_updated = self.date(RFC2350_UPDATED);
        Some(Team {
            id,
            official_name,
            short_name,
            country,
            host_organisation,
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
            rfc2350_updated,
        })
    }

    fn id(&mut self, official: &Field<String>, short: Option<&Field<String>>) -> String {
        let written = self.cell(ID).to_string();
        if written.is_empty() {
            let made = short
                .map(|s| slug(&s.value))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| slug(&official.value));
            if made.is_empty() && !official.value.is_empty() {
                let column = if self.position[ID].is_some() {
                    ID
                } else {
                    OFFICIAL_NAME
                };
                self.error(
                    column,
                    "no team id can be made from the names (they have no Latin letters or digits): write one in the id column, such as eg-cert".into(),
                );
            }
            return made;
        }
        if slug(&written) != written {
            let better = slug(&written);
            let hint = if better.is_empty() {
                String::new()
            } else {
                format!(", such as {better}")
            };
            self.error(
                ID,
                format!(
                    "`{written}` is not a team id: use lower-case letters, digits and dashes, at most 60{hint}"
                ),
            );
        }
        written
    }

    fn hours(&mut self) -> Option<Field<Hours>> {
        let text = self.single(HOURS);
        let zone = self.single(TIME_ZONE);
        match (text, zone) {
            (None, None) => None,
            (Some(_), None) => {
                if !self.bad[TIME_ZONE] {
                    self.error(
                        HOURS,
                        "the hours need a time zone in the time_zone column, such as Africa/Nairobi or UTC".into(),
                    );
                }
                None
            }
            (text, Some((zone_visibility, time_zone))) => {
                let visibility = match &text {
                    Some((v, _))
                        if *v != zone_visibility && zone_visibility != Visibility::Public =>
                    {
                        self.error(
                            TIME_ZONE,
                            "the hours and their time zone have different visibilities: mark the hours only".into(),
                        );
                        *v
                    }
                    Some((v, _)) => *v,
                    None => zone_visibility,
                };
                Some(Field::new(
                    Hours {
                        text: text.map(|(_, t)| t).unwrap_or_default(),
                        time_zone,
                    },
                    visibility,
                    self.prov,
                ))
            }
        }
    }

    fn channels(&mut self) -> Vec<Field<Channel>> {
        let mut read: Vec<ReadChannel> = Vec::new();
        for (column, kind, usage) in CHANNEL_COLUMNS {
            for (visibility, text) in self.items(column) {
                let (value, time_zone) = split_time_zone(&text);
                if value.is_empty() {
                    self.error(column, format!("`{text}` has a time zone but no value"));
                    continue;
                }
                read.push(ReadChannel {
                    kind: kind.clone(),
                    value: value.to_string(),
                    usage: usage.into_iter().collect(),
                    time_zone: time_zone.map(str::to_string),
                    visibility,
                    column,
                });
            }
        }
        for (visibility, text) in self.items(OTHER_CHANNELS) {
            let Some((head, value)) = text.split_once(':') else {
                self.error(
                    OTHER_CHANNELS,
                    format!(
                        "`{text}` needs the kind of channel, a colon, then the value, such as matrix (contact): @cert:matrix.example.org"
                    ),
                );
                continue;
            };
            let (value, time_zone) = split_time_zone(value.trim());
            let (name, uses) = match head.split_once('(') {
                Some((name, uses)) => (name.trim(), Some(uses.trim().trim_end_matches(')'))),
                None => (head.trim(), None),
            };
            let mut usage = Vec::new();
            let mut good = true;
            for u in uses
                .unwrap_or("")
                .split(',')
                .filter(|u| !u.trim().is_empty())
            {
                match read_usage(u) {
                    Some(u) => usage.push(u),
                    None => {
                        good = false;
                        self.error(
                            OTHER_CHANNELS,
                            format!(
                                "`{}` is not a use of a channel; the uses are contact, emergency, abuse and reports",
                                u.trim()
                            ),
                        );
                    }
                }
            }
            if name.is_empty() || value.is_empty() {
                self.error(
                    OTHER_CHANNELS,
                    format!("`{text}` needs both the kind of channel and its value, such as matrix: @cert:matrix.example.org"),
                );
                continue;
            }
            if !good {
                continue;
            }
            let kind = match name.to_lowercase().as_str() {
                "email" | "e-mail" => ChannelKind::Email,
                "phone" => ChannelKind::Phone,
                "fax" => ChannelKind::Fax,
                "url" => ChannelKind::Url,
                _ => ChannelKind::Other(name.to_string()),
            };
            read.push(ReadChannel {
                kind,
                value: value.to_string(),
                usage,
                time_zone: time_zone.map(str::to_string),
                visibility,
                column: OTHER_CHANNELS,
            });
        }
        // The same kind and value in several columns is one channel with several uses.
        let mut out: Vec<Field<Channel>> = Vec::new();
        for r in read {
            let same = out
                .iter()
                .position(|c| c.value.kind == r.kind && c.value.value == r.value);
            match same {
                Some(i) => {
                    let first = self.channel_columns[i];
                    let where_first = format!(
                        "column {} ({})",
                        self.position[first].map(column_letter).unwrap_or_default(),
                        COLUMNS[first].name
                    );
                    if out[i].visibility != r.visibility {
                        self.error(
                            r.column,
                            format!(
                                "`{}` is also in {where_first} with another visibility: mark it the same way in both",
                                r.value
                            ),
                        );
                    } else if out[i].value.time_zone != r.time_zone {
                        self.error(
                            r.column,
                            format!(
                                "`{}` is also in {where_first} with another time zone: give it the same in both",
                                r.value
                            ),
                        );
                    }
                    let usages = &mut out[i].value.usages;
                    usages.extend(r.usage);
                    usages.sort();
                    usages.dedup();
                }
                None => {
                    let mut usages = r.usage;
                    usages.sort();
                    usages.dedup();
                    out.push(Field::new(
                        Channel {
                            kind: r.kind,
                            value: r.value,
                            usages,
                            time_zone: r.time_zone,
                        },
                        r.visibility,
                        self.prov,
                    ));
                    self.channel_columns.push(r.column);
                }
            }
        }
        out
    }

    /// The values of a positional list: empty places kept.
    fn places(&mut self, column: usize) -> Vec<String> {
        let text = self.cell(column);
        let mut places: Vec<String> = text.split(';').map(|p| p.trim().to_string()).collect();
        while places.last().is_some_and(String::is_empty) {
            places.pop();
        }
        places
    }

    fn keys(&mut self) -> Vec<Field<Key>> {
        let mut fingerprints = Vec::new();
        for (v, text) in self.items(KEY_FINGERPRINTS) {
            match normalise_fingerprint(&text) {
                Some(fp) => fingerprints.push(Some((v, fp))),
                None => {
                    fingerprints.push(None);
                    self.error(
                        KEY_FINGERPRINTS,
                        format!(
                            "`{text}` is not an OpenPGP fingerprint: 40 or 64 hexadecimal digits (0-9, A-F), spaces allowed"
                        ),
                    );
                }
            }
        }
        let n = fingerprints.len();
        let dates = |reader: &mut Self, column: usize| -> Vec<Option<Date>> {
            let places = reader.places(column);
            if places.len() > n {
                reader.error(column, too_many(places.len(), n));
            }
            places
                .iter()
                .map(|p| {
                    if p.is_empty() {
                        None
                    } else {
                        reader.date_value(column, p)
                    }
                })
                .collect()
        };
        let created = dates(self, KEY_CREATED);
        let expires = dates(self, KEY_EXPIRES);
        let urls = self.places(KEY_URLS);
        if urls.len() > n {
            self.error(KEY_URLS, too_many(urls.len(), n));
        }
        let mut out = Vec::new();
        for (i, fp) in fingerprints.into_iter().enumerate() {
            let Some((visibility, fingerprint)) = fp else {
                continue;
            };
            let url = urls.get(i).filter(|u| !u.is_empty()).cloned();
            out.push(Field::new(
                key(
                    fingerprint,
                    created.get(i).copied().flatten(),
                    expires.get(i).copied().flatten(),
                    url,
                ),
                visibility,
                self.prov,
            ));
        }
        out
    }

    fn memberships(&mut self) -> Vec<Field<Membership>> {
        let mut out = Vec::new();
        for (v, text) in self.items(MEMBERSHIPS) {
            let parts: Vec<&str> = text.split(':').map(str::trim).collect();
            if !(2..=3).contains(&parts.len()) {
                self.error(
                    MEMBERSHIPS,
                    format!(
                        "`{text}` is not a membership: write network:status or network:status:since, such as FIRST:member:2019-05-01"
                    ),
                );
                continue;
            }
            let network = read_network(parts[0]);
            if network.is_none() {
                self.error(
                    MEMBERSHIPS,
                    format!(
                        "`{}` is not a network; the networks are {NETWORK_NAMES}",
                        parts[0]
                    ),
                );
            }
            let status = read_status(parts[1]);
            if status.is_none() {
                self.error(
                    MEMBERSHIPS,
                    format!(
                        "`{}` is not a membership status; the statuses are {STATUS_NAMES}",
                        parts[1]
                    ),
                );
            }
            let since = match parts.get(2).filter(|s| !s.is_empty()) {
                Some(s) => match self.date_value(MEMBERSHIPS, s) {
                    Some(d) => Some(d),
                    None => continue,
                },
                None => None,
            };
            if let (Some(network), Some(status)) = (network, status) {
                out.push(Field::new(
                    Membership {
                        network,
                        status,
                        since,
                    },
                    v,
                    self.prov,
                ));
            }
        }
        out
    }

    /// The layout column a [`Team::validate`] path points into.
    fn column_of(&self, path: &str) -> Option<usize> {
        let head = path.split(['.', '[']).next().unwrap_or("");
        let index = || {
            path.split_once('[')
                .and_then(|(_, rest)| rest.split_once(']'))
                .and_then(|(i, _)| i.parse::<usize>().ok())
        };
        Some(match head {
            "id" => {
                if self.position[ID].is_some() {
                    ID
                } else {
                    OFFICIAL_NAME
                }
            }
            "official_name" => OFFICIAL_NAME,
            "short_name" => SHORT_NAME,
            "country" => COUNTRY,
            "host_organisation" => HOST,
            "types" => TYPES,
            "established" => ESTABLISHED,
            "languages" => LANGUAGES,
            "hours" if path.ends_with("time_zone") => TIME_ZONE,
            "hours" => HOURS,
            "websites" => WEBSITES,
            "channels" => *self.channel_columns.get(index()?)?,
            "keys" if path.ends_with(".created") => KEY_CREATED,
            "keys" if path.ends_with(".expires") => KEY_EXPIRES,
            "keys" if path.ends_with(".url") => KEY_URLS,
            "keys" => KEY_FINGERPRINTS,
            "constituency" => match path.split(['.', '[']).nth(1).unwrap_or("") {
                "asns" => ASNS,
                "prefixes" => PREFIXES,
                "domains" => DOMAINS,
                "countries" => CONSTITUENCY_COUNTRIES,
                "sectors" => CONSTITUENCY_SECTORS,
                _ => return None,
            },
            "memberships" => MEMBERSHIPS,
            "rfc2350_updated" => RFC2350_UPDATED,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
        for i in [0, 5, 25, 26, 27, 700, 702, 16383] {
            assert_eq!(letter_index(&column_letter(i)), i + 1);
        }
    }

    #[test]
    fn columns_are_in_their_constants_order() {
        assert_eq!(COLUMNS[ID].name, "id");
        assert_eq!(COLUMNS[EMAIL].name, "email");
        assert_eq!(COLUMNS[OTHER_CHANNELS].name, "other_channels");
        assert_eq!(COLUMNS[KEY_URLS].name, "key_urls");
        assert_eq!(COLUMNS[RFC2350_UPDATED].name, "rfc2350_updated");
        for (c, kind, usage) in CHANNEL_COLUMNS {
            let name = match usage {
                Some(u) => format!("{}_{}", kind_text(&kind), u.as_str()),
                None => kind_text(&kind).to_string(),
            };
            assert_eq!(COLUMNS[c].name, name);
        }
    }

    #[test]
    fn dates_types_and_memberships() {
        assert!(parse_date("2014-09-01").is_some());
        assert!(parse_date("2014-9-1").is_none());
        assert!(parse_date("01/09/2014").is_none());
        assert!(parse_date("2014-02-30").is_none());
        assert_eq!(
            read_type("Sector: Energy"),
            Some(TeamType::Sector("Energy".into()))
        );
        assert_eq!(read_type("sector:"), None);
        assert_eq!(read_network("TI"), Some(Network::TrustedIntroducer));
        assert_eq!(read_network("oic-cert"), Some(Network::OicCert));
        assert_eq!(
            read_network("other (SADC network)"),
            Some(Network::Other("SADC network".into()))
        );
        assert_eq!(read_network("FRIST"), None);
        assert_eq!(
            split_time_zone("+1 2 [time zone UTC]"),
            ("+1 2", Some("UTC"))
        );
    }
}
