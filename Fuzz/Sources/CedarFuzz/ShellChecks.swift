import Analysis

/// Fuzz checks on shell text (action analysis).
enum ShellChecks {
    /// Extraction answers with commands or opaque reasons (never both), the same way twice; the input single-quoted
    /// as an argument comes back as one static word equal to it.
    static func extract(_ text: String) {
        let extraction = ShellAnalysis.extract(text)
        if !extraction.commands.isEmpty && !extraction.opaqueReasons.isEmpty {
            failure("commands listed for an input that did not parse", input: text, "\(extraction)")
        }
        if ShellAnalysis.extract(text) != extraction {
            failure("extraction is not deterministic", input: text)
        }
        _ = ShellAnalysis.extract(text, limits: AnalysisLimits(maximumNestingDepth: 4))
        var quoted = "printf %s '"
        for scalar in text.unicodeScalars {
            if scalar == "'" { quoted += "'\\''" } else { quoted.unicodeScalars.append(scalar) }
        }
        quoted += "'"
        let words = ShellAnalysis.extract(quoted).commands.first?.words
        if words?.count != 3 || words?.last != ShellWord(text) {
            failure("a single-quoted argument does not come back unchanged", input: text, "\(words ?? [])")
        }
    }

    private static let analyzer = ActionAnalyzer()

    /// The whole analysis (extraction, unwrapping, every deriver, classification, secret findings) answers the same
    /// way twice; any analysis with findings or opaque reasons carries their flags.
    static func analyze(_ text: String) {
        let analysis = analyzer.analyze(shell: text)
        if analyzer.analyze(shell: text) != analysis {
            failure("analysis is not deterministic", input: text)
        }
        if !analysis.opaqueReasons.isEmpty && !analysis.flags.contains(.opaque) {
            failure("opaque reasons without the opaque flag", input: text, "\(analysis.opaqueReasons)")
        }
    }
}
