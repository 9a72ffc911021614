import Cedar

/// Helpers shared by the DataJSON tests.
enum DataJSONTestSupport {
    static func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

    static func uid(_ type: String, _ id: String) -> EntityUID { EntityUID(type: Name(qualified: type), id: id) }

    /// A schema like
    /// ```
    /// entity Org;
    /// entity Group in [Org];
    /// entity Color enum ["red", "green"];
    /// entity User in [Group] { age: Long, name?: String, boss?: User, groups?: Set<Group>,
    ///                          address?: { city: String, zip?: Long }, favorite?: Color, ip?: ipaddr }
    ///     tags Long;
    /// action read, write in [read];
    /// action view in [write] appliesTo { principal: [User], resource: [Group, Org],
    ///                                   context: { mfa: Bool, level?: Long, by?: User, src?: ipaddr } };
    /// ```
    static let schema: Schema = {
        let user = Name("User")
        let group = Name("Group")
        let org = Name("Org")
        let color = Name("Color")
        let address = RecordType([
            "city": AttributeType(.string), "zip": AttributeType(.long, isRequired: false),
        ])
        let userAttributes = RecordType([
            "age": AttributeType(.long),
            "name": AttributeType(.string, isRequired: false),
            "boss": AttributeType(.entity(user), isRequired: false),
            "groups": AttributeType(.set(.entity(group)), isRequired: false),
            "address": AttributeType(.record(address), isRequired: false),
            "favorite": AttributeType(.entity(color), isRequired: false),
            "ip": AttributeType(.extension("ipaddr"), isRequired: false),
        ])
        let read = uid("Action", "read")
        let write = uid("Action", "write")
        let view = uid("Action", "view")
        let context = RecordType([
            "mfa": AttributeType(.bool),
            "level": AttributeType(.long, isRequired: false),
            "by": AttributeType(.entity(user), isRequired: false),
            "src": AttributeType(.extension("ipaddr"), isRequired: false),
        ])
        return Schema(
            entityTypes: [
                org: EntityTypeDefinition(name: org),
                group: EntityTypeDefinition(name: group, memberOfTypes: [org]),
                color: EntityTypeDefinition(name: color, enumeratedIDs: ["red", "green"]),
                user: EntityTypeDefinition(
                    name: user, memberOfTypes: [group], attributes: userAttributes, tags: .long),
            ],
            actions: [
                read: ActionDefinition(uid: read),
                write: ActionDefinition(uid: write, memberOf: [read]),
                view: ActionDefinition(
                    uid: view, memberOf: [write],
                    appliesTo: AppliesTo(principalTypes: [user], resourceTypes: [group, org], context: context)),
            ])
    }()
}
