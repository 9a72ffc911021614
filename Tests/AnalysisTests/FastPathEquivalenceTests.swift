import PropertyBased
import Testing

@testable import Analysis

/// The byte-level fast paths of the analysis agree with the character-level readings they replace, on generated
/// input built from the characters each reading cares about.
@Suite struct FastPathEquivalenceTests {
    static func text(from pool: [String], maximumParts: Int) -> Generator<String, Shrink.None<String>> {
        Generator { rng in
            (0..<Int.random(in: 0...maximumParts, using: &rng)).map { _ in ShellWordGen.pick(pool, &rng) }.joined()
        }
    }

    static let urlish = text(
        from: [
            "http", "https", "HTTPS", "x+y", "://", ":", "/", "//", "?", "#", "@", "[", "]", "::1", "a", "B", "1",
            "80", "65536", "-", ".", " ", "\t", "\n", "$", "`", "{", "}", "user:pw", "é", "%2F", "q=1", "&",
        ], maximumParts: 14)

    @Test func parsedURLBytesAgreeWithCharacters() async {
        await propertyCheck(count: 3_000, input: Self.urlish) { text in
            if let ascii = PlainASCII(text) {
                #expect(
                    ParsedURL.parse(ascii, defaultScheme: "https")
                        == ParsedURL.parse(characters: text, defaultScheme: "https"), "\(text.debugDescription)")
            }
        }
    }

    @Test func requestTargetHelpersAgreeWithCharacters() async {
        await propertyCheck(count: 3_000, input: Self.urlish) { text in
            #expect(
                RequestTarget.redactingUserInfo(text) == RequestTarget.redactingUserInfo(characters: text),
                "\(text.debugDescription)")
            for globs in [false, true] {
                let fast = RequestTarget.firstDynamicIndex(text, globs: globs)
                let slow = RequestTarget.firstDynamicIndex(characters: text, globs: globs)
                #expect(fast == slow, "\(text.debugDescription) globs: \(globs)")
            }
            #expect(RequestTarget.schemeEnd(text) == Self.referenceSchemeEnd(text), "\(text.debugDescription)")
        }
    }

    /// The scheme rule read character by character: letters, then letters, digits, `+`, `-`, `.` up to `://`.
    static func referenceSchemeEnd(_ text: String) -> Int? {
        guard let marker = text.firstRange(of: "://") else { return nil }
        let scheme = text[..<marker.lowerBound]
        guard let first = scheme.first, first.isLetter,
            scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        else { return nil }
        return text.distance(from: text.startIndex, to: marker.upperBound)
    }

    static let pathish = text(
        from: [
            "/", "//", ".", "..", "a", "bc", "${HOME}", "$HOME", "${HOMEX}", "~", "${X_1}", "${}", "${a-b}", "$X", "*",
            "?", "[", "`", "é", " ",
        ], maximumParts: 10)

    @Test func pathNormalizationAgreesWithSegmentReading() async {
        await propertyCheck(count: 3_000, input: Self.pathish) { path in
            #expect(PathNormalization.normalize(path) == Self.referenceNormalize(path), "\(path.debugDescription)")
        }
    }

    /// Path normalization as specified, segment by segment on `Substring`s.
    static func referenceNormalize(_ path: String) -> String {
        var text = Substring(path)
        if text.hasPrefix("${HOME}") && (text.count == 7 || text.dropFirst(7).first == "/") {
            text = "~" + text.dropFirst(7)
        } else if text.hasPrefix("$HOME") && (text.count == 5 || text.dropFirst(5).first == "/") {
            text = "~" + text.dropFirst(5)
        }
        let isAbsolute = text.first == "/"
        var kept: [Substring] = []
        for raw in text.split(separator: "/", omittingEmptySubsequences: true) {
            var part = raw
            if part.hasPrefix("${"), part.hasSuffix("}"), part.count > 3,
                part.dropFirst(2).dropLast().allSatisfy({ $0 == "_" || $0.isASCII && ($0.isLetter || $0.isNumber) })
            {
                part = "$" + part.dropFirst(2).dropLast()
            }
            if part == "." { continue }
            if part == ".." {
                if let last = kept.last, last != "..", last != "~",
                    !last.contains(where: { "$`*?[~".contains($0) })
                {
                    kept.removeLast()
                    continue
                }
                if isAbsolute && kept.isEmpty { continue }
            }
            kept.append(part)
        }
        if kept.isEmpty { return isAbsolute ? "/" : "." }
        return (isAbsolute ? "/" : "") + kept.joined(separator: "/")
    }

    static let sensitivePathish = text(
        from: [
            "/", ".env", ".env.example", ".env.local", "prod.env", ".ssh", "id_rsa", "id_rsa.pub", "known_hosts",
            ".aws", "credentials", "config", "sso", "cache", "x.pem", ".pem", "a.tfstate.backup", "service-account",
            ".json", "secrets.yml", ".config", "gcloud", "legacy_credentials", "etc", "shadow", "src", "main.swift",
            ".", "..", "~",
        ], maximumParts: 8)

    @Test func sensitivePathIndexAgreesWithTableOrder() async {
        await propertyCheck(count: 5_000, input: Self.sensitivePathish) { path in
            let components = PathComponents(path)
            var expected: String?
            if !components.components.isEmpty,
                !SensitivePaths.exceptions.contains(where: { $0.matches(components) })
            {
                expected = SensitivePaths.rules.first { $0.pattern.matches(components) }?.id
            }
            #expect(SensitivePaths.match(path) == expected, "\(path.debugDescription)")
        }
    }
}
