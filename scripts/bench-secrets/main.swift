// Release-mode timings of the secrets scanner, for docs/secrets.md. Built by scripts/bench-secrets.sh together with
// Sources/Analysis/Secrets (which needs nothing else), so it runs without building the whole package.
let clock = ContinuousClock()

func best(of runs: Int, _ body: () -> Void) -> Duration {
    var best = Duration.seconds(1000)
    for _ in 0..<runs { best = min(best, clock.measure(body)) }
    return best
}

func report(_ name: String, _ text: String) {
    let scanner = SecretScanner()
    var matches = 0
    let elapsed = best(of: 5) { matches = scanner.scan(text).count }
    print(
        "\(name + String(repeating: " ", count: max(0, 40 - name.count))) \(text.utf8.count) bytes  \(elapsed)  \(matches) matches"
    )
}

var code = ""
var index = 0
let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
while code.utf8.count < 1_000_000 {
    for _ in 0..<50 { code += "let value = compute(index: i, offset: 42) // keep the cache warm; see README.md\n" }
    index += 1
    let body = (0..<36).map { offset in letters[(index * 31 + offset * 7 + offset * offset) % letters.count] }
    code += "GITHUB_TOKEN=ghp_\(String(body))\n"
}
report("code, a token every 4 KB", code)
for unit in [
    "password=", "token:", "-----BEGIN RSA PRIVATE KEY-----\n", "a://", "eyJ", "AKIA", "--token ", "\"password\",",
    "<password>", "ghp_", "x=\"", "password=Qz9!xk2Lm ", "a b c d e ",
] {
    report("adversarial \(unit.debugDescription)", String(repeating: unit, count: 1_000_000 / unit.utf8.count))
}

let command =
    "curl -X POST https://backboard.railway.app/graphql/v2 -H \"Authorization: Bearer $RAILWAY_TOKEN\" "
    + "-H 'Content-Type: application/json' -d '{\"query\":\"mutation { volumeDelete(volumeId: \\\"v\\\") }\"}'"
let scanner = SecretScanner()
print(
    "typical command (\(command.utf8.count) bytes): \(best(of: 10) { for _ in 0..<1000 { _ = scanner.scan(command) } } / 1000) per scan"
)

let paths = [
    "/home/dana/.ssh/id_rsa", "Sources/Analysis/Secrets/SecretScanner.swift", "~/.aws/credentials", "README.md",
    "/srv/app/node_modules/lodash/lodash.js", ".env.example", "~/.config/gcloud/legacy_credentials/a@b.c/adc.json",
]
var hits = 0
let perPath = best(of: 5) {
    for _ in 0..<10_000 { for path in paths where SensitivePaths.match(path) != nil { hits += 1 } }
}
print("SensitivePaths.match: \(perPath / (10_000 * paths.count)) per path")
