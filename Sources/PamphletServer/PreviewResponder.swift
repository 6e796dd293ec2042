import Foundation
import Hummingbird
import ServiceLifecycle
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Answers every request of the preview: the live-reload event stream, and
/// the built site's files with the reload script added to HTML.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    let hub: EventHub

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var headers = Self.commonHeaders(type: "text/plain; charset=utf-8")
            headers[.allow] = "GET, HEAD"
            return Response(status: .methodNotAllowed, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "Only GET and HEAD are allowed.\n")))
        }
        let target = request.head.path ?? "/"
        let isHead = request.method == .head
        if target == LiveReload.eventsPath || target.hasPrefix(LiveReload.eventsPath + "?") {
            return events(head: isHead)
        }
        var current = state.read()
        guard let root = current.root else {
            return failedSitePage(current, head: isHead)
        }
        var resolution = RequestPath.resolve(target, root: root)
        // A full rebuild swaps the whole folder in with two renames; a request
        // landing between them waits a moment instead of getting a 404.
        var waits = 0
        while resolution == .notFound, RequestPath.kind(of: root) != .directory, waits < 50 {
            try await Task.sleep(for: .milliseconds(10))
            waits += 1
            current = state.read()
            resolution = RequestPath.resolve(target, root: root)
        }
        switch resolution {
        case .file(let path):
            guard let bytes = Self.read(path) else { return notFound(current, root: root, head: isHead) }
            return fileResponse(bytes, path: path, status: .ok, current: current, head: isHead)
        case .redirect(let location):
            var headers = Self.commonHeaders(type: "text/plain; charset=utf-8")
            headers[.location] = location
            return Response(status: .found, headers: headers, body: Self.body("Moved to \(location)\n", head: isHead))
        case .notFound:
            return notFound(current, root: root, head: isHead)
        case .badRequest:
            return Response(status: .badRequest, headers: Self.commonHeaders(type: "text/plain; charset=utf-8"),
                            body: Self.body("Bad request.\n", head: isHead))
        }
    }

    /// The theme's 404.html with status 404.
    private func notFound(_ current: PreviewState.Value, root: String, head: Bool) -> Response {
        if let bytes = Self.read(root + "/404.html") {
            return fileResponse(bytes, path: "404.html", status: .notFound, current: current, head: head)
        }
        return Response(status: .notFound, headers: Self.commonHeaders(type: "text/plain; charset=utf-8"),
                        body: Self.body("Not found.\n", head: head))
    }

    /// Before any build has succeeded there is nothing to show but the problems.
    private func failedSitePage(_ current: PreviewState.Value, head: Bool) -> Response {
        let overlay = current.failureOverlay ?? ""
        let html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Site did not build</title></head><body>"
            + "<p>The site has not built yet.</p>" + overlay + LiveReload.script(build: 0) + "</body></html>\n"
        return Response(status: .internalServerError, headers: Self.commonHeaders(type: ContentType.html),
                        body: Self.body(html, head: head))
    }

    private func fileResponse(_ bytes: [UInt8], path: String, status: HTTPResponse.Status, current: PreviewState.Value, head: Bool) -> Response {
        let type = ContentType.forPath(path)
        var content = bytes
        if type == ContentType.html {
            content = LiveReload.inject((current.failureOverlay ?? "") + LiveReload.script(build: current.goodBuild), into: bytes)
        }
        var headers = Self.commonHeaders(type: type)
        headers[.contentLength] = String(content.count)
        let body: ResponseBody = head ? .init() : .init(byteBuffer: ByteBuffer(bytes: content))
        return Response(status: status, headers: headers, body: body)
    }

    /// `text/event-stream` that stays open: a hello, then each event as it happens.
    private func events(head: Bool) -> Response {
        var headers = Self.commonHeaders(type: "text/event-stream; charset=utf-8")
        headers[.connection] = "keep-alive"
        if head { return Response(status: .ok, headers: headers) }
        let hub = self.hub
        let state = self.state
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let (id, events) = hub.subscribe()
            defer { hub.unsubscribe(id) }
            let current = state.read()
            var opening = "retry: 1000\n\n" + PreviewEvent.hello(build: current.goodBuild, failed: current.failureOverlay != nil).wire
            if let overlay = current.failureOverlay { opening += PreviewEvent.failed(overlay: overlay).wire }
            try await writer.write(ByteBuffer(string: opening))
            try await withGracefulShutdownHandler {
                for await event in events {
                    try await writer.write(ByteBuffer(string: event.wire))
                }
            } onGracefulShutdown: {
                hub.unsubscribe(id)
            }
            try await writer.finish(nil)
        })
    }

    static func commonHeaders(type: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.xContentTypeOptions] = "nosniff"
        return headers
    }

    private static func body(_ text: String, head: Bool) -> ResponseBody {
        head ? .init() : .init(byteBuffer: ByteBuffer(string: text))
    }

    /// The whole file, or nil when it cannot be opened as a regular file.
    /// O_NOFOLLOW: the path was resolved already, so a link appearing since is refused.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                posixRead(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return bytes
    }
}

private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
    return Musl.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}
