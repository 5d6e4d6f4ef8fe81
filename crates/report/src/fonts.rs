//! The fonts a report is typeset with, loaded explicitly.
//!
//! Typst embeds only Latin fonts (Libertinus Serif, New Computer Modern, DejaVu Sans Mono):
//! Chinese would come out as empty boxes, and Arabic would depend on whatever the machine has.
//! So every report names its three families, Noto Sans, Noto Naskh Arabic and Noto Sans CJK SC,
//! and [`Fonts`] refuses to exist without all three.
//!
//! The machine's own files are preferred (they cover everything); for every family the machine
//! lacks, the subsets [`SHIPPED`] with the project stand in (`crates/report/fonts/README.md`
//! says how they were made and what they cover). A character no face has is listed at the end
//! of the report ([`Fonts::uncovered`]), never left as a silent blank box.
//!
//! Reading font files is the only IO of this crate, and only of the files it finds under the
//! folders it is given ([`Fonts::from_dirs`]; [`Fonts::discover`] gives the system's folders).

use std::path::{Path, PathBuf};

use typst::foundations::Bytes;
use typst::text::Font;

use crate::ReportError;

/// A font family a report needs, and where it is found.
#[derive(Debug, Clone, Copy)]
pub struct Family {
    /// The typographic family name, as the template names it.
    pub name: &'static str,
    /// The file names it comes in (regular first), as Debian installs them.
    pub files: &'static [&'static str],
    /// The Debian package that installs it.
    pub package: &'static str,
}

/// The families every report needs: Latin, Cyrillic and Greek; Arabic; Chinese.
pub const FAMILIES: [Family; 3] = [
    Family {
        name: "Noto Sans",
        files: &["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"],
        package: "fonts-noto-core",
    },
    Family {
        name: "Noto Naskh Arabic",
        files: &["NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"],
        package: "fonts-noto-core",
    },
    Family {
        name: "Noto Sans CJK SC",
        files: &[
            "NotoSansCJK-Regular.ttc",
            "NotoSansCJK-Bold.ttc",
            "NotoSansCJKsc-Regular.otf",
            "NotoSansCJKsc-Bold.otf",
            "NotoSansSC-Regular.otf",
            "NotoSansSC-Bold.otf",
        ],
        package: "fonts-noto-cjk",
    },
];

/// The fonts that ship with cyberindex (`crates/report/fonts`), by file name: subsets of the
/// [`FAMILIES`] made by `scripts/subset-fonts`, under the SIL Open Font License 1.1.
pub const SHIPPED: [(&str, &[u8]); 6] = [
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoNaskhArabic-Regular.ttf",
        include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold.ttf",
        include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    (
        "NotoSansCJKsc-Regular.otf",
        include_bytes!("../fonts/NotoSansCJKsc-Regular.otf"),
    ),
    (
        "NotoSansCJKsc-Bold.otf",
        include_bytes!("../fonts/NotoSansCJKsc-Bold.otf"),
    ),
];

/// Where a family's faces came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The machine's file.
    System(PathBuf),
    /// The subset shipped with the project ([`SHIPPED`]).
    Shipped,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::System(path) => write!(f, "{}", path.display()),
            Source::Shipped => f.write_str("shipped subset"),
        }
    }
}

/// The folders [`Fonts::discover`] searches (and their sub-folders).
pub const SYSTEM_DIRS: [&str; 2] = ["/usr/share/fonts", "/usr/local/share/fonts"];

/// The loaded faces of the [`FAMILIES`]. Cheap to clone (the font data is shared).
#[derive(Clone)]
pub struct Fonts {
    pub(crate) faces: Vec<Font>,
    /// Per family of [`FAMILIES`], in order: where its faces came from.
    sources: Vec<(&'static str, Source)>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.faces.iter().map(|face| &face.info().family))
            .finish()
    }
}

impl Fonts {
    /// The system's fonts ([`SYSTEM_DIRS`]) where it has them, the shipped ones for the rest.
    pub fn discover() -> Result<Self, ReportError> {
        let dirs: Vec<PathBuf> = SYSTEM_DIRS.iter().map(PathBuf::from).collect();
        Self::from_dirs(&dirs)
    }

    /// Only the subsets shipped with the project ([`SHIPPED`]), whatever the machine has.
    pub fn shipped() -> Self {
        Self::from_dirs(&[]).expect("the shipped fonts hold every family (tests/fonts.rs)")
    }

    /// The fonts from files named as in [`FAMILIES`] under `dirs` (searched recursively, in
    /// order; the first file of a name wins); a family with no file there comes from
    /// [`SHIPPED`].
    pub fn from_dirs(dirs: &[PathBuf]) -> Result<Self, ReportError> {
        let mut data = Vec::new();
        let mut sources = Vec::new();
        for family in &FAMILIES {
            let found: Vec<PathBuf> = family
                .files
                .iter()
                .filter_map(|file| dirs.iter().find_map(|d| find(d, file, 4)))
                .collect();
            let before = data.len();
            for path in &found {
                let bytes = std::fs::read(path).map_err(|e| ReportError::FontFile {
                    path: path.clone(),
                    message: e.to_string(),
                })?;
                // A collection or a file of another family holds no face of this one.
                if Font::iter(Bytes::new(bytes.clone())).any(|f| f.info().family == family.name) {
                    data.push(bytes);
                }
            }
            if data.len() > before {
                sources.push((family.name, Source::System(found[0].clone())));
            } else {
                data.extend(
                    SHIPPED
                        .iter()
                        .filter(|(file, _)| family.files.contains(file))
                        .map(|(_, bytes)| bytes.to_vec()),
                );
                sources.push((family.name, Source::Shipped));
            }
        }
        let mut fonts = Self::from_data(data)?;
        fonts.sources = sources;
        Ok(fonts)
    }

    /// Per family of [`FAMILIES`]: where its faces came from.
    pub fn sources(&self) -> &[(&'static str, Source)] {
        &self.sources
    }

    /// The fonts from font files' contents (TrueType, OpenType or collections): keeps the faces
    /// of the [`FAMILIES`] and fails on the first family with no face.
    pub fn from_data(files: Vec<Vec<u8>>) -> Result<Self, ReportError> {
        let mut faces = Vec::new();
        for data in files {
            for face in Font::iter(Bytes::new(data)) {
                if FAMILIES.iter().any(|f| f.name == face.info().family) {
                    faces.push(face);
                }
            }
        }
        for family in &FAMILIES {
            if !faces.iter().any(|f| f.info().family == family.name) {
                return Err(ReportError::MissingFont {
                    family: family.name,
                    package: family.package,
                });
            }
        }
        Ok(Self {
            faces,
            sources: Vec::new(),
        })
    }

    /// The characters of `text` that no loaded face has (white space and format controls
    /// aside), each once, in order of appearance: Typst would draw them as empty boxes.
    pub fn uncovered(&self, text: &str) -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for c in text.chars() {
            if c.is_whitespace() || c.is_control() || is_format(c) || out.contains(&c) {
                continue;
            }
            if !self
                .faces
                .iter()
                .any(|f| f.info().coverage.contains(c as u32))
            {
                out.push(c);
            }
        }
        out
    }

    /// The family names of the loaded faces, one per face.
    pub fn families(&self) -> Vec<&str> {
        self.faces
            .iter()
            .map(|f| f.info().family.as_str())
            .collect()
    }
}

/// The first file called `name` under `dir`, at most `depth` folders down.
fn find(dir: &Path, name: &str, depth: usize) -> Option<PathBuf> {
    let direct = dir.join(name);
    if direct.is_file() {
        return Some(direct);
    }
    if depth == 0 {
        return None;
    }
    let mut subdirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    subdirs.sort();
    subdirs.iter().find_map(|d| find(d, name, depth - 1))
}

/// Invisible format characters (bidi controls, joiners) that need no glyph.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}
