import Testing

@testable import FeedValidator

/// The validator's byte-level fast paths must answer exactly as the general checks they
/// stand in front of, which stay the definition.
@Suite("Byte fast paths")
struct ByteFastPathTests {
    @Test(
        "a canonical RFC 822 date reads as the general check reads it",
        arguments: [
            "Mon, 12 May 2025 16:45:00 +0300", "Tue, 12 May 2025 16:45:00 +0300",
            "Mon, 1 May 2025 16:45:00 GMT",
            "Thu, 01 May 2025 16:45 EST", "12 May 2025 16:45:00 +0300", "Mon, 31 Feb 2025 16:45:00 +0300",
            "Mon, 12 May 2025 25:45:00 +0300", "Mon, 12 May 2025 16:45:60 +0300",
            "Mon, 12 May 1980 16:45:00 Z",
            "Sat, 29 Feb 2020 23:59:59 -0930", "Mon, 12 May 2025 16:45:00 +0375",
            "mon, 12 May 2025 16:45:00 +0300",
            "Mon, 12 may 2025 16:45:00 +0300", "Mon, 12 May 25 16:45:00 +0300",
            "Mon, 123 May 2025 16:45:00 +0300",
            "Mon, 12 May 02025 16:45:00 +0300", "Mon, 12 May 2025 16:45:00 est", "Mon, 12 May 2025 16:45:00",
            "Mon, 12 May 2025 16:45:00 +0300 x", "Mon,  12 May 2025 16:45:00 +0300",
            "Mon, 12 May 2025 6:45:00 +0300",
        ])
    func rfc822(date: String) {
        let fast = RFC822Check.check(date)
        let general = RFC822Check.checkTokens(date)
        #expect(fast.date == general.date)
        #expect(fast.findings.map(\.code) == general.findings.map(\.code))
        #expect(fast.findings.map(\.detail) == general.findings.map(\.detail))
    }

    @Test(
        "e-mail addresses",
        arguments: [
            "a@b.example", "a@@b.example", "a@b", "a@.b.example", "a@b.example.", "a b@c.example",
            "a@b_c.example",
            "", "@b.example", "first.last+tag@mail.b-c.example", "José@b.example", "a@b.example\r\n",
        ])
    func email(text: String) {
        #expect(ValueCheck.isEmail(text) == ValueCheck.isEmailByCharacters(text))
    }

    @Test(
        "media types",
        arguments: [
            "audio/mpeg", "audio/mpeg; charset=x", ";audio/mpeg", "audio", "audio/mpeg/x", " audio/mpeg ",
            "audio/mp3é", "a/b;", "/mpeg", "audio/", "application/rss+xml", "text/html\r\n", "",
        ])
    func mediaType(text: String) {
        #expect(ValueCheck.isMIMEType(text) == ValueCheck.isMIMETypeByCharacters(text))
    }
}
