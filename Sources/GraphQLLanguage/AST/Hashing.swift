// Hashing for the AST's nesting structures, written without recursion.
//
// Synthesised `hash(into:)` recurses once per level through several frames; in a debug build a
// document nested `ParseOptions.maxDepth` (256) levels deep then needs more than a 512 KiB thread
// stack. These walk nested selection sets and values with an explicit stack instead. They feed
// the hasher exactly what the synthesised `==` compares (locations never take part), in a fixed
// order, so equal nodes still hash equally.

extension SelectionSet {
    public func hash(into hasher: inout Hasher) {
        var pending: [SelectionSet] = [self]
        while let selectionSet = pending.popLast() {
            hasher.combine(selectionSet.selections.count)
            for selection in selectionSet.selections {
                switch selection {
                case .field(let field):
                    hasher.combine(0)
                    hasher.combine(field.alias)
                    hasher.combine(field.name)
                    hasher.combine(field.arguments)
                    hasher.combine(field.directives)
                    hasher.combine(field.selectionSet != nil)
                    if let nested = field.selectionSet { pending.append(nested) }
                case .fragmentSpread(let spread):
                    hasher.combine(1)
                    hasher.combine(spread)
                case .inlineFragment(let fragment):
                    hasher.combine(2)
                    hasher.combine(fragment.typeCondition)
                    hasher.combine(fragment.directives)
                    pending.append(fragment.selectionSet)
                }
            }
        }
    }
}

extension Value {
    public func hash(into hasher: inout Hasher) {
        var pending: [Value] = [self]
        while let value = pending.popLast() {
            switch value.kind {
            case .variable(let variable):
                hasher.combine(0)
                hasher.combine(variable)
            case .int(let literal):
                hasher.combine(1)
                hasher.combine(literal)
            case .float(let literal):
                hasher.combine(2)
                hasher.combine(literal)
            case .string(let string, let isBlock):
                hasher.combine(3)
                hasher.combine(string)
                hasher.combine(isBlock)
            case .boolean(let bool):
                hasher.combine(4)
                hasher.combine(bool)
            case .null:
                hasher.combine(5)
            case .enumValue(let name):
                hasher.combine(6)
                hasher.combine(name)
            case .list(let values):
                hasher.combine(7)
                hasher.combine(values.count)
                pending.append(contentsOf: values)
            case .object(let fields):
                hasher.combine(8)
                hasher.combine(fields.count)
                for field in fields { hasher.combine(field.name) }
                pending.append(contentsOf: fields.map(\.value))
            }
        }
    }
}
