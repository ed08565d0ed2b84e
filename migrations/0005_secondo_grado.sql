-- The office of a second-level election (L. 56/2014): the electorate the segretari comunali attest,
-- its changes up to the day before the vote, the published electorate, the lists with candidates and
-- signatures, the admission, the count per fascia and the proclamation.
-- Every table that records an act is append-only (refuse_history_change of 0003): a correction is a
-- new row (a variation, a new version of a fascia's count, a new admission or proclamation), never an
-- edit, so the history an observer or a court asks for is always there.

-- One office per tornata and ente (città metropolitana or provincia) holding the election.
CREATE TABLE sg_ufficio (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tornata_id       bigint NOT NULL REFERENCES tornata (id),
    ente_code        text NOT NULL REFERENCES ente (code),
    consultation     text NOT NULL CHECK (consultation IN ('metropolitane', 'provinciali')),
    seggi            integer NOT NULL CHECK (seggi > 0),          -- councillors to elect (commi 20, 67)
    seggi_elettorali integer NOT NULL CHECK (seggi_elettorali > 0), -- polling stations, for the observatory
    opened_at        timestamptz NOT NULL,
    opened_by        text NOT NULL,
    UNIQUE (tornata_id, ente_code)
);

-- The comuni of the territory as they were when the office opened: population fixes the fascia.
CREATE TABLE sg_comune (
    ufficio_id     bigint NOT NULL REFERENCES sg_ufficio (id),
    comune_code    text NOT NULL REFERENCES ente (code),
    population     integer NOT NULL CHECK (population > 0),
    capoluogo      boolean NOT NULL,
    PRIMARY KEY (ufficio_id, comune_code)
);

-- The segretario's attestation of the sindaco and consiglieri in office at the 35th day.
CREATE TABLE sg_attestazione (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id       bigint NOT NULL,
    comune_code      text NOT NULL,
    commissariato    boolean NOT NULL,
    received_at      timestamptz NOT NULL,
    recorded_by      text NOT NULL,
    protocol_number  text,
    adempimento_id   bigint REFERENCES adempimento (id),
    UNIQUE (ufficio_id, comune_code),
    FOREIGN KEY (ufficio_id, comune_code) REFERENCES sg_comune (ufficio_id, comune_code)
);

-- A person in office: attested, or taking office by a variation (subentro).
CREATE TABLE sg_amministratore (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id     bigint NOT NULL,
    comune_code    text NOT NULL,
    nome           text NOT NULL CHECK (length(trim(nome)) > 0),
    sesso          char(1) NOT NULL CHECK (sesso IN ('M', 'F')),
    data_nascita   date NOT NULL,
    carica         text NOT NULL CHECK (carica IN ('sindaco', 'consigliere')),
    FOREIGN KEY (ufficio_id, comune_code) REFERENCES sg_comune (ufficio_id, comune_code)
);

CREATE INDEX sg_amministratore_comune ON sg_amministratore (ufficio_id, comune_code);

-- A change of the electorate between the 35th day and the day before the vote, each dated.
CREATE TABLE sg_variazione (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id         bigint NOT NULL,
    comune_code        text NOT NULL,
    day                date NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('cessazione', 'subentro', 'commissariamento')),
    amministratore_id  bigint REFERENCES sg_amministratore (id),   -- who leaves, or who takes office
    motivo             text NOT NULL,
    recorded_at        timestamptz NOT NULL,
    recorded_by        text NOT NULL,
    FOREIGN KEY (ufficio_id, comune_code) REFERENCES sg_comune (ufficio_id, comune_code),
    CHECK ((kind = 'commissariamento') = (amministratore_id IS NULL))
);

-- The electorate as published (number of electors at the 35th day, counts per fascia, minimum signatures).
CREATE TABLE sg_pubblicazione (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id               bigint NOT NULL REFERENCES sg_ufficio (id),
    riferimento              date NOT NULL,     -- the 35th day before the vote
    elettori                 integer NOT NULL,
    popolazione              bigint NOT NULL,
    minimo_firme_lista       integer NOT NULL,
    minimo_firme_presidente  integer NOT NULL,
    comuni_senza_attestazione text[] NOT NULL,   -- counted with a full council, by the office's choice
    comune_oltre_45          text,
    comuni_commissariati     text[] NOT NULL,
    published_at             timestamptz NOT NULL,
    published_by             text NOT NULL
);

CREATE TABLE sg_pubblicazione_fascia (
    pubblicazione_id        bigint NOT NULL REFERENCES sg_pubblicazione (id),
    fascia                  char(1) NOT NULL CHECK (fascia BETWEEN 'A' AND 'I'),
    comuni                  integer NOT NULL,
    popolazione             bigint NOT NULL,
    elettori                integer NOT NULL,
    percentuale             numeric(7, 3) NOT NULL,   -- Allegato A lettera b
    percentuale_dopo_45     numeric(7, 3) NOT NULL,   -- lettera c
    percentuale_rettificata numeric(7, 3) NOT NULL,   -- lettera d
    limite                  text NOT NULL CHECK (limite IN ('Nessuno', 'Comune45', 'Fascia35')),
    indice                  integer NOT NULL,
    PRIMARY KEY (pubblicazione_id, fascia)
);

CREATE TABLE sg_lista (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id     bigint NOT NULL REFERENCES sg_ufficio (id),
    nome           text NOT NULL CHECK (length(trim(nome)) > 0),
    presented_at   timestamptz NOT NULL,
    recorded_by    text NOT NULL,
    UNIQUE (ufficio_id, nome)
);

-- Candidates as the list declares them; amministratore_id is the elector they were matched to, if any.
CREATE TABLE sg_candidato (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lista_id           bigint NOT NULL REFERENCES sg_lista (id),
    posizione          integer NOT NULL CHECK (posizione > 0),
    nome               text NOT NULL,
    sesso              char(1) NOT NULL CHECK (sesso IN ('M', 'F')),
    data_nascita       date NOT NULL,
    comune_code        text NOT NULL REFERENCES ente (code),
    carica             text NOT NULL CHECK (carica IN ('sindaco', 'consigliere')),
    amministratore_id  bigint REFERENCES sg_amministratore (id),
    UNIQUE (lista_id, posizione)
);

CREATE TABLE sg_sottoscrizione (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lista_id           bigint NOT NULL REFERENCES sg_lista (id),
    nome               text NOT NULL,
    data_nascita       date NOT NULL,
    comune_code        text NOT NULL REFERENCES ente (code),
    autenticata        date NOT NULL,
    amministratore_id  bigint REFERENCES sg_amministratore (id)
);

CREATE INDEX sg_sottoscrizione_lista ON sg_sottoscrizione (lista_id);

-- The office's examination of the lists: the latest one is in force; the report keeps every reason.
CREATE TABLE sg_ammissione (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id      bigint NOT NULL REFERENCES sg_ufficio (id),
    termine         date NOT NULL,          -- the filing deadline the 180 days count from
    examined_at     timestamptz NOT NULL,
    examined_by     text NOT NULL,
    report          jsonb NOT NULL
);

CREATE TABLE sg_ammissione_lista (
    ammissione_id       bigint NOT NULL REFERENCES sg_ammissione (id),
    lista_id            bigint NOT NULL REFERENCES sg_lista (id),
    ammessa             boolean NOT NULL,
    candidati_ammessi   bigint[] NOT NULL,   -- sg_candidato ids, in ballot order
    PRIMARY KEY (ammissione_id, lista_id)
);

-- The tabellina of one fascia (seed 003 art. 16); a correction is a new version, the latest counts.
CREATE TABLE sg_scrutinio (
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

CREATE TABLE sg_scrutinio_lista (
    scrutinio_id  bigint NOT NULL REFERENCES sg_scrutinio (id),
    lista_id      bigint NOT NULL REFERENCES sg_lista (id),
    voti          integer NOT NULL CHECK (voti >= 0),
    PRIMARY KEY (scrutinio_id, lista_id)
);

CREATE TABLE sg_scrutinio_preferenza (
    scrutinio_id  bigint NOT NULL REFERENCES sg_scrutinio (id),
    candidato_id  bigint NOT NULL REFERENCES sg_candidato (id),
    voti          integer NOT NULL CHECK (voti >= 0),
    PRIMARY KEY (scrutinio_id, candidato_id)
);

-- The proclamation with its verbale as issued: the act is frozen, not recomputed on reading.
CREATE TABLE sg_proclamazione (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ufficio_id      bigint NOT NULL REFERENCES sg_ufficio (id),
    seggi           integer NOT NULL,
    elettori        integer NOT NULL,
    votanti         integer NOT NULL,
    proclaimed_at   timestamptz NOT NULL,
    proclaimed_by   text NOT NULL,
    risultato       jsonb NOT NULL,
    verbale_testo   text NOT NULL,
    verbale_html    text NOT NULL
);

CREATE TABLE sg_risultato_lista (
    proclamazione_id  bigint NOT NULL REFERENCES sg_proclamazione (id),
    lista_id          bigint NOT NULL REFERENCES sg_lista (id),
    cifra_ponderata   bigint NOT NULL,
    seggi             integer NOT NULL,
    PRIMARY KEY (proclamazione_id, lista_id)
);

CREATE TABLE sg_eletto (
    proclamazione_id  bigint NOT NULL REFERENCES sg_proclamazione (id),
    candidato_id      bigint NOT NULL REFERENCES sg_candidato (id),
    posizione         integer NOT NULL,
    cifra_ponderata   bigint NOT NULL,
    PRIMARY KEY (proclamazione_id, candidato_id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sg_attestazione', 'sg_amministratore', 'sg_variazione', 'sg_pubblicazione',
        'sg_pubblicazione_fascia', 'sg_lista', 'sg_candidato', 'sg_sottoscrizione', 'sg_ammissione',
        'sg_ammissione_lista', 'sg_scrutinio', 'sg_scrutinio_lista', 'sg_scrutinio_preferenza',
        'sg_proclamazione', 'sg_risultato_lista', 'sg_eletto']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION refuse_history_change()', t || '_append_only', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change()', t || '_no_truncate', t);
    END LOOP;
END;
$$;
