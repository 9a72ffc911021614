/// Commands given to redis-cli and mongosh, by argument or stdin.
///
/// Each command becomes a `datastore.exec` action (`DatastoreCommand`): Redis commands upper-cased with their key,
/// MongoDB methods with their collection and whether their filter is empty. Code or commands Warden cannot see (a
/// script file, a pipe from another program, a variable) are opaque.
public enum DatastoreClients {
    /// What `command` does in this respect; nil when the command is not one this deriver knows.
    public static func derive(_ command: CommandInvocation) -> Derivation? {
        // Most commands are no datastore client: a few byte tests turn them away before the string switch.
        guard names.mayContain(command.program) else { return nil }
        return switch command.program {
        case "redis-cli", "valkey-cli", "keydb-cli": RedisClient.derive(command)
        case "mongosh", "mongo": MongoShell.derive(command)
        default: nil
        }
    }

    private static let names = ProgramNameFilter(["redis-cli", "valkey-cli", "keydb-cli", "mongosh", "mongo"])
}
