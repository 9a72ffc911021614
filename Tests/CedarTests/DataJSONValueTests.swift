import Cedar
import Testing

@Suite struct DataJSONValueTests {
    typealias S = DataJSONTestSupport

    @Test func readsPlainValues() throws {
        let value = try ValueJSON.value(
            from: S.json(#"{"b": true, "n": -9223372036854775808, "s": "x", "set": [1, 1, 2], "r": {"k": []}}"#))
        #expect(
            value
                == .record([
                    "b": .bool(true), "n": .long(Int64.min), "s": .string("x"), "set": .set([.long(1), .long(2)]),
                    "r": .record(["k": .set([])]),
                ]))
    }

    @Test(arguments: ["1.5", "1e2", "9223372036854775808", "-9223372036854775809"])
    func rejectsNumbersThatAreNotLongs(_ text: String) throws {
        #expect(throws: Diagnostic.self) { try ValueJSON.value(from: S.json(text)) }
    }

    @Test func rejectsNull() throws {
        let error = #expect(throws: Diagnostic.self) { try ValueJSON.value(from: S.json(#"{"a": null}"#)) }
        #expect(error?.message.contains("null") == true)
    }

    @Test func readsEntityEscapes() throws {
        let value = try ValueJSON.value(from: S.json(#"{"__entity": {"type": "A::B", "id": "x"}}"#))
        #expect(value == .entity(S.uid("A::B", "x")))
    }

    @Test func escapeWithOtherKeysOrWrongShapeIsARecord() throws {
        let extra = try ValueJSON.value(from: S.json(#"{"__entity": {"type": "A", "id": "x"}, "y": 1}"#))
        #expect(extra == .record(["__entity": .record(["type": .string("A"), "id": .string("x")]), "y": .long(1)]))
        let wrongShape = try ValueJSON.value(from: S.json(#"{"__entity": {"type": "A"}}"#))
        #expect(wrongShape == .record(["__entity": .record(["type": .string("A")])]))
    }

    @Test(arguments: [
        #"{"__entity": {"type": "if", "id": "x"}}"#, #"{"__entity": {"type": "A :: B", "id": "x"}}"#,
        #"{"__entity": {"type": "__cedar::A", "id": "x"}}"#, #"{"__entity": {"type": "1A", "id": "x"}}"#,
        #"{"__entity": {"type": "é", "id": "x"}}"#, #"{"__entity": {"type": "", "id": "x"}}"#,
    ])
    func rejectsInvalidEntityTypeNames(_ text: String) throws {
        let error = #expect(throws: Diagnostic.self) { try ValueJSON.value(from: S.json(text)) }
        #expect(error?.message.contains("failed to parse escape `__entity`") == true)
    }

    @Test func rejectsExprEscape() throws {
        let error = #expect(throws: Diagnostic.self) { try ValueJSON.value(from: S.json(#"{"__expr": "1 + 1"}"#)) }
        #expect(error?.message.contains("`__expr` escape is no longer supported") == true)
    }

    @Test func rejectsUnknownExtensionFunction() throws {
        let error = #expect(throws: Diagnostic.self) {
            try ValueJSON.value(from: S.json(#"{"__extn": {"fn": "A::decimal", "arg": "1.0"}}"#))
        }
        #expect(error?.message.contains("extension function `A::decimal` does not exist") == true)
    }

    @Test func rejectsWrongExtensionArity() throws {
        let error = #expect(throws: Diagnostic.self) {
            try ValueJSON.value(from: S.json(#"{"__extn": {"fn": "decimal", "args": []}}"#))
        }
        #expect(error?.message.contains("expected 1, got 0") == true)
    }

    @Test
    func readsExtensionEscapes() throws {
        let decimal = try ValueJSON.value(from: S.json(#"{"__extn": {"fn": "decimal", "arg": "1.5"}}"#))
        #expect(decimal == .decimal(CedarDecimal(scaled: 15_000)))
        let viaArgs = try ValueJSON.value(from: S.json(#"{"__extn": {"fn": "decimal", "args": ["1.5"]}}"#))
        #expect(viaArgs == decimal)
        let call = try ValueJSON.value(
            from: S.json(
                #"{"__extn": {"fn": "lessThan", "args": [{"__extn": {"fn": "decimal", "arg": "1.5"}}, "#
                    + #"{"__extn": {"fn": "decimal", "arg": "2.5"}}]}}"#))
        #expect(call == .bool(true))
        #expect(throws: Diagnostic.self) {
            try ValueJSON.value(from: S.json(#"{"__extn": {"fn": "decimal", "arg": "1.5x"}}"#))
        }
    }

    @Test
    func readsImplicitExtensionValuesWhenTheSchemaExpectsThem() throws {
        let plain = try ValueJSON.value(from: S.json(#""10.0.0.1""#), expecting: .extension("ipaddr"))
        let escaped = try ValueJSON.value(
            from: S.json(#"{"__extn": {"fn": "ip", "arg": "10.0.0.1"}}"#), expecting: .extension("ipaddr"))
        let implicitEscape = try ValueJSON.value(
            from: S.json(#"{"fn": "ip", "arg": "10.0.0.1"}"#), expecting: .extension("ipaddr"))
        #expect(plain == escaped)
        #expect(implicitEscape == escaped)
        // Without the expected type a string stays a string.
        #expect(try ValueJSON.value(from: S.json(#""10.0.0.1""#)) == .string("10.0.0.1"))
    }

    @Test func readsImplicitEntityReferencesWhenTheSchemaExpectsThem() throws {
        let json = try S.json(#"[{"type": "User", "id": "a"}, {"__entity": {"type": "User", "id": "b"}}]"#)
        let value = try ValueJSON.value(from: json, expecting: .set(.entity(Name("User"))))
        #expect(value == .set([.entity(S.uid("User", "a")), .entity(S.uid("User", "b"))]))
        // Without a schema the unescaped form is just a record.
        #expect(try ValueJSON.value(from: json) != value)
        let error = #expect(throws: Diagnostic.self) {
            try ValueJSON.value(from: S.json(#""User::\"a\"""#), expecting: .entity(Name("User")))
        }
        #expect(error?.message.contains("expected a literal entity reference") == true)
    }

    @Test func schemaDirectedRecordsRejectMissingAndExtraAttributes() throws {
        let type = SchemaType.record(
            RecordType(["a": AttributeType(.long), "b": AttributeType(.string, isRequired: false)]))
        #expect(try ValueJSON.value(from: S.json(#"{"a": 1}"#), expecting: type) == .record(["a": .long(1)]))
        let missing = #expect(throws: Diagnostic.self) {
            try ValueJSON.value(from: S.json(#"{"b": "x"}"#), expecting: type)
        }
        #expect(missing?.message.contains("expected the record to have an attribute `a`") == true)
        let extra = #expect(throws: Diagnostic.self) {
            try ValueJSON.value(from: S.json(#"{"a": 1, "c": 2}"#), expecting: type)
        }
        #expect(extra?.message.contains("record attribute `c` should not exist") == true)
        let notRecord = #expect(throws: Diagnostic.self) { try ValueJSON.value(from: S.json("1"), expecting: type) }
        #expect(notRecord?.message.contains("type mismatch") == true)
    }

    @Test func readsEntityUIDs() throws {
        #expect(try ValueJSON.entityUID(from: S.json(#"{"type": "A::B", "id": "x"}"#)) == S.uid("A::B", "x"))
        #expect(try ValueJSON.entityUID(from: S.json(#"{"__entity": {"type": "A", "id": ""}}"#)) == S.uid("A", ""))
        #expect(throws: Diagnostic.self) { try ValueJSON.entityUID(from: S.json(#"{"type": "A"}"#)) }
        #expect(throws: Diagnostic.self) { try ValueJSON.entityUID(from: S.json(#"{"type": "A", "id": 1}"#)) }
    }

    @Test func writesValuesInRustsOutputFormat() throws {
        let value = Value.record([
            "z": .set([.long(2), .long(1)]), "a": .entity(S.uid("A", "x")), "s": .string("t"),
            "d": .decimal(CedarDecimal(scaled: 15_000)),
        ])
        let text = try ValueJSON.json(for: value).serialized()
        #expect(
            text
                == #"{"a":{"__entity":{"type":"A","id":"x"}},"d":{"__extn":{"fn":"decimal","arg":"1.5"}},"#
                + #""s":"t","z":[1,2]}"#)
        let error = #expect(throws: Diagnostic.self) {
            try ValueJSON.json(for: .record(["__extn": .long(1)]))
        }
        #expect(error?.message.contains("reserved key `__extn`") == true)
    }

    @Test func writtenValuesReadBack() throws {
        let value = Value.record([
            "e": .set([.entity(S.uid("A::B", "x\"y")), .entity(S.uid("C", ""))]), "n": .long(-3),
            "nested": .record(["t": .bool(false)]),
        ])
        #expect(try ValueJSON.value(from: ValueJSON.json(for: value)) == value)
    }
}

@Suite struct DataJSONExtensionValueTests {
    typealias S = DataJSONTestSupport

    @Test func extensionValuesRoundTrip() throws {
        let values: [Value] = [
            .decimal(CedarDecimal(scaled: -1)), .ipaddr(IPAddr(isIPv4: true, address: 0x0A00_0001, prefixLength: 8)),
            .datetime(CedarDatetime(milliseconds: 1_704_070_800_000)), .duration(CedarDuration(milliseconds: -90_000)),
            // Past year 9999: written as an offset from the epoch.
            .datetime(CedarDatetime(milliseconds: 300_000_000_000_000)),
        ]
        for value in values {
            let json = try ValueJSON.json(for: value)
            #expect(try ValueJSON.value(from: json) == value, "\(json.serialized())")
        }
    }
}
