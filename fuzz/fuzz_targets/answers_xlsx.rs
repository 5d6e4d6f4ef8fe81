//! The XLSX answer reader (calamine underneath): never panics; accepted answers survive the
//! publication writer and the CSV reader unchanged.
#![no_main]

use cyberindex_answers::Format;
use cyberindex_fuzz::{check_answers, cirt, gca};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check_answers(gca(), data, Format::Xlsx);
    check_answers(cirt(), data, Format::Xlsx);
});
