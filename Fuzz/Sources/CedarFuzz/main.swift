import CFuzzerDriver

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Picks the fuzz target from `CEDAR_FUZZ_TARGET` and hands control to libFuzzer, which parses the remaining
// command-line flags (`-max_total_time=…`, corpus folders, …) and calls the target for every input.
guard let target = FuzzTarget.selected else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    print("set CEDAR_FUZZ_TARGET to one of: \(names)")
    exit(2)
}
print("fuzzing target `\(target.rawValue)`")
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzTarget.selected?.run(UnsafeBufferPointer(start: data, count: size))
        return 0
    })
