/// The MongoDB operations in mongosh JavaScript: `db.dropDatabase()`, `db.users.deleteMany({})`,
/// `db.getCollection("x").drop()`, `db.getSiblingDB("x").dropDatabase()`, `db.runCommand({drop: "x"})`, `use x`.
/// mongosh is also Node: the code's Node API calls (`require("child_process")`) are read as for `node -e`.
struct MongoShellCode {
    let via: String
    let command: CommandInvocation
    /// The database the connection string names, when it does.
    let connectionDatabase: String?
    private(set) var derivation = Derivation()

    /// Methods whose first argument filters the documents they change: `{}` or nothing means all of them.
    private static let filteringMethods: Set<String> = [
        "deleteMany", "deleteOne", "remove", "updateMany", "updateOne", "update", "replaceOne", "findOneAndDelete",
        "findOneAndUpdate", "findOneAndReplace", "findAndModify",
    ]
    /// Calls that only navigate to a database or collection.
    private static let navigation: Set<String> = ["getCollection", "getSiblingDB", "getMongo", "getName"]

    init(via: String, command: CommandInvocation, connectionDatabase: String?) {
        self.via = via
        self.command = command
        self.connectionDatabase = connectionDatabase
    }

    mutating func read(_ code: String) {
        var reader = CodeReader(language: .javascript, via: via, command: command)
        reader.read(code)
        derivation.actions.append(contentsOf: reader.derivation.actions)
        derivation.commands.append(contentsOf: reader.derivation.commands)
        derivation.scripts.append(contentsOf: reader.derivation.scripts)
        derivation.opaqueReasons.append(contentsOf: reader.derivation.opaqueReasons)

        let tokens = CodeTokenizer.tokenize(code, language: .javascript)
        let uses = Self.useStatements(tokens)
        var usesBefore = 0
        for call in CodeCalls(tokens, language: .javascript).calls {
            // Calls come in source order: the `use` in force is the last one before the call.
            while usesBefore < uses.count, uses[usesBefore].position < call.position { usesBefore += 1 }
            if call.components == ["load"] {
                if let file = call.string(at: 0) {
                    opaque(.scriptFile, "\(via) `load` runs the script `\(file)`")
                } else {
                    opaque(.dynamicCode, "\(via) `load` runs a script known only at run time")
                }
                continue
            }
            guard call.components.first == "db", call.components.count > 1 else { continue }
            let database = usesBefore > 0 ? uses[usesBefore - 1].name : connectionDatabase
            operation(call, database: database)
        }
    }

    private mutating func operation(_ call: CodeCall, database: String?) {
        var path = Array(call.components.dropFirst())
        let method = path.removeLast()
        if Self.navigation.contains(method) { return }
        var database = database
        var receiverPath = call.receiverComponents.map { Array($0.dropFirst()) } ?? []
        if path.first == "getSiblingDB" {
            database = receiverPath == ["getSiblingDB"] ? call.receiverArguments?.first.flatMap(CodeCalls.literal) : nil
            if database == nil {
                opaque(.dynamicArgument, "\(via) `getSiblingDB` names a database known only at run time")
            }
            path.removeFirst()
            receiverPath = Array(receiverPath.dropFirst())
        }
        // A method on the result of another call that is not navigation (a cursor: `find().limit(1)`) is no
        // operation of its own.
        if let last = receiverPath.last, !Self.navigation.contains(last) { return }
        var collection: String?
        if path.last == "getCollection" {
            collection = call.receiverArguments?.first.flatMap(CodeCalls.literal)
            if collection == nil {
                opaque(.dynamicArgument, "\(via) `getCollection` names a collection known only at run time")
            }
        } else if !path.isEmpty {
            if path.contains("[]") {
                opaque(.dynamicArgument, "\(via) `\(method)` acts on a collection named at run time")
            } else {
                collection = path.joined(separator: ".")
            }
        }
        var commandName = method
        var target = collection ?? (path.isEmpty ? database : nil)
        if collection == nil, path.isEmpty, method == "runCommand" || method == "adminCommand" {
            (commandName, target) = runCommand(call) ?? (method, database)
        }
        var hasEmptyFilter = false
        if Self.filteringMethods.contains(method) {
            if let filter = call.arguments.first, !filter.isEmpty {
                let tokens = Array(filter)
                if tokens.first?.isPunctuation("{") == true {
                    hasEmptyFilter = tokens.count == 2 && tokens[1].isPunctuation("}")
                } else {
                    opaque(.dynamicArgument, "\(via) `\(method)` uses a filter known only at run time")
                }
            } else {
                hasEmptyFilter = true
            }
        }
        derivation.actions.append(
            .datastore(
                DatastoreCommand(
                    store: "mongodb", command: commandName, target: target, text: Self.text(of: call), via: via,
                    hasEmptyFilter: hasEmptyFilter)))
    }

    /// `db.runCommand({drop: "users"})` → (`drop`, `users`); `db.adminCommand("shutdown")` → (`shutdown`, nil).
    private mutating func runCommand(_ call: CodeCall) -> (String, String?)? {
        if let name = call.string(at: 0) { return (name, nil) }
        guard let document = call.arguments.first.map(Array.init), document.count >= 4,
            document[0].isPunctuation("{"), document[2].isPunctuation(":")
        else {
            opaque(.dynamicArgument, "\(via) `\(call.last)` runs a command document known only at run time")
            return nil
        }
        let name = document[1].text
        let value = document[3]
        return (name, value.kind == .string ? value.text : nil)
    }

    private mutating func opaque(_ kind: OpaqueReason.Kind, _ message: String) {
        let reason = OpaqueReason(kind, message)
        if !derivation.opaqueReasons.contains(reason) { derivation.opaqueReasons.append(reason) }
    }

    /// `use NAME` lines, by position.
    private static func useStatements(_ tokens: [CodeToken]) -> [(position: Int, name: String)] {
        var uses: [(position: Int, name: String)] = []
        for place in tokens.indices.dropLast() where tokens[place].text == "use" && tokens[place].kind == .identifier {
            let next = tokens[place + 1]
            guard next.kind == .identifier || next.kind == .string, !next.startsLine else { continue }
            uses.append((place, next.text))
        }
        return uses
    }

    private static func text(of call: CodeCall) -> String {
        var text = ""
        if let receiver = call.receiverComponents {
            text =
                receiver.joined(separator: ".") + "("
                + (call.receiverArguments ?? []).map { CodeReader.source($0) }.joined(separator: ", ") + ")."
            text += call.components.dropFirst(receiver.count).joined(separator: ".")
        } else {
            text = call.components.joined(separator: ".")
        }
        return text + "(" + call.arguments.map { CodeReader.source($0) }.joined(separator: ", ") + ")"
    }
}
