import Foundation

/// The site's public address, such as `https://example.org/health/`.
/// Pages are written with absolute paths under its path, so the folder
/// works from the root of a host or from a sub-path.
public struct BaseURL: Sendable, Equatable {
    /// `https://example.org` with no trailing slash.
    public let origin: String
    /// `/` or `/health/`: always starts and ends with a slash.
    public let path: String

    public init?(string: String) {
        let text = string.trimmingCharacters(in: .horizontalSpaces)
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        let afterScheme = text.index(text.firstIndex(of: ":")!, offsetBy: 3)
        let rest = text[afterScheme...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let host = rest[..<hostEnd]
        guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "?" || $0 == "#" }) else { return nil }
        var path = String(rest[hostEnd...])
        guard !path.contains("?"), !path.contains("#"), !path.split(separator: "/").contains("..") else { return nil }
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        origin = String(text[..<afterScheme]).lowercased() + host
        self.path = path
    }

    public var string: String { origin + path }

    /// The absolute address of a root-relative path such as `/health/genes/`.
    public func absolute(_ rootRelativePath: String) -> String {
        origin + rootRelativePath
    }
}
