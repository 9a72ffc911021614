import Testing

@testable import Analysis

@Suite struct DatastoreClientTests {
    private func derive(_ words: String..., stdin: StandardInput = .inherited) -> Derivation {
        DatastoreClients.derive(clientInvocation(words: words.map { ShellWord($0) }, stdin: stdin))
            ?? Derivation(opaqueReasons: [OpaqueReason(.parseError, "not a client")])
    }

    @Test func ignoresOtherPrograms() {
        #expect(DatastoreClients.derive(clientInvocation("redis-server")) == nil)
        #expect(DatastoreClients.derive(clientInvocation("mongod")) == nil)
    }

    // MARK: Redis

    @Test func redisCommandAfterOptions() {
        let derivation = derive("redis-cli", "-h", "prod", "-p", "6380", "-n", "2", "--tls", "FLUSHALL")
        #expect(
            derivation.datastoreCommands == [
                DatastoreCommand(store: "redis", command: "FLUSHALL", text: "FLUSHALL", via: "redis-cli")
            ])
    }

    @Test func redisKeysAndLowerCaseCommands() {
        let derivation = derive("valkey-cli", "del", "session:1", "session:2")
        #expect(derivation.datastoreCommands.map(\.command) == ["DEL"])
        #expect(derivation.datastoreCommands.map(\.target) == ["session:1"])
        #expect(derivation.datastoreCommands.map(\.via) == ["valkey-cli"])
        #expect(derive("redis-cli", "GET", "k").datastoreCommands.map(\.command) == ["GET"])
    }

    @Test func redisSubcommands() {
        #expect(derive("redis-cli", "config", "set", "dir", "/tmp").datastoreCommands.map(\.command) == ["CONFIG SET"])
        #expect(derive("keydb-cli", "SCRIPT", "FLUSH").datastoreCommands.map(\.command) == ["SCRIPT FLUSH"])
    }

    @Test func redisNeverCopiesPasswords() {
        let derivation = derive(
            "redis-cli", "-a", "hunter2", "--user", "admin", "--pass", "hunter3", "-u", "redis://:hunter4@h:6379",
            "AUTH", "hunter5")
        #expect(derivation.datastoreCommands.map(\.command) == ["AUTH"])
        let text = "\(derivation)"
        for secret in ["hunter2", "hunter3", "hunter4", "hunter5"] { #expect(!text.contains(secret)) }
    }

    @Test func redisStandardInputIsOneCommandPerLine() {
        let derivation = derive("redis-cli", stdin: .text("FLUSHALL\n"))
        #expect(derivation.datastoreCommands.map(\.command) == ["FLUSHALL"])
        let lines = derive("redis-cli", "-h", "x", stdin: .text("SET a \"b c\"\n\nDEL 'a b'\r\nflushdb async\n"))
        #expect(lines.datastoreCommands.map(\.command) == ["SET", "DEL", "FLUSHDB"])
        #expect(lines.datastoreCommands.map(\.target) == ["a", "a b", "async"])
    }

    @Test func redisStandardInputIsDataWhenACommandIsGiven() {
        let derivation = derive("redis-cli", "-x", "SET", "blob", stdin: .text("FLUSHALL"))
        #expect(derivation.datastoreCommands.map(\.command) == ["SET"])
    }

    @Test func redisOpaqueSources() {
        #expect(derive("redis-cli", stdin: .dynamic(source: "cat")).opaqueKinds == [.unknownCode])
        #expect(derive("redis-cli", stdin: .file(ShellWord("cmds.txt"))).opaqueKinds == [.scriptFile])
        #expect(derive("redis-cli", "--eval", "wipe.lua", "k", ",", "a").opaqueKinds == [.scriptFile])
        let dynamic = DatastoreClients.derive(
            clientInvocation(words: [ShellWord("redis-cli"), ShellWord("$CMD", isStatic: false)]))
        #expect(dynamic?.opaqueKinds == [.dynamicArgument])
        #expect(derive("redis-cli").isEmpty)
    }

    @Test func redisLuaScripts() {
        let derivation = derive("redis-cli", "EVAL", "return redis.call('FLUSHALL')", "0")
        #expect(derivation.datastoreCommands.map(\.command) == ["EVAL", "FLUSHALL"])
        #expect(derivation.opaqueReasons.isEmpty)
        let dynamic = derive("redis-cli", "EVAL", "return redis.call(ARGV[1])", "0", "FLUSHALL")
        #expect(dynamic.opaqueKinds == [.interpreterCode])
        #expect(derive("redis-cli", "EVALSHA", "abc", "0").opaqueKinds == [.interpreterCode])
    }

    @Test func redisClusterCall() {
        let derivation = derive("redis-cli", "--cluster", "call", "127.0.0.1:7000", "FLUSHALL")
        #expect(derivation.datastoreCommands.map(\.command) == ["FLUSHALL"])
    }

    // MARK: MongoDB

    @Test func mongoDropDatabase() {
        let derivation = derive("mongosh", "mongodb://admin:pw@db.internal:27017/prod", "--eval", "db.dropDatabase()")
        #expect(
            derivation.datastoreCommands == [
                DatastoreCommand(
                    store: "mongodb", command: "dropDatabase", target: "prod", text: "db.dropDatabase()", via: "mongosh"
                )
            ])
        #expect(derivation.opaqueReasons.isEmpty)
    }

    @Test func mongoCollectionMethods() {
        let derivation = derive(
            "mongosh", "--quiet", "--eval",
            "db.users.drop(); db.sessions.deleteMany({}); db.logs.deleteMany({ level: 'debug' }); db.carts.remove({})")
        #expect(derivation.datastoreCommands.map(\.command) == ["drop", "deleteMany", "deleteMany", "remove"])
        #expect(derivation.datastoreCommands.map(\.target) == ["users", "sessions", "logs", "carts"])
        #expect(derivation.datastoreCommands.map(\.hasEmptyFilter) == [false, true, false, true])
    }

    @Test func mongoNavigation() {
        let derivation = derive(
            "mongo", "--eval",
            #"db.getCollection("orders").drop(); db.getSiblingDB("billing").dropDatabase(); db["x y"].updateMany({}, {$set: {a: 1}})"#
        )
        #expect(derivation.datastoreCommands.map(\.command) == ["drop", "dropDatabase", "updateMany"])
        #expect(derivation.datastoreCommands.map(\.target) == ["orders", "billing", "x y"])
        #expect(derivation.datastoreCommands.map(\.hasEmptyFilter) == [false, false, true])
        #expect(derivation.datastoreCommands.map(\.via) == ["mongo", "mongo", "mongo"])
    }

    @Test func mongoUseSelectsTheDatabase() {
        let derivation = derive("mongosh", stdin: .text("use shop\ndb.dropDatabase()\n"))
        #expect(derivation.datastoreCommands.map(\.target) == ["shop"])
    }

    @Test func mongoReadsAndCursorsAreNotOperations() {
        let derivation = derive("mongosh", "--eval", "db.users.find({}).limit(5).toArray()")
        #expect(derivation.datastoreCommands.map(\.command) == ["find"])
        #expect(derivation.opaqueReasons.isEmpty)
    }

    @Test func mongoRunCommand() {
        let derivation = derive(
            "mongosh", "--eval", "db.runCommand({ drop: 'users' }); db.adminCommand({ shutdown: 1 })")
        #expect(derivation.datastoreCommands.map(\.command) == ["drop", "shutdown"])
        #expect(derivation.datastoreCommands.first?.target == "users")
    }

    @Test func mongoDynamicTargetsAreOpaque() {
        let derivation = derive(
            "mongosh", "--eval", "db.getCollectionNames().forEach(c => db[c].drop())")
        #expect(derivation.datastoreCommands.map(\.command).contains("drop"))
        #expect(derivation.opaqueKinds.contains(.dynamicArgument))
        let filter = derive("mongosh", "--eval", "db.users.deleteMany(f)")
        #expect(filter.opaqueKinds == [.dynamicArgument])
    }

    @Test func mongoScriptsAndNodeAPIs() {
        #expect(derive("mongosh", "prod", "cleanup.js").opaqueKinds == [.scriptFile])
        #expect(derive("mongosh", "--file", "x.js").opaqueKinds == [.scriptFile])
        #expect(derive("mongosh", "--eval", "load('x.js')").opaqueKinds == [.scriptFile])
        let node = derive("mongosh", "--eval", "require('child_process').execSync('rm -rf /data/db')")
        #expect(node.scripts.map(\.text) == ["rm -rf /data/db"])
    }

    @Test func mongoPasswordOptions() {
        let prompt = derive("mongosh", "-u", "admin", "-p", "--eval", "db.dropDatabase()")
        #expect(prompt.datastoreCommands.map(\.command) == ["dropDatabase"])
        let given = derive("mongosh", "-u", "admin", "-p", "secret", "shop", "--eval", "db.dropDatabase()")
        #expect(given.datastoreCommands.map(\.target) == ["shop"])
        #expect(!"\(given)".contains("secret"))
    }
}
