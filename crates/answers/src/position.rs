//! Where something is in a text or a sheet, as people read it: the one definition the
//! framework reader, the directory's spreadsheet and the drill's MSEL sheet share.

/// 1-based line and column (in characters) of a byte offset in `source` (an offset past the
/// end, or inside a character, counts from the character it falls in).
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The spreadsheet letter of a 0-based column: `A`, …, `Z`, `AA`, …
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_run_past_z() {
        for (i, want) in [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")] {
            assert_eq!(column_letter(i), want);
        }
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "ab\nçé x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // "çé " is 5 bytes: the x is the 4th character of line 2.
        assert_eq!(line_column(text, 8), (2, 4));
        // Inside a character, and past the end.
        assert_eq!(line_column(text, 4), (2, 1));
        assert_eq!(line_column(text, 99), (3, 1));
    }
}
