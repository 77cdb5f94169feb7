-- Assessments are stored as their .dpia.json text, so the file format is the one source of truth.
CREATE TABLE assessments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    data        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Every change to an answer: when, which field (JSON pointer), old and new value (JSON text).
CREATE TABLE history (
    id             INTEGER PRIMARY KEY,
    assessment_id  INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    field          TEXT NOT NULL,
    old_value      TEXT,
    new_value      TEXT
);
