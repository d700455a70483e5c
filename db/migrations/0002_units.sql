-- Units: every organisation a notice names (bureaus, party bodies, inspection teams, schools,
-- institutes, sections, companies), shared across notices through a stable key from the
-- gazetteer (db/seed/units.json).
CREATE TABLE units (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key         text NOT NULL,
    name        text NOT NULL,
    short_name  text,
    aliases     text[] NOT NULL DEFAULT '{}',
    kind        text NOT NULL,
    parent_id   bigint REFERENCES units (id) ON DELETE RESTRICT,
    CONSTRAINT units_key_unique UNIQUE (key),
    CONSTRAINT units_key_format CHECK (key ~ '^[a-z0-9][a-z0-9-]*$'),
    CONSTRAINT units_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT units_short_name_not_blank CHECK (short_name IS NULL OR btrim(short_name) <> ''),
    CONSTRAINT units_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT units_kind_known CHECK (kind IN (
        'bureau', 'party_organisation', 'inspection_team', 'discipline_body', 'school', 'institute',
        'centre', 'section', 'company', 'government_office', 'working_group', 'other'
    ))
);

CREATE INDEX units_parent_id_index ON units (parent_id);
CREATE INDEX units_kind_index ON units (kind);
CREATE INDEX units_name_index ON units (name);
CREATE INDEX units_aliases_index ON units USING gin (aliases);

COMMENT ON TABLE units IS 'Organisations named by notices: bureaus, party bodies, inspection teams, schools, institutes, sections, companies. One row per real unit, shared by every notice that names it.';
COMMENT ON COLUMN units.id IS 'Surrogate key.';
COMMENT ON COLUMN units.key IS 'Stable natural key from the units gazetteer (lowercase ASCII, digits and hyphens), the same across imports and databases.';
COMMENT ON COLUMN units.name IS 'Full official name, e.g. 永州市第四中学.';
COMMENT ON COLUMN units.short_name IS 'The short form notices usually print, e.g. 永州四中; NULL when the unit has none.';
COMMENT ON COLUMN units.aliases IS 'Other names notices use for the unit; the importer links a finding to the unit when its text names it by name, short name or alias.';
COMMENT ON COLUMN units.kind IS 'What sort of unit (the GraphQL UnitKind, lower_snake): bureau (局), party_organisation (党委, 党组, 支部), inspection_team (巡察组), discipline_body (纪委监委, 纪检监察组), school, institute (院, 所), centre (中心, 站, 馆), section (科, 室), company, government_office (政府, 办, 部门), working_group (领导小组, 工作组) or other.';
COMMENT ON COLUMN units.parent_id IS 'The unit this one belongs to (a school to its bureau, a section to its bureau, a party group to its bureau); NULL at the top.';
