/// Test documents that use every construct of the October 2021 grammar, in the spirit of
/// graphql-js's kitchen-sink files but written for this project's domain.
enum KitchenSink {
    /// Every executable construct: operations of each type, variables with defaults and
    /// directives, aliases, arguments of every value kind, fragments, inline fragments, directives,
    /// escapes, block strings, Chinese text, commas and comments.
    static let query = #"""
        # Kitchen sink: executable documents.
        query findingsDashboard($bureau: ID!, $first: Int = 10, $status: [Status!] = [OPEN, IN_PROGRESS],
            $filter: FindingFilter = {amount: {gte: 1000.50}, text: "整改"}, $withPeople: Boolean! = false @onVariableDefinition) @onQuery {
          bureau: unit(id: $bureau) {
            id, name
            ... on Bureau @onInlineFragment {
              findings(first: $first, after: null, status: $status, filter: $filter) @include(if: true) {
                totalCount
                edges { cursor node { ...findingFields @onFragmentSpread } }
              }
            }
            ... @skip(if: $withPeople) { people { name } }
            ... { __typename }
          }
          numbers: stats(ints: [0, -1, 42], floats: [0.5, -1.25e10, 6E-3, 1e+2], empty: [], obj: {}, nested: [[1], [[2]]])
          strings(plain: "tab\tnewline\n quote\" backslash\\ slash\/ unicode \u00e9 \u{1F600} pair \uD83D\uDE00 中文 \b\f\r", block: """
              Block with "quotes" and \""" escaped triple quotes.
                indented line

              after a blank line
            """)
        }

        mutation rectify @onMutation {
          markRectified(id: "finding-1", note: """单行说明""") @onField { id status }
        }

        subscription onProgress($unit: ID @onVariableDefinition) @onSubscription {
          progress(unit: $unit) { percent }
        }

        fragment findingFields on Finding @onFragmentDefinition {
          id
          title: summary
          amount(currency: CNY)
          unit { ... on School { principal } }
        }

        { unnamed(truthy: true, falsy: false, nullish: null, enumValue: on, other: fragment) query: mutation }
        query { __typename }
        """#

    /// Every type-system construct: schema, every type kind, descriptions of both forms,
    /// `implements` with and without a leading `&`, default values, directives on every location,
    /// `repeatable`, and every kind of extension.
    static let schema = #"""
        """
        The schema of inspection findings.
        """
        schema @onSchema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "A single-line description"
        type Query implements Node & Entity @onObject {
          "Field description"
          finding(id: ID!): Finding
          """
          Multi-line
            field description
          """
          findings(
            "Argument description"
            first: Int = 10 @onArgumentDefinition
            """Block argument description"""
            filter: FindingFilter = {status: [OPEN], text: "中文"}
          ): FindingConnection! @deprecated(reason: "use search")
          search(term: String!, limit: Int = 20): [SearchResult!]!
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        type UndefinedType

        extend type Query {
          extra: String
        }

        extend type Query @onObject

        extend type Query implements & Auditable

        interface Node {
          id: ID!
        }

        interface Entity implements Node @onInterface {
          id: ID!
          name: String
        }

        extend interface Entity @onInterface

        extend interface Entity implements Auditable {
          audited: Boolean
        }

        interface UndefinedInterface

        union SearchResult @onUnion = | Finding | Unit

        union AnnotatedUnion @onUnion = A | B

        union UndefinedUnion

        extend union SearchResult = Person

        extend union SearchResult @onUnion

        scalar Decimal @specifiedBy(url: "https://example.com/decimal")

        scalar Date

        extend scalar Date @onScalar

        enum Status @onEnum {
          "Open" OPEN
          IN_PROGRESS @onEnumValue
          """
          Rectified, with "quotes"
          """
          RECTIFIED
        }

        enum UndefinedEnum

        extend enum Status {
          DEFERRED
        }

        extend enum Status @onEnum

        input FindingFilter @onInputObject {
          status: [Status!] = [OPEN]
          amount: AmountRange
          text: String = "" @onInputFieldDefinition
        }

        input UndefinedInput

        extend input FindingFilter {
          unit: ID
        }

        extend input FindingFilter @onInputObject

        "Directive description"
        directive @skip2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @repeatableDirective repeatable on | OBJECT | INTERFACE

        directive @include2(if: Boolean! "argument description" other: Int) on
          | FIELD
          | FRAGMENT_SPREAD

        extend schema @onSchema

        extend schema @onSchema {
          subscription: Subscription
        }
        """#
}
