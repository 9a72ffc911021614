import Cedar

/// libFuzzer entry point: every input goes through each Cedar text parser. Any crash, hang or
/// sanitizer report is a bug; errors are the expected outcome for most inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? PolicySet(parsing: text)
    _ = try? Schema(cedarSchema: text)
    _ = try? JSONParser.parse(text)
    _ = try? PolicyFormatter.format(text)
    return 0
}
