/// Every file a build will write and what it is written for, checked before
/// anything is written. Without it the write stage stops half-way with the
/// file system's bare words ("File name too long", "Not a directory"), or a
/// file from content/ silently replaces one Pamphlet makes.
struct OutputClaims {
    struct Claim {
        /// Path below the output folder: `topics/dna/index.html`.
        var path: String
        /// How a message names it: "the sitemap", "content/x.md".
        var owner: String
        /// The file to blame, nil for what Pamphlet makes itself.
        var file: String?
        var position: SourcePosition?
        /// What to change, for the message: "'slug' or 'url'", "the alias".
        var fix: String
        /// Copied files are written under their own name; written ones
        /// (pages, redirects) go beside it first under a longer hidden name.
        var copied = false
    }

    var claims: [Claim] = []
    /// Folders a generator fills with files named as it chooses, and their owner.
    var folders: [String: String] = [:]

    /// The file system's limits: one name, and a whole path with its final NUL.
    static let nameLimit = 255
    static let pathLimit = 4096
    /// `OutputWriter` writes `.NAME.pamphlet-new` beside a file it replaces.
    static let temporaryNameExtra = ".".utf8.count + ".pamphlet-new".utf8.count
    /// The staging folder `.NAME.staging-PID` is beside the output folder and longer than it.
    static let stagingExtra = ".".utf8.count + ".staging-".utf8.count + 10

    /// Every page's claim, made on every core: on one, making their texts kept the other idle for 17 ms in 10,000 pages.
    mutating func addPages(of tree: SiteTree, serial: Bool) {
        claims += parallelMap(Array(tree.pages.indices), serial: serial) { _, index in Self.claim(page: index, in: tree) }
    }

    private static func claim(page index: Int, in tree: SiteTree) -> Claim {
        // Field by field: a copy of the page would retain each of its texts.
        let positions = tree.pages[index].frontMatter.positions
        let key = positions["url"] != nil ? "url" : "slug"
        // A section made for a folder without _index.md is named after the folder.
        let fix = tree.pages[index].hasSourceFile ? "give the page a shorter or different '\(key)'" : "rename the folder"
        let source = tree.pages[index].source
        return Claim(path: tree.pages[index].outputPath, owner: "the page \(source)", file: source, position: positions[key], fix: fix)
    }

    mutating func add(_ redirect: Redirect) {
        claims.append(Claim(
            path: redirect.outputPath, owner: "the alias on line \(redirect.position.line) of \(redirect.source)",
            file: redirect.source, position: redirect.position, fix: "change or remove the alias"))
    }

    mutating func add(staticFile path: String) {
        claims.append(Claim(
            path: path, owner: "content/" + path, file: "content/" + path, fix: "rename or move the file", copied: true))
    }

    /// A file a generator declared (`Generator.outputs`), or a folder it fills.
    mutating func add(_ file: GeneratedFile) {
        if file.isFolder {
            folders[file.path] = file.owner
        } else {
            claims.append(Claim(path: file.path, owner: file.owner, fix: ""))
        }
    }

    /// Paths too long for the file system, and files where another output needs a folder.
    /// `outputFolder` is the absolute path the site is written to.
    func problems(outputFolder: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let budget = Self.pathLimit - 1 - outputFolder.utf8.count - Self.stagingExtra - "/".utf8.count
        var files: [String: Int] = [:]
        for (index, claim) in claims.enumerated() where files[claim.path] == nil { files[claim.path] = index }
        for claim in claims where claim.file != nil {
            if let problem = lengthProblem(claim, budget: budget) { problems.append(problem) }
        }
        // Each claim on its own, on every core; their problems in the claims' order.
        let found = parallelMap(claims) { [files] index, claim in folderProblems(claim, at: index, files: files) }
        for list in found { problems += list }
        return problems
    }

    /// Folders `claim` needs that are another output's file, or a folder a generator fills.
    private func folderProblems(_ claim: Claim, at index: Int, files: [String: Int]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let owner = folders[claim.path] {
            problems.append(.error(
                "its output /\(claim.path) is where \(owner) keeps a folder of its files; \(claim.fix)",
                file: claim.file, line: claim.position?.line, column: claim.position?.column, code: "output-path"))
        }
        // Each folder the file needs must not be another output's file, nor a folder a generator fills.
        let bytes = claim.path.utf8
        for slash in bytes.indices where bytes[slash] == UInt8(ascii: "/") {
            let folder = String(claim.path[..<slash])
            if let owner = folders[folder] {
                problems.append(.error(
                    "its output /\(claim.path) is inside /\(folder)/, where \(owner) writes its own files; \(claim.fix)",
                    file: claim.file, line: claim.position?.line, column: claim.position?.column, code: "output-path"))
                break
            }
            guard let other = files[folder], other != index else { continue }
            problems.append(folderProblem(needing: claim, folder: folder, file: claims[other]))
        }
        return problems
    }

    private func lengthProblem(_ claim: Claim, budget: Int) -> Diagnostic? {
        // No name is longer than the whole path: most paths are short enough for both limits.
        let extra = claim.copied ? 0 : Self.temporaryNameExtra
        let length = claim.path.utf8.count
        if length <= Self.nameLimit - Self.temporaryNameExtra, length + extra <= budget { return nil }
        let parts = claim.path.split(separator: "/")
        for (number, part) in parts.enumerated() {
            let isFile = number == parts.count - 1
            let limit = Self.nameLimit - (isFile && !claim.copied ? Self.temporaryNameExtra : 0)
            guard part.utf8.count > limit else { continue }
            return .error(
                "the name '\(Self.shortened(part))' in its output path is \(part.utf8.count) bytes long, and the file system allows "
                    + "\(limit) in one name; \(claim.fix)",
                file: claim.file, line: claim.position?.line, column: claim.position?.column, code: "output-path")
        }
        guard claim.path.utf8.count + extra > budget else { return nil }
        return .error(
            "its output path is \(claim.path.utf8.count) bytes long, and with the output folder's path the file system allows "
                + "\(max(budget - extra, 0)); \(claim.fix), or build into a folder with a shorter path",
            file: claim.file, line: claim.position?.line, column: claim.position?.column, code: "output-path")
    }

    /// Blames whoever a writer can change: the claim needing the folder, unless Pamphlet makes it.
    private func folderProblem(needing claim: Claim, folder: String, file other: Claim) -> Diagnostic {
        if claim.file == nil, other.file != nil {
            return .error(
                "this is published as the file /\(folder), where \(claim.owner) needs a folder; \(other.fix)",
                file: other.file, line: other.position?.line, column: other.position?.column, code: "output-path")
        }
        return .error(
            "its output /\(claim.path) needs /\(folder) to be a folder, but \(other.owner) is published there as a file; \(claim.fix)",
            file: claim.file, line: claim.position?.line, column: claim.position?.column, code: "output-path")
    }

    private static func shortened(_ part: Substring) -> String {
        part.count > 40 ? part.prefix(40) + "…" : String(part)
    }
}
