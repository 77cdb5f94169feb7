-- The assessments list at scale: one line per assessment with what the list shows, written in
-- the same transaction as every change of the assessment. The app computes the line (the store
-- runs no rules), so listing, sorting and searching read only this small table, a page at a time.
-- Assessments stored before this migration get their line when the app first opens the database
-- (`Store::stale_lines`, `Store::set_lines`), as do lines made by another version of the app.
CREATE TABLE listing (
    assessment_id    INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    client           TEXT NOT NULL,
    -- Name, client and both together folded (lower case, without accents): sorting and search.
    name_key         TEXT NOT NULL,
    client_key       TEXT NOT NULL,
    search           TEXT NOT NULL,
    assessment_date  TEXT,
    verdict_rank     INTEGER NOT NULL,
    -- The rest of the line as the app's JSON; NULL when the stored assessment cannot be read.
    facts            TEXT,
    -- Which version of the app made the line; another version makes it again.
    made_by          TEXT NOT NULL
);
CREATE INDEX listing_by_update ON listing(updated_at DESC, assessment_id DESC);

-- Every committed change counts one save. The count is also written beside the database file, so
-- that a database which lost its newest saves (its WAL file removed, or not copied with it) is
-- noticed when it is opened, instead of showing older data without a word.
CREATE TABLE saves (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    database  TEXT NOT NULL,
    count     INTEGER NOT NULL
);
INSERT INTO saves (id, database, count) VALUES (1, lower(hex(randomblob(16))), 0);
