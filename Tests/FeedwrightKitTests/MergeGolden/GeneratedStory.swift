import Foundation

/// A story that ten sources carry: every source whose index has the same remainder modulo
/// 200 (the `group`) carries it in the same item slot, each as a different `copy`
/// (`index / 200`).
///
/// The copies differ only in what ``ItemKey`` normalises away (quote marks, case, `ё`/`е`,
/// dashes, entities, spaces), so they are one story to the merge. Copies 0-7 are 0-21
/// minutes after the first; copies 8 and 9 are 45 and 90 minutes after it, beyond the
/// 30-minute window from the first copy but within it from some of the others.
struct GeneratedStory {
    /// Every fifth item slot, starting at 2, is a shared story.
    static func isShared(slot: Int) -> Bool { slot % 5 == 2 }

    static let copyMinutes = [0, 3, 6, 9, 12, 15, 18, 21, 45, 90]

    let slot: Int
    let group: Int

    /// When the first copy was published. The stories of slot 2 are the newest partner
    /// items, two minutes apart from 100 minutes before ``GeneratedSite/newest``, so that the
    /// published window shows which copy won (and the later copies kept beside it).
    var instant: Date {
        let minutes = slot == 2 ? 100 + group * 2 : GeneratedSource.uniqueMinutes(slot: slot, index: group)
        return GeneratedSite.newest.addingTimeInterval(-Double(minutes) * 60)
    }

    func instant(copy: Int) -> Date {
        instant.addingTimeInterval(Double(Self.copyMinutes[copy]) * 60)
    }

    /// The title as copy `copy` writes it (raw text, before any XML or JSON escaping).
    func title(copy: Int) -> String {
        let number = "\(group)/\(slot)"
        switch copy {
        case 1: return "\(number) \"Городской совет\" одобрил проект моста – всё о решении"
        case 2: return "\(number) «ГОРОДСКОЙ СОВЕТ» ОДОБРИЛ ПРОЕКТ МОСТА — ВСЁ О РЕШЕНИИ"
        case 3: return "\(number) “Городской совет” одобрил проект моста - всё о решении"
        case 4: return "\(number) «Городской совет» одобрил проект моста — все о решении"
        case 5: return "\(number) &laquo;Городской совет&raquo; одобрил проект моста &mdash; всё о решении"
        case 6: return "\(number) «городской совет» одобрил проект моста — всё о решении"
        case 7: return "\(number) Городской\u{00A0}совет одобрил  проект моста—всё о решении"
        case 9: return title(copy: 1)
        default: return "\(number) «Городской совет» одобрил проект моста — всё о решении"
        }
    }
}

/// One generated item, before it is written in a source's format.
struct GeneratedItem {
    var id: String
    var title: String
    var link: String
    /// Nil for an item without a date: it takes its first-seen time.
    var date: Date?
    var html: String
    var category: String?
}
