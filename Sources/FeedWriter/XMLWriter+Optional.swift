import FeedXML

extension XMLWriter {
    /// Writes `<name>text</name>` when there is a text; optional elements are omitted, not
    /// written empty.
    func element(_ name: StaticString, ifPresent text: String?) {
        guard let text else { return }
        element(name, text: text)
    }

    /// Writes the attribute when there is a value.
    func attribute(_ name: StaticString, ifPresent value: String?) {
        guard let value else { return }
        attribute(name, value)
    }
}
