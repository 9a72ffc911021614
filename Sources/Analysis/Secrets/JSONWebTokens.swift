/// JSON Web Tokens: three base64url segments separated by dots, the first starting `eyJ` and decoding to a JSON
/// header that names an `alg`.
enum JSONWebTokens {
    static let start = Array("eyJ".utf8)
    static let algorithm = Array("\"alg\"".utf8)
    static let maximumHeader = 1024
    static let maximumLength = 16 * 1024

    /// The token starting at `index` (which holds `e`), if there is one.
    static func match(in text: ScanText, at index: Int) -> SecretMatch? {
        guard text.has(start, at: index), !TokenRule.tokenContinuation.contains(text.byte(at: index - 1)) else {
            return nil
        }
        let header = text.run(of: .base64URL, from: index, limit: maximumHeader + 1)
        guard header >= 10, header <= maximumHeader, text.byte(at: index + header) == UInt8(ascii: ".") else {
            return nil
        }
        let payloadStart = index + header + 1
        let payload = text.run(of: .base64URL, from: payloadStart, limit: maximumLength)
        guard payload >= 10, text.byte(at: payloadStart + payload) == UInt8(ascii: ".") else { return nil }
        let signatureStart = payloadStart + payload + 1
        let signature = text.run(of: .base64URL, from: signatureStart, limit: maximumLength)
        guard signature >= 16 else { return nil }
        let end = signatureStart + signature
        guard headerNamesAlgorithm(text, index..<(index + header)) else { return nil }
        return SecretMatch(rule: "jwt", range: index..<end)
    }

    /// Whether the base64url `range` decodes to text containing `"alg"`.
    static func headerNamesAlgorithm(_ text: ScanText, _ range: Range<Int>) -> Bool {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for index in range {
            guard let value = sextet(text[index]) else { return false }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                decoded.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        guard decoded.first == UInt8(ascii: "{"), decoded.count >= algorithm.count else { return false }
        for offset in 0...(decoded.count - algorithm.count)
        where decoded[offset..<(offset + algorithm.count)].elementsEqual(algorithm) {
            return true
        }
        return false
    }

    private static func sextet(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "-"), UInt8(ascii: "+"): 62
        case UInt8(ascii: "_"), UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
