import GraphQLLanguage

extension ValidationRule {
    /// Directives Are Unique Per Location (spec §5.7.3): "Directives are used to describe some
    /// metadata or behavioral change on the definition they apply to. When more than one directive
    /// of the same name is used, the expected metadata or behavior becomes ambiguous, therefore
    /// only one of each directive is allowed per location." Repeatable directives are exempt; a
    /// type's extensions count as the same location as its definition.
    public static let uniqueDirectivesPerLocation = ValidationRule(name: "UniqueDirectivesPerLocationRule") { context, visitor in
        var schemaDirectives: [String: Directive] = [:]
        var typeDirectives: [String: [String: Directive]] = [:]

        func check(_ directives: [Directive], seen: inout [String: Directive]) {
            for directive in directives where context.knownDirective(named: directive.name.value)?.isRepeatable == false {
                let name = directive.name.value
                if let first = seen[name] {
                    context.report(
                        "The directive \"@\(name)\" can only be used once at this location.",
                        [first.location, directive.location])
                } else {
                    seen[name] = directive
                }
            }
        }
        func checkAlone(_ directives: [Directive]) {
            guard directives.count > 1 else { return }
            var seen: [String: Directive] = [:]
            check(directives, seen: &seen)
        }

        visitor.onEnter(\.operation) { checkAlone($0.directives) }
        visitor.onEnter(\.variableDefinition) { checkAlone($0.directives) }
        visitor.onEnter(\.field) { checkAlone($0.directives) }
        visitor.onEnter(\.fragmentSpread) { checkAlone($0.directives) }
        visitor.onEnter(\.inlineFragment) { checkAlone($0.directives) }
        visitor.onEnter(\.fragmentDefinition) { checkAlone($0.directives) }
        visitor.onEnter(\.fieldDefinition) { checkAlone($0.directives) }
        visitor.onEnter(\.inputValueDefinition) { checkAlone($0.directives) }
        visitor.onEnter(\.enumValueDefinition) { checkAlone($0.directives) }
        visitor.onEnter(\.schemaDefinition) { check($0.node.directives, seen: &schemaDirectives) }
        visitor.onEnter(\.typeDefinition) { type in
            check(type.node.directives, seen: &typeDirectives[type.node.name.value, default: [:]])
        }
    }
}

extension TypeDefinition {
    /// The directives applied to the definition.
    var directives: [Directive] {
        switch self {
        case .scalar(let node): node.directives
        case .object(let node): node.directives
        case .interface(let node): node.directives
        case .union(let node): node.directives
        case .enumeration(let node): node.directives
        case .inputObject(let node): node.directives
        }
    }
}
