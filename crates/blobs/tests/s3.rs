//! The evidence store on a real S3-compatible server (moto, started by the test): files stored
//! in one request and in parts come back byte-identical as streams, a wrong hash stores nothing,
//! listing skips what is not evidence, the check finds missing, damaged and unreferenced files,
//! and the probe fails on a bucket that is not there.

use std::collections::BTreeSet;

use cyberindex_blobs::testing::Moto;
use cyberindex_blobs::{Blobs, Corrupt, Error, S3Settings, check, sha256_hex};
use futures_util::TryStreamExt;

fn open(moto: &Moto, location: &str) -> Blobs {
    let staging = std::env::temp_dir().join(format!("cyberindex-blobs-s3-{}", std::process::id()));
    Blobs::open(Some(location), &moto.settings(), &staging, &staging).unwrap()
}

async fn read_all(blobs: &Blobs, sha: &str) -> Option<Vec<u8>> {
    let blob = blobs.get(sha).await.unwrap()?;
    let chunks: Vec<bytes::Bytes> = blob.stream.try_collect().await.unwrap();
    assert!(chunks.len() > 1 || blob.size < 64 * 1024);
    Some(chunks.concat())
}

#[tokio::test]
async fn files_round_trip_through_s3_and_the_check_finds_every_problem() {
    let Some(moto) = Moto::start() else { return };
    moto.create_bucket("evidence");
    let blobs = open(&moto, "s3://evidence/site-a");
    assert!(
        blobs
            .to_string()
            .starts_with("s3://evidence/site-a at http://127.0.0.1:")
    );
    blobs.probe().await.unwrap();

    // One small file (one request) and one of 8 MiB and a bit (in parts).
    let small = b"%PDF-1.7\nthe national strategy\n".to_vec();
    let large: Vec<u8> = (0..(8 * 1024 * 1024 + 100_003))
        .map(|i| (i * 7 % 253) as u8)
        .collect();
    for content in [&small, &large] {
        let sha = sha256_hex(content);
        assert_eq!(
            blobs.put_reader(&sha, content.as_slice()).await.unwrap(),
            content.len() as u64
        );
        assert_eq!(blobs.head(&sha).await.unwrap(), Some(content.len() as u64));
        assert_eq!(read_all(&blobs, &sha).await.as_ref(), Some(content));
    }
    // A staged upload is streamed to S3 and its local copy removed.
    let staged_dir =
        std::env::temp_dir().join(format!("cyberindex-blobs-s3-up-{}", std::process::id()));
    std::fs::create_dir_all(&staged_dir).unwrap();
    let staged = staged_dir.join("upload-1");
    let third = b"question,answer\nq1,yes\n".to_vec();
    std::fs::write(&staged, &third).unwrap();
    blobs.put_file(&sha256_hex(&third), &staged).await.unwrap();
    assert!(!staged.exists());
    let _ = std::fs::remove_dir_all(&staged_dir);

    // A wrong hash stores nothing, small or in parts.
    for content in [&small[..], &large[..]] {
        let claimed = sha256_hex(b"something else");
        let error = blobs.put_reader(&claimed, content).await.unwrap_err();
        assert!(matches!(error, Error::HashMismatch { .. }), "{error}");
        assert!(!blobs.exists(&claimed).await.unwrap());
    }

    // Other objects of the bucket are not evidence: outside the prefix, or not a hash.
    moto.put_raw("evidence", "site-b/aa/whatever", b"x");
    moto.put_raw("evidence", "site-a/notes.txt", b"x");
    let shas: BTreeSet<String> = [&small, &large, &third]
        .iter()
        .map(|c| sha256_hex(c))
        .collect();
    assert_eq!(blobs.list().await.unwrap(), shas);

    // The check: one referenced file lost, one damaged, one extra; one referenced that never was.
    let lost = sha256_hex(&small);
    let damaged = sha256_hex(&third);
    let extra = sha256_hex(b"an upload whose record was never written");
    let never = sha256_hex(b"never stored");
    blobs.delete(&lost).await.unwrap();
    // (moto lets an unsigned request create an object, not replace one.)
    blobs.delete(&damaged).await.unwrap();
    moto.put_raw(
        "evidence",
        &format!("site-a/{}/{damaged}", &damaged[..2]),
        b"tampered",
    );
    blobs
        .put_reader(&extra, &b"an upload whose record was never written"[..])
        .await
        .unwrap();
    let referenced: BTreeSet<String> = [
        lost.clone(),
        damaged.clone(),
        sha256_hex(&large),
        never.clone(),
    ]
    .into();
    let stored = blobs.list().await.unwrap();
    let report = check(&blobs, &stored, &referenced).await.unwrap();
    let mut missing = vec![lost, never];
    missing.sort();
    assert_eq!(report.missing, missing);
    assert_eq!(
        report.corrupt,
        [Corrupt {
            sha256: damaged,
            actual: sha256_hex(b"tampered")
        }]
    );
    assert_eq!(report.unreferenced, std::slice::from_ref(&extra));
    assert_eq!((report.referenced, report.stored), (4, 3));
    assert!(report.damaged());
    blobs.delete(&extra).await.unwrap();
    assert!(!blobs.exists(&extra).await.unwrap());
}

#[tokio::test]
async fn the_probe_fails_on_a_missing_bucket_and_names_no_secret() {
    let Some(moto) = Moto::start() else { return };
    let blobs = open(&moto, "s3://not-there");
    let problem = blobs.probe().await.unwrap_err();
    assert!(problem.contains("s3://not-there"), "{problem}");
    assert!(
        !problem.contains(cyberindex_blobs::testing::SECRET_ACCESS_KEY),
        "{problem}"
    );
    // Without credentials anywhere, a bad location is refused before any request.
    let error = Blobs::open(
        Some("file:///tmp"),
        &S3Settings::default(),
        std::path::Path::new("/tmp"),
        std::path::Path::new("/tmp"),
    )
    .unwrap_err();
    assert!(error.to_string().contains("evidence_store"), "{error}");
}
