/// One convention for where credentials are kept: a row of the sensitive-path table.
struct SensitivePathRule: Sendable {
    /// The stable id `SensitivePaths.match` returns, e.g. `dotenv`, `aws-credentials`.
    var id: String
    /// How the path is recognized.
    var pattern: SensitivePathPattern
}

/// How a sensitive path is recognized, from its components (split at `/`, without empty and `.` components).
/// Names compare case-sensitively, as on Linux.
enum SensitivePathPattern: Sendable {
    /// The file is named exactly this.
    case name(String)
    /// The file name starts with the first string and ends with the second (`service-account*.json`).
    case nameAffixes(prefix: String, suffix: String)
    /// The file name ends with this and is longer than it (`*.pem`).
    case suffix(String)
    /// The path ends with these components (`.aws/credentials`).
    case trailing([String])
    /// The file is anywhere below a directory whose path ends with these components (`.ssh/`,
    /// `.config/gcloud/legacy_credentials/`).
    case below([String])
}

extension SensitivePathPattern {
    func matches(_ components: [Substring]) -> Bool {
        guard let name = components.last else { return false }
        switch self {
        case .name(let expected):
            return name == expected
        case .nameAffixes(let prefix, let suffix):
            return name.count > prefix.count + suffix.count && name.hasPrefix(prefix) && name.hasSuffix(suffix)
        case .suffix(let suffix):
            return name.count > suffix.count && name.hasSuffix(suffix)
        case .trailing(let trailing):
            return components.count >= trailing.count && zip(components.suffix(trailing.count), trailing).allSatisfy(==)
        case .below(let directory):
            guard components.count > directory.count else { return false }
            let parents = components.dropLast()
            for end in stride(from: parents.endIndex, through: parents.startIndex + directory.count, by: -1)
            where zip(parents[(end - directory.count)..<end], directory).allSatisfy(==) {
                return true
            }
            return false
        }
    }
}
