-- Extensions Rectify can use when the server offers them.
--
-- pg_trgm backs substring search (ILIKE '%…%') on Chinese text with GIN indexes: Chinese has
-- no spaces for a word index to split on, and trigrams of characters work without a dictionary.
-- It ships with postgresql-contrib and is a trusted extension since PostgreSQL 13, so a database
-- owner may create it; where it is missing or refused, Rectify still works, only without those
-- indexes (0007 checks for it).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'pg_trgm not created (insufficient privilege): substring search runs without trigram indexes';
        END;
    ELSE
        RAISE NOTICE 'pg_trgm not available: substring search runs without trigram indexes';
    END IF;
END
$$;
