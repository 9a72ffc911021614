/// An entity: its identifier, attributes, parents and tags.
public struct Entity: Hashable, Sendable {
    /// The entity's identity.
    public var uid: EntityUID
    /// Attributes by name, read with `e.name`.
    public var attributes: [String: Value]
    /// Direct parents as written; `Entities` computes the transitive ancestors.
    public var parents: Set<EntityUID>
    /// Tags by name, read with `e.getTag("name")`.
    public var tags: [String: Value]

    /// An entity; attributes, parents and tags default to none.
    public init(
        uid: EntityUID, attributes: [String: Value] = [:], parents: Set<EntityUID> = [], tags: [String: Value] = [:]
    ) {
        self.uid = uid
        self.attributes = attributes
        self.parents = parents
        self.tags = tags
    }
}

/// The entities a request is evaluated against, with the transitive closure of the hierarchy precomputed.
public struct Entities: Sendable {
    /// The entities by uid.
    public private(set) var entities: [EntityUID: Entity]
    /// For each entity, all its ancestors (parents, their parents, …).
    public private(set) var ancestors: [EntityUID: Set<EntityUID>]

    /// Builds the store and computes ancestors. Cycles are allowed, as in Cedar.
    public init(_ list: [Entity] = []) {
        var entities: [EntityUID: Entity] = [:]
        for entity in list {
            if var existing = entities[entity.uid] {
                // Merging duplicates is the JSON loader's decision; here the last one wins on attributes.
                existing.parents.formUnion(entity.parents)
                existing.attributes = entity.attributes
                existing.tags = entity.tags
                entities[entity.uid] = existing
            } else {
                entities[entity.uid] = entity
            }
        }
        self.entities = entities
        self.ancestors = Self.closure(of: entities)
    }

    /// The entity with `uid`, if the store has it.
    public subscript(uid: EntityUID) -> Entity? { entities[uid] }

    /// Whether `descendant` is `ancestor` or has it among its ancestors.
    public func isDescendant(_ descendant: EntityUID, of ancestor: EntityUID) -> Bool {
        descendant == ancestor || (ancestors[descendant]?.contains(ancestor) ?? false)
    }

    private static func closure(of entities: [EntityUID: Entity]) -> [EntityUID: Set<EntityUID>] {
        var result: [EntityUID: Set<EntityUID>] = [:]
        for uid in entities.keys where result[uid] == nil {
            var seen: Set<EntityUID> = []
            var stack = Array(entities[uid]?.parents ?? [])
            while let next = stack.popLast() {
                guard seen.insert(next).inserted else { continue }
                if let done = result[next] {
                    seen.formUnion(done)
                } else {
                    stack.append(contentsOf: entities[next]?.parents ?? [])
                }
            }
            result[uid] = seen
        }
        return result
    }
}
