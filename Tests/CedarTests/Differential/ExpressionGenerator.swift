import Cedar

/// Random condition expressions over every Cedar operator, mostly well typed, sometimes deliberately not.
extension CaseGenerator {
    /// An expression meant to produce a value of `kind`, at most `depth` operators deep.
    mutating func expression(_ kind: Kind, _ depth: Int) -> String {
        if depth <= 0 || rng.chance(0.2) { return leaf(kind) }
        if rng.chance(0.05) { return expression(rng.pick(Kind.allCases), depth - 1) }  // ill typed on purpose
        let d = depth - 1
        if rng.chance(0.08) {
            return "(if \(expression(.bool, d)) then \(expression(kind, d)) else \(expression(kind, d)))"
        }
        switch kind {
        case .bool: return boolean(d)
        case .long: return long(d)
        case .string:
            return rng.chance(0.5)
                ? "\(expression(.entity, d)).getTag(\(tagName()))" : "\(expression(.record, d))[\"label\"]"
        case .entity: return "\(expression(.entity, d)).owner"
        case .set:
            let element = rng.pick([Kind.long, .string, .entity, .bool, .decimal])
            let mixed = rng.chance(0.15)
            let items = (0..<rng.int(0...3)).map { _ in expression(mixed ? rng.pick(Kind.allCases) : element, d) }
            return "[" + items.joined(separator: ", ") + "]"
        case .record:
            let keys = rng.subset(["level", "label", "inner", "flag", "n", "weird key"], 0.4)
            let fields = keys.map { key in
                let label = rng.chance(0.5) && key != "weird key" ? key : GeneratedValue.cedarQuoted(key)
                return "\(label): \(expression(rng.pick([.long, .string, .bool, .record]), d))"
            }
            return "{" + fields.joined(separator: ", ") + "}"
        case .decimal:
            return constructor("decimal", ExtensionLiterals.decimals.map(\.text), ExtensionLiterals.invalidDecimals, d)
        case .ip: return constructor("ip", ExtensionLiterals.ips, ExtensionLiterals.invalidIPs, d)
        case .datetime:
            switch rng.int(0...3) {
            case 0: return "\(expression(.datetime, d)).offset(\(expression(.duration, d)))"
            case 1: return "\(expression(.datetime, d)).toDate()"
            default:
                return constructor(
                    "datetime", ExtensionLiterals.datetimes.map(\.text), ExtensionLiterals.invalidDatetimes, d)
            }
        case .duration:
            switch rng.int(0...3) {
            case 0: return "\(expression(.datetime, d)).durationSince(\(expression(.datetime, d)))"
            case 1: return "\(expression(.datetime, d)).toTime()"
            default:
                return constructor(
                    "duration", ExtensionLiterals.durations.map(\.text), ExtensionLiterals.invalidDurations, d)
            }
        }
    }

    mutating func boolean(_ d: Int) -> String {
        switch rng.int(0...25) {
        case 0, 1:
            let k = rng.pick(Kind.allCases)
            let other = rng.chance(0.25) ? rng.pick(Kind.allCases) : k
            return "(\(expression(k, d)) \(rng.pick(["==", "!="])) \(expression(other, d)))"
        case 2, 3:
            let k: Kind = rng.chance(0.8) ? .long : rng.pick([.datetime, .duration, .decimal, .string])
            return "(\(expression(k, d)) \(rng.pick(["<", "<=", ">", ">="])) \(expression(k, d)))"
        case 4, 5: return "(\(expression(.bool, d)) && \(expression(.bool, d)))"
        case 6, 7: return "(\(expression(.bool, d)) || \(expression(.bool, d)))"
        case 8:  // short-circuit over an ill-typed right operand
            let op = rng.pick(["&&", "||"])
            return
                "(\(rng.pick(["true", "false", expression(.bool, d)])) \(op) \(expression(rng.pick(Kind.allCases), d)))"
        case 9: return "!\(expression(.bool, d))"
        case 10, 11:
            let target = rng.chance(0.7) ? expression(.entity, d) : expression(.record, d)
            let name = attributeName()
            let path =
                rng.chance(0.2) && !name.hasPrefix("\"") ? "\(name).\(rng.pick(["level", "label", "inner"]))" : name
            return "(\(target) has \(path))"
        case 12:
            return "(\(expression(.string, d)) like \(GeneratedValue.pattern(rng.pick(ExtensionLiterals.patterns))))"
        case 13:
            let type = rng.pick(Self.entityTypes + [Name("Action")])
            return rng.chance(0.6)
                ? "(\(expression(.entity, d)) is \(type))"
                : "(\(expression(.entity, d)) is \(type) in \(expression(rng.chance(0.7) ? .entity : .set, d)))"
        case 14, 15:
            let right = rng.chance(0.6) ? expression(.entity, d) : entitySet(d)
            return "(\(expression(.entity, d)) in \(right))"
        case 16:
            let set = rng.chance(0.5) ? entitySet(d) : expression(.set, d)
            return "\(set).contains(\(expression(rng.pick([.entity, .long, .string]), d)))"
        case 17:
            let method = rng.pick(["containsAll", "containsAny"])
            return "\(expression(.set, d)).\(method)(\(expression(.set, d)))"
        case 18: return "\(expression(.set, d)).isEmpty()"
        case 19: return "\(expression(.entity, d)).hasTag(\(tagName()))"
        case 20:
            let method = rng.pick(["lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual"])
            return "\(expression(.decimal, d)).\(method)(\(expression(.decimal, d)))"
        case 21:
            return rng.chance(0.3)
                ? "\(expression(.ip, d)).isInRange(\(expression(.ip, d)))"
                : "\(expression(.ip, d)).\(rng.pick(["isIpv4", "isIpv6", "isLoopback", "isMulticast"]))()"
        case 22: return "(\(expression(.entity, d)) \(rng.pick(["==", "!="])) \(expression(.entity, d)))"
        case 23: return "(\(expression(.long, d)) == \(expression(.long, d)))"
        default: return leaf(.bool)
        }
    }

    mutating func long(_ d: Int) -> String {
        switch rng.int(0...9) {
        case 0, 1: return "(\(expression(.long, d)) + \(expression(.long, d)))"
        case 2: return "(\(expression(.long, d)) - \(expression(.long, d)))"
        case 3, 4: return "(\(expression(.long, d)) * \(expression(.long, d)))"
        case 5: return "-\(expression(.long, d))"
        case 6: return "\(expression(.entity, d)).getTag(\(tagName()))"
        case 7:
            let method = rng.pick(["toMilliseconds", "toSeconds", "toMinutes", "toHours", "toDays"])
            return "\(expression(.duration, d)).\(method)()"
        case 8: return "\(expression(.record, d)).level"
        default: return leaf(.long)
        }
    }

    /// Operands and atoms: literals, variables, attribute reads (often of missing attributes).
    mutating func leaf(_ kind: Kind) -> String {
        let owner = rng.pick(["principal", "resource", "principal", "resource", "principal.owner"])
        let guarded = rng.chance(0.4)
        let fallback = guarded ? value(kind == .set || kind == .record ? .long : kind, 0).cedarText : ""
        /// `owner.name`, half the time guarded by `has` so that missing attributes do not always error.
        func attribute(_ name: String) -> String {
            let access = name == "weird key" ? "\(owner)[\"weird key\"]" : "\(owner).\(name)"
            let test = name == "weird key" ? "\(owner) has \"weird key\"" : "\(owner) has \(name)"
            return guarded ? "(if \(test) then \(access) else \(fallback))" : access
        }
        switch kind {
        case .bool:
            return rng.pick(["true", "false", attribute("flag"), "context.flag", "principal.info.inner.flag"])
        case .long:
            return rng.chance(0.5)
                ? value(.long, 0).cedarText
                : rng.pick([attribute("age"), "context.n", "context.rec.level", "principal.info.level"])
        case .string:
            if rng.chance(0.05) {  // literals written with source escapes
                return rng.pick([#""\u{48}ello""#, #""\x41""#, #""tab\there""#, #""q\'""#, #""\0""#, #""\u{1F600}""#])
            }
            return rng.chance(0.4)
                ? value(.string, 0).cedarText : rng.pick([attribute("name"), "context.s", attribute("weird key")])
        case .entity:
            switch rng.int(0...6) {
            case 0: return "principal"
            case 1: return "resource"
            case 2: return "action"
            case 3: return attribute("owner")
            case 4: return "context.who"
            default: return GeneratedValue.cedarText(anyEntity())
            }
        case .set:
            return rng.chance(0.4)
                ? value(.set, 1).cedarText
                : rng.pick([attribute("friends"), attribute("tags"), attribute("nums"), "context.list"])
        case .record:
            return rng.chance(0.3)
                ? value(.record, 1).cedarText : rng.pick(["context", attribute("info"), "context.rec"])
        case .decimal:
            return rng.chance(0.5) ? value(.decimal, 0).cedarText : rng.pick([attribute("amount"), "context.amount"])
        case .ip: return rng.chance(0.5) ? value(.ip, 0).cedarText : attribute("addr")
        case .datetime:
            return rng.chance(0.5) ? value(.datetime, 0).cedarText : rng.pick([attribute("created"), "context.when"])
        case .duration:
            return rng.chance(0.5) ? value(.duration, 0).cedarText : rng.pick([attribute("ttl"), "context.ttl"])
        }
    }

    mutating func entitySet(_ d: Int) -> String {
        "[" + (0..<rng.int(0...3)).map { _ in expression(.entity, d) }.joined(separator: ", ") + "]"
    }

    /// A constructor call; its argument is usually a valid literal, sometimes an invalid one or a non-literal.
    mutating func constructor(_ name: String, _ valid: [String], _ invalid: [String], _ d: Int) -> String {
        let argument: String
        switch rng.int(0...9) {
        case 0...5: argument = GeneratedValue.cedarQuoted(rng.pick(valid))
        case 6...8: argument = GeneratedValue.cedarQuoted(rng.pick(invalid))
        default: argument = expression(.string, d)
        }
        return "\(name)(\(argument))"
    }

    mutating func attributeName() -> String {
        let name = rng.pick(Self.attributes.map(\.name) + ["level", "label", "missing"])
        return name == "weird key" ? GeneratedValue.cedarQuoted(name) : name
    }

    mutating func tagName() -> String {
        rng.chance(0.8) ? GeneratedValue.cedarQuoted(rng.pick(Self.tagNames + ["absent"])) : expression(.string, 0)
    }
}

extension GeneratedValue {
    /// A `like` pattern written as source: the pattern text is already escaped (`\*` for a literal star).
    static func pattern(_ source: String) -> String { "\"" + source.replacing("\"", with: "\\\"") + "\"" }
}
