-- Inspections: one per rectification notice, its header (who inspected whom, when, the feedback
-- and report dates, who published it) and the totals the notice states about itself.
CREATE TABLE inspections (
    id                                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                             text NOT NULL,
    source                            text NOT NULL,
    source_unit_id                    bigint REFERENCES units (id) ON DELETE RESTRICT,
    team_unit_id                      bigint NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    target_unit_id                    bigint NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    leading_group_unit_id             bigint REFERENCES units (id) ON DELETE RESTRICT,
    start_date                        date NOT NULL,
    end_date                          date NOT NULL,
    feedback_date                     date,
    report_date                       date NOT NULL,
    published_at                      timestamptz,
    signed_by                         text,
    introduction                      text NOT NULL,
    summary                           text NOT NULL,
    stated_finding_count              integer,
    stated_completed_count            integer,
    stated_basically_completed_count  integer,
    stated_long_term_count            integer,
    source_file                       text NOT NULL,
    content_checksum                  text NOT NULL,
    imported_at                       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT inspections_natural_key UNIQUE (source, title, report_date),
    CONSTRAINT inspections_title_not_blank CHECK (btrim(title) <> ''),
    CONSTRAINT inspections_source_not_blank CHECK (btrim(source) <> ''),
    CONSTRAINT inspections_dates_ordered CHECK (end_date >= start_date),
    CONSTRAINT inspections_feedback_after_inspection CHECK (feedback_date IS NULL OR feedback_date >= start_date),
    CONSTRAINT inspections_report_after_inspection CHECK (report_date >= start_date),
    CONSTRAINT inspections_stated_counts_not_negative CHECK (
        coalesce(stated_finding_count, 0) >= 0 AND coalesce(stated_completed_count, 0) >= 0
        AND coalesce(stated_basically_completed_count, 0) >= 0 AND coalesce(stated_long_term_count, 0) >= 0
    ),
    CONSTRAINT inspections_checksum_hex CHECK (content_checksum ~ '^[0-9a-f]{64}$')
);

CREATE INDEX inspections_source_unit_id_index ON inspections (source_unit_id);
CREATE INDEX inspections_team_unit_id_index ON inspections (team_unit_id);
CREATE INDEX inspections_target_unit_id_index ON inspections (target_unit_id);
CREATE INDEX inspections_leading_group_unit_id_index ON inspections (leading_group_unit_id);
CREATE INDEX inspections_start_date_index ON inspections (start_date);
CREATE INDEX inspections_end_date_index ON inspections (end_date);
CREATE INDEX inspections_feedback_date_index ON inspections (feedback_date);
CREATE INDEX inspections_report_date_index ON inspections (report_date);
CREATE INDEX inspections_published_at_index ON inspections (published_at);

COMMENT ON TABLE inspections IS 'One inspection and the rectification notice that reports on it: who inspected whom and when, the feedback and report dates, the publisher, and the totals the notice states about itself.';
COMMENT ON COLUMN inspections.id IS 'Surrogate key.';
COMMENT ON COLUMN inspections.title IS 'The notice''s title as printed, e.g. 中共永州市教育局党组关于巡察整改进展情况的通报.';
COMMENT ON COLUMN inspections.source IS 'The publisher as printed after 来源, e.g. 永州市教育局.';
COMMENT ON COLUMN inspections.source_unit_id IS 'The publisher as a unit, when the gazetteer knows it.';
COMMENT ON COLUMN inspections.team_unit_id IS 'The inspecting team, e.g. 市委第二巡察组.';
COMMENT ON COLUMN inspections.target_unit_id IS 'The inspected unit, e.g. 市教育局党组.';
COMMENT ON COLUMN inspections.leading_group_unit_id IS 'The leading group the inspected unit set up to run the rectification, when the notice names one.';
COMMENT ON COLUMN inspections.start_date IS 'First day of the inspection.';
COMMENT ON COLUMN inspections.end_date IS 'Last day of the inspection.';
COMMENT ON COLUMN inspections.feedback_date IS 'Day the team gave its feedback to the inspected unit; NULL when the notice does not say.';
COMMENT ON COLUMN inspections.report_date IS 'The notice''s own date, printed under its signature.';
COMMENT ON COLUMN inspections.published_at IS 'When the notice was published online (the timestamp printed under the title, China Standard Time).';
COMMENT ON COLUMN inspections.signed_by IS 'The body that signs the notice, printed above its date, e.g. 中共永州市教育局党组.';
COMMENT ON COLUMN inspections.introduction IS 'The opening paragraph: the inspection and the feedback, in the notice''s words.';
COMMENT ON COLUMN inspections.summary IS 'The paragraph that opens the findings section: totals, completion counts, long-term items, people dealt with.';
COMMENT ON COLUMN inspections.stated_finding_count IS 'Number of findings the summary states (the importer checks it against the findings it read); NULL when not stated.';
COMMENT ON COLUMN inspections.stated_completed_count IS 'Number of completed findings the summary states; NULL when not stated.';
COMMENT ON COLUMN inspections.stated_basically_completed_count IS 'Number of basically completed findings the summary states; NULL when not stated.';
COMMENT ON COLUMN inspections.stated_long_term_count IS 'Number of findings the summary says need long-term effort; NULL when not stated.';
COMMENT ON COLUMN inspections.source_file IS 'File name the notice was imported from (no directory).';
COMMENT ON COLUMN inspections.content_checksum IS 'SHA-256 (hex) of everything the import wrote for this inspection; an import whose checksum matches changes nothing.';
COMMENT ON COLUMN inspections.imported_at IS 'When this inspection was last written by the importer.';
