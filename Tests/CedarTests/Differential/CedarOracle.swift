import Foundation

/// Runs `Tests/CedarTests/Scripts/cedar_oracle.py` (the Rust Cedar implementation through `cedarpy`) once
/// for a whole batch of cases.
struct CedarOracle {
    let python: URL
    let script: URL

    /// The package root, found from this file's location.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The oracle, or why it cannot run: the interpreter is `$WARDEN_PYTHON` or `<package root>/.venv/bin/python`.
    static func locate() -> Result<CedarOracle, OracleUnavailable> {
        let environment = ProcessInfo.processInfo.environment
        let python =
            environment["WARDEN_PYTHON"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent(".venv/bin/python")
        let script = packageRoot.appendingPathComponent("Tests/CedarTests/Scripts/cedar_oracle.py")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            return .failure(
                OracleUnavailable(
                    "no Python interpreter at \(python.path) (set WARDEN_PYTHON, or run .ci/run to create .venv "
                        + "with cedarpy)"))
        }
        guard FileManager.default.fileExists(atPath: script.path) else {
            return .failure(OracleUnavailable("oracle script missing at \(script.path)"))
        }
        return .success(CedarOracle(python: python, script: script))
    }

    /// Evaluates `cases` with Rust Cedar. Throws `OracleUnavailable` when cedarpy cannot be imported.
    func run(_ cases: [GeneratedCase]) throws -> OracleOutput {
        let result: OracleOutput = try exchange(OracleInput(cases))
        guard result.results.count == cases.count else {
            throw OracleFailure(status: 0, message: "\(result.results.count) results for \(cases.count) cases")
        }
        return result
    }

    /// Evaluates schema-directed `cases` with Rust Cedar.
    func run(_ cases: [SchemaCase]) throws -> SchemaOracleOutput {
        let result: SchemaOracleOutput = try exchange(SchemaOracleInput(cases))
        guard result.results.count == cases.count else {
            throw OracleFailure(status: 0, message: "\(result.results.count) results for \(cases.count) cases")
        }
        return result
    }

    /// Runs the script once on `input`, decoding what it writes.
    private func exchange<Input: Encodable, Output: Decodable>(_ input: Input) throws -> Output {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cedar-differential-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputFile = directory.appendingPathComponent("cases.json")
        let output = directory.appendingPathComponent("results.json")
        try JSONEncoder().encode(input).write(to: inputFile)

        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, inputFile.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: break
        case 2: throw OracleUnavailable("\(python.path) cannot run the oracle: \(message)")
        default: throw OracleFailure(status: process.terminationStatus, message: message)
        }
        return try JSONDecoder().decode(Output.self, from: Data(contentsOf: output))
    }
}

/// A missing prerequisite (interpreter or cedarpy): the test skips, or fails under CI.
struct OracleUnavailable: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

struct OracleFailure: Error, CustomStringConvertible {
    var status: Int32
    var message: String
    var description: String { "cedar_oracle.py failed (exit status \(status)): \(message)" }
}
