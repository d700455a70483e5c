import GraphQLLanguage

extension ValidityProof {
    /// A selection set whose parent type is `parent`: each selection is checked, and the
    /// response keys they collect (through inline fragments and spread fragments, as field
    /// collection finds them) must merge (§5.3.2).
    mutating func walk(_ selectionSet: SelectionSet, parent: GraphQLNamedType) throws(Unproven) {
        let firstKey = keys.count
        try walkSelections(of: selectionSet, parent: parent)
        try checkMerging(selectionSet, parent: parent, keysFrom: firstKey)
        keys.removeSubrange(firstKey...)
    }

    /// The selections of a set, their response keys pushed on `keys`; an inline fragment's own
    /// set needs no merging check of its own, since its fields are collected, with the same parent
    /// types, into the enclosing set's.
    private mutating func walkSelections(of selectionSet: SelectionSet, parent: GraphQLNamedType) throws(Unproven) {
        let selections = selectionSet.selections
        for index in selections.indices {
            switch selections[index] {
            case .field(let field):
                try walk(field, parent: parent)
            case .fragmentSpread(let spread):
                let fragment = try fragmentIndex(spread.name.value)
                try appendKeys(ofFragment: fragment)
                if let recordingFragment { fragmentSpreads[recordingFragment].append(fragment) } else { operationSpreads.append(fragment) }
                try walk(spread.directives, at: .fragmentSpread)
                // PossibleFragmentSpreads (§5.5.2.3).
                guard schema.doTypesOverlap(fragmentTypes[fragment].name, parent.name) else {
                    throw Unproven("fragment spread that cannot apply")
                }
            case .inlineFragment(let fragment):
                var type = parent
                if let condition = fragment.typeCondition {
                    // KnownTypeNames, FragmentsOnCompositeTypes, PossibleFragmentSpreads.
                    guard let conditionType = schema.type(named: condition.name.value), conditionType.isCompositeType,
                          schema.doTypesOverlap(conditionType.name, parent.name)
                    else { throw Unproven("inline fragment on an impossible type") }
                    type = conditionType
                }
                try walk(fragment.directives, at: .inlineFragment)
                try walkSelections(of: fragment.selectionSet, parent: type)
            }
        }
    }

    /// A field: defined on its parent type (§5.3.1), with known, unique, sufficient arguments of
    /// the right types (§5.4), and a selection set exactly when its type is composite (§5.3.3).
    private mutating func walk(_ field: Field, parent: GraphQLNamedType) throws(Unproven) {
        let name = field.name.value
        let hash = NameTable.hash(name)
        keys.append(field.alias.map { Key(name: $0.value, hash: NameTable.hash($0.value)) } ?? Key(name: name, hash: hash))
        guard let definition = schema.fieldDefinition(named: name, hash: hash, on: parent) else {
            throw Unproven("unknown field")
        }
        try walk(field.arguments, definitions: definition.arguments)
        try walk(field.directives, at: .field)
        guard let type = schema.namedType(of: definition) else { throw Unproven("field of an unknown type") }
        if type.isLeafType {
            guard field.selectionSet == nil else { throw Unproven("selection on a leaf") }
        } else {
            guard let selectionSet = field.selectionSet else { throw Unproven("no selection on a composite field") }
            try walk(selectionSet, parent: type)
        }
    }

    /// Directives known at `location` (§5.7.1, §5.7.2), each at most once (§5.7.3: repeatable
    /// directives, which may repeat, are left to the rules), with their arguments.
    mutating func walk(_ directives: [Directive], at location: DirectiveLocation) throws(Unproven) {
        for index in directives.indices {
            let name = directives[index].name.value
            for other in 0..<index where directives[other].name.value == name { throw Unproven("repeated directive") }
            guard let definition = schema.directive(named: name), definition.locations.contains(location) else {
                throw Unproven("unknown or misplaced directive")
            }
            try walk(directives[index].arguments, definitions: definition.arguments)
        }
    }

    /// Arguments that are defined (§5.4.1), unique (§5.4.2), include every required one
    /// (§5.4.2.1) and have values of their types (§5.6.1).
    private mutating func walk(_ arguments: [Argument], definitions: NameIndexed<GraphQLInputValue>) throws(Unproven) {
        for index in arguments.indices {
            let name = arguments[index].name.value
            for other in 0..<index where arguments[other].name.value == name { throw Unproven("repeated argument") }
            guard let definition = definitions[name] else { throw Unproven("unknown argument") }
            try check(
                arguments[index].value, type: definition.type, named: (definition.namedTypeName, definition.namedTypeHash),
                positionHasDefault: definition.hasDefaultValue)
        }
        for definition in definitions where definition.isRequired {
            guard arguments.contains(where: { $0.name.value == definition.name }) else { throw Unproven("missing argument") }
        }
    }
}
