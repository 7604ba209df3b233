-- Schema version 7: digests sent by e-mail on a schedule (see ../007_digest_schedules.sql).
CREATE TABLE digest_schedules (
    name           TEXT PRIMARY KEY,
    every          BIGINT NOT NULL,
    emails         TEXT NOT NULL,
    lang           TEXT NOT NULL DEFAULT 'fr',
    entities       TEXT NOT NULL DEFAULT '[]',
    min_confidence DOUBLE PRECISION,
    server         TEXT,
    next_send      TEXT NOT NULL,
    covered        TEXT,
    last_sent      TEXT,
    failures       BIGINT NOT NULL DEFAULT 0,
    error          TEXT,
    created_at     TEXT NOT NULL
);
