import Foundation

/// schema.org JSON-LD for a page's `<head>`: a `MedicalWebPage` with its
/// name, description, address, language, review facts, publisher and
/// audience, plus `about` and `specialty` from front matter.
///
/// The JSON is built as values (`JSONValue`), never pasted together from
/// text, and every `<`, `>` and `&` is written as a `\u` escape, so no page
/// text can close the `<script>` element it sits in.
enum StructuredData {
    /// What a page says about itself.
    struct PageFacts {
        var name: String
        var description: String
        /// Absolute address.
        var url: String
        var lastReviewed: CalendarDate?
        var reviewedBy: String?
        var reviewerIsOrganization = false
        /// The `about` and `specialty` front matter keys, when given.
        var about: TemplateValue?
        var specialty: TemplateValue?
        /// The page's language code; the site's default language when nil.
        var language: String?
    }

    /// The members of schema.org's MedicalSpecialty enumeration (Dermatologic,
    /// superseded by Dermatology, left out).
    static let specialties = [
        "Anesthesia", "Cardiovascular", "CommunityHealth", "Dentistry", "Dermatology", "DietNutrition", "Emergency",
        "Endocrine", "Gastroenterologic", "Genetic", "Geriatric", "Gynecologic", "Hematologic", "Infectious",
        "LaboratoryScience", "Midwifery", "Musculoskeletal", "Neurologic", "Nursing", "Obstetric", "Oncologic",
        "Optometric", "Otolaryngologic", "Pathology", "Pediatric", "PharmacySpecialty", "Physiotherapy",
        "PlasticSurgery", "Podiatric", "PrimaryCare", "Psychiatric", "PublicHealth", "Pulmonary", "Radiography",
        "Renal", "RespiratoryTherapy", "Rheumatologic", "SpeechPathology", "Surgical", "Toxicologic", "Urologic",
    ]

    /// schema.org types a page may say it is about (`about: {name: ..., type: ...}`);
    /// plain text gets `MedicalEntity`.
    static let aboutTypes = [
        "Thing", "MedicalEntity", "MedicalCondition", "InfectiousDisease", "MedicalSignOrSymptom", "MedicalRiskFactor",
        "MedicalTherapy", "TherapeuticProcedure", "MedicalProcedure", "DiagnosticProcedure", "MedicalTest", "Drug",
        "DietarySupplement", "MedicalDevice", "AnatomicalStructure", "AnatomicalSystem", "Substance",
    ]

    static let defaultAboutType = "MedicalEntity"

    // MARK: - Building

    /// The site's publisher, with the brand's logo when it has one (search
    /// engines show it beside the organisation's name).
    static func publisher(name: String, config: SiteConfig) -> [String: JSONValue] {
        var publisher: [String: JSONValue] = [
            "@type": .string("Organization"), "name": .string(name), "url": .string(config.baseURL.string),
        ]
        if let logo = config.brand.files.logo {
            publisher["logo"] = .object([
                "@type": .string("ImageObject"), "url": .string(config.baseURL.absolute(config.baseURL.path + logo.outputPath)),
            ])
        }
        return publisher
    }

    // MARK: - Front matter

    /// `about: Gene therapy`, a list of such names, or `{name: Gene therapy, type: MedicalTherapy}`.
    static func aboutValue(_ value: TemplateValue) -> JSONValue? {
        switch value {
        case .text(let name):
            let trimmed = name.trimmingCharacters(in: .horizontalSpaces)
            return trimmed.isEmpty ? nil : .object(["@type": .string(defaultAboutType), "name": .string(trimmed)])
        case .map(let fields):
            guard let name = fields["name"]?.text?.trimmingCharacters(in: .horizontalSpaces), !name.isEmpty else { return nil }
            let type = fields["type"]?.text ?? defaultAboutType
            guard aboutTypes.contains(type) else { return nil }
            return .object(["@type": .string(type), "name": .string(name)])
        case .list(let items):
            let values = items.compactMap(aboutValue)
            return values.isEmpty ? nil : .array(values)
        }
    }

    /// `specialty: Genetic` (or a list) -> `https://schema.org/Genetic`.
    static func specialtyValue(_ value: TemplateValue) -> JSONValue? {
        switch value {
        case .text(let text):
            return specialty(named: text).map { .string("https://schema.org/" + $0) }
        case .list(let items):
            let values = items.compactMap(specialtyValue)
            return values.isEmpty ? nil : .array(values)
        case .map:
            return nil
        }
    }

    /// "Genetic", "genetic", "Public health" and "https://schema.org/PublicHealth" all name a member.
    static func specialty(named text: String) -> String? {
        var key = text.trimmingCharacters(in: .horizontalSpaces)
        for prefix in ["https://schema.org/", "http://schema.org/"] where key.hasPrefix(prefix) {
            key = String(key.dropFirst(prefix.count))
        }
        key = key.replacingOccurrences(of: " ", with: "").lowercased()
        return specialties.first { $0.lowercased() == key }
    }

    /// Warnings for `about` and `specialty` values that would be left out of
    /// the page's JSON-LD.
    static func check(_ matter: FrontMatter, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func warn(_ key: String, _ message: String) {
            let position = matter.positions[key]
            diagnostics.append(.warning(message, file: file, line: position?.line, column: position?.column, code: "structured-data"))
        }
        if let specialty = matter.params["specialty"] {
            let names: [TemplateValue]
            if case let .list(items) = specialty { names = items } else { names = [specialty] }
            for name in names {
                guard let text = name.text else {
                    warn("specialty", "'specialty' must be a name such as Genetic, or a list of names")
                    continue
                }
                if self.specialty(named: text) == nil {
                    let hint = Suggestion.phrase(Suggestion.closest(to: text, in: specialties))
                    warn("specialty", "'\(text)' is not a schema.org medical specialty, so search engines will not be told it\(hint) (for example Genetic, Oncologic, PrimaryCare)")
                }
            }
        }
        if let about = matter.params["about"] {
            let items: [TemplateValue]
            if case let .list(list) = about { items = list } else { items = [about] }
            for item in items {
                switch item {
                case .text:
                    continue
                case .map(let fields):
                    for key in fields.keys where key != "name" && key != "type" {
                        warn("about", "unknown key '\(key)' in 'about' (known keys: name, type)")
                    }
                    if fields["name"]?.text?.trimmingCharacters(in: .horizontalSpaces).isEmpty ?? true {
                        warn("about", "'about' needs a name, such as {name: Gene therapy, type: MedicalTherapy}")
                    }
                    if let type = fields["type"]?.text, !aboutTypes.contains(type) {
                        let hint = Suggestion.phrase(Suggestion.closest(to: type, in: aboutTypes))
                        warn("about", "'\(type)' is not a type 'about' can have\(hint) (known types: \(aboutTypes.joined(separator: ", ")))")
                    }
                case .list:
                    warn("about", "'about' must be a name, a list of names, or {name: ..., type: ...}")
                }
            }
        }
        return diagnostics
    }
}
