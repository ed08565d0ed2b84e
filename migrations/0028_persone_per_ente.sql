-- Who receives an ente's messages, on its pages, is worked out from its own users, its
-- prefettura's and the owners of its contact addresses (RecipientBook.LoadForEnteAsync), not from
-- every user of the country: these two indexes reach them (the view notification_person's email
-- is btrim(email), and a contact is compared case-folded).
CREATE INDEX asp_net_users_ente_code ON asp_net_users (ente_code);
CREATE INDEX asp_net_users_email_key ON asp_net_users (lower(btrim(email)));

-- The comuni that share a segretario (ContactCard, on every contact card an ente's pages show):
-- one index lookup instead of reading the 7,900 enti.
CREATE INDEX ente_email_segretario_key ON ente (lower(btrim(email_segretario))) WHERE email_segretario IS NOT NULL;
