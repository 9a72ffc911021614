/// One request item of httpie or xh: `Header:value`, `name==query`, `field=text`, `field:=json`,
/// `field=@file`, `field:=@file`, `field@file` (an upload), `Header;` (an empty header). Backslash escapes a
/// separator character.
struct HTTPieItem: Hashable, Sendable {
    enum Kind: String, Hashable, Sendable, CaseIterable {
        case jsonFile = ":=@"
        case dataFile = "=@"
        case query = "=="
        case json = ":="
        case data = "="
        case upload = "@"
        case header = ":"
        case emptyHeader = ";"
    }

    var key: String
    var kind: Kind
    var value: String

    /// Separators longest first: at one position the longest wins (`a:=1` is JSON, not a header).
    private static let separators = Kind.allCases.sorted { $0.rawValue.count > $1.rawValue.count }

    /// The item `text` stands for; nil when it has no separator (then it is not an item).
    static func parse(_ text: String) -> HTTPieItem? {
        let characters = Array(text)
        var key = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "\\", index + 1 < characters.count {
                key.append(characters[index + 1])
                index += 2
                continue
            }
            for kind in separators where Self.matches(kind.rawValue, characters, at: index) {
                let value = unescaped(characters[(index + kind.rawValue.count)...])
                return HTTPieItem(key: key, kind: kind, value: value)
            }
            key.append(characters[index])
            index += 1
        }
        return nil
    }

    private static func matches(_ separator: String, _ characters: [Character], at index: Int) -> Bool {
        var position = index
        for character in separator {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }

    private static func unescaped(_ characters: ArraySlice<Character>) -> String {
        var result = ""
        var iterator = characters.makeIterator()
        while let character = iterator.next() {
            if character == "\\", let next = iterator.next() {
                result.append(next)
            } else {
                result.append(character)
            }
        }
        return result
    }
}
