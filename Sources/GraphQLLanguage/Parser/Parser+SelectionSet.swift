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
        openSelectionSets.push(try openSelectionSet(for: .root))
        while true {
            // One selection of the innermost open set.
            let start = token
            if try expectOptional(.spread) {
                let hasTypeCondition = try expectOptionalKeyword("on")
                if !hasTypeCondition && peek(.name) {
                    let name = try parseFragmentName()
                    let directives = try parseDirectives(isConst: false)
                    selectionScratch.push(.fragmentSpread(FragmentSpread(name: name, directives: directives, location: location(from: start))))
                } else {
                    let typeCondition = hasTypeCondition ? try parseNamedType() : nil
                    let directives = try parseDirectives(isConst: false)
                    pendingInlineFragments.push(InlineFragment(
                        typeCondition: typeCondition,
                        directives: directives,
                        selectionSet: SelectionSet(selections: []),
                        location: location(from: start)
                    ))
                    openSelectionSets.push(try openSelectionSet(for: .inlineFragment))
                    continue
                }
            } else {
                let field = try parseFieldHead()
                if peek(.braceLeft) {
                    pendingFields.push(consume field)
                    openSelectionSets.push(try openSelectionSet(for: .field))
                    continue
                }
                selectionScratch.push(.field(consume field))
            }
            // Close every set that ends here, handing each to the selection that owns it.
            while try expectOptional(.braceRight) {
                leaveNesting()
                let closed = openSelectionSets.pop()
                let selectionSet = SelectionSet(
                    selections: selectionScratch.popArray(from: closed.firstSelection),
                    location: location(from: closed.start)
                )
                switch closed.owner {
                case .root:
                    return selectionSet
                case .field:
                    var field = pendingFields.pop()
                    field.selectionSet = selectionSet
                    field.location.end = lastTokenEnd
                    selectionScratch.push(.field(field))
                case .inlineFragment:
                    var fragment = pendingInlineFragments.pop()
                    fragment.selectionSet = selectionSet
                    fragment.location.end = lastTokenEnd
                    selectionScratch.push(.inlineFragment(fragment))
                }
            }
        }
    }

    /// Consumes `{`, one nesting level deeper, for a selection set belonging to `owner`.
    private mutating func openSelectionSet(for owner: OpenSelectionSet.Owner) throws(SyntaxError) -> OpenSelectionSet {
        let start = token
        try enterNesting()
        try expect(.braceLeft)
        return OpenSelectionSet(owner: owner, start: start, firstSelection: selectionScratch.count)
    }

    /// `Field : Alias? Name Arguments? Directives? SelectionSet?` (spec §2.5) up to its selection
    /// set, which the caller adds.
    @inline(__always)
    private mutating func parseFieldHead() throws(SyntaxError) -> Field {
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
        return Field(alias: alias, name: name, arguments: arguments, directives: directives, location: location(from: start))
    }
}

/// A selection set whose `{` has been read and whose `}` has not.
struct OpenSelectionSet {
    /// What the set will belong to once closed: the operation or fragment definition, or the
    /// field or inline fragment on top of the parser's pending stack of that kind.
    enum Owner {
        case root
        case field
        case inlineFragment
    }

    var owner: Owner
    /// The `{` token.
    var start: Token
    /// Where the set's selections begin on the parser's selection stack.
    var firstSelection: Int
}
