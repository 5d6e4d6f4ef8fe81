//! Evidence files, content-addressed by SHA-256, on local disk or in S3-compatible object storage.
//!
//! [`Blobs`] is the one place that reads and writes evidence files; the server (uploads,
//! downloads, the static export, `/readyz`) and the command line (`fsck`, `db copy`) go through
//! it. A file is stored under the key `ab/abcdef…`: the first two hex digits of its SHA-256, a
//! slash, then the whole hash in lower-case hex. On local disk (the default, `DATA/evidence`) the
//! key is the path below the evidence directory, the layout every installation already has; in
//! S3 it is the object's name below the configured prefix.
//!
//! Every method streams: a file is never held whole in memory, on the way in or out. A key that
//! is not a SHA-256 in lower-case hex is refused before it reaches the store, so no caller can
//! name a path outside it.
//!
//! What this crate must never do: log or display a credential. [`S3Settings`] keeps the secret
//! key and session token out of `Debug` and `Serialize`, and [`Blobs`]'s `Display` names only
//! the bucket, prefix and endpoint.

mod check;
mod settings;
pub mod testing;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::BoxStream;
use futures_util::{StreamExt, TryStreamExt};
use object_store::local::LocalFileSystem;
use object_store::path::Path as Key;
use object_store::{GetResultPayload, ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncRead, AsyncReadExt};

pub use check::{Corrupt, Report, check};
pub use settings::{S3Settings, SettingsError, parse_location};

/// Bytes read and sent at a time, and the buffer a download holds at most.
const CHUNK: usize = 64 * 1024;

/// Files up to this size go to S3 in one request; larger ones in parts of this size (S3's
/// smallest part is 5 MiB).
const PART: usize = 8 * 1024 * 1024;

/// What went wrong with the evidence store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The key is not a SHA-256 in lower-case hex.
    #[error("`{0}` is not a SHA-256 in lower-case hex")]
    BadKey(String),
    /// The content written does not hash to the key it was to be stored under.
    #[error("the content's SHA-256 is {actual}, not {expected}: nothing was stored")]
    HashMismatch { expected: String, actual: String },
    /// The store did not answer, refused the request, or the disk failed.
    #[error("the evidence store failed: {0}")]
    Store(#[from] object_store::Error),
    /// Reading the content to store failed.
    #[error("reading the file to store failed: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A file's content as a stream of chunks, with its size.
pub struct Blob {
    pub size: u64,
    pub stream: BoxStream<'static, std::io::Result<Bytes>>,
}

impl std::fmt::Debug for Blob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Blob").field("size", &self.size).finish()
    }
}

/// Where the files are, as shown to operators (never with a credential).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Place {
    Local(PathBuf),
    S3 {
        bucket: String,
        prefix: String,
        endpoint: Option<String>,
    },
}

/// The evidence store: local disk or an S3 bucket (with an optional prefix). Cheap to clone.
#[derive(Debug, Clone)]
pub struct Blobs {
    store: Arc<dyn ObjectStore>,
    place: Place,
    /// Where an upload waits, on local disk, until it is kept: the evidence directory itself
    /// for local storage (so keeping it is a rename), else a folder of the data directory.
    staging: PathBuf,
}

impl std::fmt::Display for Blobs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.place {
            Place::Local(dir) => write!(f, "local directory {}", dir.display()),
            Place::S3 {
                bucket,
                prefix,
                endpoint,
            } => {
                write!(f, "s3://{bucket}")?;
                if !prefix.is_empty() {
                    write!(f, "/{prefix}")?;
                }
                if let Some(endpoint) = endpoint {
                    write!(f, " at {endpoint}")?;
                }
                Ok(())
            }
        }
    }
}

/// Whether `key` is a SHA-256 in lower-case hex (the only keys the store holds).
pub fn is_sha256(key: &str) -> bool {
    key.len() == 64 && key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Where a file with this hash lives below a local evidence directory (`ab/abcd…`).
pub fn path_of(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(&sha256[..2]).join(sha256)
}

/// The SHA-256 of some bytes, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn key_of(sha256: &str) -> Result<Key> {
    if !is_sha256(sha256) {
        return Err(Error::BadKey(sha256.chars().take(80).collect()));
    }
    Ok(Key::from_iter([&sha256[..2], sha256]))
}

/// The hash a key names, when the key has the store's shape (`ab/abcd…`).
fn sha_of(key: &Key) -> Option<String> {
    let parts: Vec<_> = key.parts().collect();
    match parts.as_slice() {
        [dir, file] if is_sha256(file.as_ref()) && file.as_ref().starts_with(dir.as_ref()) => {
            Some(file.as_ref().to_string())
        }
        _ => None,
    }
}

impl Blobs {
    /// Local storage in `dir` (created when missing), with today's layout.
    pub fn local(dir: impl Into<PathBuf>) -> Result<Self> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        let store = LocalFileSystem::new_with_prefix(&dir)?.with_fsync(true);
        Ok(Self {
            store: Arc::new(store),
            staging: dir.clone(),
            place: Place::Local(dir),
        })
    }

    /// The evidence store an installation is configured with: `location` (`evidence_store`,
    /// such as `s3://bucket/prefix`) with `settings`, or, without a location, local storage in
    /// `local_dir`. `staging` is a local folder for uploads in progress when the files go to S3.
    pub fn open(
        location: Option<&str>,
        settings: &S3Settings,
        local_dir: &Path,
        staging: &Path,
    ) -> Result<Self, SettingsError> {
        let Some(location) = location.filter(|l| !l.trim().is_empty()) else {
            return Self::local(local_dir).map_err(|e| SettingsError::Local(e.to_string()));
        };
        let (bucket, prefix) = parse_location(location)?;
        // One TLS crypto provider for the process, as the server's webhooks use.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let store = settings
            .builder()
            .with_bucket_name(&bucket)
            .build()
            .map_err(|e| SettingsError::Build(e.to_string()))?;
        let store: Arc<dyn ObjectStore> = if prefix.is_empty() {
            Arc::new(store)
        } else {
            Arc::new(object_store::prefix::PrefixStore::new(
                store,
                prefix.as_str(),
            ))
        };
        Ok(Self {
            store,
            staging: staging.to_path_buf(),
            place: Place::S3 {
                bucket,
                prefix,
                endpoint: settings.endpoint.clone(),
            },
        })
    }

    /// The local evidence directory, when the files are on local disk.
    pub fn local_dir(&self) -> Option<&Path> {
        match &self.place {
            Place::Local(dir) => Some(dir),
            Place::S3 { .. } => None,
        }
    }

    /// A local folder where an upload may wait until it is kept with [`Blobs::put_file`]; on
    /// local storage it is the evidence directory, so keeping is a rename.
    pub fn staging_dir(&self) -> &Path {
        &self.staging
    }

    /// Stores the local file `file`, whose SHA-256 the caller computed as `sha256`, under that
    /// hash, and removes `file`. On local storage the file is renamed into place (it must be in
    /// [`Blobs::staging_dir`]); to S3 it is streamed, in parts when large, and its hash checked
    /// again on the way. A file already stored under the hash is kept as it is.
    pub async fn put_file(&self, sha256: &str, file: &Path) -> Result<()> {
        key_of(sha256)?;
        if self.exists(sha256).await? {
            let _ = tokio::fs::remove_file(file).await;
            return Ok(());
        }
        if let Place::Local(dir) = &self.place {
            let target = path_of(dir, sha256);
            if let Some(parent) = target.parent() {
                tokio::fs::create_dir_all(parent).await?;
            }
            if tokio::fs::rename(file, &target).await.is_ok() {
                return Ok(());
            }
        }
        let source = tokio::fs::File::open(file).await?;
        self.put_reader(sha256, source).await?;
        let _ = tokio::fs::remove_file(file).await;
        Ok(())
    }

    /// Stores what `reader` gives under `sha256`, streaming it (in parts when large), and
    /// refuses it, storing nothing, when its SHA-256 is not `sha256`. Returns the bytes stored.
    /// For `restore`, `db copy` and any other copy into the store.
    pub async fn put_reader(
        &self,
        sha256: &str,
        mut reader: impl AsyncRead + Unpin,
    ) -> Result<u64> {
        let key = key_of(sha256)?;
        let mut hasher = Sha256::new();
        let mut first = Vec::with_capacity(CHUNK);
        let mut size: u64 = 0;
        // The first part: small files go in one request.
        let mut buf = vec![0u8; CHUNK];
        let mut ended = false;
        while first.len() < PART {
            let n = reader.read(&mut buf).await?;
            if n == 0 {
                ended = true;
                break;
            }
            hasher.update(&buf[..n]);
            first.extend_from_slice(&buf[..n]);
            size += n as u64;
        }
        if ended {
            let actual = hex::encode(hasher.finalize());
            if actual != sha256 {
                return Err(Error::HashMismatch {
                    expected: sha256.to_string(),
                    actual,
                });
            }
            self.store.put(&key, PutPayload::from(first)).await?;
            return Ok(size);
        }
        let upload = self.store.put_multipart(&key).await?;
        let mut parts = WriteMultipart::new_with_chunk_size(upload, PART);
        parts.write(&first);
        drop(first);
        let outcome: Result<()> = async {
            loop {
                let n = reader.read(&mut buf).await?;
                if n == 0 {
                    break;
                }
                hasher.update(&buf[..n]);
                size += n as u64;
                parts.wait_for_capacity(2).await?;
                parts.write(&buf[..n]);
            }
            Ok(())
        }
        .await;
        if let Err(e) = outcome {
            let _ = parts.abort().await;
            return Err(e);
        }
        let actual = hex::encode(hasher.finalize());
        if actual != sha256 {
            let _ = parts.abort().await;
            return Err(Error::HashMismatch {
                expected: sha256.to_string(),
                actual,
            });
        }
        parts.finish().await?;
        Ok(size)
    }

    /// Stores a stream of chunks under `sha256` (as [`Blobs::put_reader`]).
    pub async fn put_stream(
        &self,
        sha256: &str,
        stream: BoxStream<'static, std::io::Result<Bytes>>,
    ) -> Result<u64> {
        self.put_reader(sha256, tokio_util_reader(stream)).await
    }

    /// The file stored under `sha256`, as a stream of chunks of at most 64 KiB; `None` when there
    /// is none.
    pub async fn get(&self, sha256: &str) -> Result<Option<Blob>> {
        let key = key_of(sha256)?;
        let result = match self.store.get(&key).await {
            Ok(result) => result,
            Err(object_store::Error::NotFound { .. }) => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let size = result.meta.size;
        let stream = match result.payload {
            GetResultPayload::File(file, _) => file_chunks(tokio::fs::File::from_std(file)),
            GetResultPayload::Stream(stream) => stream.map_err(std::io::Error::other).boxed(),
        };
        Ok(Some(Blob { size, stream }))
    }

    /// The size of the file stored under `sha256`; `None` when there is none.
    pub async fn head(&self, sha256: &str) -> Result<Option<u64>> {
        let key = key_of(sha256)?;
        match self.store.head(&key).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Whether a file is stored under `sha256`.
    pub async fn exists(&self, sha256: &str) -> Result<bool> {
        Ok(self.head(sha256).await?.is_some())
    }

    /// The SHA-256 of every file stored, in order. Anything else in the store (an upload in
    /// progress, a file of another shape) is left out.
    pub async fn list(&self) -> Result<BTreeSet<String>> {
        let mut found = BTreeSet::new();
        let mut listing = self.store.list(None);
        while let Some(meta) = listing.next().await {
            let meta = match meta {
                Ok(meta) => meta,
                // A file removed while the listing ran.
                Err(object_store::Error::NotFound { .. }) => continue,
                Err(e) => return Err(e.into()),
            };
            if let Some(sha) = sha_of(&meta.location) {
                found.insert(sha);
            }
        }
        Ok(found)
    }

    /// Removes the file stored under `sha256` (nothing happens when there is none).
    pub async fn delete(&self, sha256: &str) -> Result<()> {
        let key = key_of(sha256)?;
        match self.store.delete(&key).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// The SHA-256 of the content stored under `sha256`, read as a stream (a file whose hash
    /// differs from its key is damaged); `None` when there is none.
    pub async fn hash(&self, sha256: &str) -> Result<Option<String>> {
        let Some(mut blob) = self.get(sha256).await? else {
            return Ok(None);
        };
        let mut hasher = Sha256::new();
        while let Some(chunk) = blob.stream.next().await {
            hasher.update(&chunk?);
        }
        Ok(Some(hex::encode(hasher.finalize())))
    }

    /// Whether the store takes a write: a small object is written and removed. For `/readyz`
    /// and `config check`; the error names the place but holds no credential.
    pub async fn probe(&self) -> Result<(), String> {
        let name = format!(".ready-{}", random_suffix());
        if let Place::Local(dir) = &self.place {
            let dir = dir.clone();
            let probe = dir.join(&name);
            return tokio::task::spawn_blocking(move || {
                let named = |e: std::io::Error| format!("{}: {e}", dir.display());
                std::fs::create_dir_all(&dir).map_err(named)?;
                std::fs::write(&probe, b"ready?").map_err(named)?;
                std::fs::remove_file(&probe).map_err(named)
            })
            .await
            .map_err(|e| format!("the probe did not finish: {e}"))?;
        }
        let key = Key::from(name.as_str());
        self.store
            .put(&key, PutPayload::from_static(b"ready?"))
            .await
            .map_err(|e| format!("{self}: {e}"))?;
        self.store
            .delete(&key)
            .await
            .map_err(|e| format!("{self}: {e}"))
    }
}

/// A name no other probe uses at the same time.
fn random_suffix() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!(
        "{}-{nanos}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// A local file as a stream of chunks of at most [`CHUNK`] bytes. The stream is fused: a body
/// wrapper (the compression layer) may poll it again after its end, and then it says again that
/// it has ended instead of panicking mid-response.
fn file_chunks(file: tokio::fs::File) -> BoxStream<'static, std::io::Result<Bytes>> {
    futures_util::stream::unfold(file, |mut file| async move {
        let mut buf = vec![0u8; CHUNK];
        match file.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(Bytes::from(buf)), file))
            }
            Err(e) => Some((Err(e), file)),
        }
    })
    .fuse()
    .boxed()
}

/// A stream of chunks read as an [`AsyncRead`].
fn tokio_util_reader(stream: BoxStream<'static, std::io::Result<Bytes>>) -> impl AsyncRead + Unpin {
    StreamReader {
        stream,
        current: Bytes::new(),
    }
}

struct StreamReader {
    stream: BoxStream<'static, std::io::Result<Bytes>>,
    current: Bytes,
}

impl AsyncRead for StreamReader {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        use std::task::Poll;
        while self.current.is_empty() {
            match self.stream.poll_next_unpin(cx) {
                Poll::Ready(Some(Ok(chunk))) => self.current = chunk,
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Err(e)),
                Poll::Ready(None) => return Poll::Ready(Ok(())),
                Poll::Pending => return Poll::Pending,
            }
        }
        let n = self.current.len().min(buf.remaining());
        buf.put_slice(&self.current.split_to(n));
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(label: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("cyberindex-blobs-{label}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn keys_are_hashes_only() {
        let sha = sha256_hex(b"x");
        assert_eq!(
            key_of(&sha).unwrap().as_ref(),
            format!("{}/{sha}", &sha[..2])
        );
        for bad in ["", "../etc/passwd", &sha.to_uppercase(), &sha[..63], "zz"] {
            assert!(matches!(key_of(bad), Err(Error::BadKey(_))), "{bad}");
        }
        assert_eq!(
            sha_of(&Key::from(format!("{}/{sha}", &sha[..2]).as_str())),
            Some(sha.clone())
        );
        assert_eq!(sha_of(&Key::from(format!("ff/{sha}").as_str())), None);
        assert_eq!(sha_of(&Key::from("upload-abc")), None);
    }

    #[tokio::test]
    async fn local_storage_keeps_todays_layout_and_streams_large_files() {
        let dir = temp("local");
        let blobs = Blobs::local(&dir).unwrap();
        // Larger than one part, not a multiple of a chunk.
        let content: Vec<u8> = (0..(PART + 3 * CHUNK + 17))
            .map(|i| (i % 251) as u8)
            .collect();
        let sha = sha256_hex(&content);
        assert_eq!(
            blobs.put_reader(&sha, content.as_slice()).await.unwrap(),
            content.len() as u64
        );
        assert_eq!(std::fs::read(path_of(&dir, &sha)).unwrap(), content);
        let blob = blobs.get(&sha).await.unwrap().unwrap();
        assert_eq!(blob.size, content.len() as u64);
        let chunks: Vec<Bytes> = blob.stream.try_collect().await.unwrap();
        assert!(chunks.iter().all(|c| c.len() <= CHUNK));
        assert_eq!(chunks.concat(), content);
        assert_eq!(blobs.hash(&sha).await.unwrap(), Some(sha.clone()));
        // A wrong hash stores nothing.
        let other = sha256_hex(b"other");
        assert!(matches!(
            blobs.put_reader(&other, &b"not other"[..]).await,
            Err(Error::HashMismatch { .. })
        ));
        assert!(!blobs.exists(&other).await.unwrap());
        // Staged uploads are renamed into place; stray files are not listed.
        let staged = blobs.staging_dir().join("upload-1");
        std::fs::write(&staged, b"small").unwrap();
        std::fs::write(blobs.staging_dir().join("upload-2"), b"left over").unwrap();
        let small = sha256_hex(b"small");
        blobs.put_file(&small, &staged).await.unwrap();
        assert!(!staged.exists());
        assert_eq!(
            blobs.list().await.unwrap(),
            BTreeSet::from([sha.clone(), small.clone()])
        );
        blobs.delete(&sha).await.unwrap();
        blobs.delete(&sha).await.unwrap();
        assert_eq!(blobs.get(&sha).await.unwrap().map(|b| b.size), None);
        assert_eq!(blobs.list().await.unwrap(), BTreeSet::from([small]));
        blobs.probe().await.unwrap();
        assert_eq!(
            blobs.to_string(),
            format!("local directory {}", dir.display())
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
