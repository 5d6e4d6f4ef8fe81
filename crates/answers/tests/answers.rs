//! The answer readers: CSV and XLSX give the same answers; the country list is whole.

use cyberindex_answers::{Format, countries};
use cyberindex_engine::Framework;
use rust_xlsxwriter::Workbook;

fn gca() -> Framework {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../frameworks/gca-national-index.toml"
    ))
    .unwrap();
    cyberindex_framework::read(&source).unwrap()
}

#[test]
fn country_master_list_is_whole() {
    let list = countries::builtin();
    assert_eq!(list.len(), 194);
    let count = |region: &str| list.iter().filter(|c| c.itu_region == region).count();
    assert_eq!(
        [
            count("Africa"),
            count("Americas"),
            count("Arab States"),
            count("Asia-Pacific"),
            count("CIS"),
            count("Europe")
        ]
        .iter()
        .sum::<usize>(),
        194
    );
    assert_eq!(list.iter().filter(|c| c.lldc).count(), 32);
    for c in list {
        assert!(c.alpha2.len() == 2 && c.numeric.len() == 3, "{c:?}");
        for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
            assert!(!c.name(lang).is_empty(), "{} has no {lang} name", c.alpha3);
        }
    }
    assert_eq!(countries::by_alpha3("KEN").unwrap().itu_region, "Africa");
    assert_eq!(countries::by_alpha3("VAT").unwrap().name_en, "Holy See");
}

#[test]
fn country_list_errors_name_rows() {
    let bad = "alpha2,alpha3,numeric,name_en,name_fr,name_es,name_ar,name_zh,name_ru,itu_region,m49_region,m49_subregion,ldc,sids,lldc\n\
               KE,KEN,404,Kenya,Kenya,Kenya,كينيا,肯尼亚,Кения,Africa,Africa,Sub-Saharan Africa,0,0,0\n\
               KE,KEN,404,Kenya,Kenya,Kenya,كينيا,肯尼亚,Кения,Mars,Africa,Sub-Saharan Africa,2,0,0\n";
    let errors = countries::parse(bad).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 3, "{text:?}");
    assert!(text.iter().all(|t| t.starts_with("row 3")), "{text:?}");
}

#[test]
fn xlsx_and_csv_give_the_same_answers() {
    let framework = gca();
    let csv = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/demo/gca-demo-answers.csv"
    ))
    .unwrap();
    let from_csv = cyberindex_answers::read(&framework, &csv, Format::Csv).unwrap();

    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("answers").unwrap();
    let mut reader = csv::Reader::from_reader(&csv[..]);
    for (c, h) in reader.headers().unwrap().iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    for (r, record) in reader.records().enumerate() {
        for (c, cell) in record.unwrap().iter().enumerate() {
            // Numbers are written as numbers, as a spreadsheet user would type them.
            match cell.parse::<f64>() {
                Ok(x) => sheet.write_number(r as u32 + 1, c as u16, x).unwrap(),
                Err(_) => sheet.write_string(r as u32 + 1, c as u16, cell).unwrap(),
            };
        }
    }
    let bytes = workbook.save_to_buffer().unwrap();
    let from_xlsx = cyberindex_answers::read(&framework, &bytes, Format::Xlsx).unwrap();
    assert_eq!(from_csv.units, from_xlsx.units);
    assert_eq!(from_csv.rows, from_xlsx.rows);
}

#[test]
fn xlsx_errors_use_spreadsheet_row_numbers() {
    let framework = gca();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in [
        ["unit", "question", "value"],
        ["KEN", "LEG1.1", "in-place"],
        ["KEN", "CAP2.4", "many"],
    ]
    .iter()
    .enumerate()
    {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    let errors = cyberindex_answers::read(
        &framework,
        &workbook.save_to_buffer().unwrap(),
        Format::Xlsx,
    )
    .unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].row, 3);
    assert_eq!(errors[0].column.as_deref(), Some("value"));
    assert!(
        errors[0].message.contains("`many` is not a number"),
        "{}",
        errors[0]
    );
}

/// Found by the `answers_csv` fuzz target: a unit id starting with `#` (accepted where
/// `units = "any"`) was written unquoted and read back as a comment line, so the row vanished.
/// Every file cyberindex writes goes through `cell::writer`, which quotes such a first cell.
#[test]
fn units_starting_with_a_hash_survive_writing_and_reading() {
    let framework = cyberindex_framework::read(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../frameworks/examples/cirt-maturity.toml"
        ))
        .unwrap(),
    )
    .unwrap();
    for unit in ["#x", "# team", "#", "x#", "'#x", "=#x"] {
        let mut writer = cyberindex_answers::cell::writer();
        writer.write_record(["unit", "question", "value"]).unwrap();
        writer
            .write_record(cyberindex_answers::cell::neutralise_all([
                unit, "ORG1.1", "yes",
            ]))
            .unwrap();
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        let file = cyberindex_answers::read(&framework, text.as_bytes(), Format::Csv)
            .unwrap_or_else(|e| panic!("{unit:?}: {e:?}\n{text}"));
        let units: Vec<&str> = file.units.iter().map(|u| u.unit.as_str()).collect();
        assert_eq!(units, [unit], "written as:\n{text}");
    }
}

/// Damaged workbooks found by the `answers_xlsx` fuzz target (`tests/xlsx/*.xlsx`): each is
/// refused with an error for the file as a whole, never a panic.
#[test]
fn damaged_workbooks_are_errors_not_panics() {
    let framework = gca();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/xlsx");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let errors = cyberindex_answers::read(&framework, &bytes, Format::Xlsx)
            .expect_err(&path.display().to_string());
        assert_eq!(errors.len(), 1, "{}: {errors:?}", path.display());
        assert_eq!(errors[0].row, 0, "{}: {errors:?}", path.display());
        assert!(
            errors[0]
                .message
                .starts_with("not a readable XLSX workbook"),
            "{}: {errors:?}",
            path.display()
        );
        seen += 1;
    }
    assert!(seen > 0);
}

#[test]
fn country_search_matches_codes_and_names_in_six_languages() {
    use cyberindex_answers::countries::{builtin, fold, search};
    let codes = |q: &str| -> Vec<String> {
        search(builtin(), q)
            .into_iter()
            .map(|c| c.alpha3.clone())
            .collect()
    };
    assert_eq!(fold("Côte d’Ivoire ÉTATS"), "cote d’ivoire etats");
    // ISO codes, either case.
    assert_eq!(codes("ken")[0], "KEN");
    assert_eq!(codes("KE")[0], "KEN");
    // Names in each of the six languages, without diacritics.
    for name in ["kenya", "كينيا", "肯尼亚", "кения", "肯尼"] {
        assert_eq!(
            codes(name).first().map(String::as_str),
            Some("KEN"),
            "{name}"
        );
    }
    assert!(codes("cote d").contains(&"CIV".to_string()));
    // Exact matches first, then names that start with the query, then the rest.
    let n = codes("nig");
    assert!(
        n.contains(&"NER".to_string()) && n.contains(&"NGA".to_string()),
        "{n:?}"
    );
    let guinea = codes("guinea");
    assert_eq!(guinea[0], "GIN", "{guinea:?}");
    assert!(guinea.contains(&"GNB".to_string()) && guinea.contains(&"PNG".to_string()));
    assert!(codes("").is_empty() && codes("   ").is_empty());
    assert!(codes("zzzz").is_empty());
}
