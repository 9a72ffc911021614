/// The registry of Cedar's extension functions.
public enum ExtensionFunctions {
    /// The function called `name`, if Cedar has one.
    public static func named(_ name: String) -> ExtensionFunction? { table[name] }

    /// Every extension function, by name.
    public static let table: [String: ExtensionFunction] = {
        var table: [String: ExtensionFunction] = [:]
        for function in all { table[function.name] = function }
        return table
    }()

    private static let decimal = SchemaType.extension("decimal")
    private static let ipaddr = SchemaType.extension("ipaddr")
    private static let datetime = SchemaType.extension("datetime")
    private static let duration = SchemaType.extension("duration")

    private static func notYet(_ arguments: [Value]) throws(EvaluationError) -> Value {
        throw EvaluationError(.extensionError, "extension function not implemented yet")
    }

    static let all: [ExtensionFunction] = [
        ExtensionFunction(
            name: "decimal", isMethod: false, parameterTypes: [.string], returnType: decimal, apply: notYet),
        ExtensionFunction(
            name: "lessThan", isMethod: true, parameterTypes: [decimal, decimal], returnType: .bool, apply: notYet),
        ExtensionFunction(
            name: "lessThanOrEqual", isMethod: true, parameterTypes: [decimal, decimal], returnType: .bool,
            apply: notYet),
        ExtensionFunction(
            name: "greaterThan", isMethod: true, parameterTypes: [decimal, decimal], returnType: .bool, apply: notYet),
        ExtensionFunction(
            name: "greaterThanOrEqual", isMethod: true, parameterTypes: [decimal, decimal], returnType: .bool,
            apply: notYet),
        ExtensionFunction(name: "ip", isMethod: false, parameterTypes: [.string], returnType: ipaddr, apply: notYet),
        ExtensionFunction(name: "isIpv4", isMethod: true, parameterTypes: [ipaddr], returnType: .bool, apply: notYet),
        ExtensionFunction(name: "isIpv6", isMethod: true, parameterTypes: [ipaddr], returnType: .bool, apply: notYet),
        ExtensionFunction(
            name: "isLoopback", isMethod: true, parameterTypes: [ipaddr], returnType: .bool, apply: notYet),
        ExtensionFunction(
            name: "isMulticast", isMethod: true, parameterTypes: [ipaddr], returnType: .bool, apply: notYet),
        ExtensionFunction(
            name: "isInRange", isMethod: true, parameterTypes: [ipaddr, ipaddr], returnType: .bool, apply: notYet),
        ExtensionFunction(
            name: "datetime", isMethod: false, parameterTypes: [.string], returnType: datetime, apply: notYet),
        ExtensionFunction(
            name: "duration", isMethod: false, parameterTypes: [.string], returnType: duration, apply: notYet),
        ExtensionFunction(
            name: "offset", isMethod: true, parameterTypes: [datetime, duration], returnType: datetime, apply: notYet),
        ExtensionFunction(
            name: "durationSince", isMethod: true, parameterTypes: [datetime, datetime], returnType: duration,
            apply: notYet),
        ExtensionFunction(
            name: "toDate", isMethod: true, parameterTypes: [datetime], returnType: datetime, apply: notYet),
        ExtensionFunction(
            name: "toTime", isMethod: true, parameterTypes: [datetime], returnType: duration, apply: notYet),
        ExtensionFunction(
            name: "toMilliseconds", isMethod: true, parameterTypes: [duration], returnType: .long, apply: notYet),
        ExtensionFunction(
            name: "toSeconds", isMethod: true, parameterTypes: [duration], returnType: .long, apply: notYet),
        ExtensionFunction(
            name: "toMinutes", isMethod: true, parameterTypes: [duration], returnType: .long, apply: notYet),
        ExtensionFunction(
            name: "toHours", isMethod: true, parameterTypes: [duration], returnType: .long, apply: notYet),
        ExtensionFunction(name: "toDays", isMethod: true, parameterTypes: [duration], returnType: .long, apply: notYet),
    ]
}
