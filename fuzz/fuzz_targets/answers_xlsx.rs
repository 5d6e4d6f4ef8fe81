//! The XLSX answer reader (calamine underneath): never panics; accepted answers survive the
//! publication writer and the CSV reader unchanged.
#![no_main]

use cyberindex_answers::Format;
use cyberindex_fuzz::{check_answers, cirt, gca};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // The reader turns a panic inside calamine (which overflows on some damaged cell
        // references) into an error with `catch_unwind`. libFuzzer's hook would abort before that
        // unwinding, so panics located in calamine are let through to the reader; every other
        // panic still aborts and is reported.
        let aborting = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if info
                .location()
                .is_some_and(|l| l.file().contains("/calamine-"))
            {
                return;
            }
            aborting(info);
        }));
    },
    |data: &[u8]| {
        check_answers(gca(), data, Format::Xlsx);
        check_answers(cirt(), data, Format::Xlsx);
    }
);
