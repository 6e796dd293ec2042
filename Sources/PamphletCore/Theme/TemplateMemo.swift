import Mustache

/// Values that many pages show alike (a menu entry, a side navigation's
/// entry, a breadcrumb, a glossary term) carry a memo key, so that each
/// rendering thread renders their section bodies once per build and then
/// repeats them (`MustacheRenderMemo`, the way Hugo's `partialCached` does).
/// swift-mustache remembers a body only when nothing in it looked outside the
/// value, so themes and `layouts/` overrides render as before.
///
/// A scope's indexes are page (or glossary entry) indexes: within one scope,
/// one index must always make the same value. Scopes belong to one build's
/// `TemplateData`.
final class TemplateMemoScope: Sendable {}

/// The memo key scopes of one build.
struct TemplateMemoScopes: Sendable {
    /// `menu`: a top-level section, not the current page's.
    let menuEntry = TemplateMemoScope()
    /// `menu`: the current page's top-level section (`is_active`).
    let activeMenuEntry = TemplateMemoScope()
    /// `breadcrumbs`: a step before the current page.
    let breadcrumb = TemplateMemoScope()
    /// `section.pages`: a page that is not the current one (`is_current` false).
    let sideNavEntry = TemplateMemoScope()
    /// `children`: a page listed on its section page.
    let child = TemplateMemoScope()
    /// `page.terms`, per language: a glossary entry.
    let terms: [String: TemplateMemoScope]
    /// `site`, `links` and `t`, by language (the index of `SiteConfig.languages`):
    /// with them, swift-mustache renders the runs of a template that read
    /// nothing else (the header's and footer's) once per language and thread.
    let site = TemplateMemoScope()
    let links = TemplateMemoScope()
    let words = TemplateMemoScope()
    /// `assets`: one for the build.
    let assets = TemplateMemoScope()

    init(languages: [String]) {
        var terms: [String: TemplateMemoScope] = [:]
        for language in languages { terms[language] = TemplateMemoScope() }
        self.terms = terms
    }

    func key(_ scope: TemplateMemoScope?, _ index: Int) -> MustacheMemoKey? {
        scope.map { MustacheMemoKey(scope: $0, index: index) }
    }
}
