import Testing

@testable import Analysis

/// Pathological inputs of about 100 KB: each must be analyzed in bounded (linear) work.
@Suite struct InterpreterBoundsTests {
    private func measure(_ body: () -> Void) -> Duration {
        ContinuousClock().measure(body)
    }

    @Test(arguments: [
        ("python3", "-c", String(repeating: "f(", count: 25_000)),
        ("python3", "-c", String(repeating: "os.system(", count: 10_000)),
        ("python3", "-c", "import subprocess\n" + String(repeating: "subprocess.run([", count: 6_000)),
        ("node", "-e", String(repeating: "fetch(fetch(", count: 8_000)),
        ("node", "-e", "const cp = require('child_process');" + String(repeating: "cp[x](", count: 15_000)),
        ("ruby", "-e", String(repeating: "system ", count: 15_000) + "'x'"),
        ("perl", "-e", String(repeating: "q(", count: 30_000)),
        ("php", "-r", String(repeating: "\"{$", count: 30_000)),
        ("awk", "--", String(repeating: "system(", count: 15_000)),
        ("python3", "-c", String(repeating: "f'{", count: 30_000)),
    ])
    func nestedCodeIsLinear(program: String, flag: String, code: String) {
        var derivation: Derivation?
        let elapsed = measure {
            derivation = InterpreterCode.derive(clientInvocation(program, flag, code))
        }
        #expect(elapsed < .seconds(3), "\(program) \(code.prefix(30)): \(elapsed)")
        #expect(derivation != nil)
    }

    @Test func mongoAndRedisInputsAreLinear() {
        let mongo = String(repeating: "use a\n", count: 8_000) + String(repeating: "db.x.deleteMany(", count: 5_000)
        let redis = String(repeating: "DEL \"a b\" c\n", count: 8_000)
        let elapsed = measure {
            _ = DatastoreClients.derive(clientInvocation("mongosh", stdin: .text(mongo)))
            _ = DatastoreClients.derive(clientInvocation("redis-cli", stdin: .text(redis)))
        }
        #expect(elapsed < .seconds(3))
    }

    @Test func nestedSQLIsLinear() {
        let texts = [
            String(repeating: "SELECT dblink_exec(", count: 10_000),
            String(repeating: "WITH a AS (", count: 10_000),
            String(repeating: "EXPLAIN ANALYZE ", count: 10_000) + "DELETE FROM t",
            String(repeating: "/*", count: 30_000),
            String(repeating: "$a$", count: 30_000),
            String(repeating: "DELETE FROM t WHERE (((", count: 5_000),
        ]
        for text in texts {
            let elapsed = measure { _ = SQLScriptReader.read(text, dialect: .postgres, via: "psql") }
            #expect(elapsed < .seconds(3), "\(text.prefix(20)): \(elapsed)")
        }
    }
}
