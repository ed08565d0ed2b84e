--
-- PostgreSQL database dump
--



SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Data for Name: account_audit; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: prefettura; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.prefettura VALUES
	('UTG-GE', 'Prefettura - UTG di Genova', 'Genova', 'protocollo.prefge@pec.interno.it');


--
-- Data for Name: ente; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ente VALUES
	('GE', 'citta_metropolitana', 'Genova', NULL, '07', 'Liguria', false, 817402, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010002', 'comune', 'Avegno', 'GE', '07', 'Liguria', false, 2519, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010003', 'comune', 'Bargagli', 'GE', '07', 'Liguria', false, 2558, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010004', 'comune', 'Bogliasco', 'GE', '07', 'Liguria', false, 4379, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010005', 'comune', 'Borzonasca', 'GE', '07', 'Liguria', false, 1834, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010006', 'comune', 'Busalla', 'GE', '07', 'Liguria', false, 5168, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010007', 'comune', 'Camogli', 'GE', '07', 'Liguria', false, 5022, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010008', 'comune', 'Campo Ligure', 'GE', '07', 'Liguria', false, 2790, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010009', 'comune', 'Campomorone', 'GE', '07', 'Liguria', false, 6482, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010010', 'comune', 'Carasco', 'GE', '07', 'Liguria', false, 3770, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010011', 'comune', 'Casarza Ligure', 'GE', '07', 'Liguria', false, 6729, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010012', 'comune', 'Casella', 'GE', '07', 'Liguria', false, 3125, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010013', 'comune', 'Castiglione Chiavarese', 'GE', '07', 'Liguria', false, 1580, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010014', 'comune', 'Ceranesi', 'GE', '07', 'Liguria', false, 3637, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010015', 'comune', 'Chiavari', 'GE', '07', 'Liguria', false, 27228, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010016', 'comune', 'Cicagna', 'GE', '07', 'Liguria', false, 2250, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010017', 'comune', 'Cogoleto', 'GE', '07', 'Liguria', false, 8603, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010018', 'comune', 'Cogorno', 'GE', '07', 'Liguria', false, 5724, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010019', 'comune', 'Coreglia Ligure', 'GE', '07', 'Liguria', false, 267, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010020', 'comune', 'Crocefieschi', 'GE', '07', 'Liguria', false, 522, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010021', 'comune', 'Davagna', 'GE', '07', 'Liguria', false, 1857, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010022', 'comune', 'Fascia', 'GE', '07', 'Liguria', false, 73, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010023', 'comune', 'Favale di Malvaro', 'GE', '07', 'Liguria', false, 433, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010024', 'comune', 'Fontanigorda', 'GE', '07', 'Liguria', false, 244, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010026', 'comune', 'Gorreto', 'GE', '07', 'Liguria', false, 94, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010027', 'comune', 'Isola del Cantone', 'GE', '07', 'Liguria', false, 1392, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010028', 'comune', 'Lavagna', 'GE', '07', 'Liguria', false, 12315, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010029', 'comune', 'Leivi', 'GE', '07', 'Liguria', false, 2404, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010030', 'comune', 'Lorsica', 'GE', '07', 'Liguria', false, 412, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010031', 'comune', 'Lumarzo', 'GE', '07', 'Liguria', false, 1433, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010032', 'comune', 'Masone', 'GE', '07', 'Liguria', false, 3443, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010033', 'comune', 'Mele', 'GE', '07', 'Liguria', false, 2592, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010034', 'comune', 'Mezzanego', 'GE', '07', 'Liguria', false, 1483, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010035', 'comune', 'Mignanego', 'GE', '07', 'Liguria', false, 3495, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010036', 'comune', 'Moconesi', 'GE', '07', 'Liguria', false, 2437, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010037', 'comune', 'Moneglia', 'GE', '07', 'Liguria', false, 2589, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010038', 'comune', 'Montebruno', 'GE', '07', 'Liguria', false, 207, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010039', 'comune', 'Montoggio', 'GE', '07', 'Liguria', false, 2008, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010040', 'comune', 'Ne', 'GE', '07', 'Liguria', false, 2130, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010041', 'comune', 'Neirone', 'GE', '07', 'Liguria', false, 843, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010042', 'comune', 'Orero', 'GE', '07', 'Liguria', false, 503, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010043', 'comune', 'Pieve Ligure', 'GE', '07', 'Liguria', false, 2429, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010044', 'comune', 'Portofino', 'GE', '07', 'Liguria', false, 369, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010045', 'comune', 'Propata', 'GE', '07', 'Liguria', false, 113, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010047', 'comune', 'Recco', 'GE', '07', 'Liguria', false, 9464, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010048', 'comune', 'Rezzoaglio', 'GE', '07', 'Liguria', false, 875, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010049', 'comune', 'Ronco Scrivia', 'GE', '07', 'Liguria', false, 4179, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010050', 'comune', 'Rondanina', 'GE', '07', 'Liguria', false, 60, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010052', 'comune', 'Rovegno', 'GE', '07', 'Liguria', false, 492, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010053', 'comune', 'San Colombano Certenoli', 'GE', '07', 'Liguria', false, 2563, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010054', 'comune', 'Santa Margherita Ligure', 'GE', '07', 'Liguria', false, 8575, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010055', 'comune', 'Sant''Olcese', 'GE', '07', 'Liguria', false, 5601, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010056', 'comune', 'Santo Stefano d''Aveto', 'GE', '07', 'Liguria', false, 991, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010057', 'comune', 'Savignone', 'GE', '07', 'Liguria', false, 3038, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010058', 'comune', 'Serra Riccò', 'GE', '07', 'Liguria', false, 7615, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010059', 'comune', 'Sestri Levante', 'GE', '07', 'Liguria', false, 17607, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010060', 'comune', 'Sori', 'GE', '07', 'Liguria', false, 4018, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010061', 'comune', 'Tiglieto', 'GE', '07', 'Liguria', false, 476, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010062', 'comune', 'Torriglia', 'GE', '07', 'Liguria', false, 2195, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010063', 'comune', 'Tribogna', 'GE', '07', 'Liguria', false, 566, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010064', 'comune', 'Uscio', 'GE', '07', 'Liguria', false, 2141, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010065', 'comune', 'Valbrevenna', 'GE', '07', 'Liguria', false, 757, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010066', 'comune', 'Vobbia', 'GE', '07', 'Liguria', false, 365, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010067', 'comune', 'Zoagli', 'GE', '07', 'Liguria', false, 2306, false, 'UTG-GE', NULL, NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010025', 'comune', 'Genova', 'GE', '07', 'Liguria', false, 561203, true, 'UTG-GE', 'elettorale@comune.genova.it', 'segreteria.generale@comune.genova.it', NULL, NULL, '2024-03-01 11:00:00+00'),
	('010001', 'comune', 'Arenzano', 'GE', '07', 'Liguria', false, 11163, false, 'UTG-GE', 'elettorale@comune.arenzano.ge.it', NULL, NULL, NULL, '2024-03-01 11:00:00+00'),
	('010046', 'comune', 'Rapallo', 'GE', '07', 'Liguria', false, 29107, false, 'UTG-GE', 'elettorale@comune.rapallo.ge.it', 'segreteria.generale@comune.genova.it', NULL, NULL, '2024-03-01 11:00:00+00'),
	('010051', 'comune', 'Rossiglione', 'GE', '07', 'Liguria', false, 2560, false, 'UTG-GE', 'elettorale@comune.rossiglione.ge.it', 'segretario@comune.rossiglione.ge.it', NULL, NULL, '2024-03-01 11:00:00+00');


--
-- Data for Name: tornata; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tornata OVERRIDING SYSTEM VALUE VALUES
	(1, 'Europee e comunali 2024', '{2024-06-09}', NULL, '2024-03-01 11:00:00+00', '{"chiusura-votazione": "22:00"}');


--
-- Data for Name: adempimento; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.adempimento OVERRIDING SYSTEM VALUE VALUES
	(1, 1, '010001', 'europee.domanda-lista-aggiunta-ue', 'europee', 'Termine per le domande di iscrizione dei cittadini UE nella lista aggiunta per le europee', 'ufficio-elettorale', 'scadenza', 'art. 2, comma 1, D.L. 408/1994 (L. 483/1994)', NULL, NULL, '2024-03-11', NULL, '2024-03-12 00:00:00', '2024-03-11 23:00:00+00', -90, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(2, 1, '010001', 'europee.deposito-contrassegni', 'europee', 'Deposito dei contrassegni al Ministero dell''interno', 'candidati', 'periodo', 'art. 11 L. 18/1979; artt. 14 e 15 d.P.R. 361/1957', '2024-04-21', '08:00', '2024-04-22', '16:00', '2024-04-22 16:00:00', '2024-04-22 14:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(3, 1, '010001', 'revisione.prima-tornata', 'comune', 'Revisione dinamica straordinaria - prima tornata', 'ufficio-elettorale', 'scadenza', 'art. 32 d.P.R. 223/1967; circolari del Ministero dell''interno', NULL, NULL, '2024-04-22', NULL, '2024-04-23 00:00:00', '2024-04-22 22:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(4, 1, '010001', 'europee.consolati-cancellazioni', 'europee', 'Comunicazioni ai Consolati e al Ministero - prima tornata', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994); circ. Min. interno 9/1999', NULL, NULL, '2024-04-22', NULL, '2024-04-23 00:00:00', '2024-04-22 22:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(5, 1, '010001', 'revisione.seconda-tornata', 'comune', 'Revisione dinamica straordinaria - seconda tornata', 'ufficio-elettorale', 'scadenza', 'art. 32, quarto comma, e art. 41 d.P.R. 223/1967', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(6, 1, '010001', 'europee.manifesto-convocazione-comizi', 'europee', 'Manifesto di convocazione dei comizi per le europee', 'sindaco', 'scadenza', 'art. 11 d.P.R. 361/1957; L. 18/1979', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(7, 1, '010001', 'europee.consolati-iscrizioni-aire', 'europee', 'Comunicazioni ai Consolati e al Ministero - seconda tornata', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994); circ. Min. interno 9/1999', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(8, 1, '010001', 'voto-domiciliare.manifesto', 'comune', 'Manifesto sul voto domiciliare', 'sindaco', 'scadenza', 'art. 1 D.L. 1/2006 (L. 22/2006), come modificato dalla L. 46/2009; istruzioni ministeriali', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(9, 1, '010001', 'seggio.verifica-locali', 'comune', 'Verifica dei locali e del materiale dei seggi', 'ufficio-elettorale', 'scadenza', 'istruzioni ministeriali (circ. 4/1972, par. 17)', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(10, 1, '010001', 'europee.presentazione-liste', 'europee', 'Presentazione delle liste dei candidati alla Corte d''appello', 'corte-appello', 'periodo', 'art. 12 L. 18/1979', '2024-04-30', '08:00', '2024-05-01', '20:00', '2024-05-01 20:00:00', '2024-05-01 18:00:00+00', -39, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(11, 1, '010001', 'europee.certificati-iscrizione', 'europee', 'Certificati di iscrizione per sottoscrittori e candidati', 'ufficio-elettorale', 'periodo', 'art. 20, quarto comma, d.P.R. 361/1957; L. 18/1979', '2024-04-30', '08:00', '2024-05-01', '20:00', '2024-05-01 20:00:00', '2024-05-01 18:00:00+00', -39, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(12, 1, '010001', 'revisione.elenco-non-diciottenni', 'comune', 'Elenco degli iscritti che non avranno compiuto 18 anni', 'ufficio-elettorale', 'scadenza', 'art. 33 d.P.R. 223/1967', NULL, NULL, '2024-05-05', NULL, '2024-05-06 00:00:00', '2024-05-05 22:00:00+00', -35, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(14, 1, '010001', 'revisione.iscrizioni-altri-motivi', 'comune', 'Iscrizioni per motivi diversi dal compimento dei 18 anni', 'ufficio-elettorale', 'scadenza', 'art. 32, primo comma, n. 5, e quarto comma, d.P.R. 223/1967', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(15, 1, '010001', 'propaganda.inizio', 'comune', 'Inizio della campagna elettorale', 'candidati', 'inizio', 'art. 6 L. 212/1956; art. 7 L. 130/1975', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(16, 1, '010001', 'europee.consolati-omessi', 'europee', 'Comunicazione ai Consolati degli omessi residenti nell''Unione', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994)', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(17, 1, '010001', 'europee.voto-estero-elenco', 'europee', 'Elenco consolare degli elettori temporaneamente all''estero', 'consolato', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-15', NULL, '2024-05-16 00:00:00', '2024-05-15 22:00:00+00', -25, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(18, 1, '010001', 'europee.voto-estero-attestazione', 'europee', 'Attestazione al Consolato dell''assenza di cause ostative', 'ufficio-elettorale', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-16', NULL, '2024-05-17 00:00:00', '2024-05-16 22:00:00+00', -24, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(19, 1, '010001', 'europee.voto-estero-revoca', 'europee', 'Revoca dell''opzione per il voto all''estero', 'elettori', 'scadenza', 'art. 2 D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-17', NULL, '2024-05-18 00:00:00', '2024-05-17 22:00:00+00', -23, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(20, 1, '010001', 'europee.voto-estero-trasmissione-revoche', 'europee', 'Trasmissione delle revoche ai comuni', 'consolato', 'scadenza', 'art. 2 D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(21, 1, '010001', 'europee.voto-estero-elenco-cecir', 'europee', 'Elenco degli elettori che votano all''estero alla Commissione circondariale', 'ufficio-elettorale', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(22, 1, '010001', 'scrutatori.manifesto-sorteggio', 'comune', 'Manifesto sull''adunanza per la nomina degli scrutatori', 'ufficio-elettorale', 'periodo', 'art. 6, comma 1, L. 95/1989', '2024-05-13', NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(23, 1, '010001', 'seggio.elenco-presidenti', 'comune', 'Elenco dei presidenti di seggio nominati', 'corte-appello', 'scadenza', 'art. 35, quarto comma, d.P.R. 361/1957; art. 20 d.P.R. 570/1960', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(24, 1, '010001', 'seggio.elenco-sostituti-presidenti', 'comune', 'Elenco delle persone idonee a sostituire i presidenti', 'sindaco', 'scadenza', 'art. 35, quinto comma, d.P.R. 361/1957; art. 1 D.L. 187/1994 (L. 453/1994)', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(25, 1, '010001', 'europee.voto-estero-annotazione', 'europee', 'Cancellazione o annotazione degli elettori che votano all''estero', 'commissione-circondariale', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(26, 1, '010001', 'voto-domiciliare.domande', 'comune', 'Domande di ammissione al voto domiciliare', 'elettori', 'periodo', 'art. 1, comma 3, D.L. 1/2006 (L. 22/2006), come sostituito dall''art. 1 L. 46/2009', '2024-04-30', NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(27, 1, '010001', 'scrutatori.nomina', 'comune', 'Nomina degli scrutatori', 'commissione-comunale', 'periodo', 'art. 6, comma 1, L. 95/1989', '2024-05-15', NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(28, 1, '010001', 'revisione.variazioni-decessi', 'comune', 'Variazioni alle liste per morte degli elettori', 'ufficio-elettorale', 'scadenza', 'art. 32, primo comma, n. 1, e quarto comma, d.P.R. 223/1967; art. 5, comma 5-bis, D.L. 5/2012', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(29, 1, '010001', 'scrutatori.notifica-nomina', 'comune', 'Notifica della nomina agli scrutatori', 'sindaco', 'scadenza', 'art. 6, comma 3, L. 95/1989', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(30, 1, '010001', 'manifesti.norme-votazione', 'comune', 'Manifesto con le principali norme per la votazione', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(31, 1, '010001', 'europee.consolati-decessi', 'europee', 'Comunicazione delle cancellazioni per morte di elettori residenti nell''Unione', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994)', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(32, 1, '010001', 'revisione.liste-sezionali', 'comune', 'Trasmissione al sindaco delle liste di sezione autenticate', 'commissione-circondariale', 'scadenza', 'art. 29 d.P.R. 361/1957; L. 18/1979', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(33, 1, '010001', 'sezioni.proposte-variazione-sede', 'comune', 'Proposte di variazione delle sedi di seggio', 'ufficio-elettorale', 'scadenza', 'art. 38, terzo comma, d.P.R. 223/1967', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(34, 1, '010001', 'tessere.manifesto-rettifica', 'comune', 'Manifesto per la rettifica delle tessere elettorali', 'sindaco', 'scadenza', 'd.P.R. 299/2000; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(35, 1, '010001', 'tessere.manifesto-orari', 'comune', 'Manifesto degli orari di rilascio delle tessere', 'sindaco', 'scadenza', 'd.P.R. 299/2000; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(36, 1, '010001', 'manifesti.avvertenze-elettori', 'comune', 'Manifesto con le avvertenze per gli elettori', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(37, 1, '010001', 'voto-assistito.manifesto-medici', 'comune', 'Manifesto dei medici per i certificati di voto assistito', 'sindaco', 'scadenza', 'art. 29, secondo comma, L. 104/1992; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(38, 1, '010001', 'trasporto-disabili.servizio', 'comune', 'Trasporto degli elettori disabili ai seggi', 'sindaco', 'scadenza', 'art. 29, primo comma, L. 104/1992', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(39, 1, '010001', 'revisione.estratti-liste-sezionali', 'comune', 'Estratti delle liste di sezione per i presidenti di seggio', 'ufficio-elettorale', 'scadenza', 'circ. MIACSE 157/1999', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(40, 1, '010001', 'europee.manifesto-liste', 'europee', 'Manifesto delle liste e dei candidati per le europee', 'sindaco', 'scadenza', 'art. 13, ultimo comma, L. 18/1979, aggiunto dall''art. 2 d.lgs. 11/2014', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(41, 1, '010001', 'voto-domiciliare.elenchi', 'comune', 'Comunicazione degli ammessi al voto domiciliare', 'sindaco', 'scadenza', 'art. 1 D.L. 1/2006 (L. 22/2006); istruzioni ministeriali', NULL, NULL, '2024-06-02', NULL, '2024-06-03 00:00:00', '2024-06-02 22:00:00+00', -7, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(42, 1, '010001', 'sezioni.decisione-variazione-sede', 'comune', 'Decisione sulle variazioni delle sedi di seggio', 'commissione-circondariale', 'scadenza', 'art. 38, terzo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-04', NULL, '2024-06-05 00:00:00', '2024-06-04 22:00:00+00', -5, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(43, 1, '010001', 'europee.manifesto-liste-residui', 'europee', 'Affissione delle restanti copie del manifesto delle liste', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-06-05', NULL, '2024-06-06 00:00:00', '2024-06-05 22:00:00+00', -4, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(44, 1, '010001', 'voto-luoghi-cura.richieste', 'comune', 'Richieste di voto nei luoghi di cura', 'elettori', 'scadenza', 'art. 51 d.P.R. 361/1957; art. 42 d.P.R. 570/1960; art. 9 L. 136/1976', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(45, 1, '010001', 'voto-detenuti.richieste', 'comune', 'Richieste di voto nel luogo di detenzione', 'elettori', 'scadenza', 'art. 8, secondo comma, L. 136/1976', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(46, 1, '010001', 'scrutatori.notifica-supplenti', 'comune', 'Notifica della nomina agli scrutatori in sostituzione', 'sindaco', 'scadenza', 'art. 6, comma 4, L. 95/1989', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(47, 1, '010001', 'sezioni.manifesto-non-deambulanti', 'comune', 'Manifesto delle sezioni accessibili agli elettori non deambulanti', 'sindaco', 'scadenza', 'artt. 1 e 2 L. 15/1991; istruzioni ministeriali', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(48, 1, '010001', 'materiale.consegna-timbri-schede', 'comune', 'Consegna ai sindaci di timbri e schede', 'prefettura', 'scadenza', 'art. 33, ultimo comma, d.P.R. 361/1957', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'prefettura'),
	(49, 1, '010001', 'europee.designazione-rappresentanti', 'europee', 'Designazione dei rappresentanti di lista presso i seggi', 'candidati', 'scadenza', 'art. 25, primo comma, d.P.R. 361/1957, come modificato dall''art. 38-bis, comma 1, lett. b), D.L. 77/2021 (L. 108/2021); L. 18/1979 (rinvio al d.P.R. 361/1957)', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(50, 1, '010001', 'revisione.errori-materiali', 'comune', 'Correzione delle liste di sezione per errori materiali', 'commissione-circondariale', 'scadenza', 'art. 40, ultimo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(51, 1, '010001', 'voto-luoghi-cura.elenchi', 'comune', 'Elenchi e attestazioni per il voto nei luoghi di cura', 'ufficio-elettorale', 'scadenza', 'art. 51 d.P.R. 361/1957; art. 42, terzo comma, d.P.R. 570/1960; art. 13 d.P.R. 299/2000', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(52, 1, '010001', 'voto-detenuti.elenchi', 'comune', 'Elenchi e attestazioni per il voto dei detenuti', 'ufficio-elettorale', 'scadenza', 'art. 8, terzo comma, L. 136/1976; art. 13 d.P.R. 299/2000', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(53, 1, '010001', 'sezioni.manifesto-variazione-sede', 'comune', 'Manifesto sulle variazioni delle sedi di seggio', 'sindaco', 'scadenza', 'art. 38, ultimo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(54, 1, '010001', 'materiale.stampa-schede', 'comune', 'Stampa e recapito delle schede di votazione', 'prefettura', 'periodo', 'istruzioni ministeriali', '2024-05-19', NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'prefettura'),
	(55, 1, '010001', 'seggio.consegna-materiale', 'comune', 'Consegna del materiale ai presidenti di seggio', 'sindaco', 'scadenza', 'art. 30 d.P.R. 361/1957; art. 27 d.P.R. 570/1960', NULL, NULL, '2024-06-08', '12:00', '2024-06-08 12:00:00', '2024-06-08 10:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(56, 1, '010001', 'seggio.costituzione', 'comune', 'Costituzione degli uffici elettorali di sezione', 'presidente-seggio', 'evento', 'art. 41 d.P.R. 361/1957; art. 47 d.P.R. 570/1960', NULL, NULL, '2024-06-08', '16:00', '2024-06-08 16:00:00', '2024-06-08 14:00:00+00', -1, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(57, 1, '010001', 'seggio.surroga-presidente', 'comune', 'Surroga dei presidenti di seggio impediti', 'sindaco', 'evento', 'art. 35, quinto comma, d.P.R. 361/1957', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(58, 1, '010001', 'europee.naviganti', 'europee', 'Domande di voto dei naviganti', 'elettori', 'scadenza', 'art. 50 d.P.R. 361/1957; L. 18/1979', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(59, 1, '010001', 'europee.rimpatriati', 'europee', 'Comunicazione di voto in Italia degli elettori residenti nell''Unione', 'elettori', 'scadenza', 'art. 38 L. 18/1979; circ. DAIT n. 25/2024', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(69, 1, '010001', 'materiale.restituzione', 'comune', 'Restituzione del materiale alla Prefettura', 'ufficio-elettorale', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-06-12', NULL, '2024-06-13 00:00:00', '2024-06-12 22:00:00+00', 3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(70, 1, '010001', 'rendiconto.spese', 'comune', 'Rendiconto delle spese elettorali', 'ufficio-elettorale', 'scadenza', 'art. 15 D.L. 8/1993 (L. 68/1993); art. 17 L. 136/1976', NULL, NULL, '2024-10-09', NULL, '2024-10-10 00:00:00', '2024-10-09 22:00:00+00', 122, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(71, 1, '010001', 'propaganda.assegnazione-spazi', 'comune', 'Ripartizione e assegnazione degli spazi di propaganda', 'giunta', 'scadenza', 'art. 5 L. 212/1956', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:liste-ammesse', true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(72, 1, '010001', 'propaganda.defissione', 'comune', 'Defissione della propaganda affissa fuori dagli spazi', 'sindaco', 'inizio', 'art. 3 L. 515/1993; circ. Min. interno 1943/V del 5 aprile 1980', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'rule:propaganda.assegnazione-spazi', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(73, 1, '010025', 'europee.domanda-lista-aggiunta-ue', 'europee', 'Termine per le domande di iscrizione dei cittadini UE nella lista aggiunta per le europee', 'ufficio-elettorale', 'scadenza', 'art. 2, comma 1, D.L. 408/1994 (L. 483/1994)', NULL, NULL, '2024-03-11', NULL, '2024-03-12 00:00:00', '2024-03-11 23:00:00+00', -90, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(74, 1, '010025', 'europee.deposito-contrassegni', 'europee', 'Deposito dei contrassegni al Ministero dell''interno', 'candidati', 'periodo', 'art. 11 L. 18/1979; artt. 14 e 15 d.P.R. 361/1957', '2024-04-21', '08:00', '2024-04-22', '16:00', '2024-04-22 16:00:00', '2024-04-22 14:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(75, 1, '010025', 'revisione.prima-tornata', 'comune', 'Revisione dinamica straordinaria - prima tornata', 'ufficio-elettorale', 'scadenza', 'art. 32 d.P.R. 223/1967; circolari del Ministero dell''interno', NULL, NULL, '2024-04-22', NULL, '2024-04-23 00:00:00', '2024-04-22 22:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(76, 1, '010025', 'europee.consolati-cancellazioni', 'europee', 'Comunicazioni ai Consolati e al Ministero - prima tornata', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994); circ. Min. interno 9/1999', NULL, NULL, '2024-04-22', NULL, '2024-04-23 00:00:00', '2024-04-22 22:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(77, 1, '010025', 'revisione.seconda-tornata', 'comune', 'Revisione dinamica straordinaria - seconda tornata', 'ufficio-elettorale', 'scadenza', 'art. 32, quarto comma, e art. 41 d.P.R. 223/1967', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(78, 1, '010025', 'europee.manifesto-convocazione-comizi', 'europee', 'Manifesto di convocazione dei comizi per le europee', 'sindaco', 'scadenza', 'art. 11 d.P.R. 361/1957; L. 18/1979', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(79, 1, '010025', 'europee.consolati-iscrizioni-aire', 'europee', 'Comunicazioni ai Consolati e al Ministero - seconda tornata', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994); circ. Min. interno 9/1999', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(80, 1, '010025', 'voto-domiciliare.manifesto', 'comune', 'Manifesto sul voto domiciliare', 'sindaco', 'scadenza', 'art. 1 D.L. 1/2006 (L. 22/2006), come modificato dalla L. 46/2009; istruzioni ministeriali', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(81, 1, '010025', 'seggio.verifica-locali', 'comune', 'Verifica dei locali e del materiale dei seggi', 'ufficio-elettorale', 'scadenza', 'istruzioni ministeriali (circ. 4/1972, par. 17)', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(82, 1, '010025', 'europee.presentazione-liste', 'europee', 'Presentazione delle liste dei candidati alla Corte d''appello', 'corte-appello', 'periodo', 'art. 12 L. 18/1979', '2024-04-30', '08:00', '2024-05-01', '20:00', '2024-05-01 20:00:00', '2024-05-01 18:00:00+00', -39, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(83, 1, '010025', 'europee.certificati-iscrizione', 'europee', 'Certificati di iscrizione per sottoscrittori e candidati', 'ufficio-elettorale', 'periodo', 'art. 20, quarto comma, d.P.R. 361/1957; L. 18/1979', '2024-04-30', '08:00', '2024-05-01', '20:00', '2024-05-01 20:00:00', '2024-05-01 18:00:00+00', -39, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(84, 1, '010025', 'revisione.elenco-non-diciottenni', 'comune', 'Elenco degli iscritti che non avranno compiuto 18 anni', 'ufficio-elettorale', 'scadenza', 'art. 33 d.P.R. 223/1967', NULL, NULL, '2024-05-05', NULL, '2024-05-06 00:00:00', '2024-05-05 22:00:00+00', -35, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(87, 1, '010025', 'propaganda.inizio', 'comune', 'Inizio della campagna elettorale', 'candidati', 'inizio', 'art. 6 L. 212/1956; art. 7 L. 130/1975', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(89, 1, '010025', 'europee.voto-estero-elenco', 'europee', 'Elenco consolare degli elettori temporaneamente all''estero', 'consolato', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-15', NULL, '2024-05-16 00:00:00', '2024-05-15 22:00:00+00', -25, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(90, 1, '010025', 'europee.voto-estero-attestazione', 'europee', 'Attestazione al Consolato dell''assenza di cause ostative', 'ufficio-elettorale', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-16', NULL, '2024-05-17 00:00:00', '2024-05-16 22:00:00+00', -24, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(91, 1, '010025', 'europee.voto-estero-revoca', 'europee', 'Revoca dell''opzione per il voto all''estero', 'elettori', 'scadenza', 'art. 2 D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-17', NULL, '2024-05-18 00:00:00', '2024-05-17 22:00:00+00', -23, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(92, 1, '010025', 'europee.voto-estero-trasmissione-revoche', 'europee', 'Trasmissione delle revoche ai comuni', 'consolato', 'scadenza', 'art. 2 D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(93, 1, '010025', 'europee.voto-estero-elenco-cecir', 'europee', 'Elenco degli elettori che votano all''estero alla Commissione circondariale', 'ufficio-elettorale', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(94, 1, '010025', 'scrutatori.manifesto-sorteggio', 'comune', 'Manifesto sull''adunanza per la nomina degli scrutatori', 'ufficio-elettorale', 'periodo', 'art. 6, comma 1, L. 95/1989', '2024-05-13', NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(95, 1, '010025', 'seggio.elenco-presidenti', 'comune', 'Elenco dei presidenti di seggio nominati', 'corte-appello', 'scadenza', 'art. 35, quarto comma, d.P.R. 361/1957; art. 20 d.P.R. 570/1960', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(96, 1, '010025', 'seggio.elenco-sostituti-presidenti', 'comune', 'Elenco delle persone idonee a sostituire i presidenti', 'sindaco', 'scadenza', 'art. 35, quinto comma, d.P.R. 361/1957; art. 1 D.L. 187/1994 (L. 453/1994)', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(97, 1, '010025', 'europee.voto-estero-annotazione', 'europee', 'Cancellazione o annotazione degli elettori che votano all''estero', 'commissione-circondariale', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(98, 1, '010025', 'voto-domiciliare.domande', 'comune', 'Domande di ammissione al voto domiciliare', 'elettori', 'periodo', 'art. 1, comma 3, D.L. 1/2006 (L. 22/2006), come sostituito dall''art. 1 L. 46/2009', '2024-04-30', NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(99, 1, '010025', 'scrutatori.nomina', 'comune', 'Nomina degli scrutatori', 'commissione-comunale', 'periodo', 'art. 6, comma 1, L. 95/1989', '2024-05-15', NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(100, 1, '010025', 'revisione.variazioni-decessi', 'comune', 'Variazioni alle liste per morte degli elettori', 'ufficio-elettorale', 'scadenza', 'art. 32, primo comma, n. 1, e quarto comma, d.P.R. 223/1967; art. 5, comma 5-bis, D.L. 5/2012', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(101, 1, '010025', 'scrutatori.notifica-nomina', 'comune', 'Notifica della nomina agli scrutatori', 'sindaco', 'scadenza', 'art. 6, comma 3, L. 95/1989', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(102, 1, '010025', 'manifesti.norme-votazione', 'comune', 'Manifesto con le principali norme per la votazione', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(103, 1, '010025', 'europee.consolati-decessi', 'europee', 'Comunicazione delle cancellazioni per morte di elettori residenti nell''Unione', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994)', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(104, 1, '010025', 'revisione.liste-sezionali', 'comune', 'Trasmissione al sindaco delle liste di sezione autenticate', 'commissione-circondariale', 'scadenza', 'art. 29 d.P.R. 361/1957; L. 18/1979', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(105, 1, '010025', 'sezioni.proposte-variazione-sede', 'comune', 'Proposte di variazione delle sedi di seggio', 'ufficio-elettorale', 'scadenza', 'art. 38, terzo comma, d.P.R. 223/1967', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(107, 1, '010025', 'tessere.manifesto-orari', 'comune', 'Manifesto degli orari di rilascio delle tessere', 'sindaco', 'scadenza', 'd.P.R. 299/2000; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(88, 1, '010025', 'europee.consolati-omessi', 'europee', 'Comunicazione ai Consolati degli omessi residenti nell''Unione', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994)', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'completato', NULL, false, false, '2026.12.2+56dc68ab8d1c', '2024-05-10 09:00:00+00', 'op.genova', NULL, 'Nessun elettore da iscrivere: elenco consolare completo', NULL, 1, 'comune'),
	(86, 1, '010025', 'revisione.iscrizioni-altri-motivi', 'comune', 'Iscrizioni per motivi diversi dal compimento dei 18 anni', 'ufficio-elettorale', 'scadenza', 'art. 32, primo comma, n. 5, e quarto comma, d.P.R. 223/1967', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'completato', NULL, false, false, '2026.12.2+56dc68ab8d1c', '2024-05-10 09:00:00+00', 'seg.genova', 'PG/2024/0131', NULL, NULL, 1, 'comune'),
	(106, 1, '010025', 'tessere.manifesto-rettifica', 'comune', 'Manifesto per la rettifica delle tessere elettorali', 'sindaco', 'scadenza', 'd.P.R. 299/2000; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 2, 'comune'),
	(109, 1, '010025', 'voto-assistito.manifesto-medici', 'comune', 'Manifesto dei medici per i certificati di voto assistito', 'sindaco', 'scadenza', 'art. 29, secondo comma, L. 104/1992; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(110, 1, '010025', 'trasporto-disabili.servizio', 'comune', 'Trasporto degli elettori disabili ai seggi', 'sindaco', 'scadenza', 'art. 29, primo comma, L. 104/1992', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(111, 1, '010025', 'revisione.estratti-liste-sezionali', 'comune', 'Estratti delle liste di sezione per i presidenti di seggio', 'ufficio-elettorale', 'scadenza', 'circ. MIACSE 157/1999', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(112, 1, '010025', 'europee.manifesto-liste', 'europee', 'Manifesto delle liste e dei candidati per le europee', 'sindaco', 'scadenza', 'art. 13, ultimo comma, L. 18/1979, aggiunto dall''art. 2 d.lgs. 11/2014', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(113, 1, '010025', 'voto-domiciliare.elenchi', 'comune', 'Comunicazione degli ammessi al voto domiciliare', 'sindaco', 'scadenza', 'art. 1 D.L. 1/2006 (L. 22/2006); istruzioni ministeriali', NULL, NULL, '2024-06-02', NULL, '2024-06-03 00:00:00', '2024-06-02 22:00:00+00', -7, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(114, 1, '010025', 'sezioni.decisione-variazione-sede', 'comune', 'Decisione sulle variazioni delle sedi di seggio', 'commissione-circondariale', 'scadenza', 'art. 38, terzo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-04', NULL, '2024-06-05 00:00:00', '2024-06-04 22:00:00+00', -5, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(115, 1, '010025', 'europee.manifesto-liste-residui', 'europee', 'Affissione delle restanti copie del manifesto delle liste', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-06-05', NULL, '2024-06-06 00:00:00', '2024-06-05 22:00:00+00', -4, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(116, 1, '010025', 'voto-luoghi-cura.richieste', 'comune', 'Richieste di voto nei luoghi di cura', 'elettori', 'scadenza', 'art. 51 d.P.R. 361/1957; art. 42 d.P.R. 570/1960; art. 9 L. 136/1976', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(117, 1, '010025', 'voto-detenuti.richieste', 'comune', 'Richieste di voto nel luogo di detenzione', 'elettori', 'scadenza', 'art. 8, secondo comma, L. 136/1976', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(118, 1, '010025', 'scrutatori.notifica-supplenti', 'comune', 'Notifica della nomina agli scrutatori in sostituzione', 'sindaco', 'scadenza', 'art. 6, comma 4, L. 95/1989', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(119, 1, '010025', 'sezioni.manifesto-non-deambulanti', 'comune', 'Manifesto delle sezioni accessibili agli elettori non deambulanti', 'sindaco', 'scadenza', 'artt. 1 e 2 L. 15/1991; istruzioni ministeriali', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(120, 1, '010025', 'materiale.consegna-timbri-schede', 'comune', 'Consegna ai sindaci di timbri e schede', 'prefettura', 'scadenza', 'art. 33, ultimo comma, d.P.R. 361/1957', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'prefettura'),
	(121, 1, '010025', 'europee.designazione-rappresentanti', 'europee', 'Designazione dei rappresentanti di lista presso i seggi', 'candidati', 'scadenza', 'art. 25, primo comma, d.P.R. 361/1957, come modificato dall''art. 38-bis, comma 1, lett. b), D.L. 77/2021 (L. 108/2021); L. 18/1979 (rinvio al d.P.R. 361/1957)', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(122, 1, '010025', 'revisione.errori-materiali', 'comune', 'Correzione delle liste di sezione per errori materiali', 'commissione-circondariale', 'scadenza', 'art. 40, ultimo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(123, 1, '010025', 'voto-luoghi-cura.elenchi', 'comune', 'Elenchi e attestazioni per il voto nei luoghi di cura', 'ufficio-elettorale', 'scadenza', 'art. 51 d.P.R. 361/1957; art. 42, terzo comma, d.P.R. 570/1960; art. 13 d.P.R. 299/2000', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(124, 1, '010025', 'voto-detenuti.elenchi', 'comune', 'Elenchi e attestazioni per il voto dei detenuti', 'ufficio-elettorale', 'scadenza', 'art. 8, terzo comma, L. 136/1976; art. 13 d.P.R. 299/2000', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(125, 1, '010025', 'sezioni.manifesto-variazione-sede', 'comune', 'Manifesto sulle variazioni delle sedi di seggio', 'sindaco', 'scadenza', 'art. 38, ultimo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(126, 1, '010025', 'materiale.stampa-schede', 'comune', 'Stampa e recapito delle schede di votazione', 'prefettura', 'periodo', 'istruzioni ministeriali', '2024-05-19', NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'prefettura'),
	(127, 1, '010025', 'seggio.consegna-materiale', 'comune', 'Consegna del materiale ai presidenti di seggio', 'sindaco', 'scadenza', 'art. 30 d.P.R. 361/1957; art. 27 d.P.R. 570/1960', NULL, NULL, '2024-06-08', '12:00', '2024-06-08 12:00:00', '2024-06-08 10:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(128, 1, '010025', 'seggio.costituzione', 'comune', 'Costituzione degli uffici elettorali di sezione', 'presidente-seggio', 'evento', 'art. 41 d.P.R. 361/1957; art. 47 d.P.R. 570/1960', NULL, NULL, '2024-06-08', '16:00', '2024-06-08 16:00:00', '2024-06-08 14:00:00+00', -1, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(129, 1, '010025', 'seggio.surroga-presidente', 'comune', 'Surroga dei presidenti di seggio impediti', 'sindaco', 'evento', 'art. 35, quinto comma, d.P.R. 361/1957', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(130, 1, '010025', 'europee.naviganti', 'europee', 'Domande di voto dei naviganti', 'elettori', 'scadenza', 'art. 50 d.P.R. 361/1957; L. 18/1979', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(131, 1, '010025', 'europee.rimpatriati', 'europee', 'Comunicazione di voto in Italia degli elettori residenti nell''Unione', 'elettori', 'scadenza', 'art. 38 L. 18/1979; circ. DAIT n. 25/2024', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(108, 1, '010025', 'manifesti.avvertenze-elettori', 'comune', 'Manifesto con le avvertenze per gli elettori', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'completato', NULL, false, false, '2026.12.2+56dc68ab8d1c', '2024-05-29 15:00:00+00', 'op.genova', 'PG/2024/0201', 'Affisso in tutte le sezioni', NULL, 1, 'comune'),
	(141, 1, '010025', 'materiale.restituzione', 'comune', 'Restituzione del materiale alla Prefettura', 'ufficio-elettorale', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-06-12', NULL, '2024-06-13 00:00:00', '2024-06-12 22:00:00+00', 3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(142, 1, '010025', 'rendiconto.spese', 'comune', 'Rendiconto delle spese elettorali', 'ufficio-elettorale', 'scadenza', 'art. 15 D.L. 8/1993 (L. 68/1993); art. 17 L. 136/1976', NULL, NULL, '2024-10-09', NULL, '2024-10-10 00:00:00', '2024-10-09 22:00:00+00', 122, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(145, 1, '010046', 'europee.domanda-lista-aggiunta-ue', 'europee', 'Termine per le domande di iscrizione dei cittadini UE nella lista aggiunta per le europee', 'ufficio-elettorale', 'scadenza', 'art. 2, comma 1, D.L. 408/1994 (L. 483/1994)', NULL, NULL, '2024-03-11', NULL, '2024-03-12 00:00:00', '2024-03-11 23:00:00+00', -90, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(146, 1, '010046', 'europee.deposito-contrassegni', 'europee', 'Deposito dei contrassegni al Ministero dell''interno', 'candidati', 'periodo', 'art. 11 L. 18/1979; artt. 14 e 15 d.P.R. 361/1957', '2024-04-21', '08:00', '2024-04-22', '16:00', '2024-04-22 16:00:00', '2024-04-22 14:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(147, 1, '010046', 'revisione.prima-tornata', 'comune', 'Revisione dinamica straordinaria - prima tornata', 'ufficio-elettorale', 'scadenza', 'art. 32 d.P.R. 223/1967; circolari del Ministero dell''interno', NULL, NULL, '2024-04-22', NULL, '2024-04-23 00:00:00', '2024-04-22 22:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(148, 1, '010046', 'europee.consolati-cancellazioni', 'europee', 'Comunicazioni ai Consolati e al Ministero - prima tornata', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994); circ. Min. interno 9/1999', NULL, NULL, '2024-04-22', NULL, '2024-04-23 00:00:00', '2024-04-22 22:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(149, 1, '010046', 'revisione.seconda-tornata', 'comune', 'Revisione dinamica straordinaria - seconda tornata', 'ufficio-elettorale', 'scadenza', 'art. 32, quarto comma, e art. 41 d.P.R. 223/1967', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(150, 1, '010046', 'europee.manifesto-convocazione-comizi', 'europee', 'Manifesto di convocazione dei comizi per le europee', 'sindaco', 'scadenza', 'art. 11 d.P.R. 361/1957; L. 18/1979', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(151, 1, '010046', 'europee.consolati-iscrizioni-aire', 'europee', 'Comunicazioni ai Consolati e al Ministero - seconda tornata', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994); circ. Min. interno 9/1999', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(152, 1, '010046', 'voto-domiciliare.manifesto', 'comune', 'Manifesto sul voto domiciliare', 'sindaco', 'scadenza', 'art. 1 D.L. 1/2006 (L. 22/2006), come modificato dalla L. 46/2009; istruzioni ministeriali', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(153, 1, '010046', 'seggio.verifica-locali', 'comune', 'Verifica dei locali e del materiale dei seggi', 'ufficio-elettorale', 'scadenza', 'istruzioni ministeriali (circ. 4/1972, par. 17)', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(154, 1, '010046', 'europee.presentazione-liste', 'europee', 'Presentazione delle liste dei candidati alla Corte d''appello', 'corte-appello', 'periodo', 'art. 12 L. 18/1979', '2024-04-30', '08:00', '2024-05-01', '20:00', '2024-05-01 20:00:00', '2024-05-01 18:00:00+00', -39, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(155, 1, '010046', 'europee.certificati-iscrizione', 'europee', 'Certificati di iscrizione per sottoscrittori e candidati', 'ufficio-elettorale', 'periodo', 'art. 20, quarto comma, d.P.R. 361/1957; L. 18/1979', '2024-04-30', '08:00', '2024-05-01', '20:00', '2024-05-01 20:00:00', '2024-05-01 18:00:00+00', -39, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(156, 1, '010046', 'revisione.elenco-non-diciottenni', 'comune', 'Elenco degli iscritti che non avranno compiuto 18 anni', 'ufficio-elettorale', 'scadenza', 'art. 33 d.P.R. 223/1967', NULL, NULL, '2024-05-05', NULL, '2024-05-06 00:00:00', '2024-05-05 22:00:00+00', -35, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(157, 1, '010046', 'propaganda.delimitazione-spazi', 'comune', 'Individuazione e delimitazione degli spazi di propaganda', 'giunta', 'periodo', 'artt. 2 e 3 L. 212/1956; art. 1, comma 400, lett. h), L. 147/2013', '2024-05-07', NULL, '2024-05-09', NULL, '2024-05-10 00:00:00', '2024-05-09 22:00:00+00', -31, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(158, 1, '010046', 'revisione.iscrizioni-altri-motivi', 'comune', 'Iscrizioni per motivi diversi dal compimento dei 18 anni', 'ufficio-elettorale', 'scadenza', 'art. 32, primo comma, n. 5, e quarto comma, d.P.R. 223/1967', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(159, 1, '010046', 'propaganda.inizio', 'comune', 'Inizio della campagna elettorale', 'candidati', 'inizio', 'art. 6 L. 212/1956; art. 7 L. 130/1975', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(160, 1, '010046', 'europee.consolati-omessi', 'europee', 'Comunicazione ai Consolati degli omessi residenti nell''Unione', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994)', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(161, 1, '010046', 'europee.voto-estero-elenco', 'europee', 'Elenco consolare degli elettori temporaneamente all''estero', 'consolato', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-15', NULL, '2024-05-16 00:00:00', '2024-05-15 22:00:00+00', -25, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(144, 1, '010025', 'propaganda.defissione', 'comune', 'Defissione della propaganda affissa fuori dagli spazi', 'sindaco', 'inizio', 'art. 3 L. 515/1993; circ. Min. interno 1943/V del 5 aprile 1980', NULL, NULL, '2024-05-15', NULL, '2024-05-16 00:00:00', '2024-05-15 22:00:00+00', -25, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(143, 1, '010025', 'propaganda.assegnazione-spazi', 'comune', 'Ripartizione e assegnazione degli spazi di propaganda', 'giunta', 'scadenza', 'art. 5 L. 212/1956', NULL, NULL, '2024-05-15', NULL, '2024-05-16 00:00:00', '2024-05-15 22:00:00+00', -25, 'completato', NULL, true, false, '2026.12.2+56dc68ab8d1c', '2024-05-15 05:00:00+00', 'op.genova', 'PG/2024/0152', NULL, NULL, 2, 'comune'),
	(162, 1, '010046', 'europee.voto-estero-attestazione', 'europee', 'Attestazione al Consolato dell''assenza di cause ostative', 'ufficio-elettorale', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-16', NULL, '2024-05-17 00:00:00', '2024-05-16 22:00:00+00', -24, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(163, 1, '010046', 'europee.voto-estero-revoca', 'europee', 'Revoca dell''opzione per il voto all''estero', 'elettori', 'scadenza', 'art. 2 D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-17', NULL, '2024-05-18 00:00:00', '2024-05-17 22:00:00+00', -23, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(164, 1, '010046', 'europee.voto-estero-trasmissione-revoche', 'europee', 'Trasmissione delle revoche ai comuni', 'consolato', 'scadenza', 'art. 2 D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(165, 1, '010046', 'europee.voto-estero-elenco-cecir', 'europee', 'Elenco degli elettori che votano all''estero alla Commissione circondariale', 'ufficio-elettorale', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(166, 1, '010046', 'scrutatori.manifesto-sorteggio', 'comune', 'Manifesto sull''adunanza per la nomina degli scrutatori', 'ufficio-elettorale', 'periodo', 'art. 6, comma 1, L. 95/1989', '2024-05-13', NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(167, 1, '010046', 'seggio.elenco-presidenti', 'comune', 'Elenco dei presidenti di seggio nominati', 'corte-appello', 'scadenza', 'art. 35, quarto comma, d.P.R. 361/1957; art. 20 d.P.R. 570/1960', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(168, 1, '010046', 'seggio.elenco-sostituti-presidenti', 'comune', 'Elenco delle persone idonee a sostituire i presidenti', 'sindaco', 'scadenza', 'art. 35, quinto comma, d.P.R. 361/1957; art. 1 D.L. 187/1994 (L. 453/1994)', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(169, 1, '010046', 'europee.voto-estero-annotazione', 'europee', 'Cancellazione o annotazione degli elettori che votano all''estero', 'commissione-circondariale', 'scadenza', 'art. 2, comma 5, D.L. 3/2009 (L. 26/2009)', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(170, 1, '010046', 'voto-domiciliare.domande', 'comune', 'Domande di ammissione al voto domiciliare', 'elettori', 'periodo', 'art. 1, comma 3, D.L. 1/2006 (L. 22/2006), come sostituito dall''art. 1 L. 46/2009', '2024-04-30', NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(171, 1, '010046', 'scrutatori.nomina', 'comune', 'Nomina degli scrutatori', 'commissione-comunale', 'periodo', 'art. 6, comma 1, L. 95/1989', '2024-05-15', NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(172, 1, '010046', 'revisione.variazioni-decessi', 'comune', 'Variazioni alle liste per morte degli elettori', 'ufficio-elettorale', 'scadenza', 'art. 32, primo comma, n. 1, e quarto comma, d.P.R. 223/1967; art. 5, comma 5-bis, D.L. 5/2012', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(173, 1, '010046', 'scrutatori.notifica-nomina', 'comune', 'Notifica della nomina agli scrutatori', 'sindaco', 'scadenza', 'art. 6, comma 3, L. 95/1989', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(174, 1, '010046', 'manifesti.norme-votazione', 'comune', 'Manifesto con le principali norme per la votazione', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(175, 1, '010046', 'europee.consolati-decessi', 'europee', 'Comunicazione delle cancellazioni per morte di elettori residenti nell''Unione', 'ufficio-elettorale', 'scadenza', 'art. 4, comma 9, D.L. 408/1994 (L. 483/1994)', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(176, 1, '010046', 'revisione.liste-sezionali', 'comune', 'Trasmissione al sindaco delle liste di sezione autenticate', 'commissione-circondariale', 'scadenza', 'art. 29 d.P.R. 361/1957; L. 18/1979', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(177, 1, '010046', 'sezioni.proposte-variazione-sede', 'comune', 'Proposte di variazione delle sedi di seggio', 'ufficio-elettorale', 'scadenza', 'art. 38, terzo comma, d.P.R. 223/1967', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(178, 1, '010046', 'tessere.manifesto-rettifica', 'comune', 'Manifesto per la rettifica delle tessere elettorali', 'sindaco', 'scadenza', 'd.P.R. 299/2000; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(179, 1, '010046', 'tessere.manifesto-orari', 'comune', 'Manifesto degli orari di rilascio delle tessere', 'sindaco', 'scadenza', 'd.P.R. 299/2000; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(180, 1, '010046', 'manifesti.avvertenze-elettori', 'comune', 'Manifesto con le avvertenze per gli elettori', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(181, 1, '010046', 'voto-assistito.manifesto-medici', 'comune', 'Manifesto dei medici per i certificati di voto assistito', 'sindaco', 'scadenza', 'art. 29, secondo comma, L. 104/1992; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(182, 1, '010046', 'trasporto-disabili.servizio', 'comune', 'Trasporto degli elettori disabili ai seggi', 'sindaco', 'scadenza', 'art. 29, primo comma, L. 104/1992', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(183, 1, '010046', 'revisione.estratti-liste-sezionali', 'comune', 'Estratti delle liste di sezione per i presidenti di seggio', 'ufficio-elettorale', 'scadenza', 'circ. MIACSE 157/1999', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(184, 1, '010046', 'europee.manifesto-liste', 'europee', 'Manifesto delle liste e dei candidati per le europee', 'sindaco', 'scadenza', 'art. 13, ultimo comma, L. 18/1979, aggiunto dall''art. 2 d.lgs. 11/2014', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(185, 1, '010046', 'voto-domiciliare.elenchi', 'comune', 'Comunicazione degli ammessi al voto domiciliare', 'sindaco', 'scadenza', 'art. 1 D.L. 1/2006 (L. 22/2006); istruzioni ministeriali', NULL, NULL, '2024-06-02', NULL, '2024-06-03 00:00:00', '2024-06-02 22:00:00+00', -7, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(186, 1, '010046', 'sezioni.decisione-variazione-sede', 'comune', 'Decisione sulle variazioni delle sedi di seggio', 'commissione-circondariale', 'scadenza', 'art. 38, terzo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-04', NULL, '2024-06-05 00:00:00', '2024-06-04 22:00:00+00', -5, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(187, 1, '010046', 'europee.manifesto-liste-residui', 'europee', 'Affissione delle restanti copie del manifesto delle liste', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-06-05', NULL, '2024-06-06 00:00:00', '2024-06-05 22:00:00+00', -4, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(188, 1, '010046', 'voto-luoghi-cura.richieste', 'comune', 'Richieste di voto nei luoghi di cura', 'elettori', 'scadenza', 'art. 51 d.P.R. 361/1957; art. 42 d.P.R. 570/1960; art. 9 L. 136/1976', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(189, 1, '010046', 'voto-detenuti.richieste', 'comune', 'Richieste di voto nel luogo di detenzione', 'elettori', 'scadenza', 'art. 8, secondo comma, L. 136/1976', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(190, 1, '010046', 'scrutatori.notifica-supplenti', 'comune', 'Notifica della nomina agli scrutatori in sostituzione', 'sindaco', 'scadenza', 'art. 6, comma 4, L. 95/1989', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(191, 1, '010046', 'sezioni.manifesto-non-deambulanti', 'comune', 'Manifesto delle sezioni accessibili agli elettori non deambulanti', 'sindaco', 'scadenza', 'artt. 1 e 2 L. 15/1991; istruzioni ministeriali', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(192, 1, '010046', 'materiale.consegna-timbri-schede', 'comune', 'Consegna ai sindaci di timbri e schede', 'prefettura', 'scadenza', 'art. 33, ultimo comma, d.P.R. 361/1957', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'prefettura'),
	(193, 1, '010046', 'europee.designazione-rappresentanti', 'europee', 'Designazione dei rappresentanti di lista presso i seggi', 'candidati', 'scadenza', 'art. 25, primo comma, d.P.R. 361/1957, come modificato dall''art. 38-bis, comma 1, lett. b), D.L. 77/2021 (L. 108/2021); L. 18/1979 (rinvio al d.P.R. 361/1957)', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(194, 1, '010046', 'revisione.errori-materiali', 'comune', 'Correzione delle liste di sezione per errori materiali', 'commissione-circondariale', 'scadenza', 'art. 40, ultimo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(195, 1, '010046', 'voto-luoghi-cura.elenchi', 'comune', 'Elenchi e attestazioni per il voto nei luoghi di cura', 'ufficio-elettorale', 'scadenza', 'art. 51 d.P.R. 361/1957; art. 42, terzo comma, d.P.R. 570/1960; art. 13 d.P.R. 299/2000', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(196, 1, '010046', 'voto-detenuti.elenchi', 'comune', 'Elenchi e attestazioni per il voto dei detenuti', 'ufficio-elettorale', 'scadenza', 'art. 8, terzo comma, L. 136/1976; art. 13 d.P.R. 299/2000', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(197, 1, '010046', 'sezioni.manifesto-variazione-sede', 'comune', 'Manifesto sulle variazioni delle sedi di seggio', 'sindaco', 'scadenza', 'art. 38, ultimo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(198, 1, '010046', 'materiale.stampa-schede', 'comune', 'Stampa e recapito delle schede di votazione', 'prefettura', 'periodo', 'istruzioni ministeriali', '2024-05-19', NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'prefettura'),
	(199, 1, '010046', 'seggio.consegna-materiale', 'comune', 'Consegna del materiale ai presidenti di seggio', 'sindaco', 'scadenza', 'art. 30 d.P.R. 361/1957; art. 27 d.P.R. 570/1960', NULL, NULL, '2024-06-08', '12:00', '2024-06-08 12:00:00', '2024-06-08 10:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(200, 1, '010046', 'seggio.costituzione', 'comune', 'Costituzione degli uffici elettorali di sezione', 'presidente-seggio', 'evento', 'art. 41 d.P.R. 361/1957; art. 47 d.P.R. 570/1960', NULL, NULL, '2024-06-08', '16:00', '2024-06-08 16:00:00', '2024-06-08 14:00:00+00', -1, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(201, 1, '010046', 'seggio.surroga-presidente', 'comune', 'Surroga dei presidenti di seggio impediti', 'sindaco', 'evento', 'art. 35, quinto comma, d.P.R. 361/1957', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(202, 1, '010046', 'europee.naviganti', 'europee', 'Domande di voto dei naviganti', 'elettori', 'scadenza', 'art. 50 d.P.R. 361/1957; L. 18/1979', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(203, 1, '010046', 'europee.rimpatriati', 'europee', 'Comunicazione di voto in Italia degli elettori residenti nell''Unione', 'elettori', 'scadenza', 'art. 38 L. 18/1979; circ. DAIT n. 25/2024', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(213, 1, '010046', 'materiale.restituzione', 'comune', 'Restituzione del materiale alla Prefettura', 'ufficio-elettorale', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-06-12', NULL, '2024-06-13 00:00:00', '2024-06-12 22:00:00+00', 3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(214, 1, '010046', 'rendiconto.spese', 'comune', 'Rendiconto delle spese elettorali', 'ufficio-elettorale', 'scadenza', 'art. 15 D.L. 8/1993 (L. 68/1993); art. 17 L. 136/1976', NULL, NULL, '2024-10-09', NULL, '2024-10-10 00:00:00', '2024-10-09 22:00:00+00', 122, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(215, 1, '010046', 'propaganda.assegnazione-spazi', 'comune', 'Ripartizione e assegnazione degli spazi di propaganda', 'giunta', 'scadenza', 'art. 5 L. 212/1956', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:liste-ammesse', true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(204, 1, '010046', 'europee.scrutinio', 'europee', 'Inizio dello scrutinio per le europee', 'presidente-seggio', 'inizio', 'art. 1, comma 399, L. 147/2013; art. 2 D.L. 161/1976 (L. 240/1976)', NULL, NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(216, 1, '010046', 'propaganda.defissione', 'comune', 'Defissione della propaganda affissa fuori dagli spazi', 'sindaco', 'inizio', 'art. 3 L. 515/1993; circ. Min. interno 1943/V del 5 aprile 1980', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'rule:propaganda.assegnazione-spazi', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(217, 1, '010025', 'comunali.manifesto-convocazione-comizi', 'comunali', 'Affissione del manifesto di convocazione dei comizi', 'sindaco', 'scadenza', 'art. 18 d.P.R. 570/1960', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(218, 1, '010025', 'comunali.domanda-liste-aggiunte-ue', 'comunali', 'Termine per le domande di iscrizione nelle liste aggiunte dei cittadini UE', 'ufficio-elettorale', 'scadenza', 'art. 3, comma 1, d.lgs. 197/1996', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(219, 1, '010025', 'comunali.iscrizione-liste-aggiunte-ue', 'comunali', 'Iscrizione dei cittadini UE nelle liste elettorali aggiunte', 'ufficio-elettorale', 'scadenza', 'art. 3 d.lgs. 197/1996; art. 32, quarto comma, d.P.R. 223/1967', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(220, 1, '010025', 'comunali.apertura-uffici-certificati', 'comunali', 'Apertura straordinaria dell''ufficio elettorale per certificati e candidature', 'ufficio-elettorale', 'periodo', 'artt. 28 e 32 d.P.R. 570/1960; istruzioni del Ministero dell''interno', '2024-05-07', NULL, '2024-05-11', '12:00', '2024-05-11 12:00:00', '2024-05-11 10:00:00+00', -29, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(222, 1, '010025', 'comunali.trasmissione-liste-commissione', 'comunali', 'Trasmissione delle liste alla Commissione elettorale circondariale', 'segretario', 'scadenza', 'art. 32, ultimo comma, d.P.R. 570/1960', NULL, NULL, '2024-05-11', '24:00', '2024-05-12 00:00:00', '2024-05-11 22:00:00+00', -29, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(223, 1, '010025', 'comunali.esame-candidature', 'comunali', 'Esame e ammissione delle candidature', 'commissione-circondariale', 'scadenza', 'art. 33 d.P.R. 570/1960', NULL, NULL, '2024-05-12', '24:00', '2024-05-13 00:00:00', '2024-05-12 22:00:00+00', -28, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(224, 1, '010025', 'comunali.udienza-delegati', 'comunali', 'Nuova riunione della Commissione per udire i delegati delle liste', 'commissione-circondariale', 'evento', 'art. 33, ultimo comma, d.P.R. 570/1960', NULL, NULL, '2024-05-13', '09:00', '2024-05-13 09:00:00', '2024-05-13 07:00:00+00', -27, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(225, 1, '010025', 'comunali.comunicazione-liste-ammesse', 'comunali', 'Comunicazione delle candidature ammesse al sindaco e al Prefetto', 'commissione-circondariale', 'scadenza', 'art. 34 d.P.R. 570/1960', NULL, NULL, '2024-05-13', NULL, '2024-05-14 00:00:00', '2024-05-13 22:00:00+00', -27, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(226, 1, '010025', 'comunali.avviso-programmi', 'comunali', 'Manifesto sul deposito dei programmi amministrativi dei candidati', 'sindaco', 'scadenza', 'art. 71, comma 2, e art. 73, comma 2, d.lgs. 267/2000', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(227, 1, '010025', 'comunali.manifesto-candidati', 'comunali', 'Affissione del manifesto delle candidature', 'sindaco', 'scadenza', 'artt. 31 e 34 d.P.R. 570/1960, come modificato dall''art. 2, comma 5, dell''Allegato 4 al d.lgs. 104/2010', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(228, 1, '010025', 'comunali.elezioni-trasparenti', 'comunali', 'Pubblicazione di curriculum e certificati penali dei candidati ("Elezioni trasparenti")', 'ufficio-elettorale', 'scadenza', 'art. 1, commi 14 e 15, L. 3/2019, come modificati dall''art. 38-bis, comma 7, D.L. 77/2021 (L. 108/2021); D.M. 20 marzo 2019', NULL, NULL, '2024-06-02', NULL, '2024-06-03 00:00:00', '2024-06-02 22:00:00+00', -7, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(229, 1, '010025', 'comunali.manifesto-candidati-residuo', 'comunali', 'Affissione della restante parte dei manifesti delle candidature', 'sindaco', 'scadenza', 'art. 34 d.P.R. 570/1960; istruzioni del Ministero dell''interno', NULL, NULL, '2024-06-05', NULL, '2024-06-06 00:00:00', '2024-06-05 22:00:00+00', -4, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune');
INSERT INTO public.adempimento OVERRIDING SYSTEM VALUE VALUES
	(230, 1, '010025', 'comunali.elenco-delegati', 'comunali', 'Trasmissione al sindaco dell''elenco dei delegati di lista', 'commissione-circondariale', 'scadenza', 'art. 35, primo comma, d.P.R. 570/1960', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(231, 1, '010025', 'comunali.designazione-rappresentanti', 'comunali', 'Termine per la designazione dei rappresentanti di lista presso i seggi', 'segretario', 'scadenza', 'art. 32, settimo comma, n. 4, e art. 35, secondo comma, d.P.R. 570/1960, come modificati dall''art. 38-bis, comma 2, D.L. 77/2021 (L. 108/2021)', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(232, 1, '010025', 'comunali.scrutinio', 'comunali', 'Inizio dello scrutinio delle elezioni comunali', 'presidente-seggio', 'evento', 'norma di abbinamento della tornata (2024: art. 1 D.L. 7/2024, conv. L. 38/2024)', NULL, NULL, '2024-06-10', '14:00', '2024-06-10 14:00:00', '2024-06-10 12:00:00+00', 1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(233, 1, '010025', 'comunali.proclamazione', 'comunali', 'Proclamazione degli eletti (ufficio centrale o adunanza dei presidenti)', 'ufficio-centrale', 'evento', 'art. 72 d.P.R. 570/1960; art. 72, commi 4 e 5, d.lgs. 267/2000; art. 8 d.P.R. 132/1993', NULL, NULL, '2024-06-11', '08:00', '2024-06-11 08:00:00', '2024-06-11 06:00:00+00', 2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(234, 1, '010025', 'ballottaggio.collegamento-liste', 'ballottaggio', 'Dichiarazioni di collegamento con ulteriori liste per il ballottaggio', 'candidati', 'scadenza', 'art. 72, comma 7, d.lgs. 267/2000', NULL, NULL, '2024-06-16', NULL, '2024-06-17 00:00:00', '2024-06-16 22:00:00+00', 7, 'in_attesa', 'event:ballottaggio-necessario', false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(235, 1, '010025', 'ballottaggio.richieste-luoghi-cura', 'ballottaggio', 'Termine per le richieste di voto nei luoghi di cura (ballottaggio)', 'elettori', 'scadenza', 'art. 42 d.P.R. 570/1960; art. 9 L. 136/1976; art. 51 d.P.R. 361/1957', NULL, NULL, '2024-06-20', NULL, '2024-06-21 00:00:00', '2024-06-20 22:00:00+00', 11, 'in_attesa', 'event:ballottaggio-necessario', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(236, 1, '010025', 'ballottaggio.richieste-detenuti', 'ballottaggio', 'Termine per le richieste di voto nei luoghi di detenzione (ballottaggio)', 'elettori', 'scadenza', 'artt. 8 e 9 L. 136/1976', NULL, NULL, '2024-06-20', NULL, '2024-06-21 00:00:00', '2024-06-20 22:00:00+00', 11, 'in_attesa', 'event:ballottaggio-necessario', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(237, 1, '010025', 'ballottaggio.consegna-schede-timbri', 'ballottaggio', 'Consegna ai sindaci delle schede e dei timbri per il ballottaggio', 'prefettura', 'scadenza', 'art. 33, ultimo comma, d.P.R. 361/1957; istruzioni del Ministero dell''interno', NULL, NULL, '2024-06-20', NULL, '2024-06-21 00:00:00', '2024-06-20 22:00:00+00', 11, 'in_attesa', 'event:ballottaggio-necessario', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'prefettura'),
	(238, 1, '010025', 'ballottaggio.consegna-materiale', 'ballottaggio', 'Consegna ai presidenti di seggio del materiale per il ballottaggio', 'sindaco', 'scadenza', 'art. 27 d.P.R. 570/1960', NULL, NULL, '2024-06-22', '12:00', '2024-06-22 12:00:00', '2024-06-22 10:00:00+00', 13, 'in_attesa', 'event:ballottaggio-necessario', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(239, 1, '010025', 'ballottaggio.costituzione-seggio', 'ballottaggio', 'Costituzione degli uffici elettorali di sezione per il ballottaggio', 'presidente-seggio', 'evento', 'art. 47 d.P.R. 570/1960', NULL, NULL, '2024-06-22', '16:00', '2024-06-22 16:00:00', '2024-06-22 14:00:00+00', 13, 'in_attesa', 'event:ballottaggio-necessario', true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(240, 1, '010025', 'ballottaggio.scrutinio', 'ballottaggio', 'Inizio dello scrutinio del turno di ballottaggio', 'presidente-seggio', 'evento', 'art. 53 d.P.R. 570/1960', NULL, NULL, '2024-06-23', '23:00', '2024-06-23 23:00:00', '2024-06-23 21:00:00+00', 14, 'in_attesa', 'event:ballottaggio-necessario', false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(241, 1, '010025', 'ballottaggio.silenzio-propaganda', 'ballottaggio', 'Divieto di comizi, nuove affissioni e propaganda (ballottaggio)', 'candidati', 'divieto', 'art. 9 L. 212/1956; art. 9-bis D.L. 807/1984, conv. L. 10/1985', '2024-06-22', '00:00', '2024-06-23', '23:00', '2024-06-23 23:00:00', '2024-06-23 21:00:00+00', 14, 'in_attesa', 'event:ballottaggio-necessario', false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(242, 1, '010025', 'ballottaggio.votazione', 'ballottaggio', 'Votazione del turno di ballottaggio', 'elettori', 'evento', 'art. 71, comma 6, e art. 72, comma 5, d.lgs. 267/2000; art. 1, comma 399, L. 147/2013', '2024-06-23', '07:00', '2024-06-23', '23:00', '2024-06-23 23:00:00', '2024-06-23 21:00:00+00', 14, 'in_attesa', 'event:ballottaggio-necessario', false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(243, 1, '010025', 'ballottaggio.proclamazione', 'ballottaggio', 'Proclamazione del sindaco eletto al ballottaggio', 'ufficio-centrale', 'evento', 'artt. 67 e 72 d.P.R. 570/1960; artt. 71, 72 e 73 d.lgs. 267/2000; art. 8 d.P.R. 132/1993', NULL, NULL, '2024-06-25', '08:00', '2024-06-25 08:00:00', '2024-06-25 06:00:00+00', 16, 'in_attesa', 'event:ballottaggio-necessario', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(245, 1, '010025', 'comunali.pubblicazione-risultati', 'comunali', 'Pubblicazione dei risultati e notifica agli eletti', 'sindaco', 'scadenza', 'art. 61 d.P.R. 570/1960', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:chiusura-scrutinio', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(246, 1, '010025', 'ballottaggio.manifesto-candidati', 'ballottaggio', 'Stampa e affissione del manifesto dei candidati ammessi al ballottaggio', 'sindaco', 'scadenza', 'art. 72, commi 5-7, d.lgs. 267/2000; istruzioni del Ministero dell''interno', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:ballottaggio-necessario', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(247, 1, '010025', 'ballottaggio.pubblicazione-risultati', 'ballottaggio', 'Pubblicazione dei risultati del ballottaggio e notifica agli eletti', 'sindaco', 'scadenza', 'art. 61 d.P.R. 570/1960', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:ballottaggio-necessario', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(248, 1, '010051', 'revisione.prima-tornata', 'comune', 'Revisione dinamica straordinaria - prima tornata', 'ufficio-elettorale', 'scadenza', 'art. 32 d.P.R. 223/1967; circolari del Ministero dell''interno', NULL, NULL, '2024-04-22', NULL, '2024-04-23 00:00:00', '2024-04-22 22:00:00+00', -48, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(249, 1, '010051', 'revisione.seconda-tornata', 'comune', 'Revisione dinamica straordinaria - seconda tornata', 'ufficio-elettorale', 'scadenza', 'art. 32, quarto comma, e art. 41 d.P.R. 223/1967', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(250, 1, '010051', 'comunali.manifesto-convocazione-comizi', 'comunali', 'Affissione del manifesto di convocazione dei comizi', 'sindaco', 'scadenza', 'art. 18 d.P.R. 570/1960', NULL, NULL, '2024-04-25', NULL, '2024-04-26 00:00:00', '2024-04-25 22:00:00+00', -45, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(251, 1, '010051', 'voto-domiciliare.manifesto', 'comune', 'Manifesto sul voto domiciliare', 'sindaco', 'scadenza', 'art. 1 D.L. 1/2006 (L. 22/2006), come modificato dalla L. 46/2009; istruzioni ministeriali', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(252, 1, '010051', 'seggio.verifica-locali', 'comune', 'Verifica dei locali e del materiale dei seggi', 'ufficio-elettorale', 'scadenza', 'istruzioni ministeriali (circ. 4/1972, par. 17)', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(253, 1, '010051', 'comunali.domanda-liste-aggiunte-ue', 'comunali', 'Termine per le domande di iscrizione nelle liste aggiunte dei cittadini UE', 'ufficio-elettorale', 'scadenza', 'art. 3, comma 1, d.lgs. 197/1996', NULL, NULL, '2024-04-30', NULL, '2024-05-01 00:00:00', '2024-04-30 22:00:00+00', -40, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(254, 1, '010051', 'revisione.elenco-non-diciottenni', 'comune', 'Elenco degli iscritti che non avranno compiuto 18 anni', 'ufficio-elettorale', 'scadenza', 'art. 33 d.P.R. 223/1967', NULL, NULL, '2024-05-05', NULL, '2024-05-06 00:00:00', '2024-05-05 22:00:00+00', -35, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(255, 1, '010051', 'propaganda.delimitazione-spazi', 'comune', 'Individuazione e delimitazione degli spazi di propaganda', 'giunta', 'periodo', 'artt. 2 e 3 L. 212/1956; art. 1, comma 400, lett. h), L. 147/2013', '2024-05-07', NULL, '2024-05-09', NULL, '2024-05-10 00:00:00', '2024-05-09 22:00:00+00', -31, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(257, 1, '010051', 'propaganda.inizio', 'comune', 'Inizio della campagna elettorale', 'candidati', 'inizio', 'art. 6 L. 212/1956; art. 7 L. 130/1975', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(258, 1, '010051', 'comunali.iscrizione-liste-aggiunte-ue', 'comunali', 'Iscrizione dei cittadini UE nelle liste elettorali aggiunte', 'ufficio-elettorale', 'scadenza', 'art. 3 d.lgs. 197/1996; art. 32, quarto comma, d.P.R. 223/1967', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(259, 1, '010051', 'comunali.apertura-uffici-certificati', 'comunali', 'Apertura straordinaria dell''ufficio elettorale per certificati e candidature', 'ufficio-elettorale', 'periodo', 'artt. 28 e 32 d.P.R. 570/1960; istruzioni del Ministero dell''interno', '2024-05-07', NULL, '2024-05-11', '12:00', '2024-05-11 12:00:00', '2024-05-11 10:00:00+00', -29, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(260, 1, '010051', 'comunali.presentazione-liste', 'comunali', 'Presentazione delle liste dei candidati', 'segretario', 'periodo', 'art. 28, penultimo comma, d.P.R. 570/1960; art. 71, commi 1 e 2, d.lgs. 267/2000', '2024-05-10', '08:00', '2024-05-11', '12:00', '2024-05-11 12:00:00', '2024-05-11 10:00:00+00', -29, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(261, 1, '010051', 'comunali.trasmissione-liste-commissione', 'comunali', 'Trasmissione delle liste alla Commissione elettorale circondariale', 'segretario', 'scadenza', 'art. 28, ultimo comma, d.P.R. 570/1960', NULL, NULL, '2024-05-11', '24:00', '2024-05-12 00:00:00', '2024-05-11 22:00:00+00', -29, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(262, 1, '010051', 'comunali.esame-candidature', 'comunali', 'Esame e ammissione delle candidature', 'commissione-circondariale', 'scadenza', 'art. 30 d.P.R. 570/1960', NULL, NULL, '2024-05-12', '24:00', '2024-05-13 00:00:00', '2024-05-12 22:00:00+00', -28, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(263, 1, '010051', 'comunali.comunicazione-liste-ammesse', 'comunali', 'Comunicazione delle candidature ammesse al sindaco e al Prefetto', 'commissione-circondariale', 'scadenza', 'art. 31 d.P.R. 570/1960', NULL, NULL, '2024-05-12', NULL, '2024-05-13 00:00:00', '2024-05-12 22:00:00+00', -28, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(264, 1, '010051', 'scrutatori.manifesto-sorteggio', 'comune', 'Manifesto sull''adunanza per la nomina degli scrutatori', 'ufficio-elettorale', 'periodo', 'art. 6, comma 1, L. 95/1989', '2024-05-13', NULL, '2024-05-18', NULL, '2024-05-19 00:00:00', '2024-05-18 22:00:00+00', -22, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(265, 1, '010051', 'seggio.elenco-presidenti', 'comune', 'Elenco dei presidenti di seggio nominati', 'corte-appello', 'scadenza', 'art. 35, quarto comma, d.P.R. 361/1957; art. 20 d.P.R. 570/1960', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(244, 1, '010025', 'comunali.stampa-manifesto-candidati', 'comunali', 'Stampa del manifesto delle candidature ammesse', 'sindaco', 'scadenza', 'artt. 31 e 34 d.P.R. 570/1960', NULL, NULL, '2024-05-13', NULL, '2024-05-14 00:00:00', '2024-05-13 22:00:00+00', -27, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(266, 1, '010051', 'seggio.elenco-sostituti-presidenti', 'comune', 'Elenco delle persone idonee a sostituire i presidenti', 'sindaco', 'scadenza', 'art. 35, quinto comma, d.P.R. 361/1957; art. 1 D.L. 187/1994 (L. 453/1994)', NULL, NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(267, 1, '010051', 'voto-domiciliare.domande', 'comune', 'Domande di ammissione al voto domiciliare', 'elettori', 'periodo', 'art. 1, comma 3, D.L. 1/2006 (L. 22/2006), come sostituito dall''art. 1 L. 46/2009', '2024-04-30', NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(268, 1, '010051', 'scrutatori.nomina', 'comune', 'Nomina degli scrutatori', 'commissione-comunale', 'periodo', 'art. 6, comma 1, L. 95/1989', '2024-05-15', NULL, '2024-05-20', NULL, '2024-05-21 00:00:00', '2024-05-20 22:00:00+00', -20, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(269, 1, '010051', 'revisione.variazioni-decessi', 'comune', 'Variazioni alle liste per morte degli elettori', 'ufficio-elettorale', 'scadenza', 'art. 32, primo comma, n. 1, e quarto comma, d.P.R. 223/1967; art. 5, comma 5-bis, D.L. 5/2012', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(270, 1, '010051', 'scrutatori.notifica-nomina', 'comune', 'Notifica della nomina agli scrutatori', 'sindaco', 'scadenza', 'art. 6, comma 3, L. 95/1989', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(271, 1, '010051', 'manifesti.norme-votazione', 'comune', 'Manifesto con le principali norme per la votazione', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(272, 1, '010051', 'comunali.avviso-programmi', 'comunali', 'Manifesto sul deposito dei programmi amministrativi dei candidati', 'sindaco', 'scadenza', 'art. 71, comma 2, e art. 73, comma 2, d.lgs. 267/2000', NULL, NULL, '2024-05-25', NULL, '2024-05-26 00:00:00', '2024-05-25 22:00:00+00', -15, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(273, 1, '010051', 'sezioni.proposte-variazione-sede', 'comune', 'Proposte di variazione delle sedi di seggio', 'ufficio-elettorale', 'scadenza', 'art. 38, terzo comma, d.P.R. 223/1967', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(274, 1, '010051', 'tessere.manifesto-rettifica', 'comune', 'Manifesto per la rettifica delle tessere elettorali', 'sindaco', 'scadenza', 'd.P.R. 299/2000; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(275, 1, '010051', 'tessere.manifesto-orari', 'comune', 'Manifesto degli orari di rilascio delle tessere', 'sindaco', 'scadenza', 'd.P.R. 299/2000; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(276, 1, '010051', 'manifesti.avvertenze-elettori', 'comune', 'Manifesto con le avvertenze per gli elettori', 'sindaco', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(277, 1, '010051', 'voto-assistito.manifesto-medici', 'comune', 'Manifesto dei medici per i certificati di voto assistito', 'sindaco', 'scadenza', 'art. 29, secondo comma, L. 104/1992; istruzioni ministeriali', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(278, 1, '010051', 'trasporto-disabili.servizio', 'comune', 'Trasporto degli elettori disabili ai seggi', 'sindaco', 'scadenza', 'art. 29, primo comma, L. 104/1992', NULL, NULL, '2024-05-30', NULL, '2024-05-31 00:00:00', '2024-05-30 22:00:00+00', -10, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(279, 1, '010051', 'revisione.liste-sezionali', 'comune', 'Trasmissione al sindaco delle liste di sezione autenticate', 'commissione-circondariale', 'scadenza', 'art. 18, secondo comma, d.P.R. 570/1960', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(280, 1, '010051', 'revisione.estratti-liste-sezionali', 'comune', 'Estratti delle liste di sezione per i presidenti di seggio', 'ufficio-elettorale', 'scadenza', 'circ. MIACSE 157/1999', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(281, 1, '010051', 'comunali.manifesto-candidati', 'comunali', 'Affissione del manifesto delle candidature', 'sindaco', 'scadenza', 'artt. 31 e 34 d.P.R. 570/1960, come modificato dall''art. 2, comma 5, dell''Allegato 4 al d.lgs. 104/2010', NULL, NULL, '2024-06-01', NULL, '2024-06-02 00:00:00', '2024-06-01 22:00:00+00', -8, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(282, 1, '010051', 'voto-domiciliare.elenchi', 'comune', 'Comunicazione degli ammessi al voto domiciliare', 'sindaco', 'scadenza', 'art. 1 D.L. 1/2006 (L. 22/2006); istruzioni ministeriali', NULL, NULL, '2024-06-02', NULL, '2024-06-03 00:00:00', '2024-06-02 22:00:00+00', -7, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(283, 1, '010051', 'sezioni.decisione-variazione-sede', 'comune', 'Decisione sulle variazioni delle sedi di seggio', 'commissione-circondariale', 'scadenza', 'art. 38, terzo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-04', NULL, '2024-06-05 00:00:00', '2024-06-04 22:00:00+00', -5, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(284, 1, '010051', 'comunali.manifesto-candidati-residuo', 'comunali', 'Affissione della restante parte dei manifesti delle candidature', 'sindaco', 'scadenza', 'art. 34 d.P.R. 570/1960; istruzioni del Ministero dell''interno', NULL, NULL, '2024-06-05', NULL, '2024-06-06 00:00:00', '2024-06-05 22:00:00+00', -4, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(285, 1, '010051', 'voto-luoghi-cura.richieste', 'comune', 'Richieste di voto nei luoghi di cura', 'elettori', 'scadenza', 'art. 51 d.P.R. 361/1957; art. 42 d.P.R. 570/1960; art. 9 L. 136/1976', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(286, 1, '010051', 'voto-detenuti.richieste', 'comune', 'Richieste di voto nel luogo di detenzione', 'elettori', 'scadenza', 'art. 8, secondo comma, L. 136/1976', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(287, 1, '010051', 'scrutatori.notifica-supplenti', 'comune', 'Notifica della nomina agli scrutatori in sostituzione', 'sindaco', 'scadenza', 'art. 6, comma 4, L. 95/1989', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(288, 1, '010051', 'sezioni.manifesto-non-deambulanti', 'comune', 'Manifesto delle sezioni accessibili agli elettori non deambulanti', 'sindaco', 'scadenza', 'artt. 1 e 2 L. 15/1991; istruzioni ministeriali', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(289, 1, '010051', 'materiale.consegna-timbri-schede', 'comune', 'Consegna ai sindaci di timbri e schede', 'prefettura', 'scadenza', 'art. 33, ultimo comma, d.P.R. 361/1957', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'prefettura'),
	(290, 1, '010051', 'comunali.elenco-delegati', 'comunali', 'Trasmissione al sindaco dell''elenco dei delegati di lista', 'commissione-circondariale', 'scadenza', 'art. 35, primo comma, d.P.R. 570/1960', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(291, 1, '010051', 'comunali.designazione-rappresentanti', 'comunali', 'Termine per la designazione dei rappresentanti di lista presso i seggi', 'segretario', 'scadenza', 'art. 32, settimo comma, n. 4, e art. 35, secondo comma, d.P.R. 570/1960, come modificati dall''art. 38-bis, comma 2, D.L. 77/2021 (L. 108/2021)', NULL, NULL, '2024-06-06', NULL, '2024-06-07 00:00:00', '2024-06-06 22:00:00+00', -3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(292, 1, '010051', 'revisione.errori-materiali', 'comune', 'Correzione delle liste di sezione per errori materiali', 'commissione-circondariale', 'scadenza', 'art. 40, ultimo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(293, 1, '010051', 'voto-luoghi-cura.elenchi', 'comune', 'Elenchi e attestazioni per il voto nei luoghi di cura', 'ufficio-elettorale', 'scadenza', 'art. 51 d.P.R. 361/1957; art. 42, terzo comma, d.P.R. 570/1960; art. 13 d.P.R. 299/2000', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(294, 1, '010051', 'voto-detenuti.elenchi', 'comune', 'Elenchi e attestazioni per il voto dei detenuti', 'ufficio-elettorale', 'scadenza', 'art. 8, terzo comma, L. 136/1976; art. 13 d.P.R. 299/2000', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(295, 1, '010051', 'sezioni.manifesto-variazione-sede', 'comune', 'Manifesto sulle variazioni delle sedi di seggio', 'sindaco', 'scadenza', 'art. 38, ultimo comma, d.P.R. 223/1967', NULL, NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(296, 1, '010051', 'materiale.stampa-schede', 'comune', 'Stampa e recapito delle schede di votazione', 'prefettura', 'periodo', 'istruzioni ministeriali', '2024-05-19', NULL, '2024-06-07', NULL, '2024-06-08 00:00:00', '2024-06-07 22:00:00+00', -2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'prefettura'),
	(297, 1, '010051', 'seggio.consegna-materiale', 'comune', 'Consegna del materiale ai presidenti di seggio', 'sindaco', 'scadenza', 'art. 30 d.P.R. 361/1957; art. 27 d.P.R. 570/1960', NULL, NULL, '2024-06-08', '12:00', '2024-06-08 12:00:00', '2024-06-08 10:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(298, 1, '010051', 'seggio.costituzione', 'comune', 'Costituzione degli uffici elettorali di sezione', 'presidente-seggio', 'evento', 'art. 41 d.P.R. 361/1957; art. 47 d.P.R. 570/1960', NULL, NULL, '2024-06-08', '16:00', '2024-06-08 16:00:00', '2024-06-08 14:00:00+00', -1, 'da_fare', NULL, true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(299, 1, '010051', 'seggio.surroga-presidente', 'comune', 'Surroga dei presidenti di seggio impediti', 'sindaco', 'evento', 'art. 35, quinto comma, d.P.R. 361/1957', NULL, NULL, '2024-06-08', NULL, '2024-06-09 00:00:00', '2024-06-08 22:00:00+00', -1, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(309, 1, '010051', 'comunali.proclamazione', 'comunali', 'Proclamazione degli eletti (ufficio centrale o adunanza dei presidenti)', 'ufficio-centrale', 'evento', 'art. 67 d.P.R. 570/1960; art. 71 d.lgs. 267/2000; art. 8 d.P.R. 132/1993', NULL, NULL, '2024-06-11', '08:00', '2024-06-11 08:00:00', '2024-06-11 06:00:00+00', 2, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'altri'),
	(310, 1, '010051', 'materiale.restituzione', 'comune', 'Restituzione del materiale alla Prefettura', 'ufficio-elettorale', 'scadenza', 'istruzioni ministeriali', NULL, NULL, '2024-06-12', NULL, '2024-06-13 00:00:00', '2024-06-12 22:00:00+00', 3, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(311, 1, '010051', 'rendiconto.spese', 'comune', 'Rendiconto delle spese elettorali', 'ufficio-elettorale', 'scadenza', 'art. 15 D.L. 8/1993 (L. 68/1993); art. 17 L. 136/1976', NULL, NULL, '2024-10-09', NULL, '2024-10-10 00:00:00', '2024-10-09 22:00:00+00', 122, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(312, 1, '010051', 'propaganda.assegnazione-spazi', 'comune', 'Ripartizione e assegnazione degli spazi di propaganda', 'giunta', 'scadenza', 'art. 5 L. 212/1956', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:liste-ammesse', true, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(313, 1, '010051', 'propaganda.defissione', 'comune', 'Defissione della propaganda affissa fuori dagli spazi', 'sindaco', 'inizio', 'art. 3 L. 515/1993; circ. Min. interno 1943/V del 5 aprile 1980', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'rule:propaganda.assegnazione-spazi', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(314, 1, '010051', 'comunali.stampa-manifesto-candidati', 'comunali', 'Stampa del manifesto delle candidature ammesse', 'sindaco', 'scadenza', 'artt. 31 e 34 d.P.R. 570/1960', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:liste-ammesse', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(315, 1, '010051', 'comunali.pubblicazione-risultati', 'comunali', 'Pubblicazione dei risultati e notifica agli eletti', 'sindaco', 'scadenza', 'art. 61 d.P.R. 570/1960', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:chiusura-scrutinio', false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 0, 'comune'),
	(60, 1, '010001', 'europee.scrutinio', 'europee', 'Inizio dello scrutinio per le europee', 'presidente-seggio', 'inizio', 'art. 1, comma 399, L. 147/2013; art. 2 D.L. 161/1976 (L. 240/1976)', NULL, NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(61, 1, '010001', 'revisione.esclusione-perdita-diritto', 'comune', 'Esclusione dal voto per perdita del diritto elettorale', 'sindaco', 'periodo', 'art. 32, primo comma, nn. 2 e 3, d.P.R. 223/1967', '2024-04-26', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(62, 1, '010001', 'propaganda.divieto-luminosa', 'comune', 'Divieto di propaganda luminosa, fissa e con volantini', 'candidati', 'divieto', 'art. 6 L. 212/1956; art. 7 L. 130/1975', '2024-05-10', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(63, 1, '010001', 'revisione.ammissione-su-domanda', 'comune', 'Ammissione al voto su domanda', 'commissione-circondariale', 'periodo', 'art. 32-bis d.P.R. 223/1967', '2024-05-11', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(64, 1, '010001', 'propaganda.divieto-sondaggi', 'comune', 'Divieto di diffusione dei sondaggi', 'candidati', 'divieto', 'art. 8, comma 1, L. 28/2000', '2024-05-25', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(65, 1, '010001', 'tessere.apertura-uffici', 'comune', 'Apertura straordinaria per il rilascio delle tessere', 'ufficio-elettorale', 'periodo', 'd.P.R. 299/2000; art. 1, comma 400, L. 147/2013', '2024-06-07', '09:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(66, 1, '010001', 'propaganda.silenzio', 'comune', 'Silenzio elettorale', 'candidati', 'divieto', 'art. 9, primo comma, L. 212/1956; art. 9-bis D.L. 807/1984 (L. 10/1985); art. 1, comma 3, lett. b), D.L. 7/2024 (L. 38/2024)', '2024-06-08', '00:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(67, 1, '010001', 'propaganda.divieto-seggi', 'comune', 'Divieto di propaganda entro 200 metri dai seggi', 'candidati', 'divieto', 'art. 9, secondo comma, L. 212/1956', '2024-06-09', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(68, 1, '010001', 'votazione', 'comune', 'Votazione', 'elettori', 'evento', 'art. 1, comma 399, L. 147/2013', '2024-06-09', '07:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(132, 1, '010025', 'europee.scrutinio', 'europee', 'Inizio dello scrutinio per le europee', 'presidente-seggio', 'inizio', 'art. 1, comma 399, L. 147/2013; art. 2 D.L. 161/1976 (L. 240/1976)', NULL, NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(133, 1, '010025', 'revisione.esclusione-perdita-diritto', 'comune', 'Esclusione dal voto per perdita del diritto elettorale', 'sindaco', 'periodo', 'art. 32, primo comma, nn. 2 e 3, d.P.R. 223/1967', '2024-04-26', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(134, 1, '010025', 'propaganda.divieto-luminosa', 'comune', 'Divieto di propaganda luminosa, fissa e con volantini', 'candidati', 'divieto', 'art. 6 L. 212/1956; art. 7 L. 130/1975', '2024-05-10', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(135, 1, '010025', 'revisione.ammissione-su-domanda', 'comune', 'Ammissione al voto su domanda', 'commissione-circondariale', 'periodo', 'art. 32-bis d.P.R. 223/1967', '2024-05-11', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(136, 1, '010025', 'propaganda.divieto-sondaggi', 'comune', 'Divieto di diffusione dei sondaggi', 'candidati', 'divieto', 'art. 8, comma 1, L. 28/2000', '2024-05-25', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(137, 1, '010025', 'tessere.apertura-uffici', 'comune', 'Apertura straordinaria per il rilascio delle tessere', 'ufficio-elettorale', 'periodo', 'd.P.R. 299/2000; art. 1, comma 400, L. 147/2013', '2024-06-07', '09:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(138, 1, '010025', 'propaganda.silenzio', 'comune', 'Silenzio elettorale', 'candidati', 'divieto', 'art. 9, primo comma, L. 212/1956; art. 9-bis D.L. 807/1984 (L. 10/1985); art. 1, comma 3, lett. b), D.L. 7/2024 (L. 38/2024)', '2024-06-08', '00:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(139, 1, '010025', 'propaganda.divieto-seggi', 'comune', 'Divieto di propaganda entro 200 metri dai seggi', 'candidati', 'divieto', 'art. 9, secondo comma, L. 212/1956', '2024-06-09', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(140, 1, '010025', 'votazione', 'comune', 'Votazione', 'elettori', 'evento', 'art. 1, comma 399, L. 147/2013', '2024-06-09', '07:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(205, 1, '010046', 'revisione.esclusione-perdita-diritto', 'comune', 'Esclusione dal voto per perdita del diritto elettorale', 'sindaco', 'periodo', 'art. 32, primo comma, nn. 2 e 3, d.P.R. 223/1967', '2024-04-26', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(206, 1, '010046', 'propaganda.divieto-luminosa', 'comune', 'Divieto di propaganda luminosa, fissa e con volantini', 'candidati', 'divieto', 'art. 6 L. 212/1956; art. 7 L. 130/1975', '2024-05-10', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(207, 1, '010046', 'revisione.ammissione-su-domanda', 'comune', 'Ammissione al voto su domanda', 'commissione-circondariale', 'periodo', 'art. 32-bis d.P.R. 223/1967', '2024-05-11', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(208, 1, '010046', 'propaganda.divieto-sondaggi', 'comune', 'Divieto di diffusione dei sondaggi', 'candidati', 'divieto', 'art. 8, comma 1, L. 28/2000', '2024-05-25', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(209, 1, '010046', 'tessere.apertura-uffici', 'comune', 'Apertura straordinaria per il rilascio delle tessere', 'ufficio-elettorale', 'periodo', 'd.P.R. 299/2000; art. 1, comma 400, L. 147/2013', '2024-06-07', '09:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(210, 1, '010046', 'propaganda.silenzio', 'comune', 'Silenzio elettorale', 'candidati', 'divieto', 'art. 9, primo comma, L. 212/1956; art. 9-bis D.L. 807/1984 (L. 10/1985); art. 1, comma 3, lett. b), D.L. 7/2024 (L. 38/2024)', '2024-06-08', '00:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(211, 1, '010046', 'propaganda.divieto-seggi', 'comune', 'Divieto di propaganda entro 200 metri dai seggi', 'candidati', 'divieto', 'art. 9, secondo comma, L. 212/1956', '2024-06-09', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(212, 1, '010046', 'votazione', 'comune', 'Votazione', 'elettori', 'evento', 'art. 1, comma 399, L. 147/2013', '2024-06-09', '07:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(300, 1, '010051', 'comunali.scrutinio', 'comunali', 'Inizio dello scrutinio delle elezioni comunali', 'presidente-seggio', 'evento', 'art. 1, comma 399, L. 147/2013; art. 53 d.P.R. 570/1960', NULL, NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(301, 1, '010051', 'revisione.esclusione-perdita-diritto', 'comune', 'Esclusione dal voto per perdita del diritto elettorale', 'sindaco', 'periodo', 'art. 32, primo comma, nn. 2 e 3, d.P.R. 223/1967', '2024-04-26', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(302, 1, '010051', 'propaganda.divieto-luminosa', 'comune', 'Divieto di propaganda luminosa, fissa e con volantini', 'candidati', 'divieto', 'art. 6 L. 212/1956; art. 7 L. 130/1975', '2024-05-10', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(303, 1, '010051', 'revisione.ammissione-su-domanda', 'comune', 'Ammissione al voto su domanda', 'commissione-circondariale', 'periodo', 'art. 32-bis d.P.R. 223/1967', '2024-05-11', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(304, 1, '010051', 'propaganda.divieto-sondaggi', 'comune', 'Divieto di diffusione dei sondaggi', 'candidati', 'divieto', 'art. 8, comma 1, L. 28/2000', '2024-05-25', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(305, 1, '010051', 'tessere.apertura-uffici', 'comune', 'Apertura straordinaria per il rilascio delle tessere', 'ufficio-elettorale', 'periodo', 'd.P.R. 299/2000; art. 1, comma 400, L. 147/2013', '2024-06-07', '09:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'comune'),
	(306, 1, '010051', 'propaganda.silenzio', 'comune', 'Silenzio elettorale', 'candidati', 'divieto', 'art. 9, primo comma, L. 212/1956; art. 9-bis D.L. 807/1984 (L. 10/1985); art. 1, comma 3, lett. b), D.L. 7/2024 (L. 38/2024)', '2024-06-08', '00:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(307, 1, '010051', 'propaganda.divieto-seggi', 'comune', 'Divieto di propaganda entro 200 metri dai seggi', 'candidati', 'divieto', 'art. 9, secondo comma, L. 212/1956', '2024-06-09', NULL, '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(308, 1, '010051', 'votazione', 'comune', 'Votazione', 'elettori', 'evento', 'art. 1, comma 399, L. 147/2013', '2024-06-09', '07:00', '2024-06-09', '22:00', '2024-06-09 22:00:00', '2024-06-09 20:00:00+00', 0, 'da_fare', NULL, false, true, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 1, 'altri'),
	(85, 1, '010025', 'propaganda.delimitazione-spazi', 'comune', 'Individuazione e delimitazione degli spazi di propaganda', 'giunta', 'periodo', 'artt. 2 e 3 L. 212/1956; art. 1, comma 400, lett. h), L. 147/2013', '2024-05-07', NULL, '2024-05-09', NULL, '2024-05-10 00:00:00', '2024-05-09 22:00:00+00', -31, 'completato', NULL, true, false, '2026.12.2+56dc68ab8d1c', '2024-05-08 08:30:00+00', 'op.genova', 'PG/2024/0118', 'Delibera di Giunta n. 52 del 7 maggio', NULL, 1, 'comune'),
	(13, 1, '010001', 'propaganda.delimitazione-spazi', 'comune', 'Individuazione e delimitazione degli spazi di propaganda', 'giunta', 'periodo', 'artt. 2 e 3 L. 212/1956; art. 1, comma 400, lett. h), L. 147/2013', '2024-05-07', NULL, '2024-05-09', NULL, '2024-05-10 00:00:00', '2024-05-09 22:00:00+00', -31, 'completato', NULL, true, false, '2026.12.2+56dc68ab8d1c', '2024-05-08 08:30:00+00', 'Ufficio elettorale', '12/2024', NULL, NULL, 1, 'comune'),
	(256, 1, '010051', 'revisione.iscrizioni-altri-motivi', 'comune', 'Iscrizioni per motivi diversi dal compimento dei 18 anni', 'ufficio-elettorale', 'scadenza', 'art. 32, primo comma, n. 5, e quarto comma, d.P.R. 223/1967', NULL, NULL, '2024-05-10', NULL, '2024-05-11 00:00:00', '2024-05-10 22:00:00+00', -30, 'completato', NULL, false, false, '2026.12.2+56dc68ab8d1c', '2024-05-10 09:00:00+00', 'Ufficio elettorale', NULL, 'Verbale n. 3', NULL, 1, 'comune'),
	(221, 1, '010025', 'comunali.presentazione-liste', 'comunali', 'Presentazione delle liste dei candidati', 'segretario', 'periodo', 'art. 32, penultimo comma, d.P.R. 570/1960; artt. 72 e 73 d.lgs. 267/2000; art. 2 d.P.R. 132/1993', '2024-05-10', '08:00', '2024-05-11', '12:00', '2024-05-11 12:00:00', '2024-05-11 10:00:00+00', -29, 'da_fare', NULL, false, false, '2026.12.2+56dc68ab8d1c', NULL, NULL, NULL, NULL, NULL, 2, 'comune');


--
-- Data for Name: adempimento_audit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.adempimento_audit OVERRIDING SYSTEM VALUE VALUES
	(1, 1, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(2, 2, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(3, 3, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(4, 4, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(5, 5, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(6, 6, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(7, 7, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(8, 8, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(9, 9, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(10, 10, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(11, 11, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(12, 12, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(13, 13, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(14, 14, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(15, 15, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(16, 16, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(17, 17, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(18, 18, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(19, 19, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(20, 20, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(21, 21, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(22, 22, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(23, 23, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(24, 24, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(25, 25, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(26, 26, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(27, 27, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(28, 28, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(29, 29, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(30, 30, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(31, 31, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(32, 32, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(33, 33, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(34, 34, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(35, 35, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(36, 36, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(37, 37, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(38, 38, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(39, 39, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(40, 40, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(41, 41, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(42, 42, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(43, 43, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(44, 44, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(45, 45, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(46, 46, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(47, 47, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(48, 48, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(49, 49, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(50, 50, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(51, 51, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(52, 52, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(53, 53, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(54, 54, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(55, 55, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(56, 56, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(57, 57, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(58, 58, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(59, 59, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(60, 60, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(61, 61, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(62, 62, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(63, 63, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(64, 64, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(65, 65, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(66, 66, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(67, 67, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(68, 68, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(69, 69, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(70, 70, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(71, 71, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(72, 72, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(73, 73, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(74, 74, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(75, 75, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(76, 76, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(77, 77, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(78, 78, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(79, 79, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(80, 80, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(81, 81, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(82, 82, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(83, 83, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(84, 84, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(85, 85, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(86, 86, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(87, 87, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(88, 88, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(89, 89, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(90, 90, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(91, 91, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(92, 92, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(93, 93, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(94, 94, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(95, 95, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(96, 96, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(97, 97, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(98, 98, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(99, 99, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(100, 100, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(101, 101, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(102, 102, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(103, 103, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(104, 104, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(105, 105, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(106, 106, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(107, 107, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(108, 108, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(109, 109, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(110, 110, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(111, 111, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(112, 112, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(113, 113, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(114, 114, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(115, 115, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(116, 116, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(117, 117, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(118, 118, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(119, 119, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(120, 120, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(121, 121, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(122, 122, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(123, 123, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(124, 124, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(125, 125, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(126, 126, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(127, 127, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(128, 128, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(129, 129, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(130, 130, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(131, 131, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(132, 132, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(133, 133, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(134, 134, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(135, 135, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(136, 136, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(137, 137, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(138, 138, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(139, 139, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(140, 140, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(141, 141, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(142, 142, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(143, 143, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(144, 144, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(145, 145, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(146, 146, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(147, 147, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(148, 148, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(149, 149, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(150, 150, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(151, 151, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(152, 152, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(153, 153, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(154, 154, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(155, 155, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(156, 156, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(157, 157, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(158, 158, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(159, 159, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(160, 160, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(161, 161, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(162, 162, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(163, 163, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(164, 164, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(165, 165, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(166, 166, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(167, 167, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(168, 168, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(169, 169, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(170, 170, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(171, 171, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(172, 172, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(173, 173, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(174, 174, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(175, 175, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(176, 176, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(177, 177, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(178, 178, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(179, 179, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(180, 180, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(181, 181, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(182, 182, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(183, 183, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(184, 184, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(185, 185, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(186, 186, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(187, 187, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(188, 188, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(189, 189, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(190, 190, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(191, 191, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(192, 192, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(193, 193, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(194, 194, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(195, 195, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(196, 196, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(197, 197, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(198, 198, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(199, 199, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(200, 200, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}');
INSERT INTO public.adempimento_audit OVERRIDING SYSTEM VALUE VALUES
	(201, 201, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(202, 202, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(203, 203, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(204, 204, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(205, 205, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(206, 206, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(207, 207, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(208, 208, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(209, 209, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(210, 210, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(211, 211, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(212, 212, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(213, 213, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(214, 214, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(215, 215, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(216, 216, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni europee"}'),
	(217, 217, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(218, 218, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(219, 219, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(220, 220, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(221, 221, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(222, 222, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(223, 223, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(224, 224, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(225, 225, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(226, 226, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(227, 227, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(228, 228, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(229, 229, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(230, 230, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(231, 231, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(232, 232, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(233, 233, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(234, 234, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(235, 235, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(236, 236, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(237, 237, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(238, 238, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(239, 239, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(240, 240, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(241, 241, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(242, 242, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(243, 243, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(244, 244, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(245, 245, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(246, 246, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(247, 247, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(248, 248, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(249, 249, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(250, 250, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(251, 251, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(252, 252, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(253, 253, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(254, 254, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(255, 255, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(256, 256, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(257, 257, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(258, 258, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(259, 259, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(260, 260, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(261, 261, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(262, 262, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(263, 263, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(264, 264, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(265, 265, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(266, 266, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(267, 267, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(268, 268, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(269, 269, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(270, 270, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(271, 271, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(272, 272, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(273, 273, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(274, 274, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(275, 275, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(276, 276, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(277, 277, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(278, 278, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(279, 279, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(280, 280, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(281, 281, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(282, 282, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(283, 283, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(284, 284, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(285, 285, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(286, 286, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(287, 287, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(288, 288, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(289, 289, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(290, 290, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(291, 291, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(292, 292, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(293, 293, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(294, 294, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(295, 295, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(296, 296, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(297, 297, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(298, 298, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(299, 299, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(300, 300, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(301, 301, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(302, 302, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(303, 303, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(304, 304, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(305, 305, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(306, 306, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(307, 307, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(308, 308, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(309, 309, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(310, 310, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(311, 311, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'da_fare', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(312, 312, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(313, 313, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(314, 314, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(315, 315, '2024-03-01 11:00:00+00', 'amministratore', 'creato', NULL, 'in_attesa', '{"reason": "aggiunta la consultazione: Elezioni comunali"}'),
	(316, 60, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(317, 61, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(318, 62, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(319, 63, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(320, 64, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(321, 65, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(322, 66, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(323, 67, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(324, 68, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(325, 132, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(326, 133, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(327, 134, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(328, 135, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(329, 136, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(330, 137, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(331, 138, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(332, 139, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(333, 140, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(334, 204, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(335, 205, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(336, 206, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(337, 207, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(338, 208, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(339, 209, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(340, 210, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(341, 211, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(342, 212, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(343, 300, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(344, 301, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(345, 302, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(346, 303, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(347, 304, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(348, 305, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(349, 306, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(350, 307, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(351, 308, '2024-04-02 08:00:00+00', 'amministratore', 'spostato', 'da_fare', 'da_fare', '{"to": "2024-06-09T22:00:00", "from": "2024-06-09T23:00:00", "reason": "parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00"}'),
	(352, 85, '2024-05-08 08:30:00+00', 'op.genova', 'completato', 'da_fare', 'completato', '{"nota": "Delibera di Giunta n. 52 del 7 maggio", "protocollo": "PG/2024/0118"}'),
	(353, 13, '2024-05-08 08:30:00+00', 'Ufficio elettorale', 'completato', 'da_fare', 'completato', '{"nota": null, "protocollo": "12/2024"}'),
	(354, 88, '2024-05-10 09:00:00+00', 'op.genova', 'completato', 'da_fare', 'completato', '{"nota": "Nessun elettore da iscrivere: elenco consolare completo", "protocollo": null}'),
	(355, 86, '2024-05-10 09:00:00+00', 'seg.genova', 'completato', 'da_fare', 'completato', '{"nota": null, "protocollo": "PG/2024/0131"}'),
	(356, 256, '2024-05-10 09:00:00+00', 'Ufficio elettorale', 'completato', 'da_fare', 'completato', '{"nota": "Verbale n. 3", "protocollo": null}'),
	(357, 221, '2024-05-11 09:30:00+00', 'op.genova', 'completato', 'da_fare', 'completato', '{"nota": "Ricevute 14 liste", "protocollo": "PG/2024/0140"}'),
	(358, 221, '2024-05-11 14:00:00+00', 'seg.genova', 'riaperto', 'completato', 'da_fare', '{"nota": "Ricevute 14 liste", "motivo": "Manca il verbale di ricevimento della lista n. 9", "protocollo": "PG/2024/0140", "completato_da": "op.genova"}'),
	(359, 244, '2024-05-13 16:00:00+00', 'Ufficio elettorale', 'datato', 'in_attesa', 'da_fare', '{"to": "2024-05-14T00:00:00", "from": null, "reason": "evento «Ricevimento della comunicazione delle liste e candidature ammesse», lunedì 13 maggio 2024"}'),
	(360, 143, '2024-05-13 16:00:00+00', 'Ufficio elettorale', 'datato', 'in_attesa', 'da_fare', '{"to": "2024-05-16T00:00:00", "from": null, "reason": "evento «Ricevimento della comunicazione delle liste e candidature ammesse», lunedì 13 maggio 2024"}'),
	(361, 144, '2024-05-13 16:00:00+00', 'Ufficio elettorale', 'datato', 'in_attesa', 'da_fare', '{"to": "2024-05-16T00:00:00", "from": null, "reason": "evento «Ricevimento della comunicazione delle liste e candidature ammesse», lunedì 13 maggio 2024"}'),
	(362, 143, '2024-05-15 05:00:00+00', 'op.genova', 'completato', 'da_fare', 'completato', '{"nota": null, "protocollo": "PG/2024/0152"}'),
	(363, 108, '2024-05-29 15:00:00+00', 'op.genova', 'completato', 'da_fare', 'completato', '{"nota": "Affisso in tutte le sezioni", "protocollo": "PG/2024/0201"}'),
	(364, 106, '2024-05-30 05:00:00+00', 'op.genova', 'completato', 'da_fare', 'completato', '{"nota": null, "protocollo": "PG/2024/0207"}'),
	(365, 106, '2024-05-30 07:00:00+00', 'seg.genova', 'riaperto', 'completato', 'da_fare', '{"nota": null, "motivo": "Il manifesto riporta gli orari del 2019: da ristampare", "protocollo": "PG/2024/0207", "completato_da": "op.genova"}');


--
-- Data for Name: adempimento_move; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.adempimento_move OVERRIDING SYSTEM VALUE VALUES
	(1, 60, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(2, 61, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(3, 62, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(4, 63, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(5, 64, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(6, 65, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(7, 66, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(8, 67, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(9, 68, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(10, 132, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(11, 133, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(12, 134, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(13, 135, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(14, 136, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(15, 137, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(16, 138, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(17, 139, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(18, 140, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(19, 204, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(20, 205, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(21, 206, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(22, 207, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(23, 208, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(24, 209, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(25, 210, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(26, 211, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(27, 212, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(28, 300, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(29, 301, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(30, 302, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(31, 303, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(32, 304, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(33, 305, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(34, 306, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(35, 307, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00'),
	(36, 308, '2024-04-02 08:00:00+00', '2024-06-09 23:00:00', '2024-06-09 22:00:00', 'parametri del decreto: Ora di chiusura della votazione (ultimo giorno di votazione): ore 22:00');


--
-- Data for Name: asp_net_roles; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: asp_net_role_claims; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: asp_net_users; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: asp_net_user_claims; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: asp_net_user_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: asp_net_user_roles; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: asp_net_user_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: contatto_storico; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.contatto_storico OVERRIDING SYSTEM VALUE VALUES
	(1, '010025', NULL, '2026-12-01 17:49:53.165438+00', 'riga di comando', 'email_ufficio_elettorale', NULL, 'elettorale@comune.genova.it'),
	(2, '010025', NULL, '2026-12-01 17:49:53.165438+00', 'riga di comando', 'email_segretario', NULL, 'segreteria.generale@comune.genova.it'),
	(3, NULL, 'UTG-GE', '2026-12-01 17:49:53.165438+00', 'riga di comando', 'email_prefettura', NULL, 'protocollo.prefge@pec.interno.it'),
	(4, '010001', NULL, '2026-12-01 17:49:53.227565+00', 'riga di comando', 'email_ufficio_elettorale', NULL, 'elettorale@comune.arenzano.ge.it'),
	(5, '010046', NULL, '2026-12-01 17:49:53.247347+00', 'riga di comando', 'email_ufficio_elettorale', NULL, 'elettorale@comune.rapallo.ge.it'),
	(6, '010046', NULL, '2026-12-01 17:49:53.247347+00', 'riga di comando', 'email_segretario', NULL, 'segreteria.generale@comune.genova.it'),
	(7, '010051', NULL, '2026-12-01 17:49:53.258274+00', 'riga di comando', 'email_ufficio_elettorale', NULL, 'elettorale@comune.rossiglione.ge.it'),
	(8, '010051', NULL, '2026-12-01 17:49:53.258274+00', 'riga di comando', 'email_segretario', NULL, 'segretario@comune.rossiglione.ge.it');


--
-- Data for Name: data_protection_keys; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ente_contatto; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ente_contatto VALUES
	('010025', NULL, NULL, NULL, NULL),
	('010001', NULL, NULL, NULL, NULL),
	('010046', NULL, NULL, NULL, NULL),
	('010051', NULL, NULL, NULL, NULL);


--
-- Data for Name: ente_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ente_event VALUES
	(1, '010025', 'liste-ammesse', '2024-05-13', '2024-05-13 16:00:00+00', 'Ufficio elettorale');


--
-- Data for Name: ente_event_audit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ente_event_audit OVERRIDING SYSTEM VALUE VALUES
	(1, 1, '010025', 'liste-ammesse', '2024-05-13 16:00:00+00', 'Ufficio elettorale', NULL, '2024-05-13', NULL);


--
-- Data for Name: escalation_day; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: feed_token; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.feed_token VALUES
	('010025', 'snapshot0feed0token0of0genova000000000000', '2024-05-30 07:00:00+00', 'op.genova', NULL);


--
-- Data for Name: login_failure; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: notification_cursor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notification_cursor VALUES
	('rinvii', 0),
	('assicurazioni', 0);


--
-- Data for Name: notification_settings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: outbox_attempt; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: password_reset; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_ufficio; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_comune; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_amministratore; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_ammissione; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_ammissione_presidente; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_candidatura_presidente; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_ammissione_candidatura_presidente; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_lista; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_ammissione_lista; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_attestazione; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_candidato; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_proclamazione; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_eletto; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_proclamazione_presidente; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_pubblicazione; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_pubblicazione_fascia; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_risultato_lista; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_risultato_presidente; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_scrutinio; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_scrutinio_lista; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_scrutinio_preferenza; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_scrutinio_presidente; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_scrutinio_presidente_voti; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_sottoscrizione; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_sottoscrizione_presidente; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sg_variazione; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: tornata_ente; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tornata_ente VALUES
	(1, '010001', '{europee}'),
	(1, '010046', '{europee}'),
	(1, '010025', '{europee,comunali}'),
	(1, '010051', '{comunali}');


--
-- Name: account_audit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_audit_id_seq', 1, false);


--
-- Name: adempimento_audit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.adempimento_audit_id_seq', 365, true);


--
-- Name: adempimento_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.adempimento_id_seq', 315, true);


--
-- Name: adempimento_move_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.adempimento_move_id_seq', 36, true);


--
-- Name: asp_net_role_claims_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.asp_net_role_claims_id_seq', 1, false);


--
-- Name: asp_net_user_claims_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.asp_net_user_claims_id_seq', 1, false);


--
-- Name: contatto_storico_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.contatto_storico_id_seq', 8, true);


--
-- Name: data_protection_keys_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.data_protection_keys_id_seq', 1, false);


--
-- Name: ente_event_audit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.ente_event_audit_id_seq', 1, true);


--
-- Name: login_failure_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.login_failure_id_seq', 1, false);


--
-- Name: outbox_attempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_attempt_id_seq', 1, false);


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 1, false);


--
-- Name: password_reset_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.password_reset_id_seq', 1, false);


--
-- Name: sg_amministratore_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_amministratore_id_seq', 1, false);


--
-- Name: sg_ammissione_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_ammissione_id_seq', 1, false);


--
-- Name: sg_ammissione_presidente_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_ammissione_presidente_id_seq', 1, false);


--
-- Name: sg_attestazione_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_attestazione_id_seq', 1, false);


--
-- Name: sg_candidato_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_candidato_id_seq', 1, false);


--
-- Name: sg_candidatura_presidente_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_candidatura_presidente_id_seq', 1, false);


--
-- Name: sg_lista_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_lista_id_seq', 1, false);


--
-- Name: sg_proclamazione_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_proclamazione_id_seq', 1, false);


--
-- Name: sg_proclamazione_presidente_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_proclamazione_presidente_id_seq', 1, false);


--
-- Name: sg_pubblicazione_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_pubblicazione_id_seq', 1, false);


--
-- Name: sg_scrutinio_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_scrutinio_id_seq', 1, false);


--
-- Name: sg_scrutinio_presidente_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_scrutinio_presidente_id_seq', 1, false);


--
-- Name: sg_sottoscrizione_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_sottoscrizione_id_seq', 1, false);


--
-- Name: sg_sottoscrizione_presidente_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_sottoscrizione_presidente_id_seq', 1, false);


--
-- Name: sg_ufficio_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_ufficio_id_seq', 1, false);


--
-- Name: sg_variazione_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sg_variazione_id_seq', 1, false);


--
-- Name: tornata_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tornata_id_seq', 1, true);


--
-- PostgreSQL database dump complete
--


