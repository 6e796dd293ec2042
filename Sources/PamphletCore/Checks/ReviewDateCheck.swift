/// Medical review dates: stale health information must not ship by accident.
struct ReviewDateCheck: ContentCheck {
    static let codes = ["review-missing", "review-due-soon", "review-overdue", "review-dates", "reviewer-missing"]

    /// `next_review`, or `reviewed` plus the site's review cycle.
    static func nextReview(of page: Page, settings: CheckSettings) -> CalendarDate? {
        settings.nextReview(of: page)
    }

    static func status(of page: Page, settings: CheckSettings, today: CalendarDate) -> PageHealth.ReviewStatus {
        guard let next = nextReview(of: page, settings: settings) else { return .missing }
        let days = today.days(until: next)
        if days < 0 { return .overdue }
        if days <= settings.warnDays { return .dueSoon }
        return .ok
    }

    func check(_ input: CheckInput) -> [Diagnostic] {
        let page = input.page
        guard page.hasSourceFile else { return [] }
        let matter = page.frontMatter
        let reviewedLine = matter.positions["reviewed"]
        let nextLine = matter.positions["next_review"] ?? reviewedLine
        guard let reviewed = matter.reviewed else {
            if matter.nextReview == nil {
                return [.warning(
                    "the page has no 'reviewed' date; add 'reviewed: YYYY-MM-DD' with the day a clinician last checked it",
                    file: page.source, line: 1, column: 1, code: "review-missing")]
            }
            return []
        }
        let unsigned = unsignedReview(page, reviewed: reviewed)
        if let next = matter.nextReview, next < reviewed {
            return unsigned + [.error(
                "next_review (\(next.iso)) is before reviewed (\(reviewed.iso)); correct one of the dates",
                file: page.source, line: nextLine?.line, column: nextLine?.column, code: "review-dates")]
        }
        return unsigned + dueDate(page, input)
    }

    /// A review date nobody signed claims a clinical check that may not have happened.
    private func unsignedReview(_ page: Page, reviewed: CalendarDate) -> [Diagnostic] {
        guard page.frontMatter.reviewedBy == nil else { return [] }
        let position = page.frontMatter.positions["reviewed_by"] ?? page.frontMatter.positions["reviewed"]
        return [.warning(
            "the page says it was reviewed on \(reviewed.iso) but not by whom; write the clinician's name and role in 'reviewed_by', "
                + "or remove 'reviewed' until the page has been reviewed",
            file: page.source, line: position?.line, column: position?.column, code: "reviewer-missing")]
    }

    private func dueDate(_ page: Page, _ input: CheckInput) -> [Diagnostic] {
        let nextLine = page.frontMatter.positions["next_review"] ?? page.frontMatter.positions["reviewed"]
        guard let next = Self.nextReview(of: page, settings: input.settings) else { return [] }
        let days = input.today.days(until: next)
        if days < 0 {
            return [Diagnostic(
                input.settings.overdue,
                "the medical review was due on \(next.iso) (\(-days) days ago); have a clinician check the page, then update 'reviewed'",
                file: page.source, line: nextLine?.line, column: nextLine?.column, code: "review-overdue")]
        }
        if days <= input.settings.warnDays {
            return [.warning(
                "the medical review is due on \(next.iso), in \(days) days; plan the review with a clinician",
                file: page.source, line: nextLine?.line, column: nextLine?.column, code: "review-due-soon")]
        }
        return []
    }
}
