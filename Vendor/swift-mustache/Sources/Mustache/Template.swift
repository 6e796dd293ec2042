//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Class holding Mustache template
public struct MustacheTemplate: Sendable, CustomStringConvertible {
    /// Initialize template
    /// - Parameter string: Template text
    /// - Throws: MustacheTemplate.Error
    public init(string: String) throws {
        let template = try Self.parse(string)
        self.tokens = template.tokens
        self.text = string
        self.filename = nil
        self.identity = Identity()
    }

    /// Render object using this template
    /// - Parameters
    ///   - object: Object to render
    ///   - library: library template uses to access partials
    /// - Returns: Rendered text
    public func render(_ object: Any, library: MustacheLibrary? = nil) -> String {
        self.render(context: .init(object, library: library))
    }

    /// Render object using this template, repeating section bodies `memo` already rendered
    /// for values with the same `MustacheMemoKey` (see `MustacheRenderMemo`)
    public func render(_ object: Any, library: MustacheLibrary? = nil, memo: MustacheRenderMemo) -> String {
        // Renders given one memo are mostly alike in length (a site's pages): the output starts
        // with room for about the last one's text rather than growing, and being copied, a
        // dozen times on the way
        var output = ""
        output.reserveCapacity(memo.lastOutputLength + memo.lastOutputLength / 8)
        self.render(context: .init(object, library: library, memo: memo), into: &output)
        memo.lastOutputLength = output.utf8.count
        return output
    }

    /// Render object using this template
    /// - Parameters
    ///   - object: Object to render
    ///   - library: library template uses to access partials
    ///   - reload: Should I reload this template when rendering. This is only available in debug builds
    /// - Returns: Rendered text
    public func render(_ object: Any, library: MustacheLibrary? = nil, reload: Bool) -> String {
        #if DEBUG
        if reload {
            guard let filename else {
                preconditionFailure("Can only use reload if template was generated from a file")
            }
            do {
                guard let template = try MustacheTemplate(filename: filename) else { return "Cannot find template at \(filename)" }
                return template.render(context: .init(object, library: library, reloadPartials: reload))
            } catch {
                return "\(error)"
            }
        }
        #endif
        return self.render(context: .init(object, library: library))
    }

    internal init(_ tokens: [Token], text: String) {
        self.tokens = tokens
        self.filename = nil
        self.text = text
        self.identity = Identity()
    }

    public var description: String { self.text }

    /// The cases with several counted fields are `indirect`: a token is copied out of the list
    /// at every render, and a boxed payload is one reference to count instead of up to seven.
    /// `contentType` holds its content type boxed, made when the template is parsed: an
    /// existential of any size made every token a value handled through its type's value
    /// witnesses (copied to be switched on), and the box was made again at every render
    enum Token: Sendable /* , CustomStringConvertible */ {
        case text(String)
        indirect case variable(name: Name, transforms: [String] = [])
        indirect case unescapedVariable(name: Name, transforms: [String] = [])
        indirect case section(name: Name, transforms: [String] = [], template: MustacheTemplate)
        indirect case invertedSection(name: Name, transforms: [String] = [], template: MustacheTemplate)
        indirect case blockDefinition(name: String, template: MustacheTemplate)
        indirect case blockExpansion(name: String, default: MustacheTemplate, indentation: String?)
        indirect case partial(String, indentation: String?, inherits: [String: MustacheTemplate]?)
        indirect case dynamicNamePartial(String, indentation: String?, inherits: [String: MustacheTemplate]?)
        case contentType(MustacheContentTypeBox)
    }

    var tokens: [Token]
    let text: String
    let filename: String?
    /// Names this template (not its copies' texts) in a `MustacheRenderMemo`
    let identity: Identity

    final class Identity: Sendable {}
}
