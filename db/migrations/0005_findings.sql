-- Findings: the numbered problems the inspection found, their rectification status and
-- progress, and the units and people each concerns.
CREATE TABLE findings (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id  bigint NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    number         integer NOT NULL,
    category       text NOT NULL,
    title          text NOT NULL,
    status         text NOT NULL,
    long_term      boolean NOT NULL DEFAULT false,
    progress       text NOT NULL,
    CONSTRAINT findings_number_unique UNIQUE (inspection_id, number),
    CONSTRAINT findings_number_positive CHECK (number > 0),
    CONSTRAINT findings_title_not_blank CHECK (btrim(title) <> ''),
    CONSTRAINT findings_category_known CHECK (category IN (
        'political', 'ideological', 'organisational', 'conduct', 'discipline'
    )),
    CONSTRAINT findings_status_known CHECK (status IN (
        'completed', 'basically_completed', 'in_progress', 'not_started'
    ))
);

CREATE INDEX findings_number_index ON findings (number, id);
CREATE INDEX findings_category_index ON findings (category);
CREATE INDEX findings_status_index ON findings (status);
CREATE INDEX findings_long_term_index ON findings (inspection_id) WHERE long_term;

COMMENT ON TABLE findings IS 'The numbered problems an inspection found, with the rectification status and progress the notice reports for each.';
COMMENT ON COLUMN findings.id IS 'Surrogate key.';
COMMENT ON COLUMN findings.inspection_id IS 'The inspection that found it.';
COMMENT ON COLUMN findings.number IS 'The finding''s number in the notice, 1-based, unique within its inspection.';
COMMENT ON COLUMN findings.category IS 'The heading it is listed under: political (政治建设), ideological (思想建设), organisational (组织建设), conduct (作风建设) or discipline (纪律建设和反腐败斗争).';
COMMENT ON COLUMN findings.title IS 'The problem as the notice words it, without the closing full stop.';
COMMENT ON COLUMN findings.status IS 'Rectification status (整改进度): completed (已完成), basically_completed (基本完成), in_progress (正在整改, 持续整改…) or not_started.';
COMMENT ON COLUMN findings.long_term IS 'True when the notice says the problem needs long-term effort (需要长期坚持).';
COMMENT ON COLUMN findings.progress IS 'What was done (整改进展情况), in the notice''s words.';

CREATE TABLE finding_units (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    finding_id  bigint NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    unit_id     bigint NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    role        text NOT NULL,
    CONSTRAINT finding_units_unique UNIQUE (finding_id, unit_id, role),
    CONSTRAINT finding_units_role_known CHECK (role IN ('responsible', 'involved', 'mentioned'))
);

CREATE INDEX finding_units_unit_id_index ON finding_units (unit_id);
CREATE INDEX finding_units_role_index ON finding_units (role);

COMMENT ON TABLE finding_units IS 'The units a finding concerns. The inspected unit and the publisher concern every finding and are not linked.';
COMMENT ON COLUMN finding_units.id IS 'Surrogate key.';
COMMENT ON COLUMN finding_units.finding_id IS 'The finding.';
COMMENT ON COLUMN finding_units.unit_id IS 'The unit.';
COMMENT ON COLUMN finding_units.role IS 'The GraphQL LinkRole, lower_snake: responsible (the finding''s title names the unit: the problem is its own), involved (the progress text names it), mentioned (only mentioned).';

CREATE TABLE finding_people (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    finding_id  bigint NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    person_id   bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role        text NOT NULL,
    CONSTRAINT finding_people_unique UNIQUE (finding_id, person_id, role),
    CONSTRAINT finding_people_role_known CHECK (role IN ('responsible', 'involved', 'mentioned'))
);

CREATE INDEX finding_people_person_id_index ON finding_people (person_id);
CREATE INDEX finding_people_role_index ON finding_people (role);

COMMENT ON TABLE finding_people IS 'The people a finding concerns.';
COMMENT ON COLUMN finding_people.id IS 'Surrogate key.';
COMMENT ON COLUMN finding_people.finding_id IS 'The finding.';
COMMENT ON COLUMN finding_people.person_id IS 'The person.';
COMMENT ON COLUMN finding_people.role IS 'The GraphQL LinkRole, lower_snake: responsible, involved (the finding''s text names the person, e.g. as dealt with) or mentioned.';
