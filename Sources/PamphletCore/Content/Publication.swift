/// Whether a page is published on a given day: drafts, pages scheduled with
/// `publish_date` and pages past `expires` are left out of the build.
public enum Publication: Sendable, Equatable {
    case published
    case draft
    /// Published from this day on.
    case scheduled(CalendarDate)
    /// Taken down after this day.
    case expired(CalendarDate)

    public init(_ matter: FrontMatter, today: CalendarDate) {
        if matter.draft {
            self = .draft
        } else if let publish = matter.publishDate, today < publish {
            self = .scheduled(publish)
        } else if let expires = matter.expires, expires < today {
            self = .expired(expires)
        } else {
            self = .published
        }
    }

    /// Built into the site: published pages, and drafts and scheduled pages
    /// when a writer asks for them (`--drafts`). Expired pages never are.
    public func isBuilt(includeDrafts: Bool) -> Bool {
        switch self {
        case .published: return true
        case .draft, .scheduled: return includeDrafts
        case .expired: return false
        }
    }

    /// `draft`, `scheduled`, `expired` or `published`, as reports name it.
    public var name: String {
        switch self {
        case .published: return "published"
        case .draft: return "draft"
        case .scheduled: return "scheduled"
        case .expired: return "expired"
        }
    }
}

extension Publication {
    var isScheduled: Bool { if case .scheduled = self { return true } else { return false } }
    var isExpired: Bool { if case .expired = self { return true } else { return false } }
}
