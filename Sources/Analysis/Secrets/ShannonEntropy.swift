/// Shannon entropy in bits per byte, the measure of how random a candidate value looks.
///
/// Random base64 of 20+ bytes scores above 4, random hex about 3.7, English words and identifiers stay under 3.5.
enum ShannonEntropy {
    static func bitsPerByte(_ text: ScanText, _ range: Range<Int>) -> Double {
        guard range.count > 1 else { return 0 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            counts.initialize(repeating: 0)
            for index in range { counts[Int(text[index])] += 1 }
            let total = Double(range.count)
            var sum = 0.0
            for count in counts where count > 0 {
                let p = Double(count) / total
                sum -= p * log2(p)
            }
            return sum
        }
    }

    /// The number of distinct bytes in `range`.
    static func distinctBytes(_ text: ScanText, _ range: Range<Int>) -> Int {
        var seen = ByteSeen()
        var distinct = 0
        for index in range where seen.insert(text[index]) { distinct += 1 }
        return distinct
    }

    /// log2 for positive finite `x`, without Foundation: the exponent plus the logarithm of the significand by the
    /// series ln(m) = 2·atanh((m − 1)/(m + 1)), which converges fast for m in [1, 2).
    static func log2(_ x: Double) -> Double {
        let significand = x.significand
        let z = (significand - 1) / (significand + 1)
        let z2 = z * z
        var term = z
        var sum = 0.0
        var denominator = 1.0
        for _ in 0..<14 {
            sum += term / denominator
            term *= z2
            denominator += 2
        }
        return Double(x.exponent) + 2 * sum / 0.693_147_180_559_945_3
    }
}

/// A set of bytes seen so far, as four 64-bit masks.
struct ByteSeen {
    private var masks: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Adds `byte`; true when it was not there yet.
    mutating func insert(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: defer { masks.0 |= bit }; return masks.0 & bit == 0
        case 1: defer { masks.1 |= bit }; return masks.1 & bit == 0
        case 2: defer { masks.2 |= bit }; return masks.2 & bit == 0
        default: defer { masks.3 |= bit }; return masks.3 & bit == 0
        }
    }
}
