import Cedar
import PropertyBased
import Testing

/// Random Cedar expressions, policies, JSON values and entities for the property tests, built directly with the
/// random number generator the property checker hands over. Expressions have the shapes the parser produces
/// (its desugarings, literal negative numbers, unique record keys), so printing and parsing one must give it back.
enum CedarGen {
    typealias RNG = any SeededRandomNumberGenerator

    static func pick<T>(_ items: [T], _ rng: inout RNG) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
    static func chance(_ p: Double, _ rng: inout RNG) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    /// Text with a mix of plain letters, quotes, backslashes, control characters, `*` and non-ASCII scalars.
    static func text(_ rng: inout RNG, maxLength: Int = 6) -> String {
        let pool: [Unicode.Scalar] = [
            "a", "b", "z", "A", "0", "9", " ", "_", "\"", "\\", "*", "\n", "\t", "\r", "\0", "\u{7F}", "\u{01}",
            "é", "ß", "中", "\u{1F600}", "\u{200B}", "'", "{", "}",
        ]
        var out = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...maxLength, using: &rng) { out.append(pick(pool, &rng)) }
        return String(out)
    }

    /// An identifier that is not one of Cedar's reserved words.
    static func identifier(_ rng: inout RNG) -> String {
        pick(["a", "b", "name", "age", "Owner", "x_1", "_y", "tags", "principal", "action", "is", "has", "like"], &rng)
    }

    static func name(_ rng: inout RNG) -> Name {
        let components = ["User", "Photo", "App", "ns", "Action", "a_b"]
        return Name(
            qualified: (0..<Int.random(in: 1...3, using: &rng)).map { _ in pick(components, &rng) }.joined(
                separator: "::"))
    }

    static func uid(_ rng: inout RNG) -> EntityUID { EntityUID(type: name(&rng), id: text(&rng)) }

    static func long(_ rng: inout RNG) -> Int64 {
        chance(0.2, &rng) ? pick([Int64.min, Int64.max, 0, -1], &rng) : Int64.random(in: -1000...1000, using: &rng)
    }

    static func expr(_ rng: inout RNG, depth: Int) -> Expr {
        if depth <= 0 || chance(0.25, &rng) { return leaf(&rng) }
        let d = depth - 1
        func sub(_ rng: inout RNG) -> Expr { expr(&rng, depth: d) }
        switch Int.random(in: 0..<16, using: &rng) {
        case 0: return Expr(.not(sub(&rng)))
        case 1:
            // `-5` is a literal, so negation applies to non-literal-number operands.
            var operand = sub(&rng)
            if case .literal(.long) = operand.kind { operand = Expr(.variable(.context)) }
            return Expr(.negate(operand))
        case 2:
            let ops: [BinaryOperator] = [
                .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .add, .subtract, .multiply, .in,
                .contains, .containsAll, .containsAny, .getTag, .hasTag,
            ]
            return Expr(.binary(pick(ops, &rng), sub(&rng), sub(&rng)))
        case 3: return Expr(.and(sub(&rng), sub(&rng)))
        case 4: return Expr(.or(sub(&rng), sub(&rng)))
        case 5: return Expr(.ifThenElse(sub(&rng), then: sub(&rng), else: sub(&rng)))
        case 6: return Expr(.getAttribute(sub(&rng), chance(0.5, &rng) ? identifier(&rng) : text(&rng)))
        case 7: return Expr(.hasAttribute(sub(&rng), chance(0.5, &rng) ? identifier(&rng) : text(&rng)))
        case 8:
            let elements: [Pattern.Element] = text(&rng).unicodeScalars.map { $0 == "*" ? .wildcard : .literal($0) }
            return Expr(.like(sub(&rng), Pattern(elements + (chance(0.3, &rng) ? [.literal("*")] : []))))
        case 9: return Expr(.isEntityType(sub(&rng), name(&rng)))
        case 10:
            // `e is T in x`, as the parser desugars it.
            let target = sub(&rng)
            return Expr(.and(Expr(.isEntityType(target, name(&rng))), Expr(.binary(.in, target, sub(&rng)))))
        case 11:
            // `e has a.b`, as the parser desugars it.
            let target = sub(&rng)
            let (a, b) = (identifier(&rng), identifier(&rng))
            return Expr(
                .and(
                    Expr(.hasAttribute(target, a)), Expr(.hasAttribute(Expr(.getAttribute(target, a)), b))))
        case 12: return Expr(.set((0..<Int.random(in: 0...3, using: &rng)).map { _ in sub(&rng) }))
        case 13:
            var keys: Set<String> = []
            var fields: [(key: String, value: Expr)] = []
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let key = chance(0.5, &rng) ? identifier(&rng) : text(&rng)
                if keys.insert(key).inserted { fields.append((key, sub(&rng))) }
            }
            return Expr(.record(fields))
        case 14:
            let methods: [(String, Int)] = [
                ("lessThan", 1), ("isIpv4", 0), ("isInRange", 1), ("offset", 1), ("toDate", 0), ("toHours", 0),
                ("durationSince", 1), ("isEmpty", 0),
            ]
            let (method, count) = pick(methods, &rng)
            let arguments = [sub(&rng)] + (0..<count).map { _ in sub(&rng) }
            return Expr(.extensionCall(name: method, arguments: arguments, isMethod: true))
        default:
            let constructors = [
                ("ip", "10.0.0.1/8"), ("decimal", "1.2345"), ("datetime", "2024-01-01"), ("duration", "1h30m"),
            ]
            let (function, argument) = pick(constructors, &rng)
            let operand = chance(0.7, &rng) ? Expr(.literal(.string(argument))) : sub(&rng)
            return Expr(.extensionCall(name: function, arguments: [operand], isMethod: false))
        }
    }

    static func leaf(_ rng: inout RNG) -> Expr {
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: Expr(.literal(.bool(chance(0.5, &rng))))
        case 1: Expr(.literal(.long(long(&rng))))
        case 2: Expr(.literal(.string(text(&rng))))
        case 3: Expr(.literal(.entity(uid(&rng))))
        default: Expr(.variable(pick(Variable.allCases, &rng)))
        }
    }

    static func reference(_ rng: inout RNG, slot: SlotID, template: Bool) -> EntityReference {
        template && chance(0.5, &rng) ? .slot(slot) : .entity(uid(&rng))
    }

    static func scope(_ rng: inout RNG, slot: SlotID, template: Bool) -> ScopeConstraint {
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: .any
        case 1: .equal(reference(&rng, slot: slot, template: template))
        case 2: .in(reference(&rng, slot: slot, template: template))
        case 3: .is(name(&rng))
        default: .isIn(name(&rng), reference(&rng, slot: slot, template: template))
        }
    }

    static func actionUID(_ rng: inout RNG) -> EntityUID {
        EntityUID(type: Name(qualified: pick(["Action", "App::Action"], &rng)), id: text(&rng))
    }

    static func policy(_ rng: inout RNG, id: String = "policy0") -> Policy {
        let template = chance(0.3, &rng)
        var keys: Set<String> = []
        var annotations: [Annotation] = []
        for _ in 0..<Int.random(in: 0...2, using: &rng) {
            let key = identifier(&rng)
            guard keys.insert(key).inserted else { continue }
            let hasValue = chance(0.7, &rng)
            annotations.append(Annotation(key: key, value: hasValue ? text(&rng) : "", hasValue: hasValue))
        }
        let action: ActionConstraint =
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: .any
            case 1: .equal(actionUID(&rng))
            case 2: .in(actionUID(&rng))
            default: .inList((0..<Int.random(in: 0...3, using: &rng)).map { _ in actionUID(&rng) })
            }
        let conditions = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
            Condition(chance(0.5, &rng) ? .when : .unless, expr(&rng, depth: 4))
        }
        return Policy(
            id: id, effect: chance(0.5, &rng) ? .permit : .forbid, annotations: annotations,
            principal: scope(&rng, slot: .principal, template: template), action: action,
            resource: scope(&rng, slot: .resource, template: template), conditions: conditions)
    }

    static func json(_ rng: inout RNG, depth: Int) -> JSONValue {
        let scalarOnly = depth <= 0 || chance(0.4, &rng)
        switch Int.random(in: 0..<(scalarOnly ? 4 : 6), using: &rng) {
        case 0: return .null
        case 1: return .bool(chance(0.5, &rng))
        case 2:
            return .number(pick(["0", "-0", "12", "-7", "1.5", "2e10", "-3.25E-4", String(long(&rng))], &rng))
        case 3: return .string(text(&rng))
        case 4: return .array((0..<Int.random(in: 0...4, using: &rng)).map { _ in json(&rng, depth: depth - 1) })
        default:
            var keys: Set<String> = []
            var members: [(key: String, value: JSONValue)] = []
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                let key = text(&rng)
                if keys.insert(key).inserted { members.append((key, json(&rng, depth: depth - 1))) }
            }
            return .object(JSONObject(members))
        }
    }

    static func value(_ rng: inout RNG, depth: Int, uids: [EntityUID]) -> Value {
        let scalarOnly = depth <= 0 || chance(0.5, &rng)
        switch Int.random(in: 0..<(scalarOnly ? 5 : 7), using: &rng) {
        case 0: return .bool(chance(0.5, &rng))
        case 1: return .long(long(&rng))
        case 2: return .string(text(&rng))
        case 3: return .entity(chance(0.7, &rng) && !uids.isEmpty ? pick(uids, &rng) : uid(&rng))
        case 4:
            let literals: [(String, (String) -> Value?)] = [
                ("1.5", { CedarDecimal(parsing: $0).map(Value.decimal) }),
                ("192.168.0.1/24", { IPAddr(parsing: $0).map(Value.ipaddr) }),
                ("2024-10-15T11:35:00Z", { CedarDatetime(parsing: $0).map(Value.datetime) }),
                ("-2d12h", { CedarDuration(parsing: $0).map(Value.duration) }),
            ]
            let (text, make) = pick(literals, &rng)
            return make(text) ?? .bool(true)
        case 5:
            return .set(
                Set((0..<Int.random(in: 0...3, using: &rng)).map { _ in value(&rng, depth: depth - 1, uids: uids) }))
        default:
            var record: [String: Value] = [:]
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let key = identifier(&rng)
                record[key] = value(&rng, depth: depth - 1, uids: uids)
            }
            return .record(record)
        }
    }

    static func entities(_ rng: inout RNG) -> [Entity] {
        var seen: Set<EntityUID> = []
        let uids = (0..<Int.random(in: 0...6, using: &rng)).map { _ in uid(&rng) }.filter { seen.insert($0).inserted }
        return uids.map { uid in
            var attributes: [String: Value] = [:]
            var tags: [String: Value] = [:]
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                attributes[identifier(&rng)] = value(&rng, depth: 2, uids: uids)
            }
            for _ in 0..<Int.random(in: 0...2, using: &rng) { tags[text(&rng)] = value(&rng, depth: 1, uids: uids) }
            let parents = Set(
                (0..<Int.random(in: 0...2, using: &rng)).compactMap { _ in uids.isEmpty ? nil : pick(uids, &rng) })
            return Entity(uid: uid, attributes: attributes, parents: parents.subtracting([uid]), tags: tags)
        }
    }

    static let expressions = Generator<Expr, Shrink.None<Expr>> { rng in expr(&rng, depth: 5) }
    static let policies = Generator<Policy, Shrink.None<Policy>> { rng in policy(&rng) }
    static let jsonValues = Generator<JSONValue, Shrink.None<JSONValue>> { rng in json(&rng, depth: 4) }
    static let entityLists = Generator<[Entity], Shrink.None<[Entity]>> { rng in entities(&rng) }
}

@Suite struct PropertyGeneratorTests {
    @Test func generatedPoliciesAreNotAllTrivial() async {
        var withConditions = 0
        await propertyCheck(count: 50, input: CedarGen.policies) { policy in
            if !policy.conditions.isEmpty { withConditions += 1 }
        }
        #expect(withConditions > 10)
    }
}
