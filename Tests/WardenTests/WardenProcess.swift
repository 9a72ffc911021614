import Foundation
import Testing

/// How one run of the built `warden` binary ended.
struct WardenRun: CustomStringConvertible {
    /// The exit status, or the signal number when `terminatedBySignal`.
    var status: Int32
    var terminatedBySignal: Bool
    var timedOut: Bool
    var stdout: String
    var stderr: String

    var description: String {
        let end = timedOut ? "timed out" : terminatedBySignal ? "killed by signal \(status)" : "exit \(status)"
        return "\(end)\n--- stdout:\n\(stdout)\n--- stderr:\n\(stderr)"
    }

    /// The lines of standard output, without the final empty one.
    var outputLines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// How many messages standard error holds: lines that start one (`error: …`, `f:1:2: error: …`, `Error: …`).
    var errorMessageCount: Int {
        stderr.split(separator: "\n").filter { line in
            line.hasPrefix("error: ") || line.hasPrefix("Error: ") || line.contains(": error: ")
        }.count
    }

    /// True when the process crashed or a Swift runtime trap or backtrace reached the output.
    var looksLikeCrash: Bool {
        terminatedBySignal || timedOut
            || ["Fatal error", "Program crashed", "Stack dump", "Backtrace", "Current stack trace"].contains {
                stderr.contains($0) || stdout.contains($0)
            }
    }
}

/// Runs the `warden` executable that `swift test` built, as a user would.
enum Warden {
    /// The package root (this file is `<root>/Tests/WardenTests/WardenProcess.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The fixtures folder, read in place.
    static let fixtures = packageRoot.appendingPathComponent("Tests/WardenTests/Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// `$WARDEN_BINARY`, else `warden` beside the test bundle or runner, else `<root>/.build/debug/warden`.
    static let binary: URL? = {
        let manager = FileManager.default
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["WARDEN_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        for bundle in [Bundle.main] + Bundle.allBundles {
            var folder = bundle.bundleURL
            while folder.pathExtension == "xctest" || ["Contents", "MacOS"].contains(folder.lastPathComponent) {
                folder.deleteLastPathComponent()
            }
            candidates.append(folder.appendingPathComponent("warden"))
            candidates.append(folder.deletingLastPathComponent().appendingPathComponent("warden"))
        }
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("warden"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/warden"))
        return candidates.first { url in
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
                && manager.isExecutableFile(atPath: url.path)
        }
    }()

    /// Runs `warden arguments…` in `directory` (the package root by default) with `input` on standard input
    /// (empty when nil), killing it after `timeout` seconds.
    static func run(
        _ arguments: [String], input: Data? = nil, in directory: URL? = nil, timeout: Double = 20,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> WardenRun {
        guard let binary else {
            Issue.record(
                """
                the built `warden` executable was not found: run `swift build --product warden` (or `swift test`, \
                which builds it) or set WARDEN_BINARY to its path
                """, sourceLocation: sourceLocation)
            throw MissingBinary()
        }
        let scratch = try Scratch()
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        let outURL = scratch.url("stdout"), errURL = scratch.url("stderr"), inURL = scratch.url("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try (input ?? Data()).write(to: inURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let stdin = try FileHandle(forReadingFrom: inURL)
        defer { try? out.close(); try? err.close(); try? stdin.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            finished.wait()
        }
        return WardenRun(
            status: process.terminationStatus, terminatedBySignal: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    struct MissingBinary: Error {}
}

/// A temporary folder, removed when the value is released.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("warden-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Writes `data` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> String {
        try data.write(to: url(name))
        return url(name).path
    }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String { try write(Data(text.utf8), to: name) }
}
