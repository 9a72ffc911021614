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
        components = bytes.split(separator: UInt8(ascii: "/")).filter {
            !($0.count == 1 && $0.first == UInt8(ascii: "."))
        }
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
}
