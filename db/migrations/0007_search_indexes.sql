-- Trigram indexes for substring search on Chinese text (title, progress, unit names), created
-- only when 0001 could create pg_trgm. Without them ILIKE '%…%' still works, by sequential scan.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX findings_title_trigram_index ON findings USING gin (title gin_trgm_ops);
        CREATE INDEX findings_progress_trigram_index ON findings USING gin (progress gin_trgm_ops);
        CREATE INDEX units_name_trigram_index ON units USING gin (name gin_trgm_ops);
        CREATE INDEX units_short_name_trigram_index ON units USING gin (short_name gin_trgm_ops);
        CREATE INDEX people_role_trigram_index ON people USING gin (role gin_trgm_ops);
    END IF;
END
$$;
