/// Which templates each template includes (`{{> partials/footer}}`) or
/// extends (`{{< base}}`), read from its text, to refuse a theme whose
/// templates include themselves: swift-mustache would follow the loop until
/// the program's stack runs out, and the build would crash instead of
/// saying what is wrong.
struct TemplateIncludes {
    struct Include: Equatable {
        var name: String
        /// 1-based line in the writer's file.
        var line: Int
    }

    /// The templates `source` names, in order, following `{{=<% %>=}}` changes of delimiters.
    static func includes(in source: String) -> [Include] {
        includes(tags(in: source))
    }

    static func includes(_ tags: [(text: String, line: Int)]) -> [Include] {
        tags.compactMap { tag in
            guard let kind = tag.text.first, kind == ">" || kind == "<" else { return nil }
            let name = tag.text.dropFirst().trimmingCharacters(in: .whitespaces)
            // `{{>*name}}` names its partial at render time: nothing to follow here.
            return name.isEmpty || name.hasPrefix("*") ? nil : Include(name: name, line: tag.line)
        }
    }

    /// Sections may nest this deep: swift-mustache reads them by recursion, and a
    /// theme nesting thousands would overflow the stack. Real themes nest a few.
    static let deepestNesting = 100

    /// The first tag that nests sections (`{{#x}}`, `{{^x}}`, blocks, parents)
    /// deeper than `deepestNesting`, as its line; nil when none does.
    static func tooDeep(_ source: String) -> Int? {
        tooDeep(tags(in: source))
    }

    static func tooDeep(_ tags: [(text: String, line: Int)]) -> Int? {
        var depth = 0
        for tag in tags {
            switch tag.text.first {
            case "#", "^", "$", "<":
                depth += 1
                if depth > deepestNesting { return tag.line }
            case "/":
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return nil
    }

    /// Every tag's text (trimmed, without its delimiters) and 1-based line.
    static func tags(in source: String) -> [(text: String, line: Int)] {
        let bytes = Array(source.utf8)
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var found: [(text: String, line: Int)] = []
        var line = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                line += 1
                index += 1
                continue
            }
            guard matches(open, in: bytes, at: index) else {
                index += 1
                continue
            }
            let start = index + open.count
            // A triple mustache `{{{name}}}` ends with one more brace, left after the tag.
            var end = start
            while end < bytes.count, !matches(close, in: bytes, at: end) { end += 1 }
            guard end < bytes.count else { break }
            let tag = bytes[start..<end]
            let text = String(decoding: tag, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            found.append((text, line))
            if text.count > 2, text.hasPrefix("="), text.hasSuffix("=") {
                let parts = text.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
                if parts.count == 2 {
                    open = Array(parts[0].utf8)
                    close = Array(parts[1].utf8)
                }
            }
            line += tag.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            index = end + close.count
        }
        return found
    }

    private static func matches(_ needle: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard !needle.isEmpty, index + needle.count <= bytes.count else { return false }
        for offset in needle.indices where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// Each loop of includes once, as the names in it from its first
    /// template (in name order) back to that template.
    static func loops(_ graph: [String: [Include]]) -> [[String]] {
        enum State { case visiting, done }
        var state: [String: State] = [:]
        var path: [String] = []
        var loops: [[String]] = []
        // Depth-first, without recursion: a theme's own depth must not be what overflows.
        for root in graph.keys.sorted() where state[root] == nil {
            var stack: [(name: String, next: Int)] = [(root, 0)]
            state[root] = .visiting
            path.append(root)
            while let top = stack.last {
                let edges = graph[top.name] ?? []
                guard top.next < edges.count else {
                    state[top.name] = .done
                    path.removeLast()
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let child = edges[top.next].name
                guard graph[child] != nil else { continue }
                switch state[child] {
                case .visiting:
                    if let start = path.firstIndex(of: child) { loops.append(Array(path[start...]) + [child]) }
                case .done:
                    continue
                case nil:
                    state[child] = .visiting
                    path.append(child)
                    stack.append((child, 0))
                }
            }
        }
        return loops
    }
}
