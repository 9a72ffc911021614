/// One convention for where credentials are kept: a row of the sensitive-path table.
struct SensitivePathRule: Sendable {
    /// The stable id `SensitivePaths.match` returns, e.g. `dotenv`, `aws-credentials`.
    var id: String
    /// How the path is recognized.
    var pattern: SensitivePathPattern
}

/// How a sensitive path is recognized, from its components (split at `/`, without empty and `.` components).
/// Names compare byte for byte, so case-sensitively, as on Linux.
enum SensitivePathPattern: Sendable {
    /// The file is named exactly this.
    case name([UInt8])
    /// The file name starts with the first bytes and ends with the second (`service-account*.json`).
    case nameAffixes(prefix: [UInt8], suffix: [UInt8])
    /// The file name ends with this and is longer than it (`*.pem`).
    case suffix([UInt8])
    /// The path ends with these components (`.aws/credentials`).
    case trailing([[UInt8]])
    /// The file is anywhere below a directory whose path ends with these components (`.ssh/`,
    /// `.config/gcloud/legacy_credentials/`).
    case below([[UInt8]])

    static func name(_ name: String) -> Self { .name(Array(name.utf8)) }
    static func nameAffixes(prefix: String, suffix: String) -> Self {
        .nameAffixes(prefix: Array(prefix.utf8), suffix: Array(suffix.utf8))
    }
    static func suffix(_ suffix: String) -> Self { .suffix(Array(suffix.utf8)) }
    static func trailing(_ components: [String]) -> Self { .trailing(components.map { Array($0.utf8) }) }
    static func below(_ components: [String]) -> Self { .below(components.map { Array($0.utf8) }) }
}

/// A path's components as byte slices.
struct PathComponents {
    let components: [ArraySlice<UInt8>]

    init(_ path: String) {
        let bytes = Array(path.utf8)
        var components: [ArraySlice<UInt8>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            let component = bytes[start..<index]
            start = index + 1
            if component.isEmpty || (component.count == 1 && component.first == UInt8(ascii: ".")) { continue }
            components.append(component)
        }
        self.components = components
    }
}

extension SensitivePathPattern {
    func matches(_ path: PathComponents) -> Bool {
        let components = path.components
        guard let name = components.last else { return false }
        switch self {
        case .name(let expected):
            return name.elementsEqual(expected)
        case .nameAffixes(let prefix, let suffix):
            return name.count >= prefix.count + suffix.count && name.starts(with: prefix)
                && name.suffix(suffix.count).elementsEqual(suffix)
        case .suffix(let suffix):
            return name.count > suffix.count && name.suffix(suffix.count).elementsEqual(suffix)
        case .trailing(let trailing):
            return components.count >= trailing.count
                && zip(components.suffix(trailing.count), trailing).allSatisfy { $0.elementsEqual($1) }
        case .below(let directory):
            guard components.count > directory.count else { return false }
            let parents = components.dropLast()
            for end in stride(from: parents.endIndex, through: parents.startIndex + directory.count, by: -1)
            where zip(parents[(end - directory.count)..<end], directory).allSatisfy({ $0.elementsEqual($1) }) {
                return true
            }
            return false
        }
    }

    /// The file name a path must have to match, when the pattern fixes one (`.name`, `.trailing`).
    var requiredName: [UInt8]? {
        switch self {
        case .name(let name): name
        case .trailing(let components): components.last
        default: nil
        }
    }

    /// A file name the pattern matches, for testing globs against it: the name itself, or one made of the affixes.
    var representativeName: String? {
        switch self {
        case .name(let name): String(decoding: name, as: UTF8.self)
        case .nameAffixes(let prefix, let suffix): String(decoding: prefix + Array("x".utf8) + suffix, as: UTF8.self)
        case .trailing(let components): components.last.map { String(decoding: $0, as: UTF8.self) }
        case .suffix, .below: nil
        }
    }

    /// Whether a path must contain a `.` to match: some name, suffix or component the pattern needs has one.
    var needsDot: Bool {
        let dot = UInt8(ascii: ".")
        switch self {
        case .name(let name): return name.contains(dot)
        case .nameAffixes(let prefix, let suffix): return prefix.contains(dot) || suffix.contains(dot)
        case .suffix(let suffix): return suffix.contains(dot)
        case .trailing(let components), .below(let components): return components.contains { $0.contains(dot) }
        }
    }

    /// The extension (the bytes after the last `.`) a file name must have to match, when the pattern fixes one
    /// (`*.pem`, `service-account*.json`).
    var requiredExtension: [UInt8]? {
        let suffix: [UInt8]
        switch self {
        case .suffix(let bytes): suffix = bytes
        case .nameAffixes(_, let bytes): suffix = bytes
        default: return nil
        }
        guard let dot = suffix.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        return Array(suffix[(dot + 1)...])
    }
}

/// Sensitive-path patterns indexed by the file name and extension they need, so a path is tested against the few
/// patterns that could match it rather than the whole table. Answers exactly as testing every pattern in order.
struct SensitivePathIndex: Sendable {
    private let patterns: [SensitivePathPattern]
    private let byName: [String: [Int]]
    private let byExtension: [String: [Int]]
    /// Patterns tested for every path (`.env.*`, `.ssh/…`), in table order.
    private let always: [Int]
    /// Whether every pattern needs a `.` somewhere in the path: then a path without one (`src/`, `build`)
    /// matches none, which is most paths commands name.
    private let allNeedDot: Bool
    private let alwaysNeedDot: Bool

    init(_ patterns: [SensitivePathPattern]) {
        var byName: [String: [Int]] = [:]
        var byExtension: [String: [Int]] = [:]
        var always: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            if let name = pattern.requiredName {
                byName[String(decoding: name, as: UTF8.self), default: []].append(index)
            } else if let fileExtension = pattern.requiredExtension {
                byExtension[String(decoding: fileExtension, as: UTF8.self), default: []].append(index)
            } else {
                always.append(index)
            }
        }
        self.patterns = patterns
        self.allNeedDot = patterns.allSatisfy(\.needsDot)
        self.alwaysNeedDot = always.allSatisfy { patterns[$0].needsDot }
        self.byName = byName
        self.byExtension = byExtension
        self.always = always
    }

    /// Whether no pattern can match `path` because it has no `.` and every pattern needs one.
    func cannotMatch(_ path: String) -> Bool {
        allNeedDot && !path.utf8.contains(UInt8(ascii: "."))
    }

    /// The index of the first pattern (in table order) that `path` matches.
    func firstMatch(_ path: PathComponents) -> Int? {
        guard let name = path.components.last else { return nil }
        var best: Int?
        func consider(_ candidates: [Int]?) {
            for candidate in candidates ?? [] where best.map({ candidate < $0 }) ?? true {
                if patterns[candidate].matches(path) {
                    best = candidate
                    break
                }
            }
        }
        consider(byName[String(decoding: name, as: UTF8.self)])
        if let dot = name.lastIndex(of: UInt8(ascii: ".")) {
            consider(byExtension[String(decoding: name[(dot + 1)...], as: UTF8.self)])
        }
        if !alwaysNeedDot || path.components.contains(where: { $0.contains(UInt8(ascii: ".")) }) { consider(always) }
        return best
    }
}
