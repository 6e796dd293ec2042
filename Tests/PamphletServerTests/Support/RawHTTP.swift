import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 client over a plain socket to 127.0.0.1. Unlike
/// URLSession it sends the request target exactly as written (`/../x`,
/// `%2e%2e`, backslashes), which the path-safety tests need. Every read and
/// write has a deadline.
struct RawHTTP: Sendable {
    struct Reply: Sendable {
        var status: Int
        /// Lower-cased names.
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int
    var timeout: TimeInterval = 10

    func get(_ target: String) throws -> Reply { try send("GET", target) }

    func send(_ method: String, _ target: String, body: String? = nil) throws -> Reply {
        let socket = try Socket(port: port, timeout: timeout)
        defer { socket.close() }
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if let body { request += "Content-Length: \(body.utf8.count)\r\n" }
        request += "\r\n" + (body ?? "")
        try socket.write(Array(request.utf8))
        var buffer = [UInt8]()
        let deadline = Date().addingTimeInterval(timeout)
        // Read until the server closes the connection (Connection: close).
        while let chunk = try socket.read(until: deadline) { buffer += chunk }
        return try Self.parse(buffer, method: method)
    }

    static func parse(_ bytes: [UInt8], method: String) throws -> Reply {
        guard let end = find([13, 10, 13, 10], in: bytes) else { throw Failure(description: "no complete response head") }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[(end + 4)...])
        if method == "HEAD" { body = [] }
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            var decoder = ChunkDecoder()
            body = decoder.feed(body)
        }
        return Reply(status: status, headers: headers, body: Data(body))
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

/// Undoes `Transfer-Encoding: chunked`, fed a piece at a time.
struct ChunkDecoder {
    private var pending: [UInt8] = []
    private var remaining: Int?

    mutating func feed(_ bytes: [UInt8]) -> [UInt8] {
        pending += bytes
        var output: [UInt8] = []
        while true {
            if let count = remaining {
                guard pending.count >= count + 2 else { break }
                output += pending[..<count]
                pending.removeFirst(count + 2)
                remaining = nil
            } else {
                guard let lineEnd = RawHTTP.find([13, 10], in: pending) else { break }
                let sizeText = String(decoding: pending[..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
                pending.removeFirst(lineEnd + 2)
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else { break }
                remaining = size
            }
        }
        return output
    }
}

/// A connected TCP socket with deadlines.
final class Socket: @unchecked Sendable {
    private var descriptor: Int32

    init(port: Int, timeout: TimeInterval) throws {
        #if canImport(Glibc)
        descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw RawHTTP.Failure(description: "socket() failed") }
        var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close()
            throw RawHTTP.Failure(description: "cannot connect to 127.0.0.1:\(port) (errno \(errno))")
        }
    }

    func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw RawHTTP.Failure(description: "send failed (errno \(errno))") }
            sent += count
        }
    }

    /// The next bytes, nil at end of stream; throws when the deadline passes first.
    func read(until deadline: Date) throws -> [UInt8]? {
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw RawHTTP.Failure(description: "timed out waiting for the server") }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left, 1) * 1000))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return nil }
            return Array(buffer[..<count])
        }
    }

    func close() {
        if descriptor >= 0 {
            #if canImport(Glibc)
            _ = Glibc.close(descriptor)
            #else
            _ = Darwin.close(descriptor)
            #endif
            descriptor = -1
        }
    }

    deinit { close() }
}

/// Reads `/__pamphlet/events` as a browser's EventSource would.
final class EventStreamClient: @unchecked Sendable {
    struct Event: Equatable, Sendable {
        var name: String
        var data: String
    }

    private let socket: Socket
    private var decoder = ChunkDecoder()
    private var text = ""
    private var headerDone = false
    private var raw: [UInt8] = []
    private(set) var status = 0

    init(port: Int, timeout: TimeInterval = 10) throws {
        socket = try Socket(port: port, timeout: timeout)
        try socket.write(Array("GET /__pamphlet/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n".utf8))
    }

    /// Waits for the next event called `name` (skipping others); throws on timeout or a closed stream.
    func next(_ name: String, timeout: TimeInterval = 15) throws -> Event {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            while let event = takeEvent() {
                if event.name == name { return event }
            }
            guard let bytes = try socket.read(until: deadline) else {
                throw RawHTTP.Failure(description: "the event stream closed while waiting for '\(name)'")
            }
            receive(bytes)
        }
    }

    /// True when the server ends the stream within `timeout`.
    func waitForEnd(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            do {
                guard let bytes = try socket.read(until: deadline) else { return true }
                receive(bytes)
            } catch {
                return false
            }
        }
    }

    private func receive(_ bytes: [UInt8]) {
        if headerDone {
            text += String(decoding: decoder.feed(bytes), as: UTF8.self)
            return
        }
        raw += bytes
        guard let end = RawHTTP.find([13, 10, 13, 10], in: raw) else { return }
        let head = String(decoding: raw[..<end], as: UTF8.self)
        status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        headerDone = true
        text += String(decoding: decoder.feed(Array(raw[(end + 4)...])), as: UTF8.self)
    }

    private func takeEvent() -> Event? {
        guard let range = text.range(of: "\n\n") else { return nil }
        let block = text[..<range.lowerBound]
        text.removeSubrange(..<range.upperBound)
        var name = "message"
        var data: [String] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(":") { continue }
            if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
            if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
        }
        if data.isEmpty && name == "message" { return takeEvent() }
        return Event(name: name, data: data.joined(separator: "\n"))
    }

    func close() { socket.close() }
}
