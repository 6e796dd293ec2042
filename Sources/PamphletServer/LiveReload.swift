import Foundation
import PamphletCore
import PamphletEscaping

/// What the preview tells open pages through `/__pamphlet/events`.
enum PreviewEvent: Sendable, Equatable {
    /// Sent first on every connection: the build whose files are served, and whether the latest build failed.
    case hello(build: Int, failed: Bool)
    /// A good build finished. `paths` lists the pages that changed; nil means every page may have.
    case reload(build: Int, paths: [String]?)
    /// Only stylesheets changed: old address -> new address.
    case stylesheets(build: Int, replacements: [String: String])
    /// A build failed; `overlay` is ready-escaped HTML for the page.
    case failed(overlay: String)
    /// Keeps idle connections open through proxies and notices closed ones.
    case ping

    /// The server-sent events wire form: `event:` and `data:` lines, then a blank line.
    var wire: String {
        switch self {
        case .hello(let build, let failed):
            return Self.message("hello", json(["build": build, "failed": failed]))
        case .reload(let build, let paths):
            var payload: [String: Any] = ["build": build]
            if let paths { payload["paths"] = paths }
            return Self.message("reload", json(payload))
        case .stylesheets(let build, let replacements):
            return Self.message("css", json(["build": build, "replacements": replacements]))
        case .failed(let overlay):
            return Self.message("failed", overlay)
        case .ping:
            return ": ping\n\n"
        }
    }

    private static func message(_ name: String, _ data: String) -> String {
        // Each line of the data gets its own "data:" line; the browser joins them with "\n".
        "event: \(name)\n" + data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n"
    }

    private func json(_ value: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The browser side of the preview: a script added to every HTML response
/// (never to the files on disk), and the overlay that shows a failed build.
enum LiveReload {
    static let eventsPath = "/__pamphlet/events"

    /// The script for a page served from good build `build`. On connecting it
    /// reloads if a newer build was finished meanwhile; on `reload` it reloads
    /// when its own page changed (or when told every page may have); on `css`
    /// it swaps stylesheet links in place; on `failed` it shows the overlay.
    static func script(build: Int) -> String {
        """
        <script data-pamphlet-serve>(function(){var build=\(build);if(!window.EventSource)return;\
        var es=new EventSource("\(eventsPath)");\
        function here(){var p=location.pathname;return p.replace(/index\\.html$/,"");}\
        function overlay(){return document.getElementById("pamphlet-serve-overlay");}\
        es.addEventListener("hello",function(e){var d=JSON.parse(e.data);if(d.build!==build&&d.build>0)location.reload();});\
        es.addEventListener("reload",function(e){var d=JSON.parse(e.data);\
        if(!d.paths||d.paths.indexOf(here())>=0||overlay()){location.reload();}else{build=d.build;}});\
        es.addEventListener("css",function(e){var d=JSON.parse(e.data),links=document.querySelectorAll('link[rel~="stylesheet"]');\
        for(var i=0;i<links.length;i++){var h=links[i].getAttribute("href");if(d.replacements[h])links[i].setAttribute("href",d.replacements[h]);}\
        build=d.build;var o=overlay();if(o)o.remove();});\
        es.addEventListener("failed",function(e){var o=overlay();if(o)o.remove();document.body.insertAdjacentHTML("beforeend",e.data);});\
        })();</script>
        """
    }

    /// The failed build's diagnostics as an HTML fragment, every part escaped.
    static func overlay(_ diagnostics: [Diagnostic]) -> String {
        let shown = diagnostics.sortedForDisplay().filter { $0.severity == .error } + diagnostics.sortedForDisplay().filter { $0.severity != .error }
        let errors = diagnostics.errorCount
        var html = #"<div id="pamphlet-serve-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;"#
            + #"background:rgba(25,25,25,.94);color:#fff;font:15px/1.5 system-ui,sans-serif;padding:2rem;text-align:left">"#
        html += #"<h2 style="margin:0 0 .5rem;color:#ff8a80;font-size:1.4rem">The site did not build: "#
            + "\(errors) error\(errors == 1 ? "" : "s")</h2>"
        html += #"<p style="margin:0 0 1rem">You are seeing the last version that built. Fix the problem below and save; this page updates by itself.</p>"#
        html += #"<ul style="list-style:none;margin:0;padding:0">"#
        for diagnostic in shown.prefix(50) {
            let colour = diagnostic.severity == .error ? "#ff8a80" : "#ffd180"
            html += #"<li style="margin:0 0 .75rem"><code style="color:#80d8ff;font:14px ui-monospace,monospace">"#
                + escape(diagnostic.location) + "</code> "
                + #"<strong style="color:\#(colour)">"# + escape(diagnostic.severity.rawValue) + ":</strong> "
                + escape(diagnostic.message) + " <span style=\"color:#aaa\">[" + escape(diagnostic.code) + "]</span></li>"
        }
        if shown.count > 50 { html += "<li>… and \(shown.count - 50) more; the terminal shows them all.</li>" }
        html += "</ul></div>"
        return html
    }

    /// HTML-escaped, on one line (the overlay travels in one server-sent event line).
    /// By scalars: "\r\n" is one Character, which replacing "\r" and "\n" as Strings leaves in place.
    static func escape(_ text: String) -> String {
        var line = String.UnicodeScalarView()
        for scalar in HTMLEscaping.escape(text).unicodeScalars {
            line.append(scalar == "\r" || scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar)
        }
        return String(line)
    }

    /// Adds `insertion` before the last `</body>` (any case), or at the end when there is none.
    static func inject(_ insertion: String, into html: [UInt8]) -> [UInt8] {
        let needle = Array("</body".utf8)
        var index = html.count - needle.count
        while index >= 0 {
            var matches = true
            for offset in 0..<needle.count {
                var byte = html[index + offset]
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte != needle[offset] { matches = false; break }
            }
            if matches { break }
            index -= 1
        }
        var result: [UInt8] = []
        result.reserveCapacity(html.count + insertion.utf8.count)
        if index >= 0 {
            result.append(contentsOf: html[..<index])
            result.append(contentsOf: insertion.utf8)
            result.append(contentsOf: html[index...])
        } else {
            result.append(contentsOf: html)
            result.append(contentsOf: insertion.utf8)
        }
        return result
    }
}

/// Hands every event to each open `/__pamphlet/events` connection.
final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [Int: AsyncStream<PreviewEvent>.Continuation] = [:]
    private var nextID = 0
    private var closed = false

    var count: Int { lock.withLock { subscribers.count } }

    func subscribe() -> (id: Int, events: AsyncStream<PreviewEvent>) {
        let (stream, continuation) = AsyncStream<PreviewEvent>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id: Int? = lock.withLock {
            guard !closed else { return nil }
            nextID += 1
            subscribers[nextID] = continuation
            return nextID
        }
        guard let id else {
            continuation.finish()
            return (0, stream)
        }
        return (id, stream)
    }

    func unsubscribe(_ id: Int) {
        let continuation = lock.withLock { subscribers.removeValue(forKey: id) }
        continuation?.finish()
    }

    func broadcast(_ event: PreviewEvent) {
        for continuation in lock.withLock({ Array(subscribers.values) }) { continuation.yield(event) }
    }

    /// Ends every stream, so open connections finish and the server can stop.
    func close() {
        let all = lock.withLock { () -> [AsyncStream<PreviewEvent>.Continuation] in
            closed = true
            defer { subscribers.removeAll() }
            return Array(subscribers.values)
        }
        for continuation in all { continuation.finish() }
    }
}
