import Testing

@testable import Cedar

@Test func entityHierarchyIsTransitive() {
    let a = EntityUID(type: Name("G"), id: "a")
    let b = EntityUID(type: Name("G"), id: "b")
    let u = EntityUID(type: Name("U"), id: "u")
    let store = Entities([Entity(uid: u, parents: [a]), Entity(uid: a, parents: [b])])
    #expect(store.isDescendant(u, of: b))
    #expect(!store.isDescendant(b, of: u))
}
