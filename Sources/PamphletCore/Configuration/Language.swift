/// A language the site is published in. The default one sits at the site
/// root; the others under `/CODE/` (`/es/`).
public struct Language: Sendable, Equatable {
    public var code: String
    /// The language's name in that language ("Español"), for the switcher.
    public var name: String
    public var isDefault: Bool
    /// The phone number `[!EMERGENCY]` callouts name in this language's pages, when it differs from the site's.
    public var emergencyNumber: String?

    public init(code: String, name: String? = nil, isDefault: Bool, emergencyNumber: String? = nil) {
        self.code = code
        self.name = name ?? Language.nativeNames[code] ?? code
        self.isDefault = isDefault
        self.emergencyNumber = emergencyNumber
    }

    /// Path below the site root where this language's pages live: "" or "es/".
    public var pathPrefix: String { isDefault ? "" : code + "/" }

    static let nativeNames = [
        "en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "pt": "Português", "it": "Italiano",
        "zh": "中文", "vi": "Tiếng Việt", "ar": "العربية", "ko": "한국어", "ru": "Русский", "pl": "Polski",
        "ht": "Kreyòl ayisyen", "tl": "Tagalog", "cy": "Cymraeg",
    ]

    /// `en`, `es`, `pt-BR`: what a file name suffix or hreflang can carry.
    static func isWellFormedCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { (2...4).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

extension SiteConfig {
    public var defaultLanguage: Language { languages.first { $0.isDefault } ?? languages[0] }

    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }

    /// Root-relative address of a language's home: `/health/` or `/health/es/`.
    public func homePath(language code: String) -> String {
        baseURL.path + (language(code)?.pathPrefix ?? "")
    }

    /// `languages:` in site.yml: a list of `code`, `name`, `default`.
    static func loadLanguages(_ yaml: YAMLMapping, into config: inout SiteConfig, diagnostics: inout [Diagnostic]) {
        guard let node = yaml.node("languages") else {
            config.languages = [Language(code: config.language, isDefault: true)]
            return
        }
        guard case let .sequence(items) = node else {
            diagnostics.append(yaml.error(
                "'languages' must be a list, such as:\n  - code: en\n    name: English\n    default: true\n  - code: es\n    name: Español",
                at: node, code: "config"))
            return
        }
        var languages: [Language] = []
        for item in items {
            guard let entry = YAMLMapping(item, file: yaml.file, lineOffset: yaml.lineOffset, diagnostics: &diagnostics) else { continue }
            entry.rejectUnknownKeys(["code", "name", "default", "emergency_number"], context: "languages", diagnostics: &diagnostics)
            guard let code = entry.string("code", diagnostics: &diagnostics), Language.isWellFormedCode(code) else {
                diagnostics.append(yaml.error("each language needs a 'code' such as en or es (lowercase)", at: item, code: "config"))
                continue
            }
            if languages.contains(where: { $0.code == code }) {
                diagnostics.append(yaml.error("the language '\(code)' is listed twice", at: item, code: "config"))
                continue
            }
            languages.append(Language(
                code: code, name: entry.string("name", diagnostics: &diagnostics),
                isDefault: entry.bool("default", diagnostics: &diagnostics) ?? false,
                emergencyNumber: entry.string("emergency_number", diagnostics: &diagnostics)))
        }
        guard !languages.isEmpty else {
            diagnostics.append(yaml.error("'languages' lists no language", at: node, code: "config"))
            return
        }
        let defaults = languages.filter(\.isDefault)
        if defaults.count > 1 {
            diagnostics.append(yaml.error(
                "more than one language says 'default: true' (\(defaults.map(\.code).joined(separator: ", "))); keep one",
                at: node, code: "config"))
        } else if defaults.isEmpty {
            // Without a marked default, the first listed language is the default.
            languages[0].isDefault = true
        }
        if let stated = yaml.node("language"), let code = yaml.string("language", diagnostics: &diagnostics),
           let defaultCode = languages.first(where: \.isDefault)?.code, code != defaultCode {
            diagnostics.append(yaml.error(
                "'language: \(code)' disagrees with the default in 'languages' (\(defaultCode)); remove 'language'",
                at: stated, code: "config"))
        }
        config.languages = languages
        config.language = languages.first(where: \.isDefault)!.code
    }
}
