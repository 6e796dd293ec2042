import Foundation
import Mustache

extension CheckReport {
    /// A single HTML file with no outside resources: every page with its
    /// reading grade against the target, review status and findings.
    public func html(siteTitle: String) -> String {
        let findingsByFile = Dictionary(grouping: findings.filter { $0.severity != "note" }) { $0.file ?? "" }
        let scale = max(12.0, (pages.map(\.fleschKincaidGrade).max() ?? 0).rounded(.up))
        let rows = pages.map { page in
            CheckReportContext.Row(page: page, findings: (findingsByFile[page.file] ?? []).map(CheckReportContext.Finding.init), scale: scale)
        }
        let pageFiles = Set(pages.map(\.file))
        // By file name, so the same site gives the same report.
        let others = findingsByFile.keys.filter { !pageFiles.contains($0) }.sorted().flatMap { findingsByFile[$0] ?? [] }
        let context = CheckReportContext(
            siteTitle: siteTitle, summary: summary, pages: rows, otherFindings: others.map(CheckReportContext.Finding.init))
        // The template is fixed text, so parsing cannot fail.
        let template = try! TemplateEscaping.template(Self.template)
        return template.render(context)
    }

    /// "Published", "Draft", "Scheduled for 2027-01-04", "Expired on 2026-11-30".
    static func publicationText(_ page: PageHealth) -> String {
        switch page.publication {
        case "draft": return "Draft"
        case "scheduled": return "Scheduled for " + (page.publishDate ?? "")
        case "expired": return "Expired on " + (page.expires ?? "")
        default: return "Published"
        }
    }

    static func statusText(_ status: PageHealth.ReviewStatus) -> String {
        switch status {
        case .ok: return "Up to date"
        case .dueSoon: return "Review due soon"
        case .overdue: return "Review overdue"
        case .missing: return "No review date"
        }
    }

    static let template = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Content health: {{site_title}}</title>
        <style>
        body { font: 1rem/1.5 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
        h1 { font-size: 1.6rem; }
        .summary { display: flex; gap: 1.5rem; flex-wrap: wrap; padding: 0; list-style: none; }
        .summary li { background: #f3f2f1; padding: .5rem 1rem; border-radius: 4px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #b1b4b6; vertical-align: top; }
        th button { font: inherit; font-weight: bold; background: none; border: 0; padding: .25rem; cursor: pointer; text-decoration: underline; color: #1d4f91; }
        .bar { position: relative; background: #e8e8e8; height: 1rem; width: 12rem; border-radius: 2px; }
        .bar__fill { background: #00703c; height: 100%; border-radius: 2px; }
        .over .bar__fill { background: #b3261e; }
        .bar__target { position: absolute; top: -3px; bottom: -3px; width: 2px; background: #1b1b1b; }
        .status { display: inline-block; padding: .1rem .5rem; border-radius: 3px; color: #fff; font-weight: bold; }
        .status--ok { background: #00703c; } .status--due-soon { background: #8a5300; }
        .status--overdue { background: #b3261e; } .status--missing { background: #505a5f; }
        .publication--draft, .publication--scheduled, .publication--expired { font-weight: bold; }
        .finding--error { color: #b3261e; } .finding--warning { color: #6b4100; }
        ul.findings { margin: 0; padding-left: 1.2rem; }
        </style>
        </head>
        <body>
        <main>
        <h1>Content health: {{site_title}}</h1>
        <p>Checked on {{today}}. Reading grade is Flesch-Kincaid for English pages (lower is easier) and reading ease is Fernández-Huerta for Spanish pages (higher is easier); the black line marks each page's target.</p>
        <ul class="summary">
        <li><strong>{{page_count}}</strong> pages</li>
        <li><strong>{{errors}}</strong> errors</li>
        <li><strong>{{warnings}}</strong> warnings</li>
        </ul>
        <table id="pages">
        <caption class="visually-hidden">Pages, their reading grade, review status and findings</caption>
        <thead><tr>
        <th scope="col"><button type="button" data-sort="text">Page</button></th>
        <th scope="col"><button type="button" data-sort="text">Published</button></th>
        <th scope="col"><button type="button" data-sort="number">Reading grade</button></th>
        <th scope="col"><button type="button" data-sort="number">Words</button></th>
        <th scope="col"><button type="button" data-sort="text">Review</button></th>
        <th scope="col"><button type="button" data-sort="number">Findings</button></th>
        </tr></thead>
        <tbody>
        {{#pages}}
        <tr>
        <td data-value="{{title}}"><strong>{{title}}</strong><br><small>{{file}}{{#url}} · {{url}}{{/url}}</small></td>
        <td data-value="{{publication}}" class="publication--{{publication}}">{{publication_text}}</td>
        <td data-value="{{grade_sort}}" class="{{#over}}over{{/over}}">{{#built}}{{grade}} (target {{target}})
        <div class="bar" aria-hidden="true"><div class="bar__fill" style="width: {{bar_width}}%"></div><div class="bar__target" style="left: {{target_left}}%"></div></div>{{/built}}{{^built}}Not measured: not built{{/built}}</td>
        <td data-value="{{words}}">{{words}}</td>
        <td data-value="{{status}} {{next_review}}"><span class="status status--{{status}}">{{status_text}}</span><br><small>{{#next_review}}next {{next_review}}{{/next_review}}{{#reviewer}}<br>by {{reviewer}}{{/reviewer}}{{#unsigned}}<br>no reviewer named{{/unsigned}}</small></td>
        <td data-value="{{finding_count}}">{{#findings.0}}<ul class="findings">{{/findings.0}}{{#findings}}<li class="finding--{{severity}}">{{#line}}line {{line}}: {{/line}}{{message}} <small>[{{code}}]</small></li>{{/findings}}{{#findings.0}}</ul>{{/findings.0}}{{^findings}}None{{/findings}}</td>
        </tr>
        {{/pages}}
        </tbody>
        </table>
        {{#has_other_findings}}
        <h2>Other findings</h2>
        <ul>{{#other_findings}}<li class="finding--{{severity}}">{{file}}{{#line}}:{{line}}{{/line}}: {{message}} [{{code}}]</li>{{/other_findings}}</ul>
        {{/has_other_findings}}
        </main>
        <script>
        // Sort the table by a column when its heading button is pressed.
        document.querySelectorAll('#pages th button').forEach(function (button, column) {
          var ascending = true;
          button.addEventListener('click', function () {
            var body = document.querySelector('#pages tbody');
            var rows = Array.prototype.slice.call(body.rows);
            var numeric = button.dataset.sort === 'number';
            rows.sort(function (a, b) {
              var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
              var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
              return ascending ? order : -order;
            });
            ascending = !ascending;
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
        </script>
        </body>
        </html>

        """
}
