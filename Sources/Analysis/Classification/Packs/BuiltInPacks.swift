/// The packs Warden ships: JSON embedded in the binary, read lazily, pack by pack, once per process.
enum BuiltInPack: String, CaseIterable, Hashable, Sendable {
    case filesystem = "filesystem"
    case system = "system"
    case git = "git"
    case database = "database"
    case containers = "containers"
    case kubernetes = "kubernetes"
    case infrastructure = "infrastructure-as-code"
    case cloud = "cloud"
    case paaS = "paas"
    case gitHub = "github"
    case secretManager = "secret-manager"
    case hTTPAPI = "http-api"

    var json: String {
        switch self {
        case .filesystem: FilesystemPack.json
        case .system: SystemPack.json
        case .git: GitPack.json
        case .database: DatabasePack.json
        case .containers: ContainersPack.json
        case .kubernetes: KubernetesPack.json
        case .infrastructure: InfrastructurePack.json
        case .cloud: CloudPack.json
        case .paaS: PaaSPack.json
        case .gitHub: GitHubPack.json
        case .secretManager: SecretManagerPack.json
        case .hTTPAPI: HTTPAPIPack.json
        }
    }

    var scope: PackScope {
        switch self {
        case .filesystem: FilesystemPack.scope
        case .system: SystemPack.scope
        case .git: GitPack.scope
        case .database: DatabasePack.scope
        case .containers: ContainersPack.scope
        case .kubernetes: KubernetesPack.scope
        case .infrastructure: InfrastructurePack.scope
        case .cloud: CloudPack.scope
        case .paaS: PaaSPack.scope
        case .gitHub: GitHubPack.scope
        case .secretManager: SecretManagerPack.scope
        case .hTTPAPI: HTTPAPIPack.scope
        }
    }

    /// The pack, read on first use.
    var pack: RulePack {
        switch self {
        case .filesystem: FilesystemPack.pack
        case .system: SystemPack.pack
        case .git: GitPack.pack
        case .database: DatabasePack.pack
        case .containers: ContainersPack.pack
        case .kubernetes: KubernetesPack.pack
        case .infrastructure: InfrastructurePack.pack
        case .cloud: CloudPack.pack
        case .paaS: PaaSPack.pack
        case .gitHub: GitHubPack.pack
        case .secretManager: SecretManagerPack.pack
        case .hTTPAPI: HTTPAPIPack.pack
        }
    }

    /// The pack's index; the first use reads the JSON.
    var index: PackIndex {
        switch self {
        case .filesystem: FilesystemPack.index
        case .system: SystemPack.index
        case .git: GitPack.index
        case .database: DatabasePack.index
        case .containers: ContainersPack.index
        case .kubernetes: KubernetesPack.index
        case .infrastructure: InfrastructurePack.index
        case .cloud: CloudPack.index
        case .paaS: PaaSPack.index
        case .gitHub: GitHubPack.index
        case .secretManager: SecretManagerPack.index
        case .hTTPAPI: HTTPAPIPack.index
        }
    }

    /// The pack's content, read from its JSON on first use.
    var content: PackContent { pack.content }

    static func read(_ json: String, name: String) -> RulePack {
        do {
            return try RulePack.load(json: json, file: "\(name).json")
        } catch {
            // The shipped packs are tested (ClassificationPackTests); a failure here is a build defect.
            preconditionFailure("built-in rule pack \(name) does not load: \(error)")
        }
    }
}

/// What a pack's rules apply to: program names (lower-cased) of `shell.exec` conditions, other action kinds.
struct PackScope: Hashable, Sendable {
    var programs: Set<String>
    var kinds: Set<String>
}

extension RulePack {
    /// The packs Warden ships, in evaluation order. Their JSON is read only when a classifier needs a pack for an
    /// action (or when `rules` is asked for).
    public static let builtIn: [RulePack] = BuiltInPack.allCases.map {
        RulePack(name: $0.rawValue, storage: .builtIn($0))
    }

    /// The shipped packs' JSON text, by pack name, in evaluation order: a starting point for users' own packs.
    public static let builtInJSON: [(name: String, json: String)] = BuiltInPack.allCases.map { ($0.rawValue, $0.json) }

    /// The programs and action kinds this pack's rules apply to.
    var scope: PackScope {
        var scope = PackScope(programs: [], kinds: [])
        for rule in rules {
            for condition in rule.conditions {
                if case .exec(let matcher) = condition { scope.programs.formUnion(matcher.programs) }
            }
            scope.kinds.formUnion(rule.actionKinds.subtracting(["shell.exec"]))
        }
        return scope
    }
}
