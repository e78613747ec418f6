-- Trigram indexes make the search box's "contains" matches (ILIKE '%word%') index scans instead of
-- reading every title and name. pg_trgm ships with PostgreSQL (contrib) and every managed service;
-- PGlite loads it from @electric-sql/pglite/contrib (db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
