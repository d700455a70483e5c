public import QueryCompiler

/// The mapping of `schema.graphql` onto the store's tables (db/migrations).
///
/// One line per field: a column (named after the field in lower_snake_case unless given), or a
/// relation (foreign key, reverse foreign key, link table with edge columns, or a longer path).
/// Adding a column to the API is one line here plus its line in `schema.graphql`;
/// ``DomainMapping/check(against:)`` fails at server start when the two disagree.
public enum DomainMapping {
    public static let mapping = Mapping(entities: [
        inspection, finding, unit, person, disposition, fund,
    ])

    static let inspection = EntityMapping(
        "Inspection",
        table: "inspections",
        fields: [
            .column("title"),
            .column("startDate"),
            .column("endDate"),
            .column("feedbackDate"),
            .column("reportDate"),
            .column("publishedAt"),
            .column("source"),
            .column("signedBy"),
            .column("introduction"),
            .column("summary"),
            .column("statedFindingCount"),
            .column("statedCompletedCount"),
            .column("statedBasicallyCompletedCount"),
            .column("statedLongTermCount"),
            .toOne("team", "Unit", foreignKey: "team_unit_id"),
            .toOne("target", "Unit", foreignKey: "target_unit_id"),
            .toOne("sourceUnit", "Unit", foreignKey: "source_unit_id"),
            .toOne("leadingGroup", "Unit", foreignKey: "leading_group_unit_id"),
            .manyToMany("leadership", "Person", through: LinkMapping(
                "inspection_people", from: "inspection_id", to: "person_id", edgeFields: [.column("role"), .column("note")])),
            .toMany("findings", "Finding", foreignKey: "inspection_id"),
            .toMany("dispositions", "Disposition", foreignKey: "inspection_id"),
            .toMany("funds", "Fund", foreignKey: "inspection_id"),
        ],
        groupKeys: [
            GroupKeyMapping("team", path: ["team"], value: .object),
            GroupKeyMapping("target", path: ["target"], value: .object),
            GroupKeyMapping("year", value: .sql(year)),
        ])

    static let finding = EntityMapping(
        "Finding",
        table: "findings",
        fields: [
            .column("number"),
            .column("category"),
            .column("title"),
            .column("status"),
            .column("longTerm"),
            .column("progress"),
            .toOne("inspection", "Inspection", foreignKey: "inspection_id"),
            .manyToMany("units", "Unit", through: LinkMapping("finding_units", from: "finding_id", to: "unit_id", edgeFields: [.column("role")])),
            .manyToMany("people", "Person", through: LinkMapping("finding_people", from: "finding_id", to: "person_id", edgeFields: [.column("role")])),
            .toMany("dispositions", "Disposition", foreignKey: "finding_id"),
            .toMany("funds", "Fund", foreignKey: "finding_id"),
        ],
        groupKeys: [
            GroupKeyMapping("category"),
            GroupKeyMapping("status"),
            GroupKeyMapping("longTerm"),
            GroupKeyMapping("inspection", path: ["inspection"], value: .object),
            GroupKeyMapping("unit", path: ["units"], value: .object),
            GroupKeyMapping("unitKind", path: ["units"], value: .field("kind")),
            GroupKeyMapping("year", path: ["inspection"], value: .sql(year)),
        ])

    static let unit = EntityMapping(
        "Unit",
        table: "units",
        fields: [
            .column("key"),
            .column("name"),
            .column("shortName"),
            .column("aliases"),
            .column("kind"),
            .toOne("parent", "Unit", foreignKey: "parent_id"),
            .toMany("children", "Unit", foreignKey: "parent_id"),
            .toMany("people", "Person", foreignKey: "unit_id"),
            .manyToMany("findings", "Finding", through: LinkMapping("finding_units", from: "unit_id", to: "finding_id", edgeFields: [.column("role")])),
            .toMany("funds", "Fund", foreignKey: "unit_id"),
            .toMany("inspectionsConducted", "Inspection", foreignKey: "team_unit_id"),
            .toMany("inspectionsReceived", "Inspection", foreignKey: "target_unit_id"),
            .toMany("inspectionsPublished", "Inspection", foreignKey: "source_unit_id"),
            .toMany("inspectionsLed", "Inspection", foreignKey: "leading_group_unit_id"),
        ],
        groupKeys: [
            GroupKeyMapping("kind"),
            GroupKeyMapping("parent", path: ["parent"], value: .object),
        ])

    static let person = EntityMapping(
        "Person",
        table: "people",
        fields: [
            .column("name"),
            .column("role"),
            .toOne("unit", "Unit", foreignKey: "unit_id"),
            .manyToMany("findings", "Finding", through: LinkMapping("finding_people", from: "person_id", to: "finding_id", edgeFields: [.column("role")])),
            .toMany("dispositions", "Disposition", foreignKey: "person_id"),
            .manyToMany("inspections", "Inspection", through: LinkMapping(
                "inspection_people", from: "person_id", to: "inspection_id", edgeFields: [.column("role"), .column("note")])),
        ],
        groupKeys: [
            GroupKeyMapping("unit", path: ["unit"], value: .object),
            GroupKeyMapping("unitKind", path: ["unit"], value: .field("kind")),
        ])

    static let disposition = EntityMapping(
        "Disposition",
        table: "dispositions",
        fields: [
            .column("kind"),
            .column("note"),
            .toOne("person", "Person", foreignKey: "person_id"),
            .toOne("finding", "Finding", foreignKey: "finding_id"),
            .toOne("inspection", "Inspection", foreignKey: "inspection_id"),
        ],
        groupKeys: [
            GroupKeyMapping("kind"),
            GroupKeyMapping("person", path: ["person"], value: .object),
            GroupKeyMapping("unit", path: ["person", "unit"], value: .object),
            GroupKeyMapping("unitKind", path: ["person", "unit"], value: .field("kind")),
            GroupKeyMapping("category", path: ["finding"], value: .field("category")),
            GroupKeyMapping("inspection", path: ["inspection"], value: .object),
            GroupKeyMapping("year", path: ["inspection"], value: .sql(year)),
        ])

    static let fund = EntityMapping(
        "Fund",
        table: "funds",
        fields: [
            .column("amount"),
            .column("amountText"),
            .column("kind"),
            .column("sourceText"),
            .toOne("finding", "Finding", foreignKey: "finding_id"),
            .toOne("unit", "Unit", foreignKey: "unit_id"),
            .toOne("inspection", "Inspection", foreignKey: "inspection_id"),
        ],
        groupKeys: [
            GroupKeyMapping("kind"),
            GroupKeyMapping("unit", path: ["unit"], value: .object),
            GroupKeyMapping("unitKind", path: ["unit"], value: .field("kind")),
            GroupKeyMapping("finding", path: ["finding"], value: .object),
            GroupKeyMapping("category", path: ["finding"], value: .field("category")),
            GroupKeyMapping("inspection", path: ["inspection"], value: .object),
            GroupKeyMapping("year", path: ["inspection"], value: .sql(year)),
        ])

    /// The year of an inspection's notice date.
    static let year: SQLTemplate = "extract(year from \(.row).report_date)::integer"
}
