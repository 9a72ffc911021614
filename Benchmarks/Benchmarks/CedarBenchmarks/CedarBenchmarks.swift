import Benchmark
import Cedar

/// Authorization over realistic agent-governance policy sets (10, 100, 1,000 policies) and shapes like the Cedar
/// paper's (gdrive, github, tinytodo); policy parsing. Inputs: Benchmarks/Scripts/generate_inputs.py.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .instructions, .mallocCountTotal, .throughput],
        timeUnits: .nanoseconds,
        maxDuration: .seconds(3),
        maxIterations: 1_000_000
    )

    for name in ["agents-10", "agents-100", "agents-1000", "gdrive", "github", "tinytodo"] {
        guard let scenario = try? Scenario.load(name) else {
            fatalError(
                "benchmark input \(name) missing: run Benchmarks/Scripts/generate_inputs.py \(Scenario.inputsFolder.path)"
            )
        }
        let authorizer = Authorizer(scenario.policies)
        // One iteration authorizes one request; the scenario's requests are cycled through.
        Benchmark("authorize/\(name)") { benchmark in
            var index = 0
            for _ in benchmark.scaledIterations {
                blackHole(authorizer.isAuthorized(scenario.requests[index], entities: scenario.entities))
                index = index + 1 == scenario.requests.count ? 0 : index + 1
            }
        }
    }

    guard let large = try? Scenario.load("agents-1000") else { return }
    Benchmark("parse/1000-policies", configuration: .init(maxDuration: .seconds(5), maxIterations: 200)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? PolicySet(parsing: large.policyText))
        }
    }
    Benchmark("index/1000-policies", configuration: .init(maxDuration: .seconds(5), maxIterations: 500)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Authorizer(large.policies))
        }
    }
}
