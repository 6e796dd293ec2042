/// One page's figures from the checks, for reports and for authors' previews.
public struct PageHealth: Sendable, Codable, Equatable {
    public enum ReviewStatus: String, Sendable, Codable {
        case ok, dueSoon = "due-soon", overdue, missing
    }

    public var file: String
    public var url: String
    public var title: String
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    public var polysyllables: Int
    public var fleschKincaidGrade: Double
    public var fleschReadingEase: Double
    public var smogGrade: Double
    /// "Flesch-Kincaid" (English: a grade, lower is easier) or
    /// "Fernández-Huerta" (Spanish: a score, higher is easier).
    public var formula: String
    public var targetGrade: Double
    public var fernandezHuerta: Double?
    public var targetScore: Double?
    public var language: String
    /// True when the page is harder to read than its target.
    public var aboveTarget: Bool
    public var reviewed: String?
    public var nextReview: String?
    public var reviewedBy: String?
    public var reviewStatus: ReviewStatus
    public var errors: Int = 0
    public var warnings: Int = 0
    /// `published`, `draft`, `scheduled` or `expired` on the day checked.
    public var publication = "published"
    public var draft = false
    public var scheduled = false
    public var expired = false
    public var publishDate: String?
    public var expires: String?
    /// False for pages the build leaves out, which have no reading figures.
    public var built = true
    public var reviewDue = false
    public var reviewOverdue = false
}

extension PageHealth {
    /// Fills in what the governance columns of reports show.
    mutating func setGovernance(_ matter: FrontMatter, publication: Publication) {
        self.publication = publication.name
        draft = matter.draft
        scheduled = publication.isScheduled
        expired = publication.isExpired
        publishDate = matter.publishDate?.iso
        expires = matter.expires?.iso
        reviewDue = reviewStatus == .dueSoon
        reviewOverdue = reviewStatus == .overdue
    }
}
