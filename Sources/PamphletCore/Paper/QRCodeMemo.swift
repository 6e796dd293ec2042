import Foundation

/// Each page's QR code, encoded once per build: the page and its section's
/// printable page both print it, and libqrencode's choice of a mask is most of
/// a code's cost (encoding every page twice took a fifth of a build's CPU).
/// The codes are kept as their modules; their SVG paths are made at each use.
final class QRCodeMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var codes: [String: QRCode?] = [:]

    /// The code of `address`; nil when it is too long for one.
    func code(_ address: String) -> QRCode? {
        lock.lock()
        let known = codes[address]
        lock.unlock()
        if let known { return known }
        // Encoded outside the lock: two threads may both encode an address, to the same code.
        let code = QRCode(address)
        lock.lock()
        codes[address] = code
        lock.unlock()
        return code
    }
}
