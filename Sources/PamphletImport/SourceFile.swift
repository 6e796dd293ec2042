import Foundation

/// A settings or template file of the site to import (`hugo.toml`,
/// `_config.yml`, a render hook), read only when it is a plain file inside
/// SOURCE: a symbolic link there may lead anywhere on the machine.
enum SourceFile {
    static func text(_ relative: String, in source: URL) -> String? {
        let root = realPath(source.path) ?? source.standardizedFileURL.path
        let path = source.appendingPathComponent(relative).path
        var info = stat()
        guard let real = realPath(path), real.hasPrefix(root + "/"), stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              let data = FileManager.default.contents(atPath: real) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
