import Cedar

/// Fuzz checks on JSON text and entities documents.
enum DataChecks {
    /// JSON that parses serializes, compact and pretty, to text that parses to an equal value.
    static func json(_ text: String) {
        guard let value = try? JSONParser.parse(text) else { return }
        for pretty in [false, true] {
            let written = value.serialized(pretty: pretty)
            do {
                guard try JSONParser.parse(written) == value else {
                    failure("serialized JSON parses to a different value", input: text, written)
                }
            } catch {
                failure("serialized JSON does not parse", input: text, written, error.description)
            }
        }
    }

    /// An entities document that reads writes back to a document that reads to the same store.
    static func entities(_ text: String, schema: Schema?) {
        guard let store = try? Entities(json: text, schema: schema) else { return }
        let written: String
        do {
            written = try store.jsonValue().serialized()
        } catch {
            // Records with an escape key (`__entity`, `__extn`, `__expr`) read as plain records have no JSON form.
            guard error.message.contains("reserved key") else {
                failure("entities that were read cannot be written", input: text, error.description)
            }
            return
        }
        do {
            let back = try Entities(json: written, schema: schema)
            guard back.ancestors == store.ancestors,
                back.entities.count == store.entities.count,
                back.entities.values.allSatisfy({ entity in
                    store[entity.uid].map { $0.attributes == entity.attributes && $0.tags == entity.tags } ?? false
                })
            else {
                failure("entities through JSON changed", input: text, written)
            }
        } catch {
            failure("written entities do not read back", input: text, written, error.description)
        }
    }

    /// The schema for `entities-schema` inputs without a schema of their own: every kind of attribute type.
    static let builtInSchema: Schema? = try? Schema(
        cedarSchema: """
            type Address = { street: String, zip?: Long };
            entity Group in [Group] { name: String };
            entity User in [Group] {
                name: String, age?: Long, admin: Bool, address: Address, emails: Set<String>,
                manager?: User, ip?: ipaddr, limit?: decimal, since?: datetime, ttl?: duration,
            } tags Set<String>;
            entity Color enum ["red", "green", "blue"];
            entity Doc { owner: User, color: Color, readers: Set<Group> };
            action read, write appliesTo { principal: User, resource: Doc };
            action all in [read];
            """)
}
