import Cedar

extension RulePack {
    /// Loads a pack from its JSON text (the format is in `docs/rule-packs.md`). `file` names the source in
    /// diagnostics.
    ///
    /// Throws the first problem found, located at `file:line:column`: invalid JSON, an unknown key, a value of
    /// the wrong type, an unknown flag or action kind, a duplicate rule id, an empty message or alternative, a
    /// malformed glob. `problems(json:file:)` lists all of them.
    public static func load(json: String, file: String? = nil) throws(Diagnostic) -> RulePack {
        let (pack, problems) = read(json: json, file: file)
        if let first = problems.first {
            var diagnostic = first
            if problems.count > 1 {
                let more = "\(problems.count - 1) more problem\(problems.count == 2 ? "" : "s") in this pack"
                diagnostic.help = diagnostic.help.map { "\($0) (\(more))" } ?? more
            }
            throw diagnostic
        }
        guard let pack else { throw Diagnostic("the rule pack could not be read") }
        return pack
    }

    /// The most problems reported for one pack.
    static let maximumProblems = 100

    /// Every problem in the pack (at most the first 100), in order of discovery; empty when it loads.
    public static func problems(json: String, file: String? = nil) -> [Diagnostic] {
        read(json: json, file: file).problems
    }

    private static func read(json: String, file: String?) -> (RulePack?, problems: [Diagnostic]) {
        let document: JSONValue
        do {
            document = try JSONParser.parse(json, file: file)
        } catch {
            return (nil, [error])
        }
        var reader = PackReader()
        let pack = reader.readPack(document)
        // Locating a problem scans the document, so a pack with thousands of mistakes reports the first hundred.
        let diagnostics = reader.problems.prefix(Self.maximumProblems).map { problem in
            Diagnostic(
                "in `\(problem.path)`: \(problem.message)",
                at: JSONLocator.position(of: problem.path, atKey: problem.atKey, in: json, file: file)
                    ?? SourceSpan(
                        file: file, start: SourcePosition(line: 1, column: 1, offset: 0),
                        end: SourcePosition(line: 1, column: 1, offset: 0)),
                help: problem.help)
        }
        return (pack, diagnostics)
    }
}
