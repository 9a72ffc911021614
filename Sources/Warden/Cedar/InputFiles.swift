import Cedar
import Foundation

/// Reading the files the `warden cedar` commands take, with errors that say which file and why.
enum InputFiles {
    /// The text of `path`, or of standard input when `path` is `-`.
    static func read(_ path: String, what: String) throws -> String {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError("\(what) on standard input is not valid UTF-8")
            }
            return text
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw CLIError(
                "cannot read \(what) `\(path)`: \(exists ? "permission denied or not a file" : "no such file")")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(what) `\(path)` is not valid UTF-8")
        }
        return text
    }

    static func json(_ path: String, what: String) throws -> JSONValue {
        let text = try read(path, what: what)
        do {
            return try JSONParser.parse(text, file: path)
        } catch {
            throw CLIError(error, source: text, file: path)
        }
    }
}

extension InputFiles {
    static func write(_ text: String, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw CLIError("cannot write `\(path)`")
        }
    }
}
