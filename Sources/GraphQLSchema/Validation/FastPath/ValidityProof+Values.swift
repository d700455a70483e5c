import GraphQLLanguage

extension ValidityProof {
    /// A value for a position of `type` (ValuesOfCorrectType §5.6.1, input object field names
    /// §5.6.2 and uniqueness §5.6.3, required fields §5.6.4), with the type information graphql-js's
    /// `TypeInfo` would have: list items take the item type, input fields their own.
    ///
    /// Variables are recorded with the position's type for the variable rules. A list literal
    /// where no list is expected, or a OneOf input object literal, is left to the rules.
    /// `named` is the named type at the core of `type`, with its hash.
    mutating func check(
        _ value: Value, type: GraphQLType, named: (name: String, hash: Int), positionHasDefault: Bool
    ) throws(Unproven) {
        switch value.kind {
        case .variable(let variable):
            let usage = Usage(name: variable.name.value, type: type, positionHasDefault: positionHasDefault)
            if let recordingFragment { fragmentUsages[recordingFragment].append(usage) } else { operationUsages.append(usage) }
        case .null:
            guard !type.isNonNull else { throw Unproven("null for a non-null type") }
        case .list(let items):
            guard case .list(let itemType) = type.nullable else { throw Unproven("list for a non-list type") }
            for item in items { try check(item, type: itemType, named: named, positionHasDefault: false) }
        case .object(let fields):
            guard case .inputObject(let object)? = schema.type(named: named.name, hash: named.hash) else {
                throw Unproven("object for a non-input-object type")
            }
            guard !object.isOneOf else { throw Unproven("OneOf input object") }
            for index in fields.indices {
                let name = fields[index].name.value
                for other in 0..<index where fields[other].name.value == name { throw Unproven("repeated input field") }
                guard let definition = object.fields[name] else { throw Unproven("unknown input field") }
                try check(
                    fields[index].value, type: definition.type, named: (definition.namedTypeName, definition.namedTypeHash),
                    positionHasDefault: definition.hasDefaultValue)
            }
            for definition in object.fields where definition.isRequired {
                guard fields.contains(where: { $0.name.value == definition.name }) else { throw Unproven("missing input field") }
            }
        case .int, .float, .string, .boolean, .enumValue:
            guard case .success? = schema.type(named: named.name, hash: named.hash)?.coerceLeafLiteral(value) else {
                throw Unproven("literal its type does not accept")
            }
        }
    }

    /// A variable's default value, which may not itself use variables.
    mutating func checkConstant(_ value: Value, type: GraphQLType) throws(Unproven) {
        guard value.isConstant else { throw Unproven("variable in a default value") }
        let named = type.namedType
        try check(value, type: type, named: (named, NameTable.hash(named)), positionHasDefault: false)
    }
}
