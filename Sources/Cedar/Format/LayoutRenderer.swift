/// Renders a `LayoutDoc` within a line width, deciding each group as the Rust `pretty` crate does: a group is
/// laid out flat when its flat text, followed by the rest of the document up to its next possible line break,
/// fits within the width.
struct LayoutRenderer {
    private enum Mode { case flat, broken }
    private struct Command {
        var indent: Int
        var mode: Mode
        var doc: LayoutDoc
    }

    let width: Int
    private var column = 0
    private var output: [UInt8] = []
    private var commands: [Command] = []

    init(width: Int) {
        self.width = width
    }

    /// The text of `doc` laid out.
    static func render(_ doc: LayoutDoc, width: Int) -> String {
        var renderer = LayoutRenderer(width: width)
        renderer.run(doc)
        return String(decoding: renderer.output, as: UTF8.self)
    }

    private mutating func run(_ doc: LayoutDoc) {
        commands = [Command(indent: 0, mode: .broken, doc: doc)]
        while var command = commands.popLast() {
            while true {
                switch command.doc {
                case .empty:
                    break
                case .concat(let left, let right):
                    commands.append(Command(indent: command.indent, mode: command.mode, doc: right))
                    command.doc = left
                    continue
                case .alternative(let broken, let flat):
                    command.doc = command.mode == .broken ? broken : flat
                    continue
                case .group(let inner):
                    if command.mode == .broken && fits(inner) {
                        command.mode = .flat
                    }
                    command.doc = inner
                    continue
                case .nest(let indent, let inner):
                    command.indent += indent
                    command.doc = inner
                    continue
                case .hardLine:
                    output.append(0x0A)
                    output.append(contentsOf: repeatElement(0x20, count: command.indent))
                    column = command.indent
                case .text(let text):
                    output.append(contentsOf: text.utf8)
                    column += Self.width(of: text)
                }
                break
            }
        }
    }

    /// Whether `doc` laid out flat, then the pending commands laid out broken up to their first line break,
    /// stay within the width.
    private func fits(_ doc: LayoutDoc) -> Bool {
        var position = column
        var pending: [LayoutDoc] = [doc]
        var nextCommand = commands.count
        var mode = Mode.flat
        while true {
            guard var current = pending.popLast() else {
                if nextCommand == 0 { return true }
                nextCommand -= 1
                mode = .broken
                pending.append(commands[nextCommand].doc)
                continue
            }
            inner: while true {
                switch current {
                case .empty:
                    break inner
                case .concat(let left, let right):
                    pending.append(right)
                    current = left
                case .hardLine:
                    return mode == .broken
                case .text(let text):
                    position += Self.width(of: text)
                    if position > width { return false }
                    break inner
                case .alternative(let broken, let flat):
                    current = mode == .broken ? broken : flat
                case .group(let inner), .nest(_, let inner):
                    current = inner
                }
            }
        }
    }

    /// How many columns `text` takes, counted as the `pretty` crate counts them.
    static func width(of text: String) -> Int { DisplayWidth.of(text) }
}
