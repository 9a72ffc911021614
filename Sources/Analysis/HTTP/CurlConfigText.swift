/// curl's config file format (`-K FILE`, `--config FILE`): one option per line, `--`-less long names allowed,
/// separated from the value by white space, `=` or `:`, values optionally double-quoted with backslash escapes.
/// Warden reads it when the text is known (`curl -K - <<EOF`), so options hidden there are seen.
enum CurlConfigText {
    /// The command-line words the config text stands for. Run-time parts make the words they are in dynamic.
    static func words(_ text: String, isStatic: Bool) -> [ShellWord] {
        var words: [ShellWord] = []
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).prefix(10_000) {
            let line = rawLine.trimmingWhitespace
            guard let first = line.first, first != "#" else { continue }
            var rest: Substring
            if first == "-" {
                let end = line.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? line.endIndex
                words.append(word(String(line[..<end]), isStatic))
                rest = line[end...].trimmingWhitespace
            } else {
                let end = line.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "=" || $0 == ":" }) ?? line.endIndex
                words.append(word("--" + line[..<end], isStatic))
                rest = line[end...].trimmingWhitespace
                if let separator = rest.first, separator == "=" || separator == ":" {
                    rest = rest.dropFirst().trimmingWhitespace
                }
            }
            guard !rest.isEmpty else { continue }
            words.append(word(value(rest), isStatic))
        }
        return words
    }

    private static func word(_ text: String, _ isStatic: Bool) -> ShellWord {
        ShellWord(text, isStatic: isStatic || !(text.containsBytes("$") || text.containsBytes("`")))
    }

    private static func value(_ text: Substring) -> String {
        guard text.first == "\"" else {
            let end = text.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? text.endIndex
            return String(text[..<end])
        }
        var result = ""
        var iterator = text.dropFirst().makeIterator()
        while let character = iterator.next() {
            if character == "\"" { break }
            guard character == "\\", let escaped = iterator.next() else {
                result.append(character)
                continue
            }
            switch escaped {
            case "t": result.append("\t")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "v": result.append("\u{0B}")
            default: result.append(escaped)
            }
        }
        return result
    }
}
