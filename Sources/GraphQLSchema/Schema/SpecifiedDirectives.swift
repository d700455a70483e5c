import GraphQLLanguage

/// The directives every schema has (spec §3.13.1–§3.13.4, and graphql-js 16.9's `@oneOf`), with
/// graphql-js's descriptions.
extension GraphQLDirective {
    /// `@include(if: Boolean!)` (spec §3.13.2).
    public static let include = GraphQLDirective(
        name: "include",
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [GraphQLInputValue(name: "if", type: .nonNull(.named("Boolean")), description: "Included when true.")]
    )

    /// `@skip(if: Boolean!)` (spec §3.13.1).
    public static let skip = GraphQLDirective(
        name: "skip",
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [GraphQLInputValue(name: "if", type: .nonNull(.named("Boolean")), description: "Skipped when true.")]
    )

    /// The reason `@deprecated` gives when none is written.
    public static let defaultDeprecationReason = "No longer supported"

    /// `@deprecated(reason: String = "No longer supported")` (spec §3.13.3).
    public static let deprecated = GraphQLDirective(
        name: "deprecated",
        description: "Marks an element of a GraphQL schema as no longer supported.",
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue],
        arguments: [GraphQLInputValue(
            name: "reason",
            type: .named("String"),
            description: "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            defaultValue: Value(.string(defaultDeprecationReason, isBlock: false))
        )]
    )

    /// `@specifiedBy(url: String!)` (spec §3.13.4).
    public static let specifiedBy = GraphQLDirective(
        name: "specifiedBy",
        description: "Exposes a URL that specifies the behavior of this scalar.",
        locations: [.scalar],
        arguments: [GraphQLInputValue(name: "url", type: .nonNull(.named("String")), description: "The URL that specifies the behavior of this scalar.")]
    )

    /// `@oneOf` on an input object: exactly one field must be given, and not null (graphql-js
    /// 16.9, from the OneOf Input Objects RFC to the specification).
    public static let oneOf = GraphQLDirective(
        name: "oneOf",
        description: "Indicates exactly one field must be supplied and this field must not be `null`.",
        locations: [.inputObject]
    )

    /// The specified directives, in graphql-js's order.
    public static let specified: [GraphQLDirective] = [.include, .skip, .deprecated, .specifiedBy, .oneOf]
}
