import Foundation
import PamphletCore
import TOMLKit
import Yams

/// The front matter of a page written for Hugo, Jekyll or Metalsmith:
/// YAML between `---` lines or TOML between `+++` lines.
struct SourceFrontMatter {
    var values: [String: SourceValue] = [:]
    /// Line in the file of each top-level key, for the report.
    var lines: [String: Int] = [:]
    var body: Substring
    /// 1-based line of the body's first line in the file.
    var bodyStartLine: Int
    /// The front matter as written, for what the old site's templates made of it (`id: get`).
    var frontMatterText = ""

    enum Format { case yaml, toml, none }

    /// Nil and a reason when the block is there but cannot be read.
    static func read(_ text: String) -> (SourceFrontMatter, problem: (line: Int, message: String)?) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        // Hugo reads front matter after blank lines at the top of a file; they become blank lines in the body's place.
        let leading = lines.prefix { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }.count
        if leading > 0, leading < lines.count, ["---", "+++"].contains(lines[leading].trimmingCharacters(in: .whitespaces)) {
            var (matter, problem) = read(lines[leading...].joined(separator: "\n") + "\n")
            matter.bodyStartLine += leading
            matter.lines = matter.lines.mapValues { $0 + leading }
            problem?.line += leading
            return (matter, problem)
        }
        let first = lines.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let format: Format = first == "---" ? .yaml : first == "+++" ? .toml : .none
        guard format != .none else { return (SourceFrontMatter(body: Substring(text), bodyStartLine: 1), nil) }
        let marker = format == .yaml ? ["---", "..."] : ["+++"]
        guard let close = lines.indices.dropFirst().first(where: { marker.contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else {
            return (SourceFrontMatter(body: Substring(text), bodyStartLine: 1), (1, "its front matter is never closed, so it was copied as text"))
        }
        let block = lines[1..<close].joined(separator: "\n")
        // The body starts after the closing line, at the same place in the text.
        var offset = 0
        for line in lines[...close] { offset += line.utf8.count + 1 }
        let utf8 = text.utf8
        let bodyStart = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
        var matter = SourceFrontMatter(body: text[bodyStart...], bodyStartLine: close + 2)
        matter.frontMatterText = block
        for (number, line) in lines[1..<close].enumerated() {
            // Top-level keys start at the left edge: `title:` or `title =`.
            guard let first = line.first, first.isLetter || first == "_" || first == "\"" else { continue }
            let key = line.prefix { $0 != ":" && $0 != "=" && $0 != " " }.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if matter.lines[key] == nil { matter.lines[key] = number + 2 }
        }
        do {
            switch format {
            case .toml:
                let table = try TOMLTable(string: block)
                for key in table.keys { if let value = table[key] { matter.values[key] = SourceValue(value) } }
            case .yaml:
                if let node = try YAMLMapping.compose(block), case let .table(entries) = SourceValue(node) {
                    matter.values = entries
                }
            case .none:
                break
            }
        } catch let error as TOMLParseError {
            return (matter, (error.source.begin.line + 1, "its TOML front matter could not be read (\(error.description)); fix it and import again"))
        } catch let limit as YAMLAliasLimit {
            return (matter, (limit.line + 1, "its YAML front matter could not be read (\(limit.message)); fix it and import again"))
        } catch let error as YamlError {
            return (matter, (2, "its YAML front matter could not be read (\(String(describing: error).prefix(200))); fix it and import again"))
        } catch {
            return (matter, (2, "its front matter could not be read (\(error))"))
        }
        return (matter, nil)
    }
}
