/// What a well-known library call does, and which of its arguments says to what.
enum CodeEffect: Hashable, Sendable {
    /// Deletes the path given as argument `path` (a tree when `recursive`).
    case deletes(path: Int, recursive: Bool)
    /// Creates or overwrites the path given as argument `path`.
    case writes(path: Int)
    /// Reads the path given as argument `path` (a number, a file descriptor, is no path).
    case reads(path: Int)
    /// Reads the path the receiver call was given (`Path("x").read_text()`).
    case receiverReads
    /// Opens the path at `path` with the mode at `mode` (`open(p, "w")`); reads unless the mode writes.
    case opens(path: Int, mode: Int)
    /// Deletes the path the receiver call was given (`Path("x").unlink()`).
    case receiverDeletes(recursive: Bool)
    /// Writes the path the receiver call was given (`Path("x").write_text(…)`).
    case receiverWrites
    /// Runs argument `command` through a shell when it is a string; as an argv when it is a list of strings.
    case shell(command: Int)
    /// Runs a program: argument `program` is the program (or the whole argv as a list), `arguments` (when
    /// not nil) a list of its arguments.
    case process(program: Int, arguments: Int?)
    /// An HTTP request with a fixed method to the URL at argument `url`.
    case http(method: String, url: Int)
    /// An HTTP request whose method is argument `method` (`requests.request("DELETE", url)`).
    case httpWithMethod(method: Int, url: Int)
    /// An HTTP request whose method is a keyword argument or option (`fetch(url, {method: "DELETE"})`), `GET`
    /// by default.
    case httpWithOptions(url: Int)
    /// A construct that runs code or reaches APIs Warden cannot follow (`exec`, `eval`, `ctypes`, raw sockets).
    case dynamic(String)
}
