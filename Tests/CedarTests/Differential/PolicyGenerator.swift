import Cedar

/// Policies: annotations, every scope form, templates, and `when`/`unless` conditions.
extension CaseGenerator {
    /// A policy (a template when `slots` is not empty) as Cedar text.
    mutating func policy(slots: [SlotID]) -> (text: String, slots: [SlotID]) {
        var text = ""
        if rng.chance(0.3) { text += "@id(\(GeneratedValue.cedarQuoted("p\(rng.int(0...99))")))\n" }
        if rng.chance(0.1) { text += "@advice(\(GeneratedValue.cedarQuoted(rng.pick(ExtensionLiterals.strings))))\n" }
        if rng.chance(0.05) { text += "@bare\n" }
        let permit = rng.chance(0.7)
        text += permit ? "permit(\n" : "forbid(\n"
        text += "    " + scope("principal", slot: slots.contains(.principal) ? "?principal" : nil) + ",\n"
        text += "    " + actionScope() + ",\n"
        text += "    " + scope("resource", slot: slots.contains(.resource) ? "?resource" : nil) + "\n)"
        let conditions = permit ? rng.pick([0, 0, 1, 1, 2]) : rng.pick([0, 1, 1, 2])
        for _ in 0..<conditions {
            text += rng.chance(0.75) ? "\nwhen { " : "\nunless { "
            text += expression(.bool, rng.int(1...4)) + " }"
        }
        return (text + ";", slots)
    }

    mutating func scope(_ variable: String, slot: String?) -> String {
        if let slot {
            switch rng.int(0...2) {
            case 0: return "\(variable) == \(slot)"
            case 1: return "\(variable) in \(slot)"
            default: return "\(variable) is \(rng.pick(Self.entityTypes)) in \(slot)"
            }
        }
        switch rng.int(0...13) {
        case 0...7: return variable
        case 8, 9: return "\(variable) == \(GeneratedValue.cedarText(scopeEntity()))"
        case 10, 11: return "\(variable) in \(GeneratedValue.cedarText(scopeEntity()))"
        case 12: return "\(variable) is \(rng.pick(Self.entityTypes))"
        default: return "\(variable) is \(rng.pick(Self.entityTypes)) in \(GeneratedValue.cedarText(scopeEntity()))"
        }
    }

    mutating func actionScope() -> String {
        let all = actions + [EntityUID(type: Name("Action"), id: "unknown")]
        switch rng.int(0...9) {
        case 0...4: return "action"
        case 5, 6: return "action == \(GeneratedValue.cedarText(rng.pick(all)))"
        case 7, 8: return "action in \(GeneratedValue.cedarText(rng.pick(all)))"
        default:
            let list = (0..<rng.int(0...3)).map { _ in GeneratedValue.cedarText(rng.pick(all)) }
            return "action in [" + list.joined(separator: ", ") + "]"
        }
    }

    /// `text` with one deliberate defect (most are syntax errors; a few are accepted by Cedar).
    mutating func damaged(_ text: String) -> String {
        var chars = Array(text)
        switch rng.int(0...12) {
        case 0: return String(chars.prefix(rng.int(0...max(0, chars.count - 1))))
        case 1:
            chars.remove(at: rng.int(0...chars.count - 1))
            return String(chars)
        case 2, 3:
            let junk = rng.pick([
                ";", "(", ")", "{", "}", "==", "&&", ",", "principal", "\"", "@", "?principal", "if", ".", "]", "::",
            ])
            chars.insert(contentsOf: " \(junk) ", at: rng.int(0...chars.count))
            return String(chars)
        case 4: return text.replacingFirst("permit", with: "allow").replacingFirst("forbid", with: "deny")
        case 5: return "@note(\"x\")\n@note(\"y\")\n" + text
        case 6: return text.replacingLastSemicolon(with: "\nwhen { foo(1) };")
        case 7: return text.replacingLastSemicolon(with: "\nwhen { principal.foo() };")
        case 8: return text.replacingLastSemicolon(with: "\nwhen { 9223372036854775808 > 0 };")
        case 9: return text.replacingLastSemicolon(with: "\nwhen { - - - - - 1 == 1 };")
        case 10: return text.replacingLastSemicolon(with: "\nwhen { {a: 1, a: 2} has a };")
        case 11: return text.replacingLastSemicolon(with: "\nwhen { principal in ?resource };")
        default: return text.replacingLastSemicolon(with: "\nwhen { isIpv4(ip(\"1.2.3.4\")) };")
        }
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }

    fileprivate func replacingLastSemicolon(with replacement: String) -> String {
        guard let index = lastIndex(of: ";") else { return self + replacement }
        return String(self[..<index]) + replacement
    }
}
