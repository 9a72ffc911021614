import Cedar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The parsers and printers that can be fuzzed, one per run, chosen with the `CEDAR_FUZZ_TARGET` environment
/// variable. Every target must answer every input with a value or an error: a crash, a hang, a sanitizer report or
/// a failed round-trip check (reported with `fatalError`) is a bug.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// Cedar policy text (`PolicySet(parsing:)`).
    case policy
    /// Policy text that parses: each policy printed and parsed again must give an equal policy, each condition
    /// printed as an expression likewise, and each policy through the JSON policy format likewise.
    case roundtrip
    /// Policy text through the formatter: formatting is idempotent and keeps the policies.
    case format
    /// Schema text in the Cedar schema format; a schema that parses must print and re-parse (in both formats)
    /// to the same schema.
    case schema
    /// A schema in Cedar's JSON schema format, with the same printing checks as `schema`.
    case jsonSchema = "json-schema"
    /// Any JSON text: what parses must serialize (compact and pretty) and parse back to an equal value.
    case json
    /// A policy set in Cedar's JSON policy format; what reads must write and read back to the same set.
    case policyJSON = "policy-json"
    /// An entities JSON document without a schema; what reads must write and read back to the same store.
    case entities
    /// Schema text, a NUL byte, then an entities document read against that schema (without a NUL byte the
    /// whole input is the document and a built-in schema is used).
    case entitiesWithSchema = "entities-schema"
    /// Shell text through the shell parser and command extraction (`ShellAnalysis.extract`).
    case analysisShell = "analysis-shell"
    /// Shell text through the whole action analysis (`ActionAnalyzer.analyze(shell:)`): every deriver, the
    /// classifier and the secret findings, with their byte-level fast paths.
    case analysisFull = "analysis-full"

    /// The target named by `CEDAR_FUZZ_TARGET`, if it names one.
    static let selected: FuzzTarget? = getenv("CEDAR_FUZZ_TARGET").flatMap {
        FuzzTarget(rawValue: String(cString: $0))
    }

    /// Runs the target on one input.
    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .policy: PolicyChecks.parse(text)
        case .roundtrip: PolicyChecks.roundTrip(text)
        case .format: PolicyChecks.format(text)
        case .schema: SchemaChecks.cedarSchema(text)
        case .jsonSchema: SchemaChecks.jsonSchema(text)
        case .json: DataChecks.json(text)
        case .policyJSON: PolicyChecks.policySetJSON(text)
        case .entities: DataChecks.entities(text, schema: nil)
        case .analysisShell: ShellChecks.extract(text)
        case .analysisFull: ShellChecks.analyze(text)
        case .entitiesWithSchema:
            if let nul = bytes.firstIndex(of: 0) {
                let schemaText = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<nul]), as: UTF8.self)
                let data = String(decoding: UnsafeBufferPointer(rebasing: bytes[(nul + 1)...]), as: UTF8.self)
                guard let schema = try? Schema(cedarSchema: schemaText) else { return }
                DataChecks.entities(data, schema: schema)
            } else {
                DataChecks.entities(text, schema: DataChecks.builtInSchema)
            }
        }
    }
}

/// Stops the fuzzer with the check that failed, the input and what happened.
func failure(_ check: String, input: String, _ details: String...) -> Never {
    fatalError("\(check)\n--- input ---\n\(input)\n--- details ---\n\(details.joined(separator: "\n---\n"))")
}
