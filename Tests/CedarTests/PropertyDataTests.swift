import Cedar
import PropertyBased
import Testing

/// JSON values and entity stores written out read back unchanged.
@Suite struct PropertyDataTests {
    @Test func jsonValuesSerializeAndParseBack() async throws {
        await propertyCheck(count: 300, input: CedarGen.jsonValues) { value in
            for pretty in [false, true] {
                let text = value.serialized(pretty: pretty)
                let parsed = try JSONParser.parse(text)
                #expect(parsed == value, "serialized as \(text)")
            }
        }
    }

    @Test func entitiesWriteAndReadBack() async throws {
        await propertyCheck(count: 150, input: CedarGen.entityLists) { list in
            let store = Entities(list)
            let text = try store.jsonValue().serialized()
            let back = try Entities(json: text)
            #expect(back.entities.count == store.entities.count)
            #expect(back.ancestors == store.ancestors, "written as \(text)")
            for entity in list {
                #expect(back[entity.uid]?.attributes == entity.attributes, "written as \(text)")
                #expect(back[entity.uid]?.tags == entity.tags, "written as \(text)")
            }
        }
    }
}
