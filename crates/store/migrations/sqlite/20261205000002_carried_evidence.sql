-- Evidence carried forward with its answer from an earlier edition (issue 14 item 7) names that
-- edition, so the workspace and the review can mark it "carried from …". NULL for evidence the
-- country attached in this edition. A carried file refers to the same content-addressed blob.
ALTER TABLE evidence ADD COLUMN carried_from TEXT;
