-- Statements the user imported (the embedded one is not stored): the TOML text as imported, so
-- every version an assessment was based on stays available, and when the processor notified it.
CREATE TABLE statements (
    id           INTEGER PRIMARY KEY,
    processor    TEXT NOT NULL,
    version      TEXT NOT NULL,
    source       TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    notified_on  TEXT,
    UNIQUE (processor, version)
);
