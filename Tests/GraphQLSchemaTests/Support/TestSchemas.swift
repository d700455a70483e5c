import GraphQLLanguage
@testable import GraphQLSchema

/// The schema graphql-js's validation tests use (Dog, Cat, Pet, Human, ComplicatedArgs, …),
/// written out as SDL, with a subscription root and one directive per executable location.
enum TestSchemas {
    static let harnessSDL = #"""
interface Mammal {
  mother: Mammal
  father: Mammal
}

interface Pet {
  name(surname: Boolean): String
}

interface Canine implements Mammal {
  name(surname: Boolean): String
  mother: Canine
  father: Canine
}

enum DogCommand {
  SIT
  HEEL
  DOWN
}

type Dog implements Pet & Mammal & Canine {
  name(surname: Boolean): String
  nickname: String
  barkVolume: Int
  barks: Boolean
  doesKnowCommand(dogCommand: DogCommand): Boolean
  isHouseTrained(atOtherHomes: Boolean = true): Boolean
  isAtLocation(x: Int, y: Int): Boolean
  mother: Dog
  father: Dog
}

type Cat implements Pet {
  name(surname: Boolean): String
  nickname: String
  meows: Boolean
  meowsVolume: Int
  furColor: FurColor
}

union CatOrDog = Cat | Dog

type Human {
  name(surname: Boolean): String
  pets: [Pet]
  relatives: [Human]!
}

enum FurColor {
  BROWN
  BLACK
  TAN
  SPOTTED
  NO_FUR
  UNKNOWN
}

input ComplexInput {
  requiredField: Boolean!
  nonNullField: Boolean! = false
  intField: Int
  stringField: String
  booleanField: Boolean
  stringListField: [String]
}

type ComplicatedArgs {
  intArgField(intArg: Int): String
  nonNullIntArgField(nonNullIntArg: Int!): String
  stringArgField(stringArg: String): String
  booleanArgField(booleanArg: Boolean): String
  enumArgField(enumArg: FurColor): String
  floatArgField(floatArg: Float): String
  idArgField(idArg: ID): String
  stringListArgField(stringListArg: [String]): String
  stringListNonNullArgField(stringListNonNullArg: [String!]): String
  complexArgField(complexArg: ComplexInput): String
  multipleReqs(req1: Int!, req2: Int!): String
  nonNullFieldWithDefault(arg: Int! = 0): String
  multipleOpts(opt1: Int = 0, opt2: Int = 0): String
  multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
}

type QueryRoot {
  human(id: ID): Human
  dog: Dog
  cat: Cat
  pet: Pet
  catOrDog: CatOrDog
  complicatedArgs: ComplicatedArgs
}

type SubscriptionRoot {
  importantEmails: [String]
  notImportantEmails: [String]
  moreImportantEmails: [String]
  spamEmails: [String]
  deletedEmails: [String]
}

schema {
  query: QueryRoot
  subscription: SubscriptionRoot
}

directive @onField on FIELD
directive @onQuery on QUERY
directive @onMutation on MUTATION
directive @onSubscription on SUBSCRIPTION
directive @onFragmentDefinition on FRAGMENT_DEFINITION
directive @onFragmentSpread on FRAGMENT_SPREAD
directive @onInlineFragment on INLINE_FRAGMENT
directive @onVariableDefinition on VARIABLE_DEFINITION
directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION
"""#

    /// OneOf input objects (graphql-js 16.9), nested and in lists, beside a plain input object.
    static let oneOfSDL = #"""
input OneOfInput @oneOf {
  stringField: String
  intField: Int
  nested: OneOfInput
}

input Plain {
  a: Int
  choice: OneOfInput
}

type Query {
  oneOf(arg: OneOfInput): String
  plain(arg: Plain): String
  list(args: [OneOfInput!]): String
}
"""#

    static let oneOf: Schema = {
        do {
            return try Schema(sdl: oneOfSDL)
        } catch {
            fatalError("OneOf schema does not build: \(error)")
        }
    }()

    static let harness: Schema = {
        do {
            return try Schema(sdl: harnessSDL)
        } catch {
            fatalError("harness schema does not build: \(error)")
        }
    }()
}
