import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `pamphlet new`: a page with its front matter ready to fill in, written
/// only inside a site's content/ folder and never over an existing file.
public enum PageScaffold {
    /// `path` as the writer typed it, relative to `base` (the working folder).
    public static func create(
        path: String, title: String?,
        base: String = FileManager.default.currentDirectoryPath
    ) throws {
        guard path.hasSuffix(".md"), !(path as NSString).lastPathComponent.hasPrefix(".") else {
            throw SiteScaffold.Failure(description: "\(path): a page's file name must end in .md, such as content/conditions/asthma.md")
        }
        let real = RealPath.resolve(path, relativeTo: base)
        guard contentFolder(holding: real, base: base) != nil else {
            throw SiteScaffold.Failure(description: "\(path) is outside the site's content/ folder (it would be written to \(real)); "
                + "run pamphlet new in the site folder and give a path inside content/, such as content/conditions/asthma.md")
        }
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw SiteScaffold.Failure(description: "the title is empty; give the page a title, such as --title \"Asthma\"")
        }
        var info = stat()
        guard lstat(real, &info) != 0 else {
            throw SiteScaffold.Failure(description: "\(path) already exists; pamphlet new never overwrites a page")
        }
        let name = ((real as NSString).lastPathComponent as NSString).deletingPathExtension
        let folder = RealPath.parent(real)
        let pageTitle = title ?? SiteTreeBuilder.humanize(name == "_index" ? (folder as NSString).lastPathComponent : name)
        let text = """
            ---
            title: \(yamlQuoted(pageTitle))
            description: ""
            # A draft is left out of the build. Once a clinician has checked the page, add
            # reviewed: YYYY-MM-DD and reviewed_by: their name and role, then remove draft.
            draft: true
            ---

            \(ReviewGovernanceCheck.placeholders[0])

            ## A first heading

            \(ReviewGovernanceCheck.placeholders[1])

            """
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try writeNew(real, Data(text.utf8))
        } catch {
            throw SiteScaffold.Failure(description: "could not write \(path): \(SystemReason.of(error)); check that you can write to \(folder)")
        }
    }

    /// The resolved content/ folder that `real` lies strictly inside: the
    /// nearest folder above it named content/ beside a site.yml, or the
    /// content/ of the site around the working folder (which may be a link).
    static func contentFolder(holding real: String, base: String) -> String? {
        var folder = RealPath.parent(real)
        while folder != "/" {
            if (folder as NSString).lastPathComponent == "content",
               FileManager.default.fileExists(atPath: RealPath.parent(folder) + "/site.yml") {
                return folder
            }
            folder = RealPath.parent(folder)
        }
        var site = RealPath.resolve(base)
        while true {
            if FileManager.default.fileExists(atPath: site + "/site.yml") {
                let content = RealPath.resolve(site + "/content")
                return RealPath.isInside(real, content) && real != content ? content : nil
            }
            if site == "/" { return nil }
            site = RealPath.parent(site)
        }
    }

    /// Creates the file and fails if anything, even a dangling link, is already there.
    private static func writeNew(_ path: String, _ data: Data) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: data)
        try handle.close()
    }

    /// A YAML double-quoted string: whatever the title holds (a colon, `#`,
    /// `null`, quotes, a tab, a line break) it reads back as exactly this text.
    public static func yamlQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value):
                quoted += String(format: "\\u%04X", scalar.value)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
