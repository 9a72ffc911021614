import Cedar

/// Policies that mostly fit the generated schema: scopes name its actions and the types they apply to, and
/// conditions read declared attributes with their declared types, usually behind the `has` guards optional
/// attributes need. Now and then a policy makes a deliberate mistake (a missing guard, an unknown attribute,
/// a type error, an undeclared type), so that validation passes about half the time.
extension SchemaCaseGenerator {
    /// The request environments a policy is written for: the types its scope admits, and the contexts of
    /// the actions it admits.
    struct PolicyEnvironment {
        var principals: [Name]
        var resources: [Name]
        var contexts: [[Attribute]]
    }

    /// An expression the generator can read: its text, its type, and the `has` tests that must guard it.
    struct Path {
        var text: String
        var type: AttributeType
        var guards: [String]
    }

    mutating func schemaPolicy() -> String {
        var text = rng.chance(0.2) ? "@id(\"p\(rng.int(0...9))\")\n" : ""
        let permit = rng.chance(0.7)
        text += permit ? "permit(\n" : "forbid(\n"
        guard let action = model.applicableActions.randomElement(using: &rng) else {
            return text + "    principal,\n    action,\n    resource\n);"
        }
        let (actionText, admitted) = actionScope(action)
        let principals = Array(Set(admitted.flatMap { $0.principals ?? [] })).sorted()
        let resources = Array(Set(admitted.flatMap(\.resources))).sorted()
        let (principalText, principalTypes) = scope("principal", rng.pick(action.principals ?? []), principals)
        let (resourceText, resourceTypes) = scope("resource", rng.pick(action.resources), resources)
        text += "    \(principalText),\n    \(actionText),\n    \(resourceText)\n)"
        let environment = PolicyEnvironment(
            principals: principalTypes, resources: resourceTypes, contexts: admitted.map(\.context))
        for _ in 0..<rng.pick([0, 1, 1, 1, 2]) {
            text += rng.chance(0.8) ? "\nwhen { " : "\nunless { "
            text += condition(environment, rng.int(0...2)) + " }"
        }
        return text + ";"
    }

    /// A scope constraint on `variable` (usually naming `type`) and the types among `candidates` it admits.
    mutating func scope(_ variable: String, _ type: Name, _ candidates: [Name]) -> (String, [Name]) {
        switch rng.int(0...39) {
        case 0...13: return (variable, candidates)
        case 14...23: return ("\(variable) is \(type)", [type])
        case 24...27: return ("\(variable) == \(entityLiteral(type))", [type])
        case 28...32:
            let ancestor = rng.pick(Array(model.ancestors(of: type)).sorted())
            return (
                "\(variable) in \(entityLiteral(ancestor))",
                candidates.filter { model.ancestors(of: $0).contains(ancestor) }
            )
        case 33...37:
            let ancestor = rng.pick(Array(model.ancestors(of: type)).sorted())
            return ("\(variable) is \(type) in \(entityLiteral(ancestor))", [type])
        case 38: return ("\(variable) is \(rng.pick(model.entityTypes).name)", candidates)  // often not applicable
        default: return ("\(variable) == \(rng.pick(["Ghost::\"a\"", "Action::\"view\""]))", candidates)  // an error
        }
    }

    /// An action scope constraint (usually admitting `action`) and the applicable actions it admits.
    mutating func actionScope(_ action: SchemaModel.Action) -> (String, [SchemaModel.Action]) {
        let applicable = model.applicableActions
        let model = self.model
        let admitted = { (groups: [EntityUID]) in
            applicable.filter { !model.groups(of: $0.uid).isDisjoint(with: groups) }
        }
        switch rng.int(0...39) {
        case 0...19: return ("action == \(action.uid)", [action])
        case 20...25:
            let list = [action.uid] + rng.subset(model.actions.map(\.uid).filter { $0 != action.uid }, 0.3)
            return ("action in [" + list.map(\.description).joined(separator: ", ") + "]", admitted(list))
        case 26...30:
            let group = action.memberOf.first ?? action.uid
            return ("action in \(group)", admitted([group]))
        case 31...35: return ("action", applicable)
        case 36: return ("action == \(EntityUID(type: action.uid.type, id: "nosuch"))", [action])
        case 37: return ("action == Action::\"view\"", [action])  // right only when actions are in the empty namespace
        default:
            let other = rng.pick(model.actions).uid
            return ("action in \(other)", admitted([other]))
        }
    }

    /// A literal naming an entity of `type`: usually one the store has (or an enumerated id).
    mutating func entityLiteral(_ type: Name) -> String {
        let ids = model.entityType(type)?.enumIDs ?? Self.entityIDs
        let id = rng.chance(0.9) ? rng.pick(ids) : "ghost"
        return "\(type)::\(GeneratedValue.jsonQuoted(id))"
    }

    mutating func condition(_ environment: PolicyEnvironment, _ depth: Int) -> String {
        guard depth > 0, rng.chance(0.5) else { return atom(environment) }
        switch rng.int(0...4) {
        case 0, 1: return "(\(condition(environment, depth - 1)) && \(condition(environment, depth - 1)))"
        case 2: return "(\(condition(environment, depth - 1)) || \(condition(environment, depth - 1)))"
        case 3: return "!\(condition(environment, depth - 1))"
        default:
            return "(if \(condition(environment, depth - 1)) then \(condition(environment, depth - 1)) "
                + "else \(condition(environment, depth - 1)))"
        }
    }

    /// One test over the environment, with the `has` guards its reads need (rarely forgotten on purpose).
    mutating func atom(_ environment: PolicyEnvironment) -> String {
        if rng.chance(0.06) { return mistake(environment) }
        var guards: [String] = []
        let body = test(environment, &guards)
        let needed = Array(Set(guards)).sorted { ($0.count, $0) < ($1.count, $1) }
        if needed.isEmpty || rng.chance(0.05) { return body }
        return "(" + (needed + [body]).joined(separator: " && ") + ")"
    }

    /// Every attribute read reachable from the request variables (two entity hops deep at most) that has the
    /// same type in every environment the policy admits.
    func paths(_ environment: PolicyEnvironment) -> [Path] {
        var result = common(environment.principals.map { entityPaths("principal", $0, [], 2) })
        result += common(environment.resources.map { entityPaths("resource", $0, [], 2) })
        result += common(environment.contexts.map { recordPaths("context", $0, [], 1) })
        return result
    }

    /// The paths present, with the same type, in every one of `alternatives` (guarded as any one needs).
    func common(_ alternatives: [[Path]]) -> [Path] {
        guard var result = alternatives.first else { return [] }
        for other in alternatives.dropFirst() {
            result = result.compactMap { path in
                guard let match = other.first(where: { $0.text == path.text && $0.type.key == path.type.key }) else {
                    return nil
                }
                var merged = path
                merged.guards = Array(Set(path.guards + match.guards)).sorted { ($0.count, $0) < ($1.count, $1) }
                return merged
            }
        }
        return result
    }

    func entityPaths(_ root: String, _ type: Name, _ guards: [String], _ hops: Int) -> [Path] {
        guard let entity = model.entityType(type) else { return [] }
        var result = recordPaths(root, entity.attributes, guards, hops)
        if let tags = entity.tags {
            for key in ["k1", "k2"] {
                result.append(
                    Path(
                        text: "\(root).getTag(\"\(key)\")", type: tags, guards: guards + ["\(root).hasTag(\"\(key)\")"])
                )
            }
        }
        return result
    }

    func recordPaths(_ root: String, _ attributes: [Attribute], _ guards: [String], _ hops: Int) -> [Path] {
        var result: [Path] = []
        for attribute in attributes {
            let access = attribute.name.isIdentifier ? "\(root).\(attribute.name)" : "\(root)[\"\(attribute.name)\"]"
            let test =
                attribute.name.isIdentifier ? "\(root) has \(attribute.name)" : "\(root) has \"\(attribute.name)\""
            let here = attribute.isRequired ? guards : guards + [test]
            result.append(Path(text: access, type: attribute.type, guards: here))
            switch attribute.type.resolved {
            case .record(let fields): result += recordPaths(access, fields, here, hops)
            case .entity(let name) where hops > 0: result += entityPaths(access, name, here, hops - 1)
            default: break
            }
        }
        return result
    }

    mutating func test(_ environment: PolicyEnvironment, _ guards: inout [String]) -> String {
        let all = paths(environment)
        guard !all.isEmpty, rng.chance(0.9) else {
            return rng.pick([
                "true", "principal in resource", "resource in principal", "principal == resource",
                "context == {}", "(principal is \(environment.principals.first ?? Name("User")))",
            ])
        }
        let path = rng.pick(all)
        guards += path.guards
        switch path.type.resolved {
        case .long:
            let op = rng.pick(["<", "<=", ">", ">=", "==", "!="])
            let left = rng.pick([
                path.text, path.text, "(\(path.text) + 1)", "(-\(path.text) * 2)", "(\(path.text) - 3)",
            ])
            return "(\(left) \(op) \(term(.long, all, &guards)))"
        case .string:
            if rng.chance(0.05) { return "(\(path.text) < \"m\")" }  // strings are not ordered: a type error
            if rng.chance(0.1) { return "((if \(path.text) == \"a\" then \(path.text) else \"b\") != \"c\")" }
            return rng.chance(0.4)
                ? "(\(path.text) like \(GeneratedValue.pattern(rng.pick(ExtensionLiterals.patterns))))"
                : "(\(path.text) \(rng.pick(["==", "!="])) \(term(.string, all, &guards)))"
        case .bool: return rng.chance(0.5) ? path.text : "(\(path.text) == \(term(.bool, all, &guards)))"
        case .entity(let name):
            switch rng.int(0...7) {
            case 5:
                let other = rng.pick(model.entityTypes).name
                return "(\(path.text) \(rng.pick(["==", "!="])) \(entityLiteral(other)))"
            case 6:
                let items = (0..<rng.int(1...2)).map { _ in
                    entityLiteral(rng.pick(Array(model.ancestors(of: name)).sorted()))
                }
                return "(\(path.text) in [\(items.joined(separator: ", "))])"
            case 7:
                let ancestor = rng.pick(Array(model.ancestors(of: name)).sorted())
                return "(\(path.text) is \(name) in \(entityLiteral(ancestor)))"
            case 0: return "(\(path.text) == \(term(.entity(name), all, &guards)))"
            case 1: return "(\(path.text) is \(name))"
            case 2: return "(\(path.text) in \(rng.pick(["principal", "resource"])))"
            default:
                return "(\(path.text) in \(entityLiteral(rng.pick(Array(model.ancestors(of: name)).sorted()))))"
            }
        case .set(let element):
            switch rng.int(0...5) {
            case 0, 1: return "\(path.text).contains(\(term(element, all, &guards)))"
            case 2: return "\(path.text).containsAny([\(term(element, all, &guards))])"
            case 3: return "\(path.text).containsAll(\(term(path.type, all, &guards)))"
            case 4: return "(\(path.text) == \(term(path.type, all, &guards)))"
            default: return "\(path.text).isEmpty()"
            }
        case .record(let fields):
            if let field = fields.randomElement(using: &rng), rng.chance(0.7) {
                return "(\(path.text) has \(field.name.isIdentifier ? field.name : "\"\(field.name)\""))"
            }
            return "(\(path.text) == \(term(path.type, all, &guards)))"
        case .ext(let name): return extensionTest(name, path.text)
        case .common: return "true"
        }
    }

    mutating func extensionTest(_ name: String, _ text: String) -> String {
        switch name {
        case "ipaddr":
            return rng.chance(0.5)
                ? "\(text).isInRange(ip(\"\(rng.pick(["10.0.0.0/8", "127.0.0.0/8", "::1/128", "0.0.0.0/0"]))\"))"
                : "\(text).\(rng.pick(["isIpv4", "isIpv6", "isLoopback", "isMulticast"]))()"
        case "decimal":
            if rng.chance(0.2) { return "(\(text) \(rng.pick(["==", "<", ">="])) decimal(\"1.0\"))" }
            let method = rng.pick(["lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual"])
            return "\(text).\(method)(decimal(\"\(rng.pick(ExtensionLiterals.decimals).text)\"))"
        case "datetime":
            switch rng.int(0...4) {
            case 3: return "(\(text).durationSince(datetime(\"2024-01-01\")) > duration(\"1d\"))"
            case 4: return "(\(text).toTime() == duration(\"0ms\"))"
            case 0: return "(\(text) < datetime(\"\(rng.pick(ExtensionLiterals.datetimes).text)\"))"
            case 1: return "(\(text).offset(duration(\"1h\")) > \(text))"
            default: return "(\(text).toDate() == datetime(\"2024-01-01\"))"
            }
        default:
            return rng.chance(0.5)
                ? "(\(text).toHours() > 1)" : "(\(text) <= duration(\"\(rng.pick(ExtensionLiterals.durations).text)\"))"
        }
    }

    /// An expression of `type`: a literal, or a read of the same type.
    mutating func term(_ type: AttributeType, _ all: [Path], _ guards: inout [String]) -> String {
        let same = all.filter { $0.type.key == type.key }
        if !same.isEmpty, rng.chance(0.3) {
            let path = rng.pick(same)
            guards += path.guards
            return path.text
        }
        return literal(type, 2)
    }

    mutating func literal(_ type: AttributeType, _ depth: Int) -> String {
        switch type.resolved {
        case .long: return String(rng.int(-2...30))
        case .string: return GeneratedValue.cedarQuoted(rng.pick(ExtensionLiterals.strings))
        case .bool: return rng.chance(0.5) ? "true" : "false"
        case .entity(let name): return entityLiteral(name)
        case .set(let element):
            guard depth > 0 else { return "[\(literal(.long, 0))]" }
            return "[" + (0..<rng.int(1...2)).map { _ in literal(element, depth - 1) }.joined(separator: ", ") + "]"
        case .record(let fields):
            guard depth > 0 else { return "{}" }
            let chosen = fields.filter { $0.isRequired || rng.chance(0.5) }
            return "{"
                + chosen.map { "\(GeneratedValue.cedarQuoted($0.name)): \(literal($0.type, depth - 1))" }.joined(
                    separator: ", ") + "}"
        case .ext(let name):
            switch name {
            case "ipaddr": return "ip(\"\(rng.pick(Array(ExtensionLiterals.ips.prefix(11))))\")"
            case "decimal": return "decimal(\"\(rng.pick(ExtensionLiterals.decimals).text)\")"
            case "datetime": return "datetime(\"\(rng.pick(ExtensionLiterals.datetimes).text)\")"
            default: return "duration(\"\(rng.pick(ExtensionLiterals.durations).text)\")"
            }
        case .common: return "true"
        }
    }

    /// A deliberate validation mistake (a few of them are in fact fine, or only impossible).
    mutating func mistake(_ environment: PolicyEnvironment) -> String {
        let all = paths(environment)
        let some = all.randomElement(using: &rng)?.text ?? "principal"
        switch rng.int(0...17) {
        case 12: return "(if true then 1 else \"a\") == 1"
        case 13: return "(\(some) == principal)"
        case 14: return "unknownFn(1)"
        case 15: return "(context has nosuch && context.nosuch)"
        case 16: return "(principal has nosuch)"
        case 17: return "resource.getTag(context.nosuch) == 1"
        case 0: return "(principal.nosuch == 1)"
        case 1: return "(context.nosuch == true)"
        case 2: return "(\(some) like \"a*\")"
        case 3: return "((\(some) + 1) > 0)"
        case 4: return "(principal in Ghost::\"a\")"
        case 5: return "(resource is Ghost)"
        case 6: return "(1 == \"a\")"
        case 7: return "[].isEmpty()"
        case 8: return "decimal(\"1.23456\").lessThan(decimal(\"1.0\"))"
        case 9: return "ip(context.src).isIpv4()"
        case 10: return "resource.getTag(\"k1\") == 1"
        default: return "(principal in \(entityLiteral(rng.pick(model.entityTypes).name)))"
        }
    }
}
