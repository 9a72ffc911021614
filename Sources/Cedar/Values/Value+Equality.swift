extension Value {
    /// Cedar compares strings by their bytes, as Rust does; Swift's `String ==` would also call canonically
    /// equivalent strings equal (`"é"` and `"e\u{301}"`), which could let a policy match text it was not written
    /// for. Hashing stays Swift's (equal bytes always hash alike).
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.bool(let a), .bool(let b)): a == b
        case (.long(let a), .long(let b)): a == b
        case (.string(let a), .string(let b)): a.utf8.elementsEqual(b.utf8)
        case (.entity(let a), .entity(let b)): a == b
        case (.set(let a), .set(let b)): a == b
        case (.record(let a), .record(let b)): a == b
        case (.decimal(let a), .decimal(let b)): a == b
        case (.ipaddr(let a), .ipaddr(let b)): a == b
        case (.datetime(let a), .datetime(let b)): a == b
        case (.duration(let a), .duration(let b)): a == b
        default: false
        }
    }
}

extension EntityUID {
    /// Entity ids compare by their bytes, as Rust Cedar does (see `Value ==`).
    public static func == (lhs: EntityUID, rhs: EntityUID) -> Bool {
        lhs.type == rhs.type && lhs.id.utf8.elementsEqual(rhs.id.utf8)
    }
}
