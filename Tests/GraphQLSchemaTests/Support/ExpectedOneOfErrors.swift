// Expected errors recorded from graphql-core 3.2.8 (graphql-js 16.9 semantics; its single quotes
// turned into graphql-js double quotes). Regenerate deliberately, never by hand.

extension ValidationCase {
    static let oneOfValues: [ValidationCase] = [
        ValidationCase(#"{ oneOf(arg: {stringField: "a"}) }"#, []),
        ValidationCase(#"{ oneOf(arg: {stringField: "a", intField: 1}) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 14)])]),
        ValidationCase(#"{ oneOf(arg: {}) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 14)])]),
        ValidationCase(#"{ oneOf(arg: {stringField: null}) }"#, [.init(#"Field "OneOfInput.stringField" must be non-null."#, [(1, 14)])]),
        ValidationCase(#"{ oneOf(arg: {stringField: "a", stringField: "b"}) }"#, []),
        ValidationCase(#"{ oneOf(arg: {stringField: null, stringField: "b"}) }"#, []),
        ValidationCase(#"{ oneOf(arg: {stringField: 1}) }"#, [.init(#"String cannot represent a non string value: 1"#, [(1, 28)])]),
        ValidationCase(#"{ oneOf(arg: {unknown: 1}) }"#, [.init(#"Field "unknown" is not defined by type "OneOfInput"."#, [(1, 15)])]),
        ValidationCase(#"{ oneOf(arg: {nested: {intField: 1}}) }"#, []),
        ValidationCase(#"{ oneOf(arg: {nested: {stringField: null}}) }"#, [.init(#"Field "OneOfInput.stringField" must be non-null."#, [(1, 23)])]),
        ValidationCase(#"{ plain(arg: {a: 1, choice: {intField: 1, stringField: "x"}}) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 29)])]),
        ValidationCase(#"{ list(args: [{intField: 1}, {}, {stringField: null}]) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 30)]), .init(#"Field "OneOfInput.stringField" must be non-null."#, [(1, 34)])]),
        ValidationCase(#"{ list(args: {intField: 1, nested: null}) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 14)])]),
        ValidationCase(#"query ($s: String) { oneOf(arg: {stringField: $s}) }"#, [.init(#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 33)])]),
        ValidationCase(#"query ($s: String!) { oneOf(arg: {stringField: $s}) }"#, []),
        ValidationCase(#"query ($s: String = "x") { oneOf(arg: {stringField: $s}) }"#, [.init(#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 39)])]),
        ValidationCase(#"query ($i: OneOfInput) { oneOf(arg: $i) }"#, []),
        ValidationCase(#"query ($i: OneOfInput) { oneOf(arg: {nested: $i}) }"#, [.init(#"Variable "i" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 37)])]),
        ValidationCase(#"query ($s: String) { ...F } fragment F on Query { oneOf(arg: {stringField: $s}) }"#, [.init(#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 62)])]),
        ValidationCase(#"query ($s: String!) { a: oneOf(arg: {stringField: $s}) } query B($s: String) { ...F } fragment F on Query { oneOf(arg: {stringField: $s}) }"#, [.init(#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 120)])]),
    ]
    static let oneOfDocuments: [ValidationCase] = [
        ValidationCase(#"{ oneOf(arg: {stringField: "a"}) }"#, []),
        ValidationCase(#"{ oneOf(arg: {stringField: "a", intField: 1}) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 14)])]),
        ValidationCase(#"{ oneOf(arg: {}) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 14)])]),
        ValidationCase(#"{ oneOf(arg: {stringField: null}) }"#, [.init(#"Field "OneOfInput.stringField" must be non-null."#, [(1, 14)])]),
        ValidationCase(#"{ oneOf(arg: {stringField: "a", stringField: "b"}) }"#, [.init(#"There can be only one input field named "stringField"."#, [(1, 15), (1, 33)])]),
        ValidationCase(#"{ oneOf(arg: {stringField: null, stringField: "b"}) }"#, [.init(#"There can be only one input field named "stringField"."#, [(1, 15), (1, 34)])]),
        ValidationCase(#"{ oneOf(arg: {stringField: 1}) }"#, [.init(#"String cannot represent a non string value: 1"#, [(1, 28)])]),
        ValidationCase(#"{ oneOf(arg: {unknown: 1}) }"#, [.init(#"Field "unknown" is not defined by type "OneOfInput"."#, [(1, 15)])]),
        ValidationCase(#"{ oneOf(arg: {nested: {intField: 1}}) }"#, []),
        ValidationCase(#"{ oneOf(arg: {nested: {stringField: null}}) }"#, [.init(#"Field "OneOfInput.stringField" must be non-null."#, [(1, 23)])]),
        ValidationCase(#"{ plain(arg: {a: 1, choice: {intField: 1, stringField: "x"}}) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 29)])]),
        ValidationCase(#"{ list(args: [{intField: 1}, {}, {stringField: null}]) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 30)]), .init(#"Field "OneOfInput.stringField" must be non-null."#, [(1, 34)])]),
        ValidationCase(#"{ list(args: {intField: 1, nested: null}) }"#, [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 14)])]),
        ValidationCase(#"query ($s: String) { oneOf(arg: {stringField: $s}) }"#, [.init(#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 33)])]),
        ValidationCase(#"query ($s: String!) { oneOf(arg: {stringField: $s}) }"#, []),
        ValidationCase(#"query ($s: String = "x") { oneOf(arg: {stringField: $s}) }"#, [.init(#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 39)])]),
        ValidationCase(#"query ($i: OneOfInput) { oneOf(arg: $i) }"#, []),
        ValidationCase(#"query ($i: OneOfInput) { oneOf(arg: {nested: $i}) }"#, [.init(#"Variable "i" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 37)])]),
        ValidationCase(#"query ($s: String) { ...F } fragment F on Query { oneOf(arg: {stringField: $s}) }"#, [.init(#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 62)])]),
        ValidationCase(#"query ($s: String!) { a: oneOf(arg: {stringField: $s}) } query B($s: String) { ...F } fragment F on Query { oneOf(arg: {stringField: $s}) }"#, [.init(#"This anonymous operation must be the only defined operation."#, [(1, 1)]), .init(#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 120)])]),
    ]
}
