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

    private typealias Arguments = ExtensionArguments

    static let all: [ExtensionFunction] = decimalFunctions + ipaddrFunctions + datetimeFunctions + durationFunctions

    private static let decimalFunctions: [ExtensionFunction] = [
        ExtensionFunction(name: "decimal", isMethod: false, parameterTypes: [.string], returnType: decimal) {
            arguments throws(EvaluationError) in
            .decimal(try CedarDecimal(cedarString: try Arguments.string(arguments[0])))
        },
        decimalComparison("lessThan") { $0 < $1 },
        decimalComparison("lessThanOrEqual") { $0 <= $1 },
        decimalComparison("greaterThan") { $0 > $1 },
        decimalComparison("greaterThanOrEqual") { $0 >= $1 },
    ]

    private static func decimalComparison(
        _ name: String, _ compare: @escaping @Sendable (CedarDecimal, CedarDecimal) -> Bool
    ) -> ExtensionFunction {
        ExtensionFunction(name: name, isMethod: true, parameterTypes: [decimal, decimal], returnType: .bool) {
            arguments throws(EvaluationError) in
            let lhs = try Arguments.decimal(arguments[0])
            let rhs = try Arguments.decimal(arguments[1])
            return .bool(compare(lhs, rhs))
        }
    }

    private static let ipaddrFunctions: [ExtensionFunction] = [
        ExtensionFunction(name: "ip", isMethod: false, parameterTypes: [.string], returnType: ipaddr) {
            arguments throws(EvaluationError) in
            .ipaddr(try IPAddr(cedarString: try Arguments.string(arguments[0])))
        },
        ipaddrTest("isIpv4") { $0.isIPv4 },
        ipaddrTest("isIpv6") { !$0.isIPv4 },
        ipaddrTest("isLoopback") { $0.isLoopback },
        ipaddrTest("isMulticast") { $0.isMulticast },
        ExtensionFunction(name: "isInRange", isMethod: true, parameterTypes: [ipaddr, ipaddr], returnType: .bool) {
            arguments throws(EvaluationError) in
            let address = try Arguments.ipaddr(arguments[0])
            let range = try Arguments.ipaddr(arguments[1])
            return .bool(address.isInRange(range))
        },
    ]

    private static func ipaddrTest(_ name: String, _ test: @escaping @Sendable (IPAddr) -> Bool) -> ExtensionFunction {
        ExtensionFunction(name: name, isMethod: true, parameterTypes: [ipaddr], returnType: .bool) {
            arguments throws(EvaluationError) in
            .bool(test(try Arguments.ipaddr(arguments[0])))
        }
    }

    private static let datetimeFunctions: [ExtensionFunction] = [
        ExtensionFunction(name: "datetime", isMethod: false, parameterTypes: [.string], returnType: datetime) {
            arguments throws(EvaluationError) in
            .datetime(try CedarDatetime(cedarString: try Arguments.string(arguments[0])))
        },
        ExtensionFunction(name: "offset", isMethod: true, parameterTypes: [datetime, duration], returnType: datetime) {
            arguments throws(EvaluationError) in
            let start = try Arguments.datetime(arguments[0])
            let offset = try Arguments.duration(arguments[1])
            guard let result = start.offset(by: offset) else {
                throw Arguments.overflow(
                    in: "offset",
                    "overflows when adding an offset: \(start.epochOffsetExpression)+(\(offset.cedarText))")
            }
            return .datetime(result)
        },
        ExtensionFunction(
            name: "durationSince", isMethod: true, parameterTypes: [datetime, datetime], returnType: duration
        ) { arguments throws(EvaluationError) in
            let end = try Arguments.datetime(arguments[0])
            let start = try Arguments.datetime(arguments[1])
            guard let result = end.duration(since: start) else {
                throw Arguments.overflow(
                    in: "durationSince",
                    "overflows when computing the duration between \(end.epochOffsetExpression) and "
                        + start.epochOffsetExpression)
            }
            return .duration(result)
        },
        ExtensionFunction(name: "toDate", isMethod: true, parameterTypes: [datetime], returnType: datetime) {
            arguments throws(EvaluationError) in
            let instant = try Arguments.datetime(arguments[0])
            guard let result = instant.date else {
                throw Arguments.overflow(
                    in: "toDate", "overflows when computing the date of \(instant.epochOffsetExpression)")
            }
            return .datetime(result)
        },
        ExtensionFunction(name: "toTime", isMethod: true, parameterTypes: [datetime], returnType: duration) {
            arguments throws(EvaluationError) in
            .duration(try Arguments.datetime(arguments[0]).timeOfDay)
        },
    ]

    private static let durationFunctions: [ExtensionFunction] = [
        ExtensionFunction(name: "duration", isMethod: false, parameterTypes: [.string], returnType: duration) {
            arguments throws(EvaluationError) in
            .duration(try CedarDuration(cedarString: try Arguments.string(arguments[0])))
        },
        durationConversion("toMilliseconds") { $0.milliseconds },
        durationConversion("toSeconds") { $0.seconds },
        durationConversion("toMinutes") { $0.minutes },
        durationConversion("toHours") { $0.hours },
        durationConversion("toDays") { $0.days },
    ]

    private static func durationConversion(_ name: String, _ convert: @escaping @Sendable (CedarDuration) -> Int64)
        -> ExtensionFunction
    {
        ExtensionFunction(name: name, isMethod: true, parameterTypes: [duration], returnType: .long) {
            arguments throws(EvaluationError) in
            .long(convert(try Arguments.duration(arguments[0])))
        }
    }
}
