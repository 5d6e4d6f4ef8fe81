//! The framework reader: never panics; every diagnostic points inside the source; an accepted
//! framework has every invariant the engine relies on, and scores demo answers within its range.
#![no_main]

use cyberindex_fuzz::{check_framework_invariants, check_scoring, note};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    match cyberindex_framework::read(source) {
        Err(diagnostics) => {
            assert!(
                !diagnostics.is_empty(),
                "an error result without diagnostics"
            );
            for d in &diagnostics {
                assert!(
                    d.span.start <= d.span.end
                        && source.is_char_boundary(d.span.start)
                        && source.is_char_boundary(d.span.end),
                    "span {:?} outside the source ({} bytes): {}",
                    d.span,
                    source.len(),
                    d.message
                );
                assert!(!d.message.is_empty() && !d.help.is_empty(), "{d:?}");
            }
            note(format_args!("{} diagnostics", diagnostics.len()));
            let text = cyberindex_framework::render("fuzz.toml", source, &diagnostics);
            assert!(text.contains("fuzz.toml:"), "{text}");
        }
        Ok(framework) => {
            note(format_args!(
                "accepted: {} questions",
                framework.questions.len()
            ));
            check_framework_invariants(&framework);
            let resolved = cyberindex_framework::resolved::resolve(&framework);
            assert_eq!(resolved.questions.len(), framework.questions.len());
            check_scoring(&framework);
        }
    }
});
