import Foundation

/// The files `brand:` names, read and given content-hashed output names
/// (`assets/brand/logo.1a2b3c4d5e.svg`), so hosts can cache them forever.
public struct BrandFiles: Sendable {
    public struct File: Sendable {
        public var source: URL
        /// Path in the output folder.
        public var outputPath: String
        public var width: Int?
        public var height: Int?
    }

    public var logo: File?
    public var favicon: File?
    public var touchIcon: File?
    public var extraCSS: File?
    public var shareImage: File?
    /// The generated stylesheet with the brand's custom properties.
    public var stylesheet: (path: String, text: String)?

    public init() {}

    /// Every file to copy into the output, with its output path.
    var copies: [(URL, String)] {
        [logo, favicon, touchIcon, extraCSS, shareImage].compactMap { $0.map { ($0.source, $0.outputPath) } }
    }
}

extension BrandFiles {
    /// Image types each setting accepts, with what to say when another is given.
    static let logoTypes = ["svg", "png", "jpg", "jpeg", "gif", "webp"]
    static let faviconTypes = ["svg", "png", "ico"]
    static let touchIconTypes = ["png"]
    static let shareImageTypes = ["png", "jpg", "jpeg"]

    /// Reads and checks each file of `brand` inside the site folder.
    static func resolve(_ brand: BrandSettings, folder: SiteFolder, diagnostics: inout [Diagnostic]) -> BrandFiles {
        var files = BrandFiles()
        files.logo = read(brand.logo, types: logoTypes, why: "", folder: folder, diagnostics: &diagnostics)
        if var logo = files.logo, let setting = brand.logo {
            if let width = brand.logoWidth, let height = brand.logoHeight {
                logo.width = width
                logo.height = height
            } else if logo.width == nil {
                diagnostics.append(setting.position.error(
                    "Pamphlet cannot read the size of \(setting.path) (it reads PNG, JPEG and SVG files with width and height or a viewBox); add brand.logo_width and brand.logo_height in pixels, so the page does not jump while the logo loads"))
            }
            files.logo = logo
        }
        files.favicon = read(brand.favicon, types: faviconTypes, why: "", folder: folder, diagnostics: &diagnostics)
        files.touchIcon = read(
            brand.touchIcon, types: touchIconTypes, why: " (phones and tablets show it when a page is added to the home screen)",
            folder: folder, diagnostics: &diagnostics)
        if let icon = files.touchIcon, let setting = brand.touchIcon, let width = icon.width, let height = icon.height, width != height || width < 180 {
            diagnostics.append(setting.position.warning(
                "\(setting.path) is \(width)×\(height) pixels; phones expect a square touch icon of at least 180×180"))
        }
        files.extraCSS = read(brand.extraCSS, types: ["css"], why: "", folder: folder, diagnostics: &diagnostics)
        files.shareImage = read(
            brand.shareImage, types: shareImageTypes, why: " (social sites do not show SVG or other kinds)", folder: folder, diagnostics: &diagnostics)
        if brand.needsStylesheet {
            let text = BrandStylesheet.css(for: brand)
            files.stylesheet = ("assets/brand." + ContentHash.hex(Data(text.utf8)) + ".css", text)
        }
        return files
    }

    /// The file a setting names, or nil and an error at the setting.
    private static func read(
        _ setting: BrandSettings.FileSetting?, types: [String], why: String, folder: SiteFolder, diagnostics: inout [Diagnostic]
    ) -> File? {
        guard let setting else { return nil }
        let path = setting.path
        let ext = path.fileExtension.lowercased()
        guard types.contains(ext) else {
            diagnostics.append(setting.position.error(
                "\(setting.setting) must be a \(types.map { $0.uppercased() }.joined(separator: ", ")) file\(why); '\(path)' is not"))
            return nil
        }
        let root = RealPath.resolve(folder.root.path)
        let real = RealPath.resolve(path, relativeTo: root)
        guard !path.hasPrefix("/"), RealPath.isInside(real, root) else {
            diagnostics.append(setting.position.error(
                "\(setting.setting) must name a file inside the site folder, such as content/images/\(path.fileName); '\(path)' is outside it"))
            return nil
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: real) else {
            diagnostics.append(setting.position.error(
                "\(setting.setting) names '\(path)', which does not exist; paths are relative to the folder that holds site.yml (for example content/images/\(path.fileName))"))
            return nil
        }
        let size = ext == "css" || ext == "ico" ? nil : ImageSize.of(data)
        let output = "assets/brand/" + path.fileName.removingExtension + "." + ContentHash.hex(data) + "." + ext
        return File(source: URL(fileURLWithPath: real), outputPath: output, width: size?.width, height: size?.height)
    }
}
