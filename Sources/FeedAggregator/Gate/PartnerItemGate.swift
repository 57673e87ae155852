import FeedDates
import FeedModel
import FeedState
import FeedValidator
import FeedWriter
import Foundation

/// What every partner item passes before it can reach our feeds: plausible dates, bounded
/// text, and an id that all three formats can carry. Runs on each source as it is read (in
/// parallel), in one pass; an item within every limit costs a few comparisons.
///
/// An item is repaired, never dropped: a date out of range is forgotten (the item is then
/// dated by when we first saw it, as undated items are), long text is cut, and an id our
/// validator would reject is replaced by a stable one in the site's `tag:` space.
struct PartnerItemGate {
    var limits: ItemLimits
    var now: Date
    /// The prefix of replacement ids, `tag:<authority>:partner/`.
    var namespace: String
    var sourceName: String

    /// Ids longer than this (in UTF-8 bytes) are replaced by a digest: a megabyte guid would
    /// otherwise be written in three feeds and keyed in the archive.
    static let maxIDBytes = 1_024

    struct Screened {
        var entries: [Entry]
        var notes: GateNotes
    }

    func screen(_ entries: consuming [Entry], archived: [String: ArchivedItem]) -> Screened {
        var notes = GateNotes()
        // Repaired in place: the caller hands the entries over, so nothing is copied.
        var screened = entries
        for index in screened.indices {
            checkDates(&screened[index], notes: &notes)
            checkTexts(&screened[index], notes: &notes)
            // An id the archive holds came through this gate in an earlier build: checked then.
            if archived[screened[index].id] == nil {
                checkID(&screened[index], notes: &notes)
            }
        }
        let shared = SharedIDs(base: replacementBase).split(consume screened, archived: archived)
        if let note = shared.note { notes.add(note) }
        return Screened(entries: shared.entries, notes: notes)
    }

    // MARK: Dates

    private func checkDates(_ entry: inout Entry, notes: inout GateNotes) {
        if let date = entry.published, !limits.isPlausible(date, now: now) {
            notes.add(dateNote(entry, field: "publication date", date))
            entry.published = nil
        }
        if let date = entry.updated, !limits.isPlausible(date, now: now) {
            notes.add(dateNote(entry, field: "update date", date))
            entry.updated = nil
        }
    }

    private func dateNote(_ entry: Entry, field: String, _ date: Date) -> String {
        let value = FeedDateFormat.rfc3339(date, in: TimeZone(identifier: "UTC")!)
        let reason =
            date < limits.earliestDate
            ? "is before limits.earliestDate"
            : "is more than limits.futureDates ahead of the build"
        return "\(GateNotes.item(entry.title, id: entry.id)): \(field) \(value) \(reason); "
            + "treated as undated (dated by when the item was first seen)"
    }

    // MARK: Text

    private func checkTexts(_ entry: inout Entry, notes: inout GateNotes) {
        if let cut = TextCut.title(entry.title, limit: limits.titleLength) {
            notes.add(
                cutNote(
                    entry, field: "title", from: entry.title, key: "titleLength", limit: limits.titleLength))
            entry.title = cut
        }
        checkText(
            \.summary, of: &entry, field: "summary", key: "summaryLength", limit: limits.summaryLength,
            notes: &notes)
        checkText(
            \.content, of: &entry, field: "content", key: "contentLength", limit: limits.contentLength,
            notes: &notes)
    }

    /// Cuts the summary or the content to `limit` (the setting `limits.<key>`), with a note.
    private func checkText(
        _ text: WritableKeyPath<Entry, Text?>, of entry: inout Entry, field: String, key: String, limit: Int,
        notes: inout GateNotes
    ) {
        guard let value = entry[keyPath: text], let cut = Self.cut(value, limit: limit) else { return }
        notes.add(cutNote(entry, field: field, from: value.value, key: key, limit: limit))
        entry[keyPath: text] = cut
    }

    private static func cut(_ text: Text, limit: Int) -> Text? {
        let cut =
            text.kind == .html
            ? TextCut.html(text.value, limit: limit) : TextCut.prefix(text.value, characters: limit)
        return cut.map { Text($0, kind: text.kind) }
    }

    private func cutNote(_ entry: Entry, field: String, from text: String, key: String, limit: Int) -> String
    {
        "\(GateNotes.item(entry.title, id: entry.id)): \(field) of \(text.count) characters cut to "
            + "\(limit) (limits.\(key))"
    }

    // MARK: Ids

    private func checkID(_ entry: inout Entry, notes: inout GateNotes) {
        let id = entry.id
        if id.utf8.count > Self.maxIDBytes {
            var digest = StableDigest()
            digest.addField(id)
            entry.id = replacementBase + "/digest-" + digest.hex
            notes.add(
                "\(GateNotes.item(entry.title, id: id)): id of \(id.utf8.count) bytes is too long; "
                    + "published as \(GateNotes.quoted(entry.id))")
            return
        }
        // The Atom writer keeps an id that looks like an IRI as it is (and makes others one),
        // so only those can fail the validator.
        guard let finding = AtomIDCheck.error(id), AtomIdentifier.isAbsoluteIRI(id) else { return }
        entry.id = replacementBase + "/" + UniqueIDs.encoded(id)
        notes.add(
            "\(GateNotes.item(entry.title, id: id)): id is not valid in Atom (\(finding.rawValue)); "
                + "published as \(GateNotes.quoted(entry.id, limit: 200))")
    }

    /// `<namespace><source>`: where this source's replacement ids live.
    private var replacementBase: String {
        namespace + UniqueIDs.encoded(sourceName)
    }
}
