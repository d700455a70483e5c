import GraphQLLanguage
import Testing

/// `Field` keeps its parts in a shared copy-on-write box; it must still behave as a plain value.
@Suite struct FieldValueSemanticsTests {
    static let field = Field(
        alias: Name("a"), name: Name("f"), arguments: [Argument(name: Name("x"), value: Value(.int("1")))],
        directives: [Directive(name: Name("skip"))],
        selectionSet: SelectionSet(selections: [.field(Field(name: Name("g")))]),
        location: Location(start: 2, end: 9, line: 1, column: 3))

    @Test func changingACopyLeavesTheOriginalAlone() {
        var copy = Self.field
        copy.alias = nil
        copy.name = Name("h")
        copy.arguments.append(Argument(name: Name("y"), value: Value(.null)))
        copy.directives.removeAll()
        copy.selectionSet?.selections.append(.field(Field(name: Name("k"))))
        copy.location.end = 40
        #expect(Self.field.alias?.value == "a" && Self.field.name.value == "f")
        #expect(Self.field.arguments.count == 1 && Self.field.directives.count == 1)
        #expect(Self.field.selectionSet?.selections.count == 1 && Self.field.location.end == 9)
        #expect(copy.alias == nil && copy.name.value == "h" && copy.arguments.count == 2)
        #expect(copy.directives.isEmpty && copy.selectionSet?.selections.count == 2 && copy.location.end == 40)
        #expect(copy.responseKey == "h" && Self.field.responseKey == "a")
    }

    @Test func equalityAndHashingIgnoreLocationsAndSharing() {
        var moved = Self.field
        moved.location = Location(start: 100, end: 107, line: 5, column: 1)
        let rebuilt = Field(
            alias: Name("a"), name: Name("f"), arguments: [Argument(name: Name("x"), value: Value(.int("1")))],
            directives: [Directive(name: Name("skip"))], selectionSet: SelectionSet(selections: [.field(Field(name: Name("g")))]))
        #expect(moved == Self.field && rebuilt == Self.field)
        #expect(Set([Self.field, moved, rebuilt]).count == 1)
        var renamed = rebuilt
        renamed.arguments[0].value = Value(.int("2"))
        #expect(renamed != Self.field)
    }

    @Test func locationsKeepEveryOffsetAndClampOutOfRangeOnes() {
        let location = Location(start: 4_000_000_000, end: 4_000_000_001, line: 70_000, column: 123)
        #expect(location.start == 4_000_000_000 && location.end == 4_000_000_001)
        #expect(location.line == 70_000 && location.column == 123)
        #expect(Location(start: -1, end: Int.max, line: 1, column: 1).start == 0)
        #expect(Location(start: -1, end: Int.max, line: 1, column: 1).end == Int(UInt32.max))
    }
}
