/// What a pipeline stage writes to the next one when it only prints literal text: `echo`, `printf` with a known
/// format, `cat` fed a heredoc or herestring. Arguments known only at run time give a template (their source text
/// in place); any other command's output is unknown (nil).
enum ShellStaticOutput {
    static func of(_ command: CommandInvocation) -> StandardInput? {
        guard command.hasStaticProgram, !command.words.isEmpty else { return nil }
        // Standard output sent elsewhere (`> file`, `>&2`): the next stage reads something else.
        guard !command.redirections.contains(where: { $0.descriptor == 1 }) else { return nil }
        // The arguments are copied out only for the programs that print them: most stages are something else.
        switch command.program {
        case "echo": return echo(Array(command.words.dropFirst()))
        case "printf": return ShellPrintf.output(Array(command.words.dropFirst()))
        case "cat":
            let words = command.words
            guard words.count == 1 || (words.count == 2 && words[1].text == "-" && words[1].isStatic) else {
                return nil
            }
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
    static func decodeEscapes(_ bytes: [UInt8], style: ShellEscapes.Style, into output: inout [UInt8]) -> Bool {
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
}
