/// The output of bash's builtin `printf` with a static format: the format is reused while arguments remain;
/// `%s`, `%b`, `%c`, `%%`, integer conversions, field widths and precisions are rendered. What cannot be rendered
/// exactly (floating point, `%q`, flags that change numbers, a non-numeric `%d` argument) makes the output unknown.
enum ShellPrintf {
    static func output(_ arguments: [ShellWord]) -> StandardInput? {
        var arguments = arguments[...]
        if arguments.first?.text == "-v" { return .text("") }
        if arguments.first?.text == "--" { arguments = arguments.dropFirst() }
        guard let format = arguments.first, format.isStatic else { return nil }
        var pass = Pass(format: Array(format.text.utf8), values: arguments.dropFirst())
        var passes = 0
        repeat {
            let before = pass.values.count
            switch pass.render() {
            case .finished: break
            case .stopped: return pass.result
            case .unknown: return nil
            }
            passes += 1
            if pass.values.count == before { break }
        } while !pass.values.isEmpty && passes <= arguments.count
        return pass.result
    }

    enum Outcome { case finished, stopped, unknown }

    struct Pass {
        let format: [UInt8]
        var values: ArraySlice<ShellWord>
        var output: [UInt8] = []
        var isStatic = true

        init(format: [UInt8], values: ArraySlice<ShellWord>) {
            self.format = format
            self.values = values
        }

        var result: StandardInput {
            let text = String(decoding: output, as: UTF8.self)
            return isStatic ? .text(text) : .template(text)
        }

        mutating func next() -> ShellWord? {
            guard let value = values.popFirst() else { return nil }
            if !value.isStatic { isStatic = false }
            return value
        }

        /// One pass over the format.
        mutating func render() -> Outcome {
            var index = 0
            while index < format.count {
                let c = format[index]
                if c == ShellByte.backslash {
                    index += 1
                    ShellEscapes.decode(format, at: &index, style: .printf, into: &output)
                    continue
                }
                guard c == ShellByte.percent else {
                    output.append(c)
                    index += 1
                    continue
                }
                index += 1
                var leftAligned = false
                var zeroPadded = false
                while index < format.count, "-+ #0'".utf8.contains(format[index]) {
                    switch format[index] {
                    case ShellByte.dash: leftAligned = true
                    case ShellByte.zero: zeroPadded = true
                    default: return .unknown
                    }
                    index += 1
                }
                guard let width = number(at: &index) else { return .unknown }
                var precision: Int?
                if index < format.count && format[index] == ShellByte.dot {
                    index += 1
                    guard let value = number(at: &index) else { return .unknown }
                    precision = value ?? 0
                }
                // An invalid or missing conversion character ends the output, as in bash.
                guard index < format.count else { return .stopped }
                let conversion = format[index]
                index += 1
                var field: [UInt8]
                switch conversion {
                case ShellByte.percent:
                    field = [ShellByte.percent]
                case UInt8(ascii: "s"):
                    field = Array((next()?.text ?? "").utf8)
                    if let precision { field = Array(field.prefix(precision)) }
                case UInt8(ascii: "b"):
                    field = []
                    let stopped = !ShellStaticOutput.decodeEscapes(
                        Array((next()?.text ?? "").utf8), style: .echo, into: &field)
                    if stopped {
                        output.append(contentsOf: field)
                        return .stopped
                    }
                case UInt8(ascii: "c"):
                    field = Array((next()?.text.unicodeScalars.first.map { String($0) } ?? "").utf8)
                case UInt8(ascii: "d"), UInt8(ascii: "i"):
                    guard let value = integer(next()) else { return .unknown }
                    field = Array(String(value).utf8)
                case UInt8(ascii: "u"), UInt8(ascii: "o"), UInt8(ascii: "x"), UInt8(ascii: "X"):
                    guard let value = integer(next()), value >= 0 else { return .unknown }
                    let radix = conversion == UInt8(ascii: "u") ? 10 : conversion == UInt8(ascii: "o") ? 8 : 16
                    field = Array(String(value, radix: radix, uppercase: conversion == UInt8(ascii: "X")).utf8)
                default:
                    // Floating point, `%q`, `%(…)T`, invalid characters: not rendered here.
                    return ShellPrintf.isConversion(conversion) ? .unknown : .stopped
                }
                if let width, field.count < width {
                    let padding = [UInt8](
                        repeating: zeroPadded && !leftAligned && conversion != UInt8(ascii: "s")
                            ? ShellByte.zero
                            : ShellByte.space, count: width - field.count)
                    field = leftAligned ? field + padding : padding + field
                }
                output.append(contentsOf: field)
            }
            return .finished
        }

        /// A field width or precision: digits, or `*` taking an argument. nil when unusable, `.some(nil)` when
        /// absent.
        mutating func number(at index: inout Int) -> Int?? {
            if index < format.count && format[index] == ShellByte.star {
                index += 1
                guard let value = integer(next()), value >= 0, value <= 4096 else { return nil }
                return .some(value)
            }
            var value = 0
            var digits = 0
            while index < format.count, ShellByte.isDigit(format[index]) {
                value = value * 10 + Int(format[index] - ShellByte.zero)
                digits += 1
                index += 1
                guard value <= 4096 else { return nil }
            }
            return digits == 0 ? .some(nil) : .some(value)
        }

        /// A static decimal integer argument (missing is 0); nil for anything else.
        func integer(_ word: ShellWord?) -> Int? {
            guard let word else { return 0 }
            guard word.isStatic else { return nil }
            let text = word.text
            guard !text.isEmpty, text.utf8.count <= 18 else { return text.isEmpty ? nil : nil }
            let digits =
                text.utf8.first == ShellByte.dash || text.utf8.first == ShellByte.plus ? text.dropFirst() : text[...]
            guard !digits.isEmpty, digits.utf8.allSatisfy(ShellByte.isDigit) else { return nil }
            if digits.count > 1 && digits.utf8.first == ShellByte.zero { return nil }  // octal
            return Int(text.utf8.first == ShellByte.plus ? String(digits) : text)
        }
    }

    static func isConversion(_ c: UInt8) -> Bool { "diouxXfFeEgGaAcsbqQ(".utf8.contains(c) }
}
