extension Parser {
    /// `SelectionSet : { Selection+ }` (spec §2.4), with `Selection : Field | FragmentSpread |
    /// InlineFragment` and the nested selection sets of fields and inline fragments.
    ///
    /// Nesting is kept on an explicit stack of open selection sets rather than the call stack, so
    /// stack use does not grow with the document's depth (`ParseOptions.maxDepth` still bounds it):
    /// a field or inline fragment whose selection set opens waits on the stack until the matching
    /// `}` closes it. Tokens are consumed in exactly the order a recursive parser would consume
    /// them, so errors are those of graphql-js.
    mutating func parseSelectionSet() throws(SyntaxError) -> SelectionSet {
        var open: [OpenSelectionSet] = [try openSelectionSet(for: .root)]
        while true {
            // One selection of the innermost open set.
            let start = token
            if try expectOptional(.spread) {
                let hasTypeCondition = try expectOptionalKeyword("on")
                if !hasTypeCondition && peek(.name) {
                    let name = try parseFragmentName()
                    let directives = try parseDirectives(isConst: false)
                    let spread = FragmentSpread(name: name, directives: directives, location: location(from: start))
                    open[open.count - 1].selections.append(.fragmentSpread(spread))
                } else {
                    let typeCondition = hasTypeCondition ? try parseNamedType() : nil
                    let directives = try parseDirectives(isConst: false)
                    let owner = PendingInlineFragment(start: start, typeCondition: typeCondition, directives: directives)
                    open.append(try openSelectionSet(for: .inlineFragment(owner)))
                    continue
                }
            } else {
                let field = try parseFieldHead()
                if peek(.braceLeft) {
                    open.append(try openSelectionSet(for: .field(field)))
                    continue
                }
                open[open.count - 1].selections.append(.field(field.node(selectionSet: nil, location: location(from: field.start))))
            }
            // Close every set that ends here, handing each to the selection that owns it.
            while try expectOptional(.braceRight) {
                leaveNesting()
                let closed = open.removeLast()
                let selectionSet = SelectionSet(selections: closed.selections, location: location(from: closed.start))
                switch closed.owner {
                case .root:
                    return selectionSet
                case .field(let field):
                    let node = field.node(selectionSet: selectionSet, location: location(from: field.start))
                    open[open.count - 1].selections.append(.field(node))
                case .inlineFragment(let fragment):
                    let node = InlineFragment(
                        typeCondition: fragment.typeCondition,
                        directives: fragment.directives,
                        selectionSet: selectionSet,
                        location: location(from: fragment.start)
                    )
                    open[open.count - 1].selections.append(.inlineFragment(node))
                }
            }
        }
    }

    /// Consumes `{`, one nesting level deeper, for a selection set belonging to `owner`.
    private mutating func openSelectionSet(for owner: OpenSelectionSet.Owner) throws(SyntaxError) -> OpenSelectionSet {
        let start = token
        try enterNesting()
        try expect(.braceLeft)
        return OpenSelectionSet(owner: owner, start: start, selections: [])
    }

    /// `Field : Alias? Name Arguments? Directives? SelectionSet?` (spec §2.5) up to its selection set.
    private mutating func parseFieldHead() throws(SyntaxError) -> PendingField {
        let start = token
        let nameOrAlias = try parseName()
        var alias: Name?
        var name = nameOrAlias
        if try expectOptional(.colon) {
            alias = nameOrAlias
            name = try parseName()
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        return PendingField(start: start, alias: alias, name: name, arguments: arguments, directives: directives)
    }
}

/// A selection set whose `{` has been read and whose `}` has not.
struct OpenSelectionSet {
    /// What the selection set will belong to once closed.
    enum Owner {
        case root
        case field(PendingField)
        case inlineFragment(PendingInlineFragment)
    }

    var owner: Owner
    /// The `{` token.
    var start: Token
    var selections: [Selection]
}

/// A field read up to its selection set.
struct PendingField {
    var start: Token
    var alias: Name?
    var name: Name
    var arguments: [Argument]
    var directives: [Directive]

    func node(selectionSet: SelectionSet?, location: Location) -> Field {
        Field(
            alias: alias,
            name: name,
            arguments: arguments,
            directives: directives,
            selectionSet: selectionSet,
            location: location
        )
    }
}

/// `... TypeCondition? Directives?` read up to its selection set (spec §2.8.2).
struct PendingInlineFragment {
    var start: Token
    var typeCondition: NamedType?
    var directives: [Directive]
}
