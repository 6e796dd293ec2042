import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PamphletCore
@testable import PamphletServer
import XCTest

/// `pamphlet serve` end to end: a real server on a free port of 127.0.0.1,
/// real files, real edits. Every wait is bounded.
final class PreviewServerTests: XCTestCase {
    private var fixture: PreviewFixture?

    override func tearDown() async throws {
        if let fixture { try await fixture.stop() }
        fixture = nil
    }

    private func start(
        localTheme: Bool = false, idleTimeout: Duration = .seconds(10), prepare: (URL) throws -> Void = { _ in }
    ) async throws -> PreviewFixture {
        let started = try await PreviewFixture(localTheme: localTheme, idleTimeout: idleTimeout, prepare: prepare)
        fixture = started
        return started
    }

    // MARK: Serving

    func testServesPagesWithTheReloadScriptAndRightHeaders() async throws {
        let site = try await start()
        XCTAssertTrue(site.ready.url.hasPrefix("http://127.0.0.1:"))
        XCTAssertEqual(site.ready.siteTitle, "Genes and Health")
        XCTAssertTrue(site.ready.firstBuildSucceeded)
        let home = try await site.get("/")
        XCTAssertEqual(home.status, 200)
        XCTAssertEqual(home.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertEqual(home.headers["cache-control"], "no-store")
        XCTAssertEqual(home.headers["content-length"], String(home.body.count))
        XCTAssertTrue(home.text.contains("<title>Genes and Health</title>"))
        XCTAssertTrue(home.text.contains("new EventSource(\"/__pamphlet/events\")"))
        XCTAssertTrue(home.text.contains("</script></body>"), "the script goes just before </body>")
        // Links stay in the preview: base_url is the preview's own address.
        XCTAssertTrue(home.text.contains("<link rel=\"canonical\" href=\"\(site.ready.url)\">"))
        // The files on disk never get the script.
        let onDisk = try String(contentsOf: site.ready.servedFolder.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertFalse(onDisk.contains("__pamphlet"))
        XCTAssertTrue(site.ready.servedFolder.path.hasPrefix(site.work.path), "built into the private folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.site.appendingPathComponent("output").path), "never output/")
    }

    func testContentTypes() async throws {
        let site = try await start { root in
            let files: [String: String] = [
                "content/files/leaflet.pdf": "%PDF-1.4\n", "content/files/photo.png": "png", "content/files/photo.jpg": "jpg",
                "content/files/font.woff2": "woff2", "content/files/data.json": "{}", "content/files/app.js": "1;",
                "content/files/notes.txt": "notes", "content/files/feed.xml": "<x/>", "content/files/unknown.bin": "?",
            ]
            for (path, text) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }
        let expected = [
            "/files/leaflet.pdf": "application/pdf", "/files/photo.png": "image/png", "/files/photo.jpg": "image/jpeg",
            "/files/font.woff2": "font/woff2", "/files/data.json": "application/json",
            "/files/app.js": "text/javascript; charset=utf-8", "/files/notes.txt": "text/plain; charset=utf-8",
            "/files/feed.xml": "application/xml; charset=utf-8", "/files/unknown.bin": "application/octet-stream",
            "/images/cell-nucleus-dna.svg": "image/svg+xml", "/sitemap.xml": "application/xml; charset=utf-8",
            "/robots.txt": "text/plain; charset=utf-8",
        ]
        for (target, type) in expected {
            let reply = try await site.get(target)
            XCTAssertEqual(reply.status, 200, target)
            XCTAssertEqual(reply.headers["content-type"], type, target)
            XCTAssertEqual(reply.headers["cache-control"], "no-store", target)
        }
        let notes = try await site.get("/files/notes.txt")
        XCTAssertEqual(notes.text, "notes", "only HTML gets the script")

        let home = try await site.get("/")
        let stylesheet = try XCTUnwrap(home.text.firstMatch(of: /href="(\/assets\/style\.[0-9a-f]+\.css)"/)?.1)
        let css = try await site.get(String(stylesheet))
        XCTAssertEqual(css.status, 200)
        XCTAssertEqual(css.headers["content-type"], "text/css; charset=utf-8")
        XCTAssertFalse(css.text.contains("EventSource"))
    }

    func testURLSessionFetchesAPage() async throws {
        let site = try await start()
        let url = try XCTUnwrap(URL(string: site.ready.url + "genes-and-dna/what-is-dna/"))
        var request = URLRequest(url: url)
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try XCTUnwrap(response as? HTTPURLResponse)
        XCTAssertEqual(http.statusCode, 200)
        XCTAssertEqual(http.value(forHTTPHeaderField: "Content-Type"), "text/html; charset=utf-8")
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("What is DNA?"))
    }

    func testFolderIndexesAndRedirects() async throws {
        let site = try await start()
        let folder = try await site.get("/a-z/")
        XCTAssertEqual(folder.status, 200)
        XCTAssertTrue(folder.text.contains("A to Z"))
        let bare = try await site.get("/a-z")
        XCTAssertEqual(bare.status, 302)
        XCTAssertEqual(bare.headers["location"], "/a-z/")
        let withQuery = try await site.get("/genes-and-dna?from=menu")
        XCTAssertEqual(withQuery.status, 302)
        XCTAssertEqual(withQuery.headers["location"], "/genes-and-dna/?from=menu")
        let index = try await site.get("/genes-and-dna/index.html")
        XCTAssertEqual(index.status, 200)
        let assets = try await site.get("/assets/")
        XCTAssertEqual(assets.status, 404, "a folder without index.html is not listed")
    }

    func testMissingPagesGetTheThemes404Page() async throws {
        let site = try await start()
        for target in ["/no-such-page/", "/genes-and-dna/no-such-page", "/missing.png"] {
            let reply = try await site.get(target)
            XCTAssertEqual(reply.status, 404, target)
            XCTAssertEqual(reply.headers["content-type"], "text/html; charset=utf-8")
            XCTAssertTrue(reply.text.contains("Page not found"), target)
            XCTAssertTrue(reply.text.contains("__pamphlet/events"), target)
        }
    }

    func testOnlyGetAndHead() async throws {
        let site = try await start()
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
            let reply = try await site.send(method, "/")
            XCTAssertEqual(reply.status, 405, method)
            XCTAssertEqual(reply.headers["allow"], "GET, HEAD", method)
        }
        let get = try await site.get("/about/")
        let head = try await site.send("HEAD", "/about/")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.headers["content-length"], String(get.body.count))
        XCTAssertEqual(head.headers["content-type"], "text/html; charset=utf-8")
        let missing = try await site.send("HEAD", "/nothing-here/")
        XCTAssertEqual(missing.status, 404)
    }

    func testNoPathReadsOutsideTheServedFolder() async throws {
        let site = try await start()
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        try Data(secret.utf8).write(to: site.work.appendingPathComponent("secret.txt"))
        try FileManager.default.createDirectory(at: site.work.appendingPathComponent("secret-folder"), withIntermediateDirectories: true)
        try Data(secret.utf8).write(to: site.work.appendingPathComponent("secret-folder/index.html"))
        try Data(secret.utf8).write(to: site.site.appendingPathComponent("content/secret.txt.bak"))
        let served = site.ready.servedFolder
        try FileManager.default.createSymbolicLink(
            at: served.appendingPathComponent("leak.txt"), withDestinationURL: site.work.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(
            at: served.appendingPathComponent("leak-folder"), withDestinationURL: site.work.appendingPathComponent("secret-folder"))
        try FileManager.default.createSymbolicLink(
            at: served.appendingPathComponent("passwd"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))

        let servedName = served.lastPathComponent
        let attempts = [
            "/../secret.txt", "/../../secret.txt", "/a-z/../../secret.txt", "/..", "/../",
            "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/a-z%2f..%2f..%2fsecret.txt",
            "/..%2fsecret.txt", "/%252e%252e/secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/a-z\\..\\..\\secret.txt",
            "//etc/passwd", "///etc/passwd", "/etc/passwd", "/\(site.work.path)/secret.txt", "http://127.0.0.1/../secret.txt",
            "../secret.txt", "*", "/%00", "/index.html%00.txt", "/a-z/%00/../..", "/leak.txt", "/leak-folder/", "/leak-folder",
            "/leak-folder/index.html", "/passwd", "/../\(servedName)/../secret.txt", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/.hidden", "/%2ehidden", "/./index.html", "/%zz", "/%",
        ]
        for target in attempts {
            let reply = try await site.get(target)
            XCTAssertTrue([400, 404].contains(reply.status), "\(target) answered \(reply.status)")
            XCTAssertFalse(reply.text.contains(secret), "\(target) leaked a file from outside the served folder")
            XCTAssertFalse(reply.text.contains("root:x:0:0"), "\(target) leaked /etc/passwd")
        }
        // Ordinary percent-encoding still works.
        let encoded = try await site.get("/%61bout/")
        XCTAssertEqual(encoded.status, 200)
    }

    // MARK: Watching and reloading

    func testEditingAPageSendsReloadAndServesTheNewText() async throws {
        let site = try await start()
        let events = try await site.openEvents()
        defer { events.close() }
        try site.write("content/genes-and-dna/what-is-dna.md",
                       try site.read("content/genes-and-dna/what-is-dna.md") + "\nA sentence added while previewing.\n")
        let reload = try await site.next(events, "reload")
        // The page, and its section's printable page, which holds its text (then the search index files its new words changed).
        XCTAssertTrue(reload.data.contains("\"paths\":[\"/genes-and-dna/print/\",\"/genes-and-dna/what-is-dna/\""), reload.data)
        XCTAssertFalse(reload.data.contains("/es/search/"), "the Spanish index did not change: \(reload.data)")
        let page = try await site.get("/genes-and-dna/what-is-dna/")
        XCTAssertTrue(page.text.contains("A sentence added while previewing."))
        XCTAssertTrue(site.messages.all.contains { $0.hasPrefix("Rebuilt 2 pages") }, "\(site.messages.all)")

        // A title is shown on other pages: those reload too, and only those.
        try site.replace("content/genes-and-dna/what-is-dna.md", "title: What is DNA?", with: "title: All about DNA")
        let showing = try await site.next(events, "reload")
        for path in ["/genes-and-dna/", "/genes-and-dna/what-is-a-gene/", "/a-z/"] {
            XCTAssertTrue(showing.data.contains("\"\(path)\""), showing.data)
        }
        XCTAssertFalse(showing.data.contains("/your-care-team/"), showing.data)
        XCTAssertTrue(showing.data.contains("\"/genes-and-dna/print/\""), showing.data)
        // The sitemap, the two languages' feeds, and the English search index files the new title changed
        // (robots.txt names no page: it is not written again).
        XCTAssertTrue(site.messages.all.contains { message in
            message.firstMatch(of: /pages and (\d+) other files/).map { Int($0.1)! > 3 && Int($0.1)! < 20 } ?? false
        }, "\(site.messages.all)")
        let section = try await site.get("/genes-and-dna/")
        XCTAssertTrue(section.text.contains("All about DNA"))
    }

    func testAChangeTheKernelDoesNotReportIsSeenByTheWholeLook() async throws {
        // A page linked to a file in a hidden folder (never watched): editing the
        // file names neither it nor the link, so only the periodic whole snapshot sees it.
        let site = try await start { root in
            try FileManager.default.createDirectory(at: root.appendingPathComponent("content/.drafts"), withIntermediateDirectories: true)
            try Data("---\ntitle: Linked notes\ndescription: Notes.\n---\n\nFirst words.\n".utf8)
                .write(to: root.appendingPathComponent("content/.drafts/notes.md"))
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("content/genes-and-dna/linked-notes.md").path, withDestinationPath: "../.drafts/notes.md")
        }
        let events = try await site.openEvents()
        defer { events.close() }
        try site.write("content/.drafts/notes.md", "---\ntitle: Linked notes\ndescription: Notes.\n---\n\nSecond words.\n")
        let reload = try await site.next(events, "reload")
        XCTAssertTrue(reload.data.contains("/genes-and-dna/linked-notes/"), reload.data)
        let page = try await site.get("/genes-and-dna/linked-notes/")
        XCTAssertTrue(page.text.contains("Second words."))
    }

    func testAPageInANewFolderIsWatchedAtOnce() async throws {
        let site = try await start()
        let events = try await site.openEvents()
        defer { events.close() }
        // A first save and its reload: the watcher is watching before the folder is made.
        try site.write("content/about.md", try site.read("content/about.md") + "\nOne more line.\n")
        _ = try await site.next(events, "reload")
        try site.write("content/genes-and-dna/more/extra.md", "---\ntitle: Extra\ndescription: Extra.\n---\n\nFirst words.\n")
        _ = try await site.next(events, "reload")
        // Well before the periodic whole look (two seconds): the new folder is watched, so the save is notified.
        try await Task.sleep(for: .milliseconds(300))
        let saved = Date()
        try site.write("content/genes-and-dna/more/extra.md", "---\ntitle: Extra\ndescription: Extra.\n---\n\nSecond words.\n")
        let reload = try await site.next(events, "reload")
        XCTAssertTrue(reload.data.contains("/genes-and-dna/more/extra/"), reload.data)
        XCTAssertLessThan(Date().timeIntervalSince(saved), 1.5, "the save in the new folder was not notified")
    }

    func testABurstOfSavesIsOneRebuild() async throws {
        let site = try await start()
        let events = try await site.openEvents()
        defer { events.close() }
        let page = "content/about.md"
        let original = try site.read(page)
        for round in 1...5 {
            try site.write(page, original + "\nSave number \(round).\n")
            try await Task.sleep(for: .milliseconds(5))
        }
        _ = try await site.next(events, "reload")
        let reply = try await site.eventually("/about/") { $0.text.contains("Save number 5.") }
        XCTAssertTrue(reply.text.contains("Save number 5."))
        let rebuilds = site.messages.all.filter { $0.hasPrefix("Rebuilt") }
        XCTAssertLessThanOrEqual(rebuilds.count, 2, "\(rebuilds)")
    }

    func testBrokenEditShowsTheOverlayAndKeepsTheLastGoodPage() async throws {
        let site = try await start()
        let events = try await site.openEvents()
        defer { events.close() }
        let page = "content/genes-and-dna/what-is-dna.md"
        try site.replace(page, "## The shape of DNA", with: "## The shape of DNA\n\nSee [the chart](missing<b>chart.md).")
        let failed = try await site.next(events, "failed")
        XCTAssertTrue(failed.data.contains("pamphlet-serve-overlay"))
        XCTAssertTrue(failed.data.contains("content/genes-and-dna/what-is-dna.md:"), failed.data)
        XCTAssertTrue(failed.data.contains("missing&lt;b&gt;chart.md"), "the message is escaped: \(failed.data)")
        XCTAssertFalse(failed.data.contains("<b>chart"), failed.data)
        XCTAssertTrue(site.messages.all.contains { $0.contains("content/genes-and-dna/what-is-dna.md:") && $0.contains("error") },
                      "the terminal shows the problem: \(site.messages.all)")

        // The last good page is still served, with the overlay over it.
        let old = try await site.get("/genes-and-dna/what-is-dna/")
        XCTAssertEqual(old.status, 200)
        XCTAssertTrue(old.text.contains("What is DNA?"))
        XCTAssertFalse(old.text.contains("the chart"))
        XCTAssertTrue(old.text.contains("id=\"pamphlet-serve-overlay\""))
        XCTAssertTrue(old.text.contains("missing&lt;b&gt;chart.md"))

        // A page opened now hears about the failure at once.
        let late = try await site.openEvents()
        defer { late.close() }
        _ = try await site.next(late, "failed")

        try site.replace(page, "See [the chart](missing<b>chart.md).", with: "See [the gene page](what-is-a-gene.md).")
        let reload = try await site.next(events, "reload")
        XCTAssertFalse(reload.data.contains("paths"), "after a failure every page reloads: \(reload.data)")
        let fixed = try await site.get("/genes-and-dna/what-is-dna/")
        XCTAssertTrue(fixed.text.contains("the gene page"))
        XCTAssertFalse(fixed.text.contains("id=\"pamphlet-serve-overlay\""), "the overlay is gone after a good build")
    }

    func testRenamedAndDeletedPagesDisappear() async throws {
        let site = try await start { root in
            try Data("---\ntitle: Parking at the clinic\ndescription: Where to park.\n---\n\nPark in lot B.\n".utf8)
                .write(to: root.appendingPathComponent("content/your-care-team/parking.md"))
        }
        let events = try await site.openEvents()
        defer { events.close() }
        let before = try await site.get("/your-care-team/parking/")
        XCTAssertEqual(before.status, 200)
        try FileManager.default.moveItem(
            at: site.path("content/your-care-team/parking.md"), to: site.path("content/your-care-team/parking-and-travel.md"))
        _ = try await site.next(events, "reload")
        let renamed = try await site.get("/your-care-team/parking-and-travel/")
        XCTAssertEqual(renamed.status, 200)
        let oldAddress = try await site.get("/your-care-team/parking/")
        XCTAssertEqual(oldAddress.status, 404)

        try FileManager.default.removeItem(at: site.path("content/your-care-team/parking-and-travel.md"))
        _ = try await site.next(events, "reload")
        let deleted = try await site.get("/your-care-team/parking-and-travel/")
        XCTAssertEqual(deleted.status, 404)
        let section = try await site.get("/your-care-team/")
        XCTAssertFalse(section.text.contains("Parking at the clinic"))
    }

    func testRenamingALinkedPageReportsTheBrokenLinks() async throws {
        let site = try await start()
        let events = try await site.openEvents()
        defer { events.close() }
        let original = site.path("content/your-care-team/getting-a-second-opinion.md")
        let moved = site.path("content/your-care-team/second-opinions.md")
        try FileManager.default.moveItem(at: original, to: moved)
        let failed = try await site.next(events, "failed")
        XCTAssertTrue(failed.data.contains("getting-a-second-opinion.md"), failed.data)
        XCTAssertTrue(failed.data.contains("[broken-link]"), failed.data)
        let stillThere = try await site.get("/your-care-team/getting-a-second-opinion/")
        XCTAssertEqual(stillThere.status, 200, "the last good site is still served")
        try FileManager.default.moveItem(at: moved, to: original)
        _ = try await site.next(events, "reload")
        let back = try await site.get("/your-care-team/getting-a-second-opinion/")
        XCTAssertFalse(back.text.contains("id=\"pamphlet-serve-overlay\""))
    }

    func testStylesheetChangeSwapsTheStylesheet() async throws {
        let site = try await start(localTheme: true)
        let events = try await site.openEvents()
        defer { events.close() }
        let home = try await site.get("/")
        let old = try XCTUnwrap(home.text.firstMatch(of: /href="(\/assets\/style\.[0-9a-f]+\.css)"/)?.1)
        try site.write("themes/default/assets/style.css", try site.read("themes/default/assets/style.css") + "\nh1 { letter-spacing: .01em; }\n")
        let css = try await site.next(events, "css")
        XCTAssertTrue(css.data.contains("\"\(old)\":\"/assets/style."), css.data)
        let updated = try await site.get("/")
        XCTAssertFalse(updated.text.contains(String(old)))

        try site.replace("themes/default/templates/partials/footer.mustache", "<footer", with: "<!-- preview edit --><footer")
        _ = try await site.next(events, "reload")
        let withTemplate = try await site.get("/about/")
        XCTAssertTrue(withTemplate.text.contains("<!-- preview edit -->"))
    }

    func testSiteSettingsChangeRebuildsEverything() async throws {
        let site = try await start()
        let events = try await site.openEvents()
        defer { events.close() }
        try site.replace("site.yml", "title: Genes and Health", with: "title: Genes and You")
        _ = try await site.next(events, "reload")
        let page = try await site.get("/about/")
        XCTAssertTrue(page.text.contains("Genes and You"))
    }

    // MARK: Starting and stopping

    func testAPortInUseIsAClearError() async throws {
        let site = try await start()
        var configuration = PreviewServer.Configuration(source: site.site)
        configuration.port = site.ready.port
        configuration.temporaryFolder = site.work
        let second = PreviewServer(configuration: configuration) { _ in }
        do {
            try await second.run(handleSignals: false)
            XCTFail("a second server on the same port must not start")
        } catch let failure as PreviewServer.Failure {
            XCTAssertEqual(failure, .portInUse(host: "127.0.0.1", port: site.ready.port))
            XCTAssertTrue(failure.description.contains("--port"))
            XCTAssertFalse(failure.description.contains("\n"))
        }
    }

    /// Slowloris: clients that never finish their headers are cut off, and
    /// the server still answers everyone else.
    func testClientsThatTrickleTheirHeadersAreClosed() async throws {
        let site = try await start(idleTimeout: .seconds(1))
        let port = site.ready.port
        let closed = try await blocking { () -> Int in
            let sockets = try (0..<40).map { _ in try Socket(port: port, timeout: 5) }
            defer { sockets.forEach { $0.close() } }
            for socket in sockets { try socket.write(Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a".utf8)) }
            Thread.sleep(forTimeInterval: 0.5)
            // Still trickling: one more header byte each, which must not keep the socket open.
            for socket in sockets { try? socket.write(Array("b".utf8)) }
            let deadline = Date().addingTimeInterval(6)
            // Closed means end of stream before the deadline; a timeout means it is still open.
            return sockets.filter { socket in
                do {
                    while try socket.read(until: deadline) != nil {}
                    return true
                } catch {
                    return false
                }
            }.count
        }
        XCTAssertEqual(closed, 40, "every half-sent request should be closed by the server")
        let reply = try await site.get("/")
        XCTAssertEqual(reply.status, 200)
    }

    /// The reload stream is a response in progress: the idle timeout never ends it.
    func testTheReloadStreamOutlivesTheIdleTimeout() async throws {
        let site = try await start(idleTimeout: .seconds(1))
        let events = try await site.openEvents()
        defer { events.close() }
        try await Task.sleep(for: .seconds(2.5))
        try site.replace("content/about.md", "Pamphlet", with: "Pamphlet (edited)")
        _ = try await site.next(events, "reload")
    }

    func testStopsWithPagesStillListening() async throws {
        let site = try await start()
        let events = try await site.openEvents()
        defer { events.close() }
        let clock = ContinuousClock()
        let started = clock.now
        await site.server.stop()
        _ = try await site.task.value
        XCTAssertLessThan(clock.now - started, .seconds(5))
        let ended = try await blocking { events.waitForEnd(timeout: 5) }
        XCTAssertTrue(ended, "open event streams are closed on shutdown")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.ready.servedFolder.path), "the private folder is removed")
    }

    func testASiteThatDoesNotBuildStillServesItsProblems() async throws {
        let site = try await start { root in
            let page = root.appendingPathComponent("content/about.md")
            let text = try String(contentsOf: page, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "title: About this site\n", with: "title: [unclosed\n").utf8).write(to: page)
        }
        XCTAssertFalse(site.ready.firstBuildSucceeded)
        let reply = try await site.get("/")
        XCTAssertEqual(reply.status, 500)
        XCTAssertTrue(reply.text.contains("content/about.md:"), reply.text)
        XCTAssertTrue(reply.text.contains("__pamphlet/events"))
        let events = try await site.openEvents()
        defer { events.close() }
        try site.replace("content/about.md", "title: [unclosed\n", with: "title: About this site\n")
        _ = try await site.next(events, "reload")
        let fixed = try await site.get("/about/")
        XCTAssertEqual(fixed.status, 200)
    }
}
