/// A table of the ids taken on a page and the last number each was given,
/// as `MarkdownRenderer.uniqueID` reads and writes it.
protocol TakenIDs {
    subscript(_ id: String) -> Int? { get set }
}

extension Dictionary: TakenIDs where Key == String, Value == Int {}

/// The ids taken on a page: a few (its headings and notes) on most pages,
/// kept in a list searched in turn, and a Dictionary only past `limit`
/// (making and filling a Dictionary, which hashes every id, for every page
/// showed in profiles). Ids are compared as Strings either way, so the
/// answers are the Dictionary's.
struct UsedIDs: TakenIDs {
    private var list: [(id: String, number: Int)] = []
    private var table: [String: Int]?
    private static let limit = 32

    subscript(_ id: String) -> Int? {
        get {
            if let table { return table[id] }
            return list.first(where: { $0.id == id })?.number
        }
        set {
            if table != nil {
                table![id] = newValue
                return
            }
            if let index = list.firstIndex(where: { $0.id == id }) {
                if let newValue { list[index].number = newValue } else { list.remove(at: index) }
            } else if let newValue {
                list.append((id, newValue))
                // Past a few, a search per id would make a long page quadratic.
                if list.count > Self.limit { table = Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0.number) }) }
            }
        }
    }
}
