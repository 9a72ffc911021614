extension OpaqueReason.Kind {
    /// A request whose real destination differs from its URL's host: a `Host` header naming another host,
    /// curl's `--connect-to` or `--resolve`, a bash `/dev/tcp` connection. Host-based policies cannot trust it.
    public static let indirectDestination = OpaqueReason.Kind(rawValue: "indirect-destination")
}
