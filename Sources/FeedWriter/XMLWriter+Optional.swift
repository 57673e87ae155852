import FeedXML

extension XMLWriter {
    /// Writes `<name>text</name>` when there is a text that is not blank; optional elements
    /// are omitted, not written empty.
    func element(_ name: StaticString, ifPresent text: String?) {
        guard let text = text.nonBlank else { return }
        element(name, text: text)
    }

    /// Writes the attribute when there is a value that is not blank.
    func attribute(_ name: StaticString, ifPresent value: String?) {
        guard let value = value.nonBlank else { return }
        attribute(name, value)
    }
}
