-- The election of the presidente della provincia (L. 56/2014 art. 1 commi 58-61) in the office of
-- 0005: the candidacies of sindaci with the end of their mandate and their signatures, the office's
-- examination, the count per fascia of the presidential ballot and the proclamation. Append-only like
-- 0005 (refuse_history_change of 0003): a correction is a new examination, a new version of a fascia's
-- count, never an edit.

-- A candidacy as filed; amministratore_id is the sindaco of the electorate it was matched to, if any.
CREATE TABLE sg_candidatura_presidente (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id         bigint NOT NULL REFERENCES sg_ufficio (id),
    nome               text NOT NULL CHECK (length(trim(nome)) > 0),
    sesso              char(1) NOT NULL CHECK (sesso IN ('M', 'F')),
    data_nascita       date NOT NULL,
    comune_code        text NOT NULL REFERENCES ente (code),
    fine_mandato       date NOT NULL,        -- end of the mandate as sindaco: eligibility of comma 60
    amministratore_id  bigint REFERENCES sg_amministratore (id),
    presented_at       timestamptz NOT NULL,
    recorded_by        text NOT NULL
);

CREATE INDEX sg_candidatura_presidente_ufficio ON sg_candidatura_presidente (ufficio_id);

CREATE TABLE sg_sottoscrizione_presidente (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    candidatura_id     bigint NOT NULL REFERENCES sg_candidatura_presidente (id),
    nome               text NOT NULL,
    data_nascita       date NOT NULL,
    comune_code        text NOT NULL REFERENCES ente (code),
    autenticata        date NOT NULL,
    amministratore_id  bigint REFERENCES sg_amministratore (id)
);

CREATE INDEX sg_sottoscrizione_presidente_candidatura ON sg_sottoscrizione_presidente (candidatura_id);

-- The examination of the candidacies: the latest one is in force; the report keeps every reason.
CREATE TABLE sg_ammissione_presidente (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id      bigint NOT NULL REFERENCES sg_ufficio (id),
    termine         date NOT NULL,          -- the filing deadline the 180 days count from
    aventi_diritto  integer NOT NULL,       -- as published: the base of the 15%
    minimo_firme    integer NOT NULL,
    examined_at     timestamptz NOT NULL,
    examined_by     text NOT NULL,
    report          jsonb NOT NULL
);

CREATE TABLE sg_ammissione_candidatura_presidente (
    ammissione_id          bigint NOT NULL REFERENCES sg_ammissione_presidente (id),
    candidatura_id         bigint NOT NULL REFERENCES sg_candidatura_presidente (id),
    ammessa                boolean NOT NULL,
    sottoscrizioni_valide  integer NOT NULL,
    motivi                 text[] NOT NULL,
    PRIMARY KEY (ammissione_id, candidatura_id)
);

-- The tabellina of the presidential ballot in one fascia; a correction is a new version, the latest counts.
CREATE TABLE sg_scrutinio_presidente (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id     bigint NOT NULL REFERENCES sg_ufficio (id),
    fascia         char(1) NOT NULL CHECK (fascia BETWEEN 'A' AND 'I'),
    versione       integer NOT NULL CHECK (versione > 0),
    elettori       integer NOT NULL CHECK (elettori >= 0),
    votanti        integer NOT NULL CHECK (votanti >= 0 AND votanti <= elettori),
    schede_bianche integer NOT NULL CHECK (schede_bianche >= 0),
    schede_nulle   integer NOT NULL CHECK (schede_nulle >= 0),
    recorded_at    timestamptz NOT NULL,
    recorded_by    text NOT NULL,
    UNIQUE (ufficio_id, fascia, versione)
);

CREATE TABLE sg_scrutinio_presidente_voti (
    scrutinio_id    bigint NOT NULL REFERENCES sg_scrutinio_presidente (id),
    candidatura_id  bigint NOT NULL REFERENCES sg_candidatura_presidente (id),
    voti            integer NOT NULL CHECK (voti >= 0),
    PRIMARY KEY (scrutinio_id, candidatura_id)
);

-- The proclamation with its verbale as issued: the act is frozen, not recomputed on reading.
CREATE TABLE sg_proclamazione_presidente (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id      bigint NOT NULL REFERENCES sg_ufficio (id),
    eletto_id       bigint NOT NULL REFERENCES sg_candidatura_presidente (id),
    criterio        text NOT NULL,          -- highest weighted total, or the tie-break applied
    elettori        integer NOT NULL,
    votanti         integer NOT NULL,
    proclaimed_at   timestamptz NOT NULL,
    proclaimed_by   text NOT NULL,
    risultato       jsonb NOT NULL,
    verbale_testo   text NOT NULL,
    verbale_html    text NOT NULL
);

-- Each candidate's votes per fascia, the index at the proclamation and their product.
CREATE TABLE sg_risultato_presidente (
    proclamazione_id  bigint NOT NULL REFERENCES sg_proclamazione_presidente (id),
    candidatura_id    bigint NOT NULL REFERENCES sg_candidatura_presidente (id),
    fascia            char(1) NOT NULL CHECK (fascia BETWEEN 'A' AND 'I'),
    voti              integer NOT NULL,
    indice            integer NOT NULL,
    cifra_ponderata   bigint NOT NULL,
    PRIMARY KEY (proclamazione_id, candidatura_id, fascia)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sg_candidatura_presidente', 'sg_sottoscrizione_presidente', 'sg_ammissione_presidente',
        'sg_ammissione_candidatura_presidente', 'sg_scrutinio_presidente', 'sg_scrutinio_presidente_voti',
        'sg_proclamazione_presidente', 'sg_risultato_presidente']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION refuse_history_change()', t || '_append_only', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change()', t || '_no_truncate', t);
    END LOOP;
END;
$$;
