-- Who receives an ente's messages is read for one ente on every Oggi page (RecipientBook): its own
-- row by the primary key, and the provinces and metropolitan cities (about a hundred of 7,900
-- enti), which say which prefettura serves each province; this index reaches those without reading
-- every comune.
CREATE INDEX ente_non_comuni ON ente (code) WHERE kind <> 'comune';
