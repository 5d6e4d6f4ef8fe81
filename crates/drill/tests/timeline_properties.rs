//! Properties of the live timeline on the shipped scenario: whatever the facilitator edits,
//! released injects keep their times and their order, the timeline is in time order, and no
//! held, skipped or released inject is ever ready.

use std::collections::BTreeMap;

use cyberindex_drill::file;
use cyberindex_drill::model::Timing;
use cyberindex_drill::timeline::{self, Edit, State};
use proptest::prelude::*;

const SHIPPED: &str = include_str!("../../../scenarios/health-ransomware.toml");

proptest! {
    #[test]
    fn edits_move_only_unreleased_injects(
        released_count in 0usize..12,
        edits in proptest::collection::vec((0usize..12, 0u32..20_000, any::<bool>(), any::<bool>()), 0..12),
        now in 0u32..20_000,
    ) {
        let s = file::read(SHIPPED).unwrap();
        let ids: Vec<String> = s.injects.iter().map(|i| i.id.clone()).collect();
        let released: BTreeMap<String, u32> = s.injects[..released_count]
            .iter()
            .map(|i| (i.id.clone(), i.timing.seconds_from_start(0)))
            .collect();
        let mut changes = BTreeMap::new();
        for (i, at, held, skipped) in edits {
            if timeline::editable(&released, &ids[i]) {
                changes.insert(ids[i].clone(), Edit { timing: Some(Timing::Offset(at)), held, skipped });
            }
        }
        let progress = BTreeMap::new();
        let plain = timeline::rows(&s, 0, now, &BTreeMap::new(), &released, &progress);
        let edited = timeline::rows(&s, 0, now, &changes, &released, &progress);
        let out = |rows: &[timeline::Row]| -> Vec<(String, u32)> {
            rows.iter()
                .filter(|r| matches!(r.state, State::Released(_)))
                .map(|r| (r.inject.clone(), r.at))
                .collect()
        };
        prop_assert_eq!(out(&plain), out(&edited));
        prop_assert!(edited.windows(2).all(|w| w[0].at <= w[1].at));
        prop_assert_eq!(edited.len(), ids.len());
        for id in timeline::ready(&edited) {
            prop_assert!(!released.contains_key(id));
            let e = changes.get(id).copied().unwrap_or_default();
            prop_assert!(!e.held && !e.skipped);
        }
    }
}
