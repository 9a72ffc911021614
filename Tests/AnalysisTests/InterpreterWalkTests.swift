import Testing

@testable import Analysis

/// Interpreters, database and data store clients composed by the execution walk: a command an interpreter
/// starts is analyzed like any other.
@Suite struct InterpreterWalkTests {
    private func walk(_ command: CommandInvocation) -> ExecutionWalk {
        var walk = ExecutionWalk(limits: .default)
        walk.run(command: command, depth: 0)
        return walk
    }

    @Test func pythonStartsPsql() {
        let result = walk(
            clientInvocation(
                "python3", "-c", "import subprocess; subprocess.run(['psql', '-c', 'DROP TABLE users'])"))
        let statements = result.actions.compactMap { if case .sql(let statement) = $0 { statement } else { nil } }
        #expect(statements.map(\.kind) == ["DROP"])
        let programs = result.actions.compactMap { if case .exec(let command) = $0 { command.program } else { nil } }
        #expect(programs == ["python3", "psql"])
        let psql = result.actions.compactMap { if case .exec(let command) = $0 { command } else { nil } }.last
        #expect(psql?.wrappers == ["python subprocess.run"])
    }

    @Test func nodeStartsRedisCli() {
        let result = walk(
            clientInvocation(
                "node", "-e", "require('child_process').spawnSync('redis-cli', ['-h', 'prod', 'FLUSHALL'])"))
        let commands = result.actions.compactMap {
            if case .datastore(let command) = $0 { command.command } else { nil }
        }
        #expect(commands == ["FLUSHALL"])
    }

    @Test func mongoShellStartsAProgram() {
        let result = walk(
            clientInvocation("mongosh", "--eval", "require('child_process').execFileSync('dropdb', ['shop'])"))
        let statements = result.actions.compactMap { if case .sql(let statement) = $0 { statement } else { nil } }
        #expect(statements.map(\.targets) == [["shop"]])
    }
}
