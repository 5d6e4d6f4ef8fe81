//! Evidence files: streamed to a local staging file while hashed, refused past the size limit,
//! typed by their content (never by the name or the declared type), refused when a passive type
//! holds markup, and stored under their SHA-256 in the evidence store (`cyberindex_blobs`: local
//! disk or S3) only once the evidence record is written (a refused upload leaves nothing
//! behind). The uploaded name is kept only as metadata, cleaned, and never used as a path.

use std::path::{Path, PathBuf};

use axum::extract::multipart::Field;
use cyberindex_blobs::Blobs;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::error::{AppError, AppResult};

/// A stored upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub sha256: String,
    pub size: i64,
    pub media_type: String,
    pub file_name: String,
}

/// Accepted kinds, recognised by their first bytes (and, for container formats, the extension).
pub fn sniff(head: &[u8], name: &str) -> Option<&'static str> {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if head.starts_with(b"%PDF-") {
        return Some("application/pdf");
    }
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some("image/png");
    }
    if head.starts_with(b"\xFF\xD8\xFF") {
        return Some("image/jpeg");
    }
    if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        return Some("image/gif");
    }
    if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        return Some("image/webp");
    }
    if head.starts_with(b"PK\x03\x04") {
        return match ext.as_str() {
            "docx" => {
                Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            }
            "xlsx" => Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "pptx" => {
                Some("application/vnd.openxmlformats-officedocument.presentationml.presentation")
            }
            "odt" => Some("application/vnd.oasis.opendocument.text"),
            "ods" => Some("application/vnd.oasis.opendocument.spreadsheet"),
            "odp" => Some("application/vnd.oasis.opendocument.presentation"),
            _ => None,
        };
    }
    if head.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return match ext.as_str() {
            "doc" => Some("application/msword"),
            "xls" => Some("application/vnd.ms-excel"),
            "ppt" => Some("application/vnd.ms-powerpoint"),
            _ => None,
        };
    }
    let text = matches!(ext.as_str(), "txt" | "csv")
        && !head.contains(&0)
        && utf8_prefix(head)
        && !head.trim_ascii_start().starts_with(b"<");
    match (text, ext.as_str()) {
        (true, "csv") => Some("text/csv"),
        (true, _) => Some("text/plain"),
        _ => None,
    }
}

/// Valid UTF-8, allowing a character cut at the end of the sniffed prefix.
fn utf8_prefix(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

/// The uploaded name, cleaned for display and for the download's `Content-Disposition`.
pub fn clean_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '(' | ')'))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_string();
    let cleaned: String = cleaned
        .chars()
        .rev()
        .take(120)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if cleaned.is_empty() {
        "evidence".to_string()
    } else {
        cleaned
    }
}

/// Where a file with this hash lives below a local evidence directory (the one definition is
/// `cyberindex_blobs::path_of`; tests and `db copy` name it through here too).
pub use cyberindex_blobs::path_of;

/// How far into a file [`holds_markup`] looks: the first KB, the part a browser or a careless
/// static host would sniff.
pub const MARKUP_WINDOW: usize = 1024;

/// Whether the first KB holds web-page markup (`<script`, `<html` or `<svg`, in any case). A
/// file of a passive type (PDF, image, office document, text) that holds it is a polyglot that
/// some host may one day serve as a page, so it is refused.
pub fn holds_markup(head: &[u8]) -> bool {
    let window = head[..head.len().min(MARKUP_WINDOW)].to_ascii_lowercase();
    [&b"<script"[..], b"<html", b"<svg"]
        .iter()
        .any(|markup| window.windows(markup.len()).any(|w| w == *markup))
}

/// A file being uploaded, in a temporary file of the staging directory until it is kept.
/// Dropping it removes the temporary file, so an upload that is refused, at any step and even
/// when the client goes away mid-request, leaves nothing on disk.
#[derive(Debug)]
struct TempFile(Option<PathBuf>);

impl TempFile {
    fn path(&self) -> &Path {
        self.0.as_deref().unwrap_or(Path::new(""))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// A checked upload, not yet kept: [`PendingUpload::keep`] stores it under its SHA-256 once the
/// evidence record is written; dropping it removes it.
#[derive(Debug)]
pub struct PendingUpload {
    pub file: StoredFile,
    temp: TempFile,
    evidence: Blobs,
}

impl PendingUpload {
    /// Stores the file under its SHA-256: a rename on local disk, streamed (in parts when large)
    /// to S3. When the same content is already kept, the copy goes.
    pub async fn keep(mut self) -> AppResult<StoredFile> {
        self.evidence
            .put_file(&self.file.sha256, self.temp.path())
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
        self.temp.0 = None;
        Ok(self.file.clone())
    }
}

/// Streams an upload to a temporary file of the evidence store's staging directory, hashing
/// it, and checks its size, its type (by content) and that it holds no markup. Nothing is kept
/// until [`PendingUpload::keep`].
pub async fn store_upload(
    evidence: &Blobs,
    mut field: Field<'_>,
    limit: u64,
) -> AppResult<PendingUpload> {
    let dir = evidence.staging_dir();
    let declared = field.file_name().unwrap_or("").to_string();
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let temp = TempFile(Some(
        dir.join(format!("upload-{}", crate::auth::random_token())),
    ));
    let mut file = tokio::fs::File::create(temp.path())
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    let mut head: Vec<u8> = Vec::with_capacity(8192);
    while let Some(chunk) = field
        .chunk()
        .await
        .map_err(|e| AppError::bad("file", crate::msg!("error-upload-interrupted", detail = e)))?
    {
        size += chunk.len() as u64;
        if size > limit {
            return Err(AppError::TooLarge(crate::msg!(
                "error-file-too-large",
                size = limit / (1024 * 1024)
            )));
        }
        if head.len() < 8192 {
            let take = (8192 - head.len()).min(chunk.len());
            head.extend_from_slice(&chunk[..take]);
        }
        hasher.update(&chunk);
        file.write_all(&chunk)
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
    }
    file.sync_all()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    drop(file);
    if size == 0 {
        return Err(AppError::bad("file", crate::msg!("error-file-empty")));
    }
    let Some(media_type) = sniff(&head, &declared) else {
        return Err(AppError::UnsupportedMedia(crate::msg!("error-file-type")));
    };
    if holds_markup(&head) {
        return Err(AppError::UnsupportedMedia(crate::msg!("error-file-markup")));
    }
    let sha256 = hex::encode(hasher.finalize());
    Ok(PendingUpload {
        evidence: evidence.clone(),
        file: StoredFile {
            sha256,
            size: size as i64,
            media_type: media_type.to_string(),
            file_name: clean_name(&declared),
        },
        temp,
    })
}

/// How a reviewer's browser can show a stored file in the page, by the type found in its
/// content at upload: images in an `<img>`, PDFs in a frame. Nothing else is ever served inline
/// (no HTML, no SVG, no office documents): those stay attachments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preview {
    Image,
    Pdf,
}

impl Preview {
    pub fn of(media_type: &str) -> Option<Self> {
        match media_type {
            "image/png" | "image/jpeg" | "image/gif" | "image/webp" => Some(Self::Image),
            "application/pdf" => Some(Self::Pdf),
            _ => None,
        }
    }
}

/// `Content-Disposition` for a download: an attachment, with an ASCII fallback name and the
/// UTF-8 name encoded.
pub fn content_disposition(name: &str) -> String {
    disposition("attachment", name)
}

/// `Content-Disposition` for a preview in the page ([`Preview`] types only).
pub fn inline_disposition(name: &str) -> String {
    disposition("inline", name)
}

fn disposition(kind: &str, name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_content() {
        assert_eq!(sniff(b"%PDF-1.7 ...", "law.exe"), Some("application/pdf"));
        assert_eq!(sniff(b"MZ\x90\x00", "law.pdf"), None);
        assert_eq!(sniff(b"<html><script>", "notes.txt"), None);
        assert_eq!(sniff(b"plain words", "notes.txt"), Some("text/plain"));
        assert_eq!(
            sniff(b"PK\x03\x04rest", "report.docx").map(|m| m.contains("wordprocessing")),
            Some(true)
        );
        assert_eq!(sniff(b"PK\x03\x04rest", "archive.zip"), None);
        assert_eq!(sniff(b"<svg onload=alert(1)>", "pic.svg"), None);
    }

    #[test]
    fn markup_in_the_first_kilobyte_is_found_in_any_case() {
        assert!(holds_markup(b"%PDF-1.7\n<script>alert(1)</script>"));
        assert!(holds_markup(b"\x89PNG\r\n\x1a\n<SVG onload=x>"));
        assert!(holds_markup(b"GIF89a <HtMl>"));
        assert!(!holds_markup(b"%PDF-1.7 a law about scripts and html"));
        let mut late = b"%PDF-1.7\n".to_vec();
        late.resize(MARKUP_WINDOW, b' ');
        late.extend_from_slice(b"<script>");
        assert!(!holds_markup(&late));
        late.truncate(MARKUP_WINDOW - 4);
        late.extend_from_slice(b"<svg");
        assert!(holds_markup(&late));
    }

    #[test]
    fn names_never_become_paths() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("..\\..\\windows\\system.ini"), "system.ini");
        assert_eq!(clean_name("/"), "evidence");
        assert_eq!(clean_name("..."), "evidence");
        assert_eq!(clean_name("Loi n°12 (2024).pdf"), "Loi n12 (2024).pdf");
        assert_eq!(clean_name("قانون.pdf"), "قانون.pdf");
        assert_eq!(
            content_disposition("a b\".pdf"),
            "attachment; filename=\"a_b_.pdf\"; filename*=UTF-8''a%20b%22.pdf"
        );
    }
}
