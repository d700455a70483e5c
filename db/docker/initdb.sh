#!/usr/bin/env bash
# PostgreSQL container init script (/docker-entrypoint-initdb.d/): applies db/migrations on the
# database's first start and records each in schema_migrations with the same SHA-256 checksum
# `rectify migrate` computes, so the app's own `migrate` finds nothing to do. Runs once, when the
# data volume is empty; later migrations are applied by the app service's `rectify migrate`.
set -euo pipefail
migrations=${RECTIFY_MIGRATIONS:-/rectify/db/migrations}
psql=(psql -v ON_ERROR_STOP=1 --no-psqlrc -q --username "$POSTGRES_USER" --dbname "$POSTGRES_DB")

# Keep in step with Migrator.bookkeepingSQL (Sources/Rectify/Store/Migrator.swift).
"${psql[@]}" <<'SQL'
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    checksum    text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE schema_migrations IS 'Migrations applied to this database, by version; written by rectify migrate.';
SQL

for file in "$migrations"/*.sql; do
    base=$(basename "$file" .sql)
    version=$((10#${base%%_*}))
    name=${base#*_}
    checksum=$(sha256sum "$file" | cut -d' ' -f1)
    echo "initdb: applying $(basename "$file")"
    # One transaction per migration, as the runner does; psql quotes the variables itself.
    printf '\\i %s\nINSERT INTO schema_migrations (version, name, checksum) VALUES (:version, :'"'"'name'"'"', :'"'"'checksum'"'"');\n' "$file" \
        | "${psql[@]}" --single-transaction -v version="$version" -v name="$name" -v checksum="$checksum"
done
