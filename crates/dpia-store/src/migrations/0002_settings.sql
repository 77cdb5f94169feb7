-- User settings (e.g. the UI language) and a faster history lookup.
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
CREATE INDEX history_by_assessment ON history(assessment_id, id);
