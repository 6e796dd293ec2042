import Foundation
import XCTest

/// From draft to published: new pages are drafts, unsigned reviews and
/// placeholder text are reported, and `publish_date` and `expires` decide
/// when a page is in the site (against `--today`, 2025-06-01 here).
final class ReviewGovernanceTests: XCTestCase {
    private func page(_ extra: String, body: String = "Plain words.") -> String {
        "---\ntitle: Campaign\ndescription: A page.\nreviewed: 2025-01-01\nreviewed_by: Dr. A, GP\n\(extra)---\n\n\(body)\n"
    }

    func testNewWritesADraftWithNoReviewDateWhosePlaceholdersAreReported() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        XCTAssertEqual(try Pamphlet.run(["new", "content/x/y.md", "--title", "Y"], in: site.root).status, 0)
        let text = try String(contentsOf: site.url("content/x/y.md"), encoding: .utf8)
        XCTAssertTrue(text.contains("\ndraft: true\n"), text)
        XCTAssertFalse(text.contains("\nreviewed:"), text)
        XCTAssertFalse(text.contains("\nreviewed_by:"), text)

        try site.buildCleanly()
        XCTAssertFalse(site.outputExists("x/y/index.html"), "a new page is a draft")

        let preview = try site.buildCleanly(["--drafts"])
        XCTAssertTrue(preview.diagnosticLines.contains(
            "content/x/y.md:9:1: warning: this is the placeholder text 'pamphlet new' wrote (\"Write one or two short sentences that say what this page is about.\"); replace it with the page's own words [placeholder-text]"),
            preview.stderr)
        XCTAssertTrue(preview.stderr.contains("content/x/y.md:13:1: warning: this is the placeholder text"), preview.stderr)
        XCTAssertEqual(try site.build(["--drafts", "--strict"]).status, 1)

        // Published with its placeholders: still reported, and a site can make it an error.
        try site.write(["content/x/y.md": text.replacingOccurrences(of: "draft: true\n", with: "")])
        XCTAssertTrue(try site.buildCleanly().stderr.contains("content/x/y.md:8:1: warning: this is the placeholder text"))
        try site.write(["site.yml": Fixtures.siteYML + "checks:\n  placeholder-text: error\n"])
        let strictSite = try site.build()
        XCTAssertEqual(strictSite.status, 1)
        XCTAssertTrue(strictSite.stderr.contains("content/x/y.md:8:1: error: this is the placeholder text"), strictSite.stderr)
    }

    func testAReviewDateWithoutAReviewerIsAWarningAtItsLine() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.write(["content/topics/unsigned.md": "---\ntitle: Unsigned\nreviewed: 2025-03-01\nreviewed_by: \"\"\n---\n\nText.\n"])
        let build = try site.buildCleanly()
        XCTAssertTrue(build.diagnosticLines.contains(
            "content/topics/unsigned.md:4:1: warning: the page says it was reviewed on 2025-03-01 but not by whom; write the clinician's name and role in 'reviewed_by', or remove 'reviewed' until the page has been reviewed [reviewer-missing]"),
            build.stderr)
        XCTAssertTrue(site.outputExists("topics/unsigned/index.html"))
        // No reviewed_by at all: reported at 'reviewed'.
        XCTAssertTrue(build.stderr.contains("content/topics/first.md:3:1: warning: the page says it was reviewed on 2025-01-01 but not by whom"), build.stderr)

        let strict = try site.build(["--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains("[reviewer-missing]"), strict.stderr)
        try site.write(["site.yml": Fixtures.siteYML + "checks:\n  reviewer-missing: off\n"])
        XCTAssertFalse(try site.buildCleanly().stderr.contains("[reviewer-missing]"))
    }

    func testScheduledAndExpiredPagesAreLeftOutAndExpiredAddressesRedirect() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.write([
            "content/topics/campaign.md": page("publish_date: 2025-09-01\n"),
            "content/topics/old.md": page("expires: 2025-05-31\n"),
            "content/topics/moved.md": page("expires: 2025-05-01\nexpires_redirect: second.md\n"),
            "content/topics/by-address.md": page("expires: 2025-05-01\nexpires_redirect: /topics/first/\n"),
            "content/topics/last-day.md": page("expires: 2025-06-01\n"),
        ])
        let build = try site.buildCleanly()
        XCTAssertTrue(build.stdout.contains("; 1 scheduled; 3 expired."), build.stdout)
        XCTAssertTrue(build.stderr.contains(
            "content/topics/campaign.md:6:1: note: scheduled: left out of the build until its publish_date, 2025-09-01 [scheduled]"), build.stderr)
        XCTAssertTrue(build.stderr.contains(
            "content/topics/old.md:6:1: note: expired on 2025-05-31: left out of the build; its address /topics/old/ now redirects to /topics/ [expired]"), build.stderr)
        XCTAssertFalse(site.outputExists("topics/campaign/index.html"))
        XCTAssertFalse(site.output("sitemap.xml").contains("campaign"))
        XCTAssertFalse(site.output("topics/index.html").contains("/topics/old/"))
        XCTAssertTrue(site.output("topics/last-day/index.html").contains("<h1>Campaign</h1>"), "a page is published on the day it expires")
        XCTAssertTrue(site.output("topics/old/index.html").contains(#"url=/topics/""#))
        XCTAssertTrue(site.output("topics/moved/index.html").contains(#"url=/topics/second/""#))
        XCTAssertTrue(site.output("topics/by-address/index.html").contains(#"url=/topics/first/""#))
        XCTAssertFalse(site.output("sitemap.xml").contains("/topics/old/"))

        // A writer's preview shows what is scheduled, never what expired.
        try site.buildCleanly(["--drafts"])
        XCTAssertEqual(HTML.h1(site.output("topics/campaign/index.html")), "Campaign")
        XCTAssertTrue(site.output("topics/old/index.html").contains(#"url=/topics/""#))

        // On the day, the campaign is published; --today moves every date.
        let later = try Pamphlet.run(["build", "--source", site.root.path, "--today", "2025-09-01"])
        XCTAssertEqual(later.status, 0, later.stderr)
        XCTAssertEqual(HTML.h1(site.output("topics/campaign/index.html")), "Campaign")
    }

    func testPublicationDatesAreCheckedLikeReviewDates() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.write([
            "content/topics/never.md": page("publish_date: 2025-09-01\nexpires: 2025-08-01\n"),
            "content/topics/bad.md": page("expires: 2025-02-30\n"),
            "content/topics/nowhere.md": page("expires: 2025-01-01\nexpires_redirect: missing.md\n"),
        ])
        let build = try site.build()
        XCTAssertEqual(build.status, 1)
        XCTAssertTrue(build.errorLines.contains(
            "content/topics/never.md:7:1: error: expires (2025-08-01) is before publish_date (2025-09-01), so the page would never be published; correct one of the dates [publication-dates]"),
            build.stderr)
        XCTAssertTrue(build.stderr.contains("content/topics/bad.md:6:10: error: 'expires' must be a date written as YYYY-MM-DD"), build.stderr)
        try site.remove("content/topics/never.md")
        try site.remove("content/topics/bad.md")
        let redirect = try site.build()
        XCTAssertTrue(redirect.stderr.contains(
            "content/topics/nowhere.md:7:19: error: 'expires_redirect' names 'missing.md', which is not a published page"), redirect.stderr)
    }

    func testLinksToUnpublishedPagesAreWarningsOrBroken() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.write([
            "content/topics/campaign.md": page("publish_date: 2025-09-01\n"),
            "content/topics/old.md": page("expires: 2025-05-01\n"),
            "content/topics/second.md": "---\ntitle: Second topic\n---\n\nSee [the campaign](campaign.md) and [old advice](old.md).\n",
        ])
        let build = try site.buildCleanly()
        XCTAssertTrue(build.diagnosticLines.contains(
            "content/topics/second.md:5:5: warning: the link 'campaign.md' points to content/topics/campaign.md, which is not published until 2025-09-01 (publish_date), so until then the link leads to a missing page; publish both pages together, or link to the page once it is out [link-unpublished]"),
            build.stderr)
        XCTAssertTrue(build.stderr.contains("content/topics/second.md:5:37: warning: the link 'old.md' points to content/topics/old.md, which expired on 2025-05-01"), build.stderr)
        let html = site.output("topics/second/index.html")
        XCTAssertTrue(html.contains(#"<a href="/topics/campaign/">the campaign</a>"#), html)
        XCTAssertTrue(html.contains(#"<a href="/topics/old/">old advice</a>"#), html)

        // A draft has no address at all: the link stays broken, and says why.
        try site.write(["content/topics/campaign.md": page("draft: true\n")])
        let draft = try site.build()
        XCTAssertEqual(draft.status, 1)
        XCTAssertTrue(draft.stderr.contains("which is a draft (draft: true) and is not published; remove 'draft: true' from it when it is ready, or remove the link [broken-link]"), draft.stderr)
    }

    func testCheckReportsListPublicationAndReviewPerPage() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.write([
            "content/topics/campaign.md": page("publish_date: 2025-09-01\n"),
            "content/topics/old.md": page("expires: 2025-05-01\n"),
            "content/topics/wip.md": "---\ntitle: Work in progress\ndraft: true\n---\n\nText.\n",
            "content/topics/due.md": page("next_review: 2025-06-20\n"),
        ])
        let dashboard = site.root.appendingPathComponent("report.html")
        let check = try Pamphlet.run(["check", "--source", site.root.path, "--today", FixtureSite.today, "--format", "json", "--html", dashboard.path])
        XCTAssertEqual(check.status, 0, check.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary["scheduled"] as? Int, 1)
        XCTAssertEqual(summary["expired"] as? Int, 1)
        XCTAssertEqual(summary["drafts"] as? Int, 1)
        let pages = try XCTUnwrap(object["pages"] as? [[String: Any]])
        let byFile = Dictionary(uniqueKeysWithValues: pages.map { ($0["file"] as? String ?? "", $0) })
        let campaign = try XCTUnwrap(byFile["content/topics/campaign.md"])
        XCTAssertEqual(campaign["publication"] as? String, "scheduled")
        XCTAssertEqual(campaign["scheduled"] as? Bool, true)
        XCTAssertEqual(campaign["publish_date"] as? String, "2025-09-01")
        XCTAssertEqual(campaign["reviewed_by"] as? String, "Dr. A, GP")
        XCTAssertEqual(campaign["built"] as? Bool, false)
        XCTAssertEqual(byFile["content/topics/old.md"]?["expired"] as? Bool, true)
        XCTAssertEqual(byFile["content/topics/wip.md"]?["draft"] as? Bool, true)
        XCTAssertEqual(byFile["content/topics/due.md"]?["review_due"] as? Bool, true)
        XCTAssertEqual(byFile["content/topics/due.md"]?["review_overdue"] as? Bool, false)
        XCTAssertEqual(byFile["content/topics/first.md"]?["publication"] as? String, "published")

        let html = try String(contentsOf: dashboard, encoding: .utf8)
        XCTAssertTrue(html.contains("Scheduled for 2025-09-01"), html)
        XCTAssertTrue(html.contains("Expired on 2025-05-01"))
        XCTAssertTrue(html.contains(">Draft</td>"))
        XCTAssertTrue(html.contains("by Dr. A, GP"))
        XCTAssertTrue(html.contains("no reviewer named"), "first.md has a review date and no reviewer")
        // The draft has no address, review date or reviewer: nothing is shown for them.
        XCTAssertTrue(html.contains("<small>content/topics/wip.md</small>"), html)
        XCTAssertFalse(html.contains("next <br>"), html)
        XCTAssertFalse(html.contains("by </small>"), html)
    }
}
