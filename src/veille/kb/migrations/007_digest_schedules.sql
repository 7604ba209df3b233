-- Schema version 7: digests sent by e-mail on a schedule (`veille digests`, watch/digests.py),
-- sent by `veille watch` when due. Only this table: nothing else depends on its number.

CREATE TABLE digest_schedules (
    name           TEXT PRIMARY KEY,
    every          INTEGER NOT NULL,          -- days between two digests
    emails         TEXT NOT NULL,             -- JSON list of addresses (one message to them all)
    lang           TEXT NOT NULL DEFAULT 'fr',
    entities       TEXT NOT NULL DEFAULT '[]',  -- JSON list of names: only what concerns them
    min_confidence REAL,
    server         TEXT,                      -- a `veille serve` to link each fact to
    next_send      TEXT NOT NULL,             -- ISO time; due when it is past
    covered        TEXT,                      -- the last day covered by the digests sent so far
    last_sent      TEXT,
    failures       INTEGER NOT NULL DEFAULT 0,  -- failures in a row (the back-off's exponent)
    error          TEXT,                      -- the last failure's message, kept
    created_at     TEXT NOT NULL
);
