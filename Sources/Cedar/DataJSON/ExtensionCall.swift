/// Calls extension functions named in `__extn` escapes, and finds the constructor an implicit escape means.
enum ExtensionCall {
    /// Applies the extension function `name` to `arguments`, as Rust Cedar does when it evaluates the
    /// restricted expression an `__extn` escape stands for.
    static func apply(_ name: Name, to arguments: [Value], at place: JSONPlace) throws(Diagnostic) -> Value {
        guard name.namespace.isEmpty, let function = ExtensionFunctions.named(name.basename) else {
            throw Diagnostic("\(place.phrase), extension function `\(name)` does not exist")
        }
        guard function.arity == arguments.count else {
            throw Diagnostic(
                "\(place.phrase), wrong number of arguments provided to extension function `\(name)`: "
                    + "expected \(function.arity), got \(arguments.count)")
        }
        do {
            return try function.apply(arguments)
        } catch {
            throw Diagnostic("\(place.phrase), error while evaluating `\(name)` extension function: \(error.message)")
        }
    }

    /// The one-argument constructor that builds values of the extension type `typeName` (`decimal` → `decimal`,
    /// `ipaddr` → `ip`, …).
    static func constructor(returning typeName: String) -> ExtensionFunction? {
        ExtensionFunctions.all.first { function in
            function.isConstructor && function.arity == 1 && function.returnType == .extension(typeName)
        }
    }
}
