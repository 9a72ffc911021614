import Analysis
import Benchmark

/// Action analysis of the commands coding agents actually send (the budget: median ≤ 20 µs for a typical
/// command), of the defining incident, and of 100 KB inputs (≤ 5 ms): dense chained commands, a script of typical
/// commands, a file written through a heredoc; secret scanning of 1 MB of text.
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
    // All ten typical commands per iteration: divide by 10 for the mean per command.
    Benchmark("analyze/all-10-typical") { benchmark in
        for _ in benchmark.scaledIterations {
            for (_, command) in AgentCommands.typical { blackHole(analyzer.analyze(shell: command)) }
        }
    }
    let large = AgentCommands.large(bytes: 100_000)
    Benchmark("analyze/100KB-command", configuration: .init(maxDuration: .seconds(5), maxIterations: 2_000)) {
        benchmark in
        for _ in benchmark.scaledIterations { blackHole(analyzer.analyze(shell: large)) }
    }
    let script = AgentCommands.script(bytes: 100_000)
    Benchmark("analyze/100KB-script", configuration: .init(maxDuration: .seconds(5), maxIterations: 2_000)) {
        benchmark in
        for _ in benchmark.scaledIterations { blackHole(analyzer.analyze(shell: script)) }
    }
    let heredoc = AgentCommands.heredocFile(bytes: 100_000)
    Benchmark("analyze/100KB-heredoc", configuration: .init(maxDuration: .seconds(5), maxIterations: 20_000)) {
        benchmark in
        for _ in benchmark.scaledIterations { blackHole(analyzer.analyze(shell: heredoc)) }
    }
    let text = AgentCommands.textWithSecrets(bytes: 1 << 20)
    let scanner = SecretScanner()
    Benchmark("secrets/scan-1MB", configuration: .init(maxDuration: .seconds(5), maxIterations: 500)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(scanner.scan(text)) }
    }
}
