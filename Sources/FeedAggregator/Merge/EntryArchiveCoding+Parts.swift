import FeedJSON
import FeedModel
import Foundation

/// The entry's parts, each written with its keys sorted and read back with the rules
/// `Codable` applied: a required key missing or any value of the wrong type makes the
/// whole payload unreadable, an optional key may be absent or `null`.
extension EntryArchiveCoding {
    static func write(_ json: inout JSONWriter, _ person: Person) {
        json.object(.inline) { json in
            json.optional("email", person.email) { $0.string($1) }
            json.required("name") { $0.string(person.name) }
            json.optional("uri", person.uri) { $0.string($1) }
        }
    }

    static func write(_ json: inout JSONWriter, _ category: Category) {
        json.object(.inline) { json in
            json.optional("label", category.label) { $0.string($1) }
            json.optional("scheme", category.scheme) { $0.string($1) }
            json.required("term") { $0.string(category.term) }
        }
    }

    static func write(_ json: inout JSONWriter, _ text: Text) {
        json.object(.inline) { json in
            json.required("kind") { $0.string(text.kind.rawValue) }
            json.required("value") { $0.string(text.value) }
        }
    }

    static func write(_ json: inout JSONWriter, _ enclosure: Enclosure) {
        json.object(.inline) { json in
            json.optional("length", enclosure.length) { $0.integer($1) }
            json.required("mimeType") { $0.string(enclosure.mimeType) }
            json.optional("title", enclosure.title) { $0.string($1) }
            json.required("url") { $0.string(enclosure.url) }
        }
    }

    static func write(_ json: inout JSONWriter, _ link: Link) {
        json.object(.inline) { json in
            json.required("href") { $0.string(link.href) }
            json.optional("hreflang", link.hreflang) { $0.string($1) }
            json.optional("length", link.length) { $0.integer($1) }
            json.required("rel") { $0.string(link.rel) }
            json.optional("title", link.title) { $0.string($1) }
            json.optional("type", link.type) { $0.string($1) }
        }
    }

    static func write(_ json: inout JSONWriter, _ origin: Origin) {
        json.object(.inline) { json in
            json.required("feedURL") { $0.string(origin.feedURL) }
            json.required("name") { $0.string(origin.name) }
            json.optional("siteURL", origin.siteURL) { $0.string($1) }
        }
    }

    static func person(_ value: JSONValue) -> Person? {
        guard let object = value.object, let name = object["name"]?.string else { return nil }
        var person = Person(name: name)
        guard decodeOptional(object["email"], \.string, into: &person.email),
            decodeOptional(object["uri"], \.string, into: &person.uri)
        else { return nil }
        return person
    }

    static func category(_ value: JSONValue) -> Category? {
        guard let object = value.object, let term = object["term"]?.string else { return nil }
        var category = Category(term: term)
        guard decodeOptional(object["scheme"], \.string, into: &category.scheme),
            decodeOptional(object["label"], \.string, into: &category.label)
        else { return nil }
        return category
    }

    static func text(_ value: JSONValue) -> Text? {
        guard let object = value.object, let kind = object["kind"]?.string.flatMap(Text.Kind.init(rawValue:)),
            let text = object["value"]?.string
        else { return nil }
        return Text(text, kind: kind)
    }

    static func enclosure(_ value: JSONValue) -> Enclosure? {
        guard let object = value.object, let url = object["url"]?.string,
            let mimeType = object["mimeType"]?.string
        else { return nil }
        var enclosure = Enclosure(url: url, mimeType: mimeType)
        guard decodeOptional(object["length"], int64, into: &enclosure.length),
            decodeOptional(object["title"], \.string, into: &enclosure.title)
        else { return nil }
        return enclosure
    }

    static func link(_ value: JSONValue) -> Link? {
        guard let object = value.object, let href = object["href"]?.string, let rel = object["rel"]?.string
        else { return nil }
        var link = Link(href: href, rel: rel)
        guard decodeOptional(object["type"], \.string, into: &link.type),
            decodeOptional(object["title"], \.string, into: &link.title),
            decodeOptional(object["hreflang"], \.string, into: &link.hreflang),
            decodeOptional(object["length"], int64, into: &link.length)
        else { return nil }
        return link
    }

    static func origin(_ value: JSONValue) -> Origin? {
        guard let object = value.object, let name = object["name"]?.string,
            let feedURL = object["feedURL"]?.string
        else { return nil }
        var origin = Origin(name: name, feedURL: feedURL)
        guard decodeOptional(object["siteURL"], \.string, into: &origin.siteURL) else { return nil }
        return origin
    }

    static func date(_ value: JSONValue) -> Date? {
        value.number.map(Date.init(timeIntervalSince1970:))
    }

    static func int64(_ value: JSONValue) -> Int64? {
        switch value {
        case .integer(let number): Int64(number)
        case .double(let number): Int64(exactly: number)
        default: nil
        }
    }

    /// The elements of a required array, `nil` when it is missing or any element is unreadable.
    static func list<Element>(_ value: JSONValue?, _ read: (JSONValue) -> Element?) -> [Element]? {
        guard let elements = value?.array else { return nil }
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard let item = read(element) else { return nil }
            result.append(item)
        }
        return result
    }

    /// Reads an optional member into `target`: absent or `null` leaves it `nil`; `false`
    /// when the value is there but unreadable.
    static func decodeOptional<Value>(
        _ value: JSONValue?, _ read: (JSONValue) -> Value?, into target: inout Value?
    ) -> Bool {
        guard let value, value != .null else { return true }
        target = read(value)
        return target != nil
    }
}

extension JSONWriter {
    /// `"key": value` with `write`, left out when `value` is absent.
    mutating func optional<Value>(
        _ key: StaticString, _ value: Value?, _ write: (inout JSONWriter, Value) -> Void
    ) {
        guard let value else { return }
        self.key(key)
        write(&self, value)
    }

    /// `"key": ` and the value `body` writes.
    mutating func required(_ key: StaticString, _ body: (inout JSONWriter) -> Void) {
        self.key(key)
        body(&self)
    }

    /// `"key": [...]`, one element per value, written even when empty.
    mutating func array<Value>(
        _ key: StaticString, _ values: [Value], _ write: (inout JSONWriter, Value) -> Void
    ) {
        self.key(key)
        array(.inline) { json in
            for value in values {
                json.element()
                write(&json, value)
            }
        }
    }
}
