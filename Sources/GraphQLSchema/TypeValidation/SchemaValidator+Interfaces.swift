import GraphQLLanguage

/// The interface rules of spec §3.6 "Type Validation" 4 and §3.7: what an implementation owes.
extension SchemaValidator {
    private struct Implementer {
        var name: String
        var fields: NameIndexed<GraphQLField>
        var interfaces: [String]
        var definitionLocations: [SourceLocation]
        var interfaceReferences: [NamedReference]

        init?(_ type: GraphQLNamedType) {
            switch type {
            case .object(let object):
                (name, fields, interfaces) = (object.name, object.fields, object.interfaces)
                (definitionLocations, interfaceReferences) = (object.definitionLocations, object.interfaceReferences)
            case .interface(let interface):
                (name, fields, interfaces) = (interface.name, interface.fields, interface.interfaces)
                (definitionLocations, interfaceReferences) = (interface.definitionLocations, interface.interfaceReferences)
            default:
                return nil
            }
        }

        func references(to interface: String) -> [SourceLocation] {
            interfaceReferences.filter { $0.name == interface }.map(\.location)
        }
    }

    mutating func validateInterfaces(of type: GraphQLNamedType) {
        guard let implementer = Implementer(type) else { return }
        var seen: Set<String> = []
        for interfaceName in implementer.interfaces {
            guard let interfaceType = schema.type(named: interfaceName), case .interface = interfaceType,
                  let interface = Implementer(interfaceType)
            else {
                report(
                    "Type \(implementer.name) must only implement Interface types, it cannot implement \(interfaceName).",
                    implementer.references(to: interfaceName))
                continue
            }
            if implementer.name == interfaceName {
                report(
                    "Type \(implementer.name) cannot implement itself because it would create a circular reference.",
                    implementer.references(to: interfaceName))
            }
            if !seen.insert(interfaceName).inserted {
                report(
                    "Type \(implementer.name) can only implement \(interfaceName) once.",
                    implementer.references(to: interfaceName))
                continue
            }
            validateAncestors(of: implementer, interface)
            validateImplementation(of: implementer, interface)
        }
    }

    /// Spec §3.7 "Type Validation" 2: an implementer must also implement its interfaces' interfaces.
    private mutating func validateAncestors(of type: Implementer, _ interface: Implementer) {
        for transitive in interface.interfaces where !type.interfaces.contains(transitive) {
            let message = transitive == type.name
                ? "Type \(type.name) cannot implement \(interface.name) because it would create a circular reference."
                : "Type \(type.name) must implement \(transitive) because it is implemented by \(interface.name)."
            report(message, interface.references(to: transitive) + type.references(to: interface.name))
        }
    }

    /// Spec §3.6 `IsValidImplementation`: every interface field provided, with a covariant type and
    /// the same arguments; extra arguments must be optional.
    private mutating func validateImplementation(of type: Implementer, _ interface: Implementer) {
        for interfaceField in interface.fields {
            let fieldName = interfaceField.name
            guard let typeField = type.fields[fieldName] else {
                report(
                    "Interface field \(interface.name).\(fieldName) expected but \(type.name) does not provide it.",
                    [interfaceField.location] + type.definitionLocations)
                continue
            }
            if !schema.isTypeSubType(typeField.type, of: interfaceField.type) {
                report(
                    "Interface field \(interface.name).\(fieldName) expects type \(interfaceField.type) but \(type.name).\(fieldName) is type \(typeField.type).",
                    [interfaceField.typeLocation, typeField.typeLocation])
            }
            for interfaceArgument in interfaceField.arguments {
                let argumentName = interfaceArgument.name
                guard let typeArgument = typeField.arguments[argumentName] else {
                    report(
                        "Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expected but \(type.name).\(fieldName) does not provide it.",
                        [interfaceArgument.location, typeField.location])
                    continue
                }
                if typeArgument.type != interfaceArgument.type {
                    report(
                        "Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expects type \(interfaceArgument.type) but \(type.name).\(fieldName)(\(argumentName):) is type \(typeArgument.type).",
                        [interfaceArgument.typeLocation, typeArgument.typeLocation])
                }
            }
            for typeArgument in typeField.arguments where typeArgument.isRequired && interfaceField.arguments[typeArgument.name] == nil {
                report(
                    "Object field \(type.name).\(fieldName) includes required argument \(typeArgument.name) that is missing from the Interface field \(interface.name).\(fieldName).",
                    [typeArgument.location, interfaceField.location])
            }
        }
    }
}
