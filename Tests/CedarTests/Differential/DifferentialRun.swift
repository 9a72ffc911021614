import Cedar

/// One batch of generated cases with Rust's outcomes: compares ours against them and explains disagreements.
struct DifferentialRun {
    /// Where the two implementations disagree: a whole case (`request == nil`) or one request of it.
    struct Mismatch {
        var caseIndex: Int
        var request: Int?
        var ours: Outcome
        var rust: Outcome
    }

    /// The single policy that reproduces a mismatch on its own, when one does.
    struct Culprit {
        var policy: Int
        var ours: Outcome
        var rust: Outcome
    }

    var seed: UInt64
    var cases: [GeneratedCase]
    var rust: [Outcome]

    /// Case `index` of the batch seeded `seed`; each case has its own generator so it reproduces alone.
    static func generate(seed: UInt64, index: Int) -> GeneratedCase {
        var mixer = SeededRandom(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        var generator = CaseGenerator(seed: mixer.next())
        return generator.makeCase(index: index)
    }

    func mismatches() -> [Mismatch] {
        var result: [Mismatch] = []
        for (position, testCase) in cases.enumerated() {
            let ours = Outcome(ours: testCase)
            let theirs = rust[position]
            if ours.stage != theirs.stage {
                result.append(Mismatch(caseIndex: position, request: nil, ours: ours, rust: theirs))
                continue
            }
            for (number, (a, b)) in zip(ours.answers, theirs.answers).enumerated() where a != b {
                result.append(Mismatch(caseIndex: position, request: number, ours: ours, rust: theirs))
            }
        }
        return result
    }

    /// Re-runs every policy of each mismatching case alone (one oracle call for all) to find a policy that
    /// shows the disagreement by itself.
    func isolate(_ mismatches: [Mismatch], oracle: CedarOracle) throws -> [Culprit?] {
        var singles: [GeneratedCase] = []
        var owners: [(mismatch: Int, policy: Int)] = []
        for (number, mismatch) in mismatches.enumerated() {
            let testCase = cases[mismatch.caseIndex]
            guard testCase.policies.count > 1 else { continue }
            for policy in testCase.policies.indices {
                var single = testCase.isolating(policy: policy)
                if let request = mismatch.request { single.requests = [testCase.requests[request]] }
                singles.append(single)
                owners.append((number, policy))
            }
        }
        var culprits = [Culprit?](repeating: nil, count: mismatches.count)
        guard !singles.isEmpty else { return culprits }
        let results = try oracle.run(singles).results
        for (position, single) in singles.enumerated() where culprits[owners[position].mismatch] == nil {
            let ours = Outcome(ours: single)
            let theirs = Outcome(rust: results[position])
            if ours.stage != theirs.stage || ours.answers != theirs.answers {
                culprits[owners[position].mismatch] = Culprit(policy: owners[position].policy, ours: ours, rust: theirs)
            }
        }
        return culprits
    }

    func report(_ mismatch: Mismatch, culprit: Culprit?) -> String {
        let testCase = cases[mismatch.caseIndex]
        var text = "Cedar differential mismatch: seed \(seed), case \(testCase.index)"
        text += " (reproduce: CEDAR_DIFF_SEED=\(seed) CEDAR_DIFF_CASE=\(testCase.index))\n"
        let ours = culprit?.ours ?? mismatch.ours
        let theirs = culprit?.rust ?? mismatch.rust
        if let culprit {
            text +=
                "Reproduces with policy \(culprit.policy) alone (as policy0):\n\(testCase.policies[culprit.policy])\n"
        } else {
            text += "Policies:\n\(testCase.policyText)\n"
        }
        for link in testCase.links where culprit == nil || link.templateID == "policy\(culprit!.policy)" {
            let values = link.values.map { "\($0.key.rawValue) = \($0.value)" }.sorted().joined(separator: ", ")
            text += "Link \(link.newID) of \(link.templateID): \(values)\n"
        }
        if ours.stage != theirs.stage {
            text += "Ours \(ours.stage.rawValue)\(ours.message.map { ": \($0)" } ?? "")\n"
            text += "Rust \(theirs.stage.rawValue)\(theirs.message.map { ": \($0)" } ?? "")\n"
            if ours.stage == .entitiesRejected || theirs.stage == .entitiesRejected {
                text += "Entities:\n\(testCase.entitiesJSON)\n"
            }
            return text
        }
        let request = testCase.requests[mismatch.request ?? 0]
        text += "Request: principal \(request.request.principal), action \(request.request.action), "
        text += "resource \(request.request.resource), context \(request.contextJSON)\n"
        let answer = culprit == nil ? mismatch.request ?? 0 : 0
        text += "Ours: \(ours.answers[answer].summary)\nRust: \(theirs.answers[answer].summary)\n"
        text += "Entities:\n\(testCase.entitiesJSON)\n"
        return text
    }

    /// The mix of outcomes Rust produced, so a weak generator shows up.
    func statistics(cedarpy: String?) -> String {
        let answers = rust.flatMap(\.answers)
        let percent = { (n: Int, of: Int) in of == 0 ? "0%" : "\(n * 100 / of)%" }
        let stages = Dictionary(grouping: rust, by: \.stage).mapValues(\.count)
        var text = "Cedar differential: seed \(seed), \(cases.count) cases, \(answers.count) requests"
        text += " (cedarpy \(cedarpy ?? "?"))\n"
        text += "  cases: parse rejected \(stages[.parseRejected] ?? 0), link rejected \(stages[.linkRejected] ?? 0)"
        text += ", entities rejected \(stages[.entitiesRejected] ?? 0), evaluated \(stages[.evaluated] ?? 0)\n"
        let allows = answers.filter { $0.decision == "allow" }.count
        let denies = answers.filter { $0.decision == "deny" }.count
        let withErrors = answers.filter { !$0.erroring.isEmpty }.count
        let byForbid = answers.filter { $0.decision == "deny" && !$0.reasons.isEmpty }.count
        text += "  requests: allow \(percent(allows, answers.count)), deny \(percent(denies, answers.count))"
        text +=
            " (by forbid \(percent(byForbid, answers.count))), with policy errors \(percent(withErrors, answers.count))"
        text += ", request rejected \(answers.count - allows - denies)"
        return text
    }
}
