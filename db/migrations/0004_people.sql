-- People: named people, and people a notice identifies only by role or by a count
-- ("时任人事科科长", "4名党员干部"), with their part in running a rectification.
CREATE TABLE people (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key            text NOT NULL,
    name           text,
    role           text NOT NULL,
    unit_id        bigint REFERENCES units (id) ON DELETE RESTRICT,
    inspection_id  bigint REFERENCES inspections (id) ON DELETE CASCADE,
    CONSTRAINT people_key_unique UNIQUE (key),
    CONSTRAINT people_name_not_blank CHECK (name IS NULL OR btrim(name) <> ''),
    CONSTRAINT people_role_not_blank CHECK (btrim(role) <> ''),
    CONSTRAINT people_unnamed_belong_to_inspection CHECK (name IS NOT NULL OR inspection_id IS NOT NULL)
);

CREATE INDEX people_unit_id_index ON people (unit_id);
CREATE INDEX people_inspection_id_index ON people (inspection_id);
CREATE INDEX people_name_index ON people (name);

COMMENT ON TABLE people IS 'People a notice names, or identifies only by role or as one of a stated number ("对7人进行了立案查处" gives seven rows).';
COMMENT ON COLUMN people.id IS 'Surrogate key.';
COMMENT ON COLUMN people.key IS 'Stable natural key: "person:<unit key>:<name>" for a named person (shared across notices), "inspection:<inspection id>:…" for one identified only within a notice.';
COMMENT ON COLUMN people.name IS 'Name as printed; NULL when the notice gives only a role or a count.';
COMMENT ON COLUMN people.role IS 'Role or title as printed, e.g. 局党组书记、局长, 时任人事科科长, 党员干部.';
COMMENT ON COLUMN people.unit_id IS 'The unit the person works in, when the notice says or the role names it.';
COMMENT ON COLUMN people.inspection_id IS 'For a person identified only within one notice (no name), that notice''s inspection; NULL for named people, who may appear in several notices.';

-- Who ran the rectification: the leading group's leader, deputies and office head.
CREATE TABLE inspection_people (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id  bigint NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    person_id      bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role           text NOT NULL,
    note           text,
    CONSTRAINT inspection_people_unique UNIQUE (inspection_id, person_id, role),
    CONSTRAINT inspection_people_role_known CHECK (role IN (
        'leader', 'executive_deputy_leader', 'deputy_leader', 'office_head', 'member'
    ))
);

CREATE INDEX inspection_people_person_id_index ON inspection_people (person_id);
CREATE INDEX inspection_people_role_index ON inspection_people (role);

COMMENT ON TABLE inspection_people IS 'People with a part in running an inspection''s rectification, e.g. the leader of the rectification leading group.';
COMMENT ON COLUMN inspection_people.id IS 'Surrogate key.';
COMMENT ON COLUMN inspection_people.inspection_id IS 'The inspection whose rectification the person helps run.';
COMMENT ON COLUMN inspection_people.person_id IS 'The person.';
COMMENT ON COLUMN inspection_people.role IS 'Part in the rectification: leader (组长), executive_deputy_leader (常务副组长), deputy_leader (副组长), office_head (办公室主任) or member.';
COMMENT ON COLUMN inspection_people.note IS 'The notice''s sentence that states it.';
