import Foundation
import Mustache

/// What the HTML check report's template prints (`CheckReport.html`): the
/// names are the template's, each answered by one switch, as a theme's are
/// (`TemplateContext`).
struct CheckReportContext: MustacheParent {
    var siteTitle: String
    var summary: CheckReport.Summary
    var pages: [Row]
    /// Findings on files that are not pages (site.yml, the theme, static files).
    var otherFindings: [Finding]

    func child(named name: String) -> Any? {
        switch name {
        case "site_title": return siteTitle
        case "today": return summary.today
        case "pages": return pages
        case "page_count": return summary.pages
        case "errors": return summary.errors
        case "warnings": return summary.warnings
        case "other_findings": return otherFindings
        case "has_other_findings": return !otherFindings.isEmpty
        default: return nil
        }
    }

    /// One finding, in a page's row or among the others.
    struct Finding: MustacheParent {
        var finding: CheckReport.Finding

        func child(named name: String) -> Any? {
            switch name {
            case "severity": return finding.severity
            case "file": return finding.file ?? "site"
            // Absent without a line: swift-mustache shows a section for an empty text.
            case "line": return finding.line.map(String.init)
            case "message": return finding.message
            case "code": return finding.code
            default: return nil
            }
        }
    }

    /// One page: its reading level against its target, review and publication, findings.
    struct Row: MustacheParent {
        var page: PageHealth
        var findings: [Finding]
        /// The grade at the right end of every bar, so bars compare across rows.
        var scale: Double

        func child(named name: String) -> Any? {
            let spanish = page.fernandezHuerta.flatMap { score in page.targetScore.map { (score, $0) } }
            switch name {
            case "title": return page.title
            case "file": return page.file
            case "url": return page.url.isEmpty ? nil : page.url
            case "grade":
                if let (score, _) = spanish { return String(format: "ease %.1f", score) }
                return String(format: "%.1f", grade)
            case "grade_sort":
                // Spanish: a reading-ease score, where higher is easier.
                if let (score, _) = spanish { return 20 - score / 5 }
                return grade
            case "target":
                if let (_, target) = spanish { return String(format: "at least %g, Fernández-Huerta", target) }
                return String(format: "%g", page.targetGrade)
            case "over": return page.aboveTarget
            case "bar_width":
                if let (score, _) = spanish { return String(format: "%.0f", max(0, min(100, score))) }
                return String(format: "%.0f", max(0, min(100, page.fleschKincaidGrade / scale * 100)))
            case "target_left":
                if let (_, target) = spanish { return String(format: "%.0f", min(100, target)) }
                return String(format: "%.0f", min(100, page.targetGrade / scale * 100))
            case "reviewer": return page.reviewedBy
            case "next_review": return page.nextReview
            case "words": return page.words
            case "status": return page.reviewStatus.rawValue
            case "status_text": return CheckReport.statusText(page.reviewStatus)
            case "reviewed": return page.reviewed ?? ""
            case "findings": return findings
            case "finding_count": return findings.count
            case "built": return page.built
            case "publication": return page.publication
            case "publication_text": return CheckReport.publicationText(page)
            case "unsigned": return page.reviewed != nil && page.reviewedBy == nil
            default: return nil
            }
        }

        private var grade: Double { (page.fleschKincaidGrade * 10).rounded() / 10 }
    }
}
