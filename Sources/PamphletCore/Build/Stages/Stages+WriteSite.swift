import Foundation

extension Stages {
    /// Runs each generator into a staging folder, then swaps it in. With
    /// caches, when the last write still holds but for a few files, only the
    /// generators that read what changed run, in place (`PartialWrite`).
    static func writeSite(_ context: BuildContext) throws {
        guard context.options.writeOutput, let arranged = context.tree, let theme = context.theme else { return }
        let tree = context.caches?.write.withoutPageText(arranged) ?? withoutPageText(arranged)
        let data = templateData(context, tree: tree, theme: theme)
        let generatorContext = Self.generatorContext(context, tree: tree, theme: theme, data: data)
        if let plan = context.caches?.write.partialWrite(context, tree: tree, data: data) {
            let writer = OutputWriter(
                root: context.options.output.standardizedFileURL, replacesWhole: true, relativeLinks: relativeLinks(context))
            try runGenerators(context, generatorContext, writer: writer, plan: plan)
            context.partlyWritten = writer.written
            return
        }
        if let problem = OutputSafety.problem(output: context.options.output, site: context.folder, force: context.options.force) {
            context.diagnostics.append(problem)
            throw BuildFailure(.writeSite)
        }
        let staged = StagedOutput(output: context.options.output)
        do {
            try staged.prepare()
        } catch let problem as Diagnostic {
            context.diagnostics.append(problem)
            throw BuildFailure(.writeSite)
        }
        do {
            try runGenerators(context, generatorContext, writer: OutputWriter(root: staged.staging, relativeLinks: relativeLinks(context)))
            try staged.publish()
            // What the templates read (every page's QR code among it) is freed on another
            // thread while the build reports.
            releaseElsewhere((consume generatorContext, consume data))
        } catch let problem as Diagnostic {
            staged.discard()
            context.searchMemo?.forgetWrittenIndex()
            context.diagnostics.append(problem)
            throw BuildFailure(.writeSite)
        } catch {
            staged.discard()
            context.searchMemo?.forgetWrittenIndex()
            throw error
        }
    }

    /// Runs every generator (under a partial write, those `plan` names; the
    /// others say what they said last time) and stops unless the build succeeds.
    private static func runGenerators(
        _ context: BuildContext, _ generatorContext: GeneratorContext, writer: OutputWriter, plan: PartialWrite? = nil
    ) throws {
        let split = plan == nil && !context.options.serial
        var jobs: [GeneratorJob] = [], parts: [GeneratorJob] = []
        for (number, generator) in generators(context).enumerated() {
            let again = plan == nil ? generator : plan!.rerun(generator, in: generatorContext.tree)
            guard let run = again else {
                let said = plan?.findings.first { $0.generator == generator.name }?.diagnostics ?? []
                jobs.append(GeneratorJob(name: generator.name, generator: number) { said })
                continue
            }
            if split, let splittable = run as? any SplittableGenerator {
                // Last in the queue, so whichever thread is free at the end takes the next part.
                parts += splittable.parts(Self.partsPerSplitGenerator, in: generatorContext.tree).map { part in
                    GeneratorJob(name: generator.name, generator: number, combine: type(of: splittable).combined) {
                        try part.generate(generatorContext, into: writer)
                    }
                }
                continue
            }
            jobs.append(GeneratorJob(name: generator.name, generator: number) { try run.generate(generatorContext, into: writer) })
        }
        for (name, findings) in try run(jobs + parts, serial: context.options.serial) {
            context.writeFindings.append((name, findings))
            context.diagnostics += findings
        }
        // Warnings from writing count under --strict too (the caller discards a staging folder).
        try stopUnlessSucceeding(context, stage: .writeSite)
    }

    /// What generators see of pages, in every build: no Markdown (`body`)
    /// and no prose, only the rendered HTML. A full build let go of both
    /// already; the incremental builder keeps them for its caches, so they
    /// are left out of the copy it writes from, and `serve` writes what `build` does.
    static func withoutPageText(_ tree: SiteTree) -> SiteTree {
        guard tree.pages.indices.contains(where: { !tree.pages[$0].body.isEmpty || !tree.pages[$0].rendered.prose.isEmpty }) else {
            return tree
        }
        var released = tree
        for index in released.pages.indices { releaseText(of: &released.pages[index]) }
        return released
    }

    static func releaseText(of page: inout Page) {
        page.body = ""
        page.rendered.prose = []
    }

    /// The rewriting `links.relative` asks for; nil for root-relative links.
    static func relativeLinks(_ context: BuildContext) -> RelativeLinks? {
        context.config.links.relative ? RelativeLinks(basePath: context.config.baseURL.path) : nil
    }

    /// One generator's run, or a part of it, as `run(_:serial:)` takes it.
    struct GeneratorJob: Sendable {
        var name: String
        /// The generator's place in `generators(_:)`: results are given in that order.
        var generator: Int
        /// How a split generator's parts' findings make its own (nil: not split).
        var combine: (@Sendable ([[Diagnostic]]) -> [Diagnostic])? = nil
        var run: @Sendable () throws -> [Diagnostic]
    }

    /// Parts a splittable generator is cut into in a full build: enough for
    /// the thread that finishes first to find one left, few enough that
    /// each part still reuses its memo of rendered headers and menus.
    static let partsPerSplitGenerator = 8

    /// Runs generator jobs and returns what each generator found, in
    /// generator order (a generator's parts together). The first job (the
    /// pages, on every core) runs on this thread while the others, a file
    /// or a few each, are taken one after another by a thread of their own:
    /// on a large site the A to Z page and the sitemap no longer add their
    /// time to the pages'. Once the pages are written this thread takes the
    /// others too, so neither core waits while one generator is left. The
    /// first error thrown, in generator order, is rethrown.
    static func run(_ jobs: [GeneratorJob], serial: Bool) throws -> [(generator: String, diagnostics: [Diagnostic])] {
        guard let first = jobs.first else { return [] }
        let others = Array(jobs.dropFirst())
        let results: [Result<[Diagnostic], Error>]
        if serial || others.isEmpty {
            results = jobs.map { job in Result { try job.run() } }
        } else {
            let queue = JobQueue(others)
            // A thread of its own: the pages' workers keep the shared pool busy.
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                queue.runUntilEmpty()
                done.signal()
            }
            thread.start()
            let firstResult = Result { try first.run() }
            queue.runUntilEmpty()
            done.wait()
            results = [firstResult] + queue.results()
        }
        // Stable: a generator's parts stay in their order.
        let byGenerator = zip(jobs, results).enumerated().sorted { ($0.element.0.generator, $0.offset) < ($1.element.0.generator, $1.offset) }
        var found: [(job: GeneratorJob, parts: [[Diagnostic]])] = []
        for (_, (job, result)) in byGenerator {
            let diagnostics = try result.get()
            if job.generator == found.last?.job.generator {
                found[found.count - 1].parts.append(diagnostics)
            } else {
                found.append((job, [diagnostics]))
            }
        }
        return found.map { job, parts in (job.name, job.combine?(parts) ?? parts.flatMap { $0 }) }
    }

    /// Every kind of output file, in the order they are written.
    static func generators(_ context: BuildContext) -> [any Generator] {
        [
            PagesGenerator(), AToZGenerator(), GlossaryGenerator(), NotFoundGenerator(), RedirectsGenerator(redirects: context.redirects),
            PrintSectionGenerator(), SearchPageGenerator(), SearchIndexGenerator(documents: context.searchDocuments, memo: context.searchMemo),
            SitemapGenerator(), FeedGenerator(), RobotsGenerator(), AssetsGenerator(), StaticFilesGenerator(),
        ]
    }

    static func generatorContext(_ context: BuildContext, tree: SiteTree, theme: Theme, data: TemplateData) -> GeneratorContext {
        GeneratorContext(
            folder: context.folder, config: context.config, tree: tree, theme: theme, data: data,
            staticFiles: context.staticFiles, serial: context.options.serial, sortKeys: context.sortKeys,
            aToZEntries: context.aToZEntries)
    }

    /// What templates receive, the same for a full or an incremental build.
    static func templateData(_ context: BuildContext, tree: SiteTree, theme: Theme) -> TemplateData {
        let notes = AuthorNotes(context.options.preview ? context.health : [], last: context.caches?.write.authorNotes)
        context.caches?.write.authorNotes = notes.forNextBuild
        return TemplateData(
            tree: tree, config: context.config, theme: theme, today: context.options.today,
            authorNotes: notes, glossaries: context.glossaries, qrCodes: context.caches?.write.qrCodes ?? QRCodeMemo())
    }
}
