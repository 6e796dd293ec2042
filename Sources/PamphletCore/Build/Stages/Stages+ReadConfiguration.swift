import Foundation

extension Stages {
    static func readConfiguration(_ context: BuildContext) throws {
        let file = context.folder.configFile
        guard FileManager.default.fileExists(atPath: file.path) else {
            context.diagnostics.append(.error(
                "there is no site.yml in \(context.folder.root.path); run 'pamphlet init' to start a site, or pass --source with the site folder",
                file: "site.yml", code: "config"))
            throw BuildFailure(.readConfiguration)
        }
        if let problem = SiteBoundary(context.folder).problem(file.path, display: "site.yml") {
            context.diagnostics.append(problem)
            throw BuildFailure(.readConfiguration)
        }
        switch SourceText.read(file, display: "site.yml") {
        case .failure(let diagnostic):
            context.diagnostics.append(diagnostic)
        case .success(let text):
            context.config = SiteConfig.load(text: text, file: "site.yml", diagnostics: &context.diagnostics)
            if !context.config.brand.isEmpty {
                context.config.brand.files = BrandFiles.resolve(context.config.brand, folder: context.folder, diagnostics: &context.diagnostics)
            }
        }
        if let override = context.options.baseURL {
            if let url = BaseURL(string: override) {
                context.config.baseURL = url
            } else {
                context.diagnostics.append(.error(
                    "--base-url must be an absolute http or https address such as https://health.example.org/", code: "config"))
            }
        }
        if context.options.relativeLinks { context.config.links.relative = true }
        try stopOnErrors(context, stage: .readConfiguration)
    }
}
