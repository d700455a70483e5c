-- Composite indexes for the compiled queries' keyset pages, filters and relation filters, chosen
-- with EXPLAIN (ANALYZE, BUFFERS) over a generated dataset of 1,000,000 findings
-- (`rectify generate`), and checked on 50,000 by Tests/RectifyTests/GeneratorIndexTests.swift.
--
-- The compiler orders every page by (sort key, id) and continues it with a row comparison
-- `(key, id) > ($a, $b)` (Sources/QueryCompiler/Planning/Planner.swift), so an index on
-- (filter column, sort key, id) or (sort key, id) returns a page by reading just that page. The
-- single-column indexes on status, category, finding_units.unit_id, funds.kind, funds.amount and
-- dispositions.kind are replaced by composites that begin with the same column: equality lookups
-- still use them, and the extra columns serve the order and index-only scans.

-- Findings filtered by status or category, in the default order (id) or by number.
DROP INDEX findings_status_index;
DROP INDEX findings_category_index;
CREATE INDEX findings_status_id_index ON findings (status, id);
CREATE INDEX findings_category_id_index ON findings (category, id);
CREATE INDEX findings_status_number_index ON findings (status, number, id);
CREATE INDEX findings_category_number_index ON findings (category, number, id);
-- Findings ordered by title (a full sort of the table otherwise).
CREATE INDEX findings_title_index ON findings (title, id);

-- A unit's findings, and `units: {some: …}` filters from the unit's side, from the index alone.
DROP INDEX finding_units_unit_id_index;
CREATE INDEX finding_units_unit_finding_index ON finding_units (unit_id, finding_id);

-- Funds of a kind above an amount, by amount; and funds by amount (descending pages read the
-- index backwards: amount DESC NULLS FIRST, id DESC).
DROP INDEX funds_kind_index;
DROP INDEX funds_amount_index;
CREATE INDEX funds_kind_amount_index ON funds (kind, amount, id);
CREATE INDEX funds_amount_id_index ON funds (amount, id);

-- Dispositions of a kind in the default order.
DROP INDEX dispositions_kind_index;
CREATE INDEX dispositions_kind_id_index ON dispositions (kind, id);
