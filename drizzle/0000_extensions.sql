-- Trigram indexes serve free-text search on names, requisites, phones and e-mails.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
