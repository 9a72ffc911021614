/// Where a value is in a JSON document: `rules[3].match.program`.
struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    var components: [Component] = []

    static let root = JSONPath()

    func key(_ key: String) -> JSONPath { JSONPath(components: components + [.key(key)]) }
    func index(_ index: Int) -> JSONPath { JSONPath(components: components + [.index(index)]) }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "the top level" : text
    }
}
