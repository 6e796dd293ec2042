/// What a stage may ask of an earlier build. A full build (`SiteBuilder`)
/// has none and every stage computes everything; `pamphlet serve`'s
/// `IncrementalBuilder` keeps one set across builds, so each stage has one
/// code path and its memo only says what is still known, keyed by what the
/// stage reads. Each memo sits beside the stage that asks it, in `Stages/`.
struct BuildCaches {
    let history: BuildHistory
    /// "Read content": the scan of `content/` and each Markdown file's reading.
    private(set) var reading: ReadingMemo
    /// "Arrange pages": the last tree, and what is known of each of its pages.
    private(set) var arrangement: ArrangementMemo
    /// "Render Markdown": each page's rendering, under one link environment.
    private(set) var rendering: RenderMemo
    /// "Check links" and "Check content": each page's findings, by page version.
    private(set) var checks: CheckMemo
    /// "Load theme": the last theme.
    let theme: ThemeMemo
    /// "Write site": what the output folder holds.
    let write: WriteMemo

    init(history: BuildHistory, today: CalendarDate) {
        self.history = history
        reading = ReadingMemo(history: history)
        arrangement = ArrangementMemo(reading: reading, today: today)
        rendering = RenderMemo(history: history, reading: reading, arrangement: arrangement)
        checks = CheckMemo(arrangement: arrangement, rendering: rendering)
        theme = ThemeMemo(history: history)
        write = WriteMemo(history: history, arrangement: arrangement)
    }

    /// Forgets every page (after a change to `site.yml` or to a content file
    /// other than a page, which any page's Markdown may depend on); the theme
    /// and what the output folder holds are checked by their own keys.
    mutating func forgetContent(today: CalendarDate) {
        let fresh = BuildCaches(history: history, today: today)
        (reading, arrangement, rendering, checks) = (fresh.reading, fresh.arrangement, fresh.rendering, fresh.checks)
        write.arrangement = arrangement
        write.qrCodes = QRCodeMemo()
    }
}
