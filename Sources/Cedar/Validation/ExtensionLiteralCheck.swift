/// Checks that a string literal given to an extension constructor parses, as strict validation requires.
enum ExtensionLiteralCheck {
    /// Why `argument` is not a valid literal for `constructor`, or nil when it is (or when
    /// `constructor` is not a constructor).
    static func problem(constructor: String, argument: String) -> String? {
        let literal = CedarString.quoted(argument)
        switch constructor {
        case "decimal":
            return CedarDecimal(parsing: argument) == nil ? "Failed to parse as a decimal value: `\(literal)`" : nil
        case "ip":
            return IPAddr(parsing: argument) == nil ? "Failed to parse as an IP address: `\(literal)`" : nil
        case "datetime":
            return CedarDatetime(parsing: argument) == nil ? "failed to parse as a datetime value: `\(literal)`" : nil
        case "duration":
            return CedarDuration(parsing: argument) == nil ? "failed to parse as a duration value: `\(literal)`" : nil
        default:
            return nil
        }
    }
}
