//! The CSV answer reader, against a country framework and an any-unit framework: errors name a
//! row of the file; accepted answers survive the publication writer and the reader unchanged.
#![no_main]

use cyberindex_answers::Format;
use cyberindex_fuzz::{check_answers, cirt, gca};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check_answers(gca(), data, Format::Csv);
    check_answers(cirt(), data, Format::Csv);
});
