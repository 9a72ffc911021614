extension RulePack {
    /// The packs Warden ships, loaded once per process from the JSON embedded in the binary.
    public static let builtIn: [RulePack] = builtInJSON.map { source in
        do {
            return try RulePack.load(json: source.json, file: "\(source.name).json")
        } catch {
            // The shipped packs are tested (ClassificationPackTests); a failure here is a build defect.
            preconditionFailure("built-in rule pack \(source.name) does not load: \(error)")
        }
    }

    /// The shipped packs' JSON text, by pack name, in evaluation order: a starting point for users' own packs.
    public static let builtInJSON: [(name: String, json: String)] = [
        ("filesystem", FilesystemPack.json),
        ("system", SystemPack.json),
        ("git", GitPack.json),
        ("database", DatabasePack.json),
        ("containers", ContainersPack.json),
        ("kubernetes", KubernetesPack.json),
        ("infrastructure-as-code", InfrastructurePack.json),
        ("cloud", CloudPack.json),
        ("paas", PaaSPack.json),
        ("github", GitHubPack.json),
        ("secret-manager", SecretManagerPack.json),
        ("http-api", HTTPAPIPack.json),
    ]
}
