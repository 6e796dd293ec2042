import Foundation
import PamphletCore

/// libFuzzer target: one input is a small site (`FuzzInput`), built for real.
///
/// The build runs every stage, writing into memory (/dev/shm when it
/// exists). A crash, a hang (`-timeout`) or a memory blow-up
/// (`-rss_limit_mb`) is a finding, and so is any of the broken promises that
/// `SiteOracle` checks in what was written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSite(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let files = FuzzInput.files(Array(UnsafeBufferPointer(start: data, count: size)))
    let workspace = FuzzWorkspace.shared
    workspace.reset()
    for (relative, bytes) in files { workspace.write(relative, bytes) }

    var options = BuildOptions(source: workspace.site, output: workspace.output)
    options.today = CalendarDate(iso: "2026-01-01")!
    options.serial = true
    let result = SiteBuilder(options: options).run()
    let rawHTMLAllowed = files["site.yml"]!.range(of: Data("unsafe".utf8)) != nil
    SiteOracle.check(result, output: workspace.output, rawHTMLAllowed: rawHTMLAllowed)
    return 0
}
