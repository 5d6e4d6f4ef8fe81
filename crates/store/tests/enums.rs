//! The enums the store keeps as text: the spelling the database reads and writes (derived by
//! `sqlx::Type`) is the spelling the rest of cyberindex uses (`as_str`, `FromStr`, serde), for
//! every variant, on the real database (and on PostgreSQL too when `TEST_POSTGRES_URL` is set).

use cyberindex_store::{
    AssessmentKind, AssessmentStatus, Decision, DeskPolicy, DrillLevel, DrillMode, DrillStatus,
    EvaluationResult, InjectStatus, Level, LinkPurpose, LinkRole, MaturityEvidenceKind, Provenance,
    RoadmapStatus, Role, Status,
};
use sqlx::Connection;

/// What the database stores for `value`, and what it reads back from `as_str`.
macro_rules! round_trip {
    ($conn:expr, $value:expr) => {{
        let stored: String = sqlx::query_scalar("SELECT $1")
            .bind($value)
            .fetch_one(&mut *$conn)
            .await
            .unwrap();
        assert_eq!(
            stored,
            $value.as_str(),
            "{:?} is stored as {stored}",
            $value
        );
        let read = sqlx::query_scalar("SELECT $1")
            .bind($value.as_str())
            .fetch_one(&mut *$conn)
            .await
            .unwrap();
        assert_eq!($value, read, "`{}` reads back as {read:?}", $value.as_str());
    }};
}

/// The JSON spelling of `value` (serde) is its `as_str`.
macro_rules! same_json {
    ($value:expr) => {{
        assert_eq!(
            serde_json::to_string(&$value).unwrap(),
            format!("\"{}\"", $value.as_str())
        );
    }};
}

macro_rules! every_enum {
    ($conn:expr) => {{
        for l in Level::ALL {
            round_trip!($conn, l);
            same_json!(l);
            assert_eq!(l.as_str().parse::<Level>(), Ok(l));
        }
        assert_eq!("n/a".parse::<Level>(), Ok(Level::NotApplicable));
        for k in AssessmentKind::ALL {
            round_trip!($conn, k);
            same_json!(k);
            assert_eq!(k.as_str().parse::<AssessmentKind>(), Ok(k));
        }
        for s in AssessmentStatus::ALL {
            round_trip!($conn, s);
            same_json!(s);
            assert_eq!(s.as_str().parse::<AssessmentStatus>(), Ok(s));
        }
        for k in MaturityEvidenceKind::ALL {
            round_trip!($conn, k);
            same_json!(k);
        }
        for s in RoadmapStatus::ALL {
            round_trip!($conn, s);
            same_json!(s);
            assert_eq!(RoadmapStatus::parse(s.as_str()), Some(s));
        }
        macro_rules! drill_enum {
            ($t:ty) => {
                for v in <$t>::ALL.iter().copied() {
                    round_trip!($conn, v);
                    same_json!(v);
                    assert_eq!(v.as_str().parse::<$t>(), Ok(v));
                    assert_eq!(v.to_string(), v.as_str());
                }
            };
        }
        drill_enum!(DrillLevel);
        drill_enum!(DrillMode);
        drill_enum!(DrillStatus);
        drill_enum!(LinkRole);
        drill_enum!(InjectStatus);
        drill_enum!(EvaluationResult);
        for role in Role::ALL {
            round_trip!($conn, role);
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        for status in Status::ALL {
            round_trip!($conn, status);
            assert_eq!(status.as_str().parse::<Status>(), Ok(status));
        }
        for p in [
            Provenance::Country,
            Provenance::Secretariat,
            Provenance::CarriedForward,
        ] {
            round_trip!($conn, p);
            assert_eq!(p.as_str().parse::<Provenance>(), Ok(p));
        }
        for d in [Decision::Accept, Decision::Clarify, Decision::Reject] {
            round_trip!($conn, d);
            assert_eq!(d.as_str().parse::<Decision>(), Ok(d));
        }
        for d in [DeskPolicy::KeepDraft, DeskPolicy::DropDraft] {
            round_trip!($conn, d);
            assert_eq!(d.as_str().parse::<DeskPolicy>(), Ok(d));
        }
        for l in [LinkPurpose::Invitation, LinkPurpose::Reset] {
            round_trip!($conn, l);
        }
        // A spelling no variant has is damaged data, not a default.
        let unknown: Result<Status, _> = sqlx::query_scalar("SELECT 'half-done'")
            .fetch_one(&mut *$conn)
            .await;
        assert!(
            unknown.is_err(),
            "an unknown status was read as {unknown:?}"
        );
    }};
}

#[tokio::test]
async fn every_variant_is_stored_as_its_name() {
    let (url, _dir) = cyberindex_store::testing::fresh_database("enums").await;
    if url.starts_with("postgres") {
        let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
        every_enum!(&mut conn);
    } else {
        let mut conn = sqlx::SqliteConnection::connect(&format!("{url}?mode=rwc"))
            .await
            .unwrap();
        every_enum!(&mut conn);
    }
    cyberindex_store::testing::drop_database(&url);
}
