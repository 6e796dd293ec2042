extension StructuredData {
    /// Writes a page's `MedicalWebPage` JSON-LD straight to text, with the
    /// parts every page of a build shares (publisher, site, audience) written
    /// once: building each page's object as a dictionary and sorting its keys
    /// cost more than the rest of a page's values. The text is the script-safe
    /// JSON of the same object built as JSON values, byte for byte
    /// (`StructuredDataTests` builds it so).
    struct PageWriter: Sendable {
        let defaultLanguage: String
        /// `"audience":{...},`
        private let audience: [UInt8]
        /// `"isPartOf":{...},`
        private let isPartOf: [UInt8]
        /// `"publisher":{...},`
        private let publisher: [UInt8]

        init(config: SiteConfig) {
            defaultLanguage = config.language
            let publisherName = config.publisher.isEmpty ? config.title : config.publisher
            audience = Self.member("audience", .object(["@type": .string("MedicalAudience"), "audienceType": .string("Patient")]))
            isPartOf = Self.member(
                "isPartOf", .object(["@type": .string("WebSite"), "name": .string(config.title), "url": .string(config.baseURL.string)]))
            publisher = Self.member("publisher", .object(StructuredData.publisher(name: publisherName, config: config)))
        }

        private static func member(_ key: String, _ value: JSONValue) -> [UInt8] {
            var out: [UInt8] = []
            write(key, value, into: &out)
            return out
        }

        /// The JSON-LD text of `page`: its members in the byte order of their keys, as `JSONValue` writes an object.
        func jsonLD(_ page: PageFacts) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(1024)
            out.append(contentsOf: #"{"@context":"https://schema.org","@type":"MedicalWebPage","#.utf8)
            if let about = page.about.flatMap(StructuredData.aboutValue) { Self.write("about", about, into: &out) }
            out.append(contentsOf: audience)
            if !page.description.isEmpty { Self.write("description", .string(page.description), into: &out) }
            Self.write("inLanguage", .string(page.language ?? defaultLanguage), into: &out)
            out.append(contentsOf: isPartOf)
            if let reviewed = page.lastReviewed { Self.write("lastReviewed", .string(reviewed.iso), into: &out) }
            Self.write("name", .string(page.name), into: &out)
            out.append(contentsOf: publisher)
            if let reviewer = page.reviewedBy, !reviewer.isEmpty {
                Self.write(
                    "reviewedBy",
                    .object(["@type": .string(page.reviewerIsOrganization ? "Organization" : "Person"), "name": .string(reviewer)]),
                    into: &out)
            }
            if let specialty = page.specialty.flatMap(StructuredData.specialtyValue) { Self.write("specialty", specialty, into: &out) }
            JSONValue.string("url").write(into: &out)
            out.append(UInt8(ascii: ":"))
            JSONValue.string(page.url).write(into: &out)
            out.append(UInt8(ascii: "}"))
            return String(decoding: out, as: UTF8.self)
        }

        /// `"key":value,`
        private static func write(_ key: String, _ value: JSONValue, into out: inout [UInt8]) {
            JSONValue.string(key).write(into: &out)
            out.append(UInt8(ascii: ":"))
            value.write(into: &out)
            out.append(UInt8(ascii: ","))
        }
    }
}
