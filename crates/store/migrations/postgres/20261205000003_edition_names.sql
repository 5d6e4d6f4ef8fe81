-- An edition's name per language (issue 15 item 5): a JSON object from UN language code to the
-- name in that language, such as {"fr": "Indice 2026"}. `name` stays the default, shown in every
-- language without its own; '{}' when the edition has no other name. Written only by
-- `create_edition`; the workflow's edition check (`cyberindex_workflow::edition`) checks the codes and
-- the texts first.
ALTER TABLE editions ADD COLUMN names TEXT NOT NULL DEFAULT '{}';
