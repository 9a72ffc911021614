import Testing

@testable import Analysis

@Suite struct ParsedURLTests {
    @Test func takesApartAFullURL() throws {
        let url = try #require(ParsedURL.parse("https://user:pw@Backboard.Railway.com:8443/graphql/v2?x=1#top"))
        #expect(url.scheme == "https")
        #expect(url.host == "backboard.railway.com")
        #expect(url.port == 8443)
        #expect(url.path == "/graphql/v2")
        #expect(url.query == "x=1")
    }

    @Test func addsTheDefaultSchemeAndPath() throws {
        let url = try #require(ParsedURL.parse("example.com"))
        #expect(url.scheme == "http")
        #expect(url.host == "example.com")
        #expect(url.path == "/")
    }

    @Test func readsIPv6Literals() throws {
        let url = try #require(ParsedURL.parse("http://[::1]:8080/x"))
        #expect(url.host == "::1")
        #expect(url.port == 8080)
    }

    @Test(arguments: ["", "http://", "http://host:99999/", "ht tp://x", "http://[::1/"])
    func rejectsWhatIsNotAURL(_ text: String) {
        #expect(ParsedURL.parse(text) == nil)
    }
}
