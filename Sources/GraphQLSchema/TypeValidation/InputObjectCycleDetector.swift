/// Finds input objects that contain themselves through non-null fields, which no finite value
/// could satisfy (spec §3.10 "Type Validation" 3, "Circular References").
struct InputObjectCycleDetector {
    private var visited: Set<String> = []
    private var fieldPath: [GraphQLInputValue] = []
    private var pathIndexByTypeName: [String: Int] = [:]

    mutating func check(_ input: GraphQLInputObjectType, in schema: Schema, validator: inout SchemaValidator) {
        guard visited.insert(input.name).inserted else { return }
        pathIndexByTypeName[input.name] = fieldPath.count
        for field in input.fields {
            guard case .nonNull(.named(let fieldTypeName)) = field.type,
                  case .inputObject(let fieldType)? = schema.type(named: fieldTypeName)
            else { continue }
            fieldPath.append(field)
            if let cycleIndex = pathIndexByTypeName[fieldTypeName] {
                let cycle = fieldPath[cycleIndex...]
                validator.report(
                    "Cannot reference Input Object \"\(fieldTypeName)\" within itself through a series of non-null fields: \"\(cycle.map(\.name).joined(separator: "."))\".",
                    cycle.map(\.location))
            } else {
                check(fieldType, in: schema, validator: &validator)
            }
            fieldPath.removeLast()
        }
        pathIndexByTypeName[input.name] = nil
    }
}
