-- The secret of each ente's iCalendar feed: the URL /feed/{token}.ics works while the row
-- holds that token. Revoking replaces (or deletes) the row, so a leaked URL stops at once.

CREATE TABLE feed_token (
    ente_code   text PRIMARY KEY REFERENCES ente (code),
    token       text NOT NULL UNIQUE CHECK (length(token) >= 32),
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL
);

-- The prefettura dashboard aggregates one tornata over the comuni of a province: reach those
-- rows through the comuni instead of scanning the whole tornata (1.2 million rows nationally),
-- with the aggregated columns in the index so that it is read alone (index-only scan).
CREATE INDEX adempimento_ente_tornata ON adempimento (ente_code, tornata_id)
    INCLUDE (status, due_at, offset_days, rule_id, assicurazione_prefetto, consultation);
