/// `page.qr`: what a template needs to draw the QR code of a page's address
/// as an inline SVG, all of it plain text that templates escape as usual.
enum QRCodeValues {
    /// Nil when the address is too long for a QR code (the printout still shows it as text).
    /// `memo`: codes already encoded in this build.
    static func values(address: String, memo: QRCodeMemo? = nil) -> QRContext? {
        guard let code = memo.map({ $0.code(address) }) ?? QRCode(address) else { return nil }
        return QRContext(side: code.sideWithQuietZone, path: code.svgPath, address: shortAddress(address))
    }

    /// `https://example.org/genes/` -> `example.org/genes/`: what a person types.
    static func shortAddress(_ address: String) -> String {
        for scheme in ["https://", "http://"] where address.lowercased().hasPrefix(scheme) {
            return String(address.dropFirst(scheme.count))
        }
        return address
    }
}
