import Foundation
@testable import PamphletServer
import XCTest

/// The reload script as a browser runs it, in Node with a stand-in for the
/// page and for EventSource (skipped, saying so, where Node is not installed;
/// `make unit-test` installs it and fails the test without it).
final class ReloadScriptTests: XCTestCase {
    static let harness = #"""
const script = require('fs').readFileSync(0, 'utf8').replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
const log = [];
const listeners = {};
global.window = { EventSource: true };
global.EventSource = function (url) { log.push('open ' + url); this.addEventListener = (n, f) => { listeners[n] = f; }; };
const links = [{ h: '/assets/style.1.css', getAttribute() { return this.h; }, setAttribute(_, v) { this.h = v; } }];
let overlay = null;
global.document = {
  getElementById: (id) => (id === 'pamphlet-serve-overlay' ? overlay : null),
  querySelectorAll: () => links,
  body: { insertAdjacentHTML: (where, html) => { overlay = { remove() { overlay = null; } }; log.push('overlay ' + html); } },
};
global.location = { pathname: '/genes/dna/', reload: () => log.push('reload') };
eval(script);
const send = (name, data) => listeners[name]({ data: typeof data === 'string' ? data : JSON.stringify(data) });
send('hello', { build: 4, failed: false });           // same build: nothing
send('reload', { build: 5, paths: ['/other/'] });     // another page: nothing, build becomes 5
send('hello', { build: 5, failed: false });           // reconnect, same build: nothing
send('reload', { build: 6, paths: ['/genes/dna/'] }); // this page: reload
send('css', { build: 7, replacements: { '/assets/style.1.css': '/assets/style.2.css' } });
send('failed', '<div id="pamphlet-serve-overlay">x</div>');
send('reload', { build: 8, paths: ['/other/'] });     // overlay shown: reload to clear it
send('hello', { build: 9, failed: false });           // newer build on reconnect: reload
console.log(JSON.stringify({ log, href: links[0].h }));

"""#

    func testScriptReactsToEachEvent() throws {
        let node = ["/usr/bin/node", "/usr/local/bin/node", "/opt/homebrew/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let node else {
            // `make unit-test` installs Node (scripts/ensure-deps --tests) and asks for this test to run.
            let message = "Node is not installed, so the reload script was not run; scripts/ensure-deps --tests installs it"
            if ProcessInfo.processInfo.environment["PAMPHLET_REQUIRE_NODE"] == "1" { return XCTFail(message) }
            throw XCTSkip(message)
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-script-\(UUID().uuidString).js")
        defer { try? FileManager.default.removeItem(at: work) }
        try Data(Self.harness.utf8).write(to: work)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = [work.path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(LiveReload.script(build: 4).utf8))
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { process.terminate() }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, text)
        let result = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
        XCTAssertEqual(result["log"] as? [String], [
            "open /__pamphlet/events",
            "reload",  // a reload naming this page
            "overlay <div id=\"pamphlet-serve-overlay\">x</div>",
            "reload",  // any good build after a failure
            "reload",  // reconnecting to a newer build
        ])
        XCTAssertEqual(result["href"] as? String, "/assets/style.2.css", "the stylesheet is swapped in place")
    }
}
