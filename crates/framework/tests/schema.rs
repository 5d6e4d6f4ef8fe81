//! `docs/framework.schema.json` is the schema of `framework show --json` as the code generates it
//! (the command-line test checks the same through `cyberindex framework schema`). Run with
//! `UPDATE_SCHEMA=1` to rewrite the file after changing the resolved document.

#[test]
fn schema_in_docs_matches_the_code() {
    let mut generated = serde_json::to_string_pretty(&cyberindex_framework::resolved::schema())
        .expect("the schema serialises");
    generated.push('\n');
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/framework.schema.json"
    );
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap();
    assert!(
        committed == generated,
        "docs/framework.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test -p cyberindex-framework --test schema`"
    );
}
