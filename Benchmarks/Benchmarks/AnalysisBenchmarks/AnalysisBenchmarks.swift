import Analysis
import Benchmark

/// Action analysis of the commands coding agents actually send (the budget: median ≤ 20 µs for a typical
/// command), of the defining incident, and of a 100 KB command (≤ 5 ms); secret scanning of 1 MB of text.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .instructions, .mallocCountTotal, .throughput],
        timeUnits: .nanoseconds,
        maxDuration: .seconds(3),
        maxIterations: 1_000_000
    )
    let analyzer = ActionAnalyzer()

    for (name, command) in AgentCommands.typical {
        Benchmark("analyze/\(name)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(analyzer.analyze(shell: command)) }
        }
    }
    Benchmark("analyze/typical-mix") { benchmark in
        var index = 0
        for _ in benchmark.scaledIterations {
            blackHole(analyzer.analyze(shell: AgentCommands.typical[index].command))
            index = index + 1 == AgentCommands.typical.count ? 0 : index + 1
        }
    }
    let large = AgentCommands.large(bytes: 100_000)
    Benchmark("analyze/100KB-command", configuration: .init(maxDuration: .seconds(5), maxIterations: 2_000)) {
        benchmark in
        for _ in benchmark.scaledIterations { blackHole(analyzer.analyze(shell: large)) }
    }
    let text = AgentCommands.textWithSecrets(bytes: 1 << 20)
    let scanner = SecretScanner()
    Benchmark("secrets/scan-1MB", configuration: .init(maxDuration: .seconds(5), maxIterations: 500)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(scanner.scan(text)) }
    }
}
