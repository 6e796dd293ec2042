import Foundation
import PamphletCore
import Yams

/// A Jekyll site's published collections (`collections:` in `_config.yml`
/// with `output: true`): their pages live in `_NAME/` and were published
/// under `/NAME/...`, or at the top of the site with `permalink: /:path/`.
struct JekyllCollections {
    struct Collection: Equatable {
        var name: String
        /// Where its pages go in the new site's content: `NAME/`, or "" for `/:path/`.
        var prefix: String
        /// The collection's permalink pattern when the import cannot follow it, for the report.
        var unfollowedPattern: String?
    }

    var published: [Collection] = []

    init(source: URL) {
        guard let text = SourceFile.text("_config.yml", in: source), let node = try? YAMLMapping.compose(text),
              case let .table(settings) = SourceValue(node) else {
            self.init(nil)
            return
        }
        self.init(settings["collections"])
    }

    init(_ value: SourceValue?) {
        var entries: [(String, SourceValue?)] = []
        switch value {
        case let .table(table)?: entries = table.map { ($0.key, $0.value) }
        // `collections: [staff]` declares them without publishing them.
        case let .list(items)?: entries = items.compactMap(\.text).map { ($0, nil) }
        default: break
        }
        // A name is one folder's (`_staff/`): never a path that climbs out of the site.
        for (name, settings) in entries.sorted(by: { $0.0 < $1.0 })
        where name != "posts" && !name.isEmpty && !name.contains("/") && !name.contains("\\") && name != ".." {
            guard case let .table(options)? = settings, options["output"]?.bool == true else { continue }
            let pattern = options["permalink"]?.text ?? "/:collection/:path/"
            let normalized = pattern.replacingOccurrences(of: ":output_ext", with: "/").replacingOccurrences(of: "//", with: "/")
            switch normalized {
            case "/:path/", "/:path", ":path/", "pretty":
                published.append(Collection(name: name, prefix: "", unfollowedPattern: nil))
            case "/:collection/:path/", "/:collection/:path", ":collection/:path/":
                published.append(Collection(name: name, prefix: name + "/", unfollowedPattern: nil))
            default:
                published.append(Collection(name: name, prefix: name + "/", unfollowedPattern: pattern))
            }
        }
    }
}
