/// What "Read content" hands on of every file's reading, in scan order: the
/// files the build publishes, the pages it leaves out, and what reading
/// found. Kept by `ReadingMemo` between builds, so a save that reads one
/// file again changes one entry instead of gathering 10,000 files' again.
struct ReadingAssembly {
    /// Every file's reading, in scan order.
    private(set) var files: [ReadFile]
    /// The readings whose page the build publishes, in order.
    private(set) var built: [ReadFile] = []
    /// Drafts, scheduled and expired pages the build leaves out.
    private(set) var unpublished: [Page] = []
    private var findings: FindingsByPosition
    var diagnostics: [Diagnostic] { findings.all }
    /// Each file's place in `built` or `unpublished` (-1: its page could not be read).
    private var slots: [Int] = []

    init(_ files: [ReadFile]) {
        self.files = files
        findings = FindingsByPosition(reservingFor: files.count)
        slots.reserveCapacity(files.count)
        built.reserveCapacity(files.count)
        for file in files {
            findings.append(file.diagnostics, file.publishChecks)
            if let page = file.page {
                if file.isBuilt {
                    slots.append(built.count)
                    built.append(file)
                } else {
                    slots.append(unpublished.count)
                    unpublished.append(page)
                }
            } else {
                slots.append(-1)
            }
        }
    }

    /// Puts in `read`, the files at `positions` read again; false (and
    /// nothing changed) when one could not be, or its page was, read; is
    /// published where the old one was not (or the other way); has a
    /// different number of findings; or too many were read: then assemble again.
    mutating func patch(_ read: [ReadFile], at positions: [Int]) -> Bool {
        guard positions.count <= IdentityChanges.patchLimit, positions.allSatisfy({ $0 < files.count }) else { return false }
        for (file, index) in zip(read, positions) {
            let old = files[index]
            guard file.isBuilt == old.isBuilt, (file.page == nil) == (old.page == nil),
                  file.diagnostics.count + file.publishChecks.count == findings.count(at: index)
            else { return false }
        }
        for (file, index) in zip(read, positions) {
            findings.replace(at: index, with: file.diagnostics + file.publishChecks)
            if let page = file.page {
                if file.isBuilt { built[slots[index]] = file } else { unpublished[slots[index]] = page }
            }
            files[index] = file
        }
        return true
    }
}
