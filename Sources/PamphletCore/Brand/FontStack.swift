/// The fonts `brand.font` can name: stacks of fonts already on patients'
/// devices, so no page waits for a font download.
/// (After modernfontstacks.com.)
public enum FontStack {
    public static let stacks: [(name: String, css: String)] = [
        ("system", #"system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif"#),
        ("humanist", #"Seravek, "Gill Sans Nova", Ubuntu, Calibri, "DejaVu Sans", source-sans-pro, sans-serif"#),
        ("neo-grotesque", #"Inter, Roboto, "Helvetica Neue", "Arial Nova", "Nimbus Sans", Arial, sans-serif"#),
        ("rounded", #"ui-rounded, "Hiragino Maru Gothic ProN", Quicksand, Comfortaa, Manjari, "Arial Rounded MT", "Arial Rounded MT Bold", Calibri, source-sans-pro, sans-serif"#),
        ("serif", #"Charter, "Bitstream Charter", "Sitka Text", Cambria, serif"#),
    ]

    public static var names: [String] { stacks.map(\.name) }

    public static func css(named name: String) -> String? {
        stacks.first { $0.name == name }?.css
    }
}
