/// A generator whose files can be written in parts by different threads.
/// In a full build, the threads that finish the pages early take what is
/// left of such a generator part by part, instead of one thread writing all
/// of it while the other core waits.
protocol SplittableGenerator: Generator {
    /// At most `count` generators that together write what this one writes,
    /// each a part of it, in its order.
    func parts(_ count: Int, in tree: SiteTree) -> [Self]
    /// What the whole generator would have said, from what its parts said, in order.
    static func combined(_ findings: [[Diagnostic]]) -> [Diagnostic]
}

extension PrintSectionGenerator: SplittableGenerator {
    func parts(_ count: Int, in tree: SiteTree) -> [PrintSectionGenerator] {
        let sections = Self.sections(tree).map(\.page).filter { only?.contains($0) ?? true }
        guard count > 1, sections.count > 1 else { return [self] }
        let size = (sections.count + count - 1) / count
        return stride(from: 0, to: sections.count, by: size).map { start in
            PrintSectionGenerator(only: Set(sections[start..<min(start + size, sections.count)]))
        }
    }

    /// The whole generator stops at its first problem and says nothing else.
    static func combined(_ findings: [[Diagnostic]]) -> [Diagnostic] {
        findings.first { !$0.isEmpty } ?? []
    }
}
