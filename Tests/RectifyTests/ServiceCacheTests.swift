import GraphQLLanguage
@testable import Rectify
import Testing

/// The bounded LRU behind the document and plan caches, and the document cache itself.
@Suite struct ServiceCacheTests {
    @Test func evictsTheLeastRecentlyUsedBeyondCapacity() {
        var cache = LRUCache<String, Int>(capacity: 3)
        cache.insert(1, for: "a")
        cache.insert(2, for: "b")
        cache.insert(3, for: "c")
        #expect(cache.value(for: "a") == 1)
        cache.insert(4, for: "d")
        #expect(cache.value(for: "b") == nil)
        #expect(cache.keysByRecency == ["d", "a", "c"])
        #expect(cache.count == 3)
    }

    @Test func evictsBeyondTheCostBudgetAndRefusesWhatCannotFit() {
        var cache = LRUCache<String, Int>(capacity: 100, maximumCost: 10)
        cache.insert(1, for: "a", cost: 4)
        cache.insert(2, for: "b", cost: 4)
        cache.insert(3, for: "c", cost: 4)
        #expect(cache.keysByRecency == ["c", "b"])
        #expect(cache.totalCost == 8)
        cache.insert(4, for: "huge", cost: 11)
        #expect(cache.value(for: "huge") == nil)
        #expect(cache.keysByRecency == ["c", "b"])
    }

    @Test func replacingAnEntryKeepsOneAndUpdatesItsCost() {
        var cache = LRUCache<String, Int>(capacity: 2, maximumCost: 10)
        cache.insert(1, for: "a", cost: 2)
        cache.insert(2, for: "b", cost: 2)
        cache.insert(3, for: "a", cost: 7)
        #expect(cache.keysByRecency == ["a", "b"])
        #expect(cache.totalCost == 9)
        cache.insert(4, for: "b", cost: 5)
        #expect(cache.keysByRecency == ["b"])
        #expect(cache.value(for: "b") == 4)
    }

    @Test func survivesManyInsertionsWithinItsBounds() {
        var cache = LRUCache<Int, Int>(capacity: 50, maximumCost: 500)
        for index in 0..<10_000 {
            cache.insert(index, for: index % 137, cost: index % 17)
            if index % 3 == 0 { _ = cache.value(for: (index / 3) % 137) }
            #expect(cache.count <= 50 && cache.totalCost <= 500)
        }
        #expect(Set(cache.keysByRecency).count == cache.count)
    }

    @Test func aZeroCapacityCacheKeepsNothing() {
        var cache = LRUCache<String, Int>(capacity: 0)
        cache.insert(1, for: "a")
        #expect(cache.value(for: "a") == nil)
    }

    @Test func theDocumentCacheKeepsParseAndValidationResults() throws {
        let schema = CompilerHarness.schema
        var cache = DocumentCache(capacity: 10)
        let (valid, firstHit) = cache.document(for: "{ findings { totalCount } }", schema: schema, options: .init())
        #expect(!firstHit && valid.isValid)
        let (again, secondHit) = cache.document(for: "{ findings { totalCount } }", schema: schema, options: .init())
        #expect(secondHit && again.id == valid.id)
        let (invalid, _) = cache.document(for: "{ nope }", schema: schema, options: .init())
        #expect(invalid.document != nil && invalid.errors.first?.code == "GRAPHQL_VALIDATION_FAILED")
        let (broken, _) = cache.document(for: "{", schema: schema, options: .init())
        #expect(broken.document == nil && broken.errors.first?.code == "GRAPHQL_PARSE_FAILED")
        #expect(cache.document(for: "{", schema: schema, options: .init()).hit)
        // Over the per-text bound: parsed every time, never cached.
        let long = "{ __typename " + String(repeating: " ", count: DocumentCache.maximumCachedTextBytes) + "}"
        _ = cache.document(for: long, schema: schema, options: .init())
        #expect(!cache.document(for: long, schema: schema, options: .init()).hit)
    }
}
