/// Subtyping and overlap between types, as validation and the type-system rules need them.
extension Schema {
    /// Whether a value of `maybeSubType` may stand where `superType` is expected (spec §3.6.1
    /// `IsValidImplementationFieldType`, §5.8.5 `AreTypesCompatible`): covariant in named types,
    /// non-null may replace nullable, lists must stay lists.
    public func isTypeSubType(_ maybeSubType: GraphQLType, of superType: GraphQLType) -> Bool {
        if maybeSubType == superType { return true }
        if case .nonNull(let superInner) = superType {
            if case .nonNull(let subInner) = maybeSubType { return isTypeSubType(subInner, of: superInner) }
            return false
        }
        if case .nonNull(let subInner) = maybeSubType { return isTypeSubType(subInner, of: superType) }
        if case .list(let superInner) = superType {
            if case .list(let subInner) = maybeSubType { return isTypeSubType(subInner, of: superInner) }
            return false
        }
        if case .list = maybeSubType { return false }
        guard case .named(let superName) = superType, case .named(let subName) = maybeSubType,
              let superNamed = type(named: superName), superNamed.isAbstractType,
              let subNamed = type(named: subName), subNamed.kind == .object || subNamed.kind == .interface
        else { return false }
        return isSubType(subName, of: superName)
    }

    /// Whether two composite types share at least one possible object type (spec §5.5.2.3).
    public func doTypesOverlap(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        guard let typeA = type(named: first), let typeB = type(named: second) else { return false }
        if typeA.isAbstractType {
            if typeB.isAbstractType {
                return possibleTypes(of: first).contains { isSubType($0.name, of: second) }
            }
            return isSubType(second, of: first)
        }
        if typeB.isAbstractType { return isSubType(first, of: second) }
        return false
    }

    /// Whether `type` may be used as an input (its named type is a scalar, enum or input object).
    public func isInputType(_ type: GraphQLType) -> Bool {
        self.type(named: type.namedType)?.isInputType ?? false
    }

    /// Whether `type` may be used as an output (anything but an input object).
    public func isOutputType(_ type: GraphQLType) -> Bool {
        self.type(named: type.namedType)?.isOutputType ?? false
    }
}
