-- Enti: the comuni, and the provinces and metropolitan cities they belong to, with the
-- prefettura of each province and the contacts that reminders go to. Loaded from the ISTAT-style
-- list by `scadenzario enti import`.

CREATE TABLE prefettura (
    code        text PRIMARY KEY,                 -- 'UTG-GE': one per province sigla
    name        text NOT NULL,                    -- 'Prefettura - UTG di Genova'
    seat        text NOT NULL,
    email       text
);

CREATE TABLE ente (
    code                      text PRIMARY KEY,   -- comune: ISTAT code '010025'; province/CM: sigla 'GE'
    kind                      text NOT NULL CHECK (kind IN ('comune', 'provincia', 'citta_metropolitana', 'provincia_autonoma', 'libero_consorzio', 'unita_non_amministrativa')),
    name                      text NOT NULL,
    province_code             text REFERENCES ente (code),   -- for comuni
    region_code               char(2) NOT NULL,
    region_name               text NOT NULL,
    special_statute           boolean NOT NULL,
    population                integer CHECK (population IS NULL OR population >= 0),
    capoluogo                 boolean NOT NULL DEFAULT false,
    prefettura_code           text REFERENCES prefettura (code),
    email_ufficio_elettorale  text,
    email_segretario          text,
    merged_into               text REFERENCES ente (code),   -- a comune merged into another keeps its row and tasks
    merged_on                 date,
    imported_at               timestamptz NOT NULL,
    CHECK ((kind = 'comune') = (province_code IS NOT NULL)),
    CHECK (kind <> 'comune' OR population IS NOT NULL)
);

CREATE INDEX ente_province ON ente (province_code) WHERE kind = 'comune';
