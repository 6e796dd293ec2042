extension TemplateData {
    /// The pages whose `neighbourhood(of:)` holds one of `changed`: those a
    /// change to what they show of it (a title) rewrites. Making 10,000
    /// neighbourhoods took a fifth of a title change's rebuild; here each
    /// page is first ruled in or out by cheap tests that can only let too
    /// many through (its menu, its translations, its ancestors, the section
    /// it is listed in), and those let through are then asked exactly.
    func pagesShowing(_ changed: Set<Int>) -> Set<Int> {
        guard !changed.isEmpty else { return [] }
        var menuHits: [(language: String, hit: Bool)] = []
        func menuHit(_ language: String) -> Bool {
            if let known = menuHits.first(where: { $0.language == language }) { return known.hit }
            let hit = menuPages(language: language).contains(where: changed.contains)
            menuHits.append((language, hit))
            return hit
        }
        let changedKeys = Set(changed.map { tree.pages[$0].translationKey })
        // Sections that list a changed page, or whose own page changed (`listing`, `previous`, `next`).
        var listing = Set<Int>()
        for section in tree.sections.values where changed.contains(section.page) || section.children.contains(where: changed.contains) {
            listing.insert(section.page)
        }
        let parents = tree.pages.indices.map { tree.parentSection(of: $0)?.page ?? -1 }
        // Whether a page's ancestry (itself included) holds a changed page: 0 not known, 1 no, 2 yes.
        var underChanged = [UInt8](repeating: 0, count: tree.pages.count)
        func isUnderChanged(_ index: Int) -> Bool {
            var chain: [Int] = []
            var current = index
            var answer = false
            while current >= 0, underChanged[current] == 0, chain.count <= tree.pages.count {
                if changed.contains(current) { answer = true; break }
                chain.append(current)
                current = parents[current]
            }
            if current >= 0, underChanged[current] != 0 { answer = underChanged[current] == 2 }
            if current >= 0, changed.contains(current) { answer = true }
            for page in chain { underChanged[page] = answer ? 2 : 1 }
            return answer
        }
        var showing = Set<Int>()
        for index in tree.pages.indices {
            let page = tree.pages[index]
            let maybe = page.kind != .page || isUnderChanged(index) || listing.contains(parents[index])
                || menuHit(page.language) || changedKeys.contains(page.translationKey)
            if maybe, neighbourhood(of: index).pages.contains(where: changed.contains) { showing.insert(index) }
        }
        return showing
    }
}
