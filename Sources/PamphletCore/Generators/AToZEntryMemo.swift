import Mustache

/// The preview's rendered A to Z entries, kept between builds: after a title
/// change, rendering the page's 10,000 entries again was most of the rebuild.
/// Each entry's memo key stands for everything the entry holds, so equal
/// keys render alike (`MustacheMemoizable`); swift-mustache reuses an
/// entry's list item only when the theme's item looked at nothing but the
/// entry. A full build has none.
final class AToZEntryMemo: @unchecked Sendable {
    private struct Entry: Hashable {
        var title: String
        var url: String
        var description: String
        var isSection: Bool
    }

    private let scope = TemplateMemoScope()
    private var numbers: [Entry: Int] = [:]
    private(set) var memo = MustacheRenderMemo()
    /// The templates the remembered items were rendered with.
    private var sources: [String: String] = [:]

    /// Before a build's render: forgets everything when the theme changed or
    /// entries edited away far outnumber the present ones (`present`).
    func prepare(theme: Theme, present: Int) {
        guard theme.sources != sources || numbers.count > 2 * present + 1_000 else { return }
        sources = theme.sources
        numbers.removeAll()
        memo = MustacheRenderMemo()
    }

    /// The entry with a key that equal entries share.
    func keyed(_ entry: PageSummaryContext) -> PageSummaryContext {
        let content = Entry(title: entry.title, url: entry.url, description: entry.description, isSection: entry.isSection)
        let number = numbers[content] ?? numbers.count
        if number == numbers.count { numbers[content] = number }
        var keyed = entry
        keyed.memoKey = MustacheMemoKey(scope: scope, index: number)
        return keyed
    }
}
