import FeedModel
import FeedXML

/// Drops the characters XML 1.0 forbids from every text field, with a warning per field,
/// so that all three formats publish the same text and nothing is lost silently.
struct ForbiddenCharacters {
    private(set) var warnings: [BuildWarning] = []
    let locations: [String: String]

    init(locations: [String: String]) {
        self.locations = locations
    }

    mutating func clean(_ entries: [Entry]) -> [Entry] {
        entries.map { clean($0) }
    }

    private mutating func clean(_ entry: Entry) -> Entry {
        var entry = entry
        let location = locations[entry.id] ?? entry.id
        entry.title = clean(entry.title, field: "title", of: entry.title, at: location)
        if let summary = entry.summary {
            entry.summary?.value = clean(summary.value, field: "summary", of: entry.title, at: location)
        }
        if let content = entry.content {
            entry.content?.value = clean(content.value, field: "content", of: entry.title, at: location)
        }
        for index in entry.categories.indices {
            let term = entry.categories[index].term
            entry.categories[index].term = clean(term, field: "category", of: entry.title, at: location)
        }
        return entry
    }

    private mutating func clean(_ text: String, field: String, of title: String, at location: String)
        -> String
    {
        let (result, removed) = XMLCharacters.removingForbidden(text)
        if removed > 0 {
            warnings.append(
                BuildWarning(
                    location: location,
                    message: "dropped \(removed) character(s) that XML 1.0 forbids from the \(field) of "
                        + "\"\(XMLCharacters.removingForbidden(title).text)\""))
        }
        return result
    }
}
