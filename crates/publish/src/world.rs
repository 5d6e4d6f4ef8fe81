//! The world map: Natural Earth country shapes, projected and simplified once into
//! `data/world.tsv` (see `data/README.md` for the source, licence and how to regenerate it).

use std::sync::OnceLock;

/// How a country is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// An SVG path in map coordinates.
    Path(String),
    /// A point, for countries too small for the map's scale.
    Point(f64, f64),
}

/// One shape and the country it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct WorldShape {
    /// ISO 3166-1 alpha-3, or `None` for land that is not a country of the master list.
    pub key: Option<String>,
    pub kind: Shape,
}

/// The map: its size (the SVG view box is `0 0 width height`) and shapes.
#[derive(Debug, Clone, PartialEq)]
pub struct World {
    pub size: (f64, f64),
    pub shapes: Vec<WorldShape>,
}

const DATA: &str = include_str!("../data/world.tsv");

/// Parses the map file; the `# viewbox: 0 0 W H` comment gives the size.
pub fn parse(text: &str) -> Result<World, String> {
    let mut size = None;
    let mut shapes = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(vb) = comment.trim().strip_prefix("viewbox:") {
                let parts: Vec<f64> = vb
                    .split_whitespace()
                    .map(str::parse)
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("line {line_no}: bad viewbox: {e}"))?;
                if let [0.0, 0.0, w, h] = parts[..] {
                    size = Some((w, h));
                } else {
                    return Err(format!("line {line_no}: the viewbox must be `0 0 W H`"));
                }
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [key, kind, data] = fields[..] else {
            return Err(format!("line {line_no}: expected 3 tab-separated fields"));
        };
        let kind = match kind {
            "path" => Shape::Path(data.to_string()),
            "point" => {
                let xy: Vec<f64> = data
                    .split_whitespace()
                    .map(str::parse)
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("line {line_no}: bad point: {e}"))?;
                match xy[..] {
                    [x, y] => Shape::Point(x, y),
                    _ => return Err(format!("line {line_no}: a point is `x y`")),
                }
            }
            other => return Err(format!("line {line_no}: unknown kind {other}")),
        };
        shapes.push(WorldShape {
            key: (key != "-").then(|| key.to_string()),
            kind,
        });
    }
    let size = size.ok_or("no `# viewbox:` line")?;
    Ok(World { size, shapes })
}

/// The shipped map.
pub fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    // The file is part of the source tree and checked by a test.
    WORLD.get_or_init(|| parse(DATA).unwrap_or_else(|e| panic!("data/world.tsv: {e}")))
}
