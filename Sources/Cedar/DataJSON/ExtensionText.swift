/// The canonical text of extension values, as their constructors read it back.
// TEMPORARY shim until the extension types' `cedarText` lands on main.
enum ExtensionText {
    static func decimal(_ d: CedarDecimal) -> String {
        let whole = d.scaled / 10_000
        let fraction = String(d.scaled.magnitude % 10_000)
        let sign = d.scaled < 0 && whole == 0 ? "-" : ""
        return "\(sign)\(whole).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }

    static func ipaddr(_ ip: IPAddr) -> String {
        if ip.isIPv4 {
            let a = UInt32(truncatingIfNeeded: ip.address)
            return "\(a >> 24).\((a >> 16) & 255).\((a >> 8) & 255).\(a & 255)/\(ip.prefixLength)"
        }
        let groups = (0..<8).map { i in String(UInt16(truncatingIfNeeded: ip.address >> (112 - 16 * i)), radix: 16) }
        return "\(groups.joined(separator: ":"))/\(ip.prefixLength)"
    }

    static func datetime(_ d: CedarDatetime) -> String { "\(d.milliseconds)" }

    static func duration(_ d: CedarDuration) -> String { "\(d.milliseconds)ms" }
}
