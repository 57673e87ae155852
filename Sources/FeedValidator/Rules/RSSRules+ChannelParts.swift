/// The channel's small structured parts: `textInput`, `skipHours` and `skipDays`.
extension RSSRules {
    static let textInputElements = ["title", "description", "name", "link"]
    static let dayNames: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    func checkTextInput(_ input: ElementNode, context: inout ValidationContext) {
        context.checkNoText(input)
        for name in Self.textInputElements where !input.has(name, "") {
            context.report(.missingElement, input, child: name)
        }
        context.checkDuplicates(input, Self.textInputElements, namespaceURI: "")
        if let title = input.child("title", "") { context.checkPlainText(title) }
        if let name = input.child("name", ""), !Self.isFormComponentName(name.trimmedText) {
            context.report(.invalidFormComponentName, name, value: name.trimmedText)
        }
        if let link = input.child("link", "") {
            context.checkURL(link.trimmedText, link, full: true, iri: false)
        }
    }

    /// The name a CGI script receives the text under: the W3C validator wants an
    /// identifier starting with a letter; `-`, which XML names allow too, is accepted.
    static func isFormComponentName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let first = bytes.first, ASCIIClass.isLetter(first) else { return false }
        return bytes.dropFirst().allSatisfy { ASCIIClass.isAlphanumeric($0) || "_.:-".utf8.contains($0) }
    }

    /// Hours 0–23, each at most once (`7` and `07` are the same hour), and at least one.
    func checkSkipHours(_ node: ElementNode, context: inout ValidationContext) {
        let hours = node.children("hour", "")
        if hours.isEmpty { context.report(.missingElement, node, child: "hour") }
        if hours.count > 24 { context.report(.notEnoughHoursInTheDay, node) }
        var seen: Set<Int> = []
        for hour in hours {
            let value = hour.trimmedText
            guard let number = ValueCheck.integer(value), (0...23).contains(number) else {
                context.report(.invalidHour, hour, value: value)
                continue
            }
            if !seen.insert(number).inserted { context.report(.duplicateValue, hour, value: value) }
        }
    }

    /// English day names, each at most once, and at least one.
    func checkSkipDays(_ node: ElementNode, context: inout ValidationContext) {
        let days = node.children("day", "")
        if days.isEmpty { context.report(.missingElement, node, child: "day") }
        if days.count > 7 { context.report(.eightDaysAWeek, node) }
        var seen: Set<String> = []
        for day in days {
            let value = day.trimmedText
            if !Self.dayNames.contains(value) {
                context.report(.invalidDay, day, value: value)
            } else if !seen.insert(value).inserted {
                context.report(.duplicateValue, day, value: value)
            }
        }
    }
}
