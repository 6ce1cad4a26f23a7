-- People are found through the names engine's index, sealed with the vault's keys. The blinded
-- exact-spelling prefixes kept here (up to 24 keyed hashes per name word, written with every
-- person) found nothing the engine does not, and cost every write; they go, with their index.
DROP INDEX IF EXISTS search_term_term;
DROP TABLE IF EXISTS search_term;
