-- Schema version 6: monitoring. Sources followed on a schedule, watch rules on facts, the
-- matches they found (each once), and the deliveries of those matches (kb/monitor.py).

-- A source followed by `veille watch`: a feed, a sitemap or a page.
CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,            -- auto | feed | sitemap | page (auto: decided on first fetch)
    every         INTEGER NOT NULL,         -- seconds between two fetches
    lang          TEXT,                     -- given: no language identification for its items
    tags          TEXT NOT NULL DEFAULT '[]',  -- JSON list
    etag          TEXT,                     -- of the last answer, sent back as If-None-Match
    last_modified TEXT,                     -- of the last answer, sent back as If-Modified-Since
    status        TEXT NOT NULL DEFAULT 'new',  -- new | ok | not_modified | failed | robots
    last_fetch    TEXT,
    next_fetch    TEXT NOT NULL,            -- ISO time; due when it is past
    items         INTEGER NOT NULL DEFAULT 0,   -- items fetched in all
    failures      INTEGER NOT NULL DEFAULT 0,   -- failures in a row (the back-off's exponent)
    error         TEXT,                     -- the last failure's message, kept
    added_at      TEXT NOT NULL
);
CREATE INDEX sources_due ON sources(next_fetch);

-- Each item (article address) of a source, fetched once.
CREATE TABLE source_items (
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    status     TEXT NOT NULL,               -- an ingest status: added | unchanged | duplicate | not_annotated | failed
    doc_id     TEXT,
    attempts   INTEGER NOT NULL DEFAULT 1,  -- a failed item is fetched again on later polls, up to 3 times in all
    error      TEXT,
    at         TEXT NOT NULL,
    PRIMARY KEY (source_id, url)
);

-- A watch rule: what to look for (spec: JSON of its conditions) and where to say it.
CREATE TABLE alert_rules (
    name       TEXT PRIMARY KEY,
    spec       TEXT NOT NULL,               -- JSON: kind, type, entity, entity_type, place, where, modality, ...
    webhooks   TEXT NOT NULL DEFAULT '[]',  -- JSON list of {url, secret_env}
    emails     TEXT NOT NULL DEFAULT '[]',  -- JSON list of addresses
    grouped    INTEGER NOT NULL DEFAULT 0,  -- e-mail: one message for the matches of a run, not one each
    created_at TEXT NOT NULL
);

-- What a rule found: a fact (or a new entity), once per rule, with its evidence.
CREATE TABLE alert_matches (
    id        INTEGER PRIMARY KEY,
    rule      TEXT NOT NULL REFERENCES alert_rules(name) ON DELETE CASCADE,
    kind      TEXT NOT NULL,                -- fact | entity
    item      TEXT NOT NULL,                -- the fact's id, or the new entity's
    doc_id    TEXT,                         -- the document it was found in
    title     TEXT NOT NULL,                -- one line: what happened
    evidence  TEXT,                         -- the words stating it
    sentence  TEXT,
    url       TEXT,                         -- the article's address, when it has one
    published TEXT,
    data      TEXT NOT NULL,                -- JSON: the fact or entity as delivered
    at        TEXT NOT NULL,
    UNIQUE (rule, item)
);
CREATE INDEX alert_matches_at ON alert_matches(at);

-- Each delivery of a match by webhook or e-mail, tried until sent or dead.
CREATE TABLE alert_deliveries (
    id         INTEGER PRIMARY KEY,
    match_id   INTEGER NOT NULL REFERENCES alert_matches(id) ON DELETE CASCADE,
    channel    TEXT NOT NULL,               -- webhook | email
    target     TEXT NOT NULL,               -- the URL or the address
    status     TEXT NOT NULL DEFAULT 'pending',  -- pending | sent | dead
    attempts   INTEGER NOT NULL DEFAULT 0,
    next_try   TEXT NOT NULL,
    error      TEXT,                        -- the last failure
    sent_at    TEXT,
    UNIQUE (match_id, channel, target)
);
CREATE INDEX alert_deliveries_due ON alert_deliveries(status, next_try);
