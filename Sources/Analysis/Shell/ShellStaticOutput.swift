/// What a pipeline stage writes to the next one when it only prints literal text: `echo`, `printf` with a known
/// format, `cat` fed a heredoc or herestring. Arguments known only at run time give a template (their source text
/// in place); any other command's output is unknown (nil).
enum ShellStaticOutput {
    static func of(_ command: CommandInvocation) -> StandardInput? {
        guard command.hasStaticProgram, !command.words.isEmpty else { return nil }
        // Standard output sent elsewhere (`> file`, `>&2`): the next stage reads something else.
        guard !command.redirections.contains(where: { $0.descriptor == 1 }) else { return nil }
        let arguments = Array(command.words.dropFirst())
        switch command.program {
        case "echo": return echo(arguments)
        case "printf": return printf(arguments)
        case "cat":
            guard arguments.isEmpty || (arguments.count == 1 && arguments[0].text == "-" && arguments[0].isStatic)
            else { return nil }
            switch command.standardInput {
            case .text, .template: return command.standardInput
            default: return nil
            }
        default: return nil
        }
    }

    /// Bash's builtin `echo`: leading `-n`, `-e`, `-E` (combinable) are options; words joined by spaces.
    static func echo(_ arguments: [ShellWord]) -> StandardInput? {
        var newline = true
        var escapes = false
        var index = 0
        while index < arguments.count, arguments[index].isStatic, isEchoOption(arguments[index].text) {
            for c in arguments[index].text.utf8.dropFirst() {
                switch c {
                case UInt8(ascii: "n"): newline = false
                case UInt8(ascii: "e"): escapes = true
                default: escapes = false
                }
            }
            index += 1
        }
        let words = arguments[index...]
        var output: [UInt8] = []
        var stopped = false
        for (offset, word) in words.enumerated() {
            if offset > 0 { output.append(ShellByte.space) }
            if escapes {
                stopped = !decodeEscapes(Array(word.text.utf8), style: .echo, into: &output)
                if stopped { break }
            } else {
                output.append(contentsOf: word.text.utf8)
            }
        }
        if newline && !stopped { output.append(ShellByte.newline) }
        let text = String(decoding: output, as: UTF8.self)
        return words.allSatisfy(\.isStatic) ? .text(text) : .template(text)
    }

    private static func isEchoOption(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count > 1 && bytes.first == ShellByte.dash
            && bytes.dropFirst().allSatisfy {
                $0 == UInt8(ascii: "n") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
            }
    }

    /// Decodes backslash escapes of `text` into `output`; false when `\c` ended the output.
    private static func decodeEscapes(_ bytes: [UInt8], style: ShellEscapes.Style, into output: inout [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] == ShellByte.backslash {
                index += 1
                guard ShellEscapes.decode(bytes, at: &index, style: style, into: &output) else { return false }
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return true
    }

    /// Bash's builtin `printf`: the format is reused while arguments remain; `%s`, `%b`, `%c`, `%%` and numeric
    /// conversions (printed as given) are rendered, field widths ignored.
    static func printf(_ arguments: [ShellWord]) -> StandardInput? {
        var arguments = arguments[...]
        if arguments.first?.text == "-v" { return .text("") }
        if arguments.first?.text == "--" { arguments = arguments.dropFirst() }
        guard let format = arguments.first, format.isStatic else { return nil }
        let formatBytes = Array(format.text.utf8)
        var values = Array(arguments.dropFirst())[...]
        var isStatic = true
        var output: [UInt8] = []
        var passes = 0
        repeat {
            let before = values.count
            guard render(formatBytes, values: &values, isStatic: &isStatic, into: &output) else { break }
            passes += 1
            if values.count == before { break }
        } while !values.isEmpty && passes <= arguments.count
        let text = String(decoding: output, as: UTF8.self)
        return isStatic ? .text(text) : .template(text)
    }

    /// One pass over the format; false when `\c` (or `%b`'s `\c`) ended the output.
    private static func render(
        _ format: [UInt8], values: inout ArraySlice<ShellWord>, isStatic: inout Bool, into output: inout [UInt8]
    ) -> Bool {
        func next() -> ShellWord? {
            guard let value = values.popFirst() else { return nil }
            if !value.isStatic { isStatic = false }
            return value
        }
        var index = 0
        while index < format.count {
            let c = format[index]
            if c == ShellByte.backslash {
                index += 1
                guard ShellEscapes.decode(format, at: &index, style: .printf, into: &output) else { return false }
                continue
            }
            guard c == ShellByte.percent, index + 1 < format.count else {
                output.append(c)
                index += 1
                continue
            }
            let specifierStart = index
            var specifierEnd = index + 1
            while specifierEnd < format.count, "-+ #0'.123456789*".utf8.contains(format[specifierEnd]) {
                if format[specifierEnd] == ShellByte.star { _ = next() }
                specifierEnd += 1
            }
            guard specifierEnd < format.count else {
                output.append(contentsOf: format[index...])
                return true
            }
            let conversion = format[specifierEnd]
            index = specifierEnd + 1
            switch conversion {
            case ShellByte.percent: output.append(ShellByte.percent)
            case UInt8(ascii: "s"), UInt8(ascii: "q"), UInt8(ascii: "Q"):
                output.append(contentsOf: (next()?.text ?? "").utf8)
            case UInt8(ascii: "b"):
                guard decodeEscapes(Array((next()?.text ?? "").utf8), style: .echo, into: &output) else { return false }
            case UInt8(ascii: "c"):
                if let first = next()?.text.unicodeScalars.first { output.append(contentsOf: String(first).utf8) }
            case UInt8(ascii: "d"), UInt8(ascii: "i"), UInt8(ascii: "u"), UInt8(ascii: "o"), UInt8(ascii: "x"),
                UInt8(ascii: "X"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "e"), UInt8(ascii: "E"),
                UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "a"), UInt8(ascii: "A"):
                output.append(contentsOf: (next()?.text ?? "0").utf8)
            default:
                output.append(contentsOf: format[specifierStart..<index])
            }
        }
        return true
    }
}
