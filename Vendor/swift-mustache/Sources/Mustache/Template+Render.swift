//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        self.render(context: context, into: &string)
        return string
    }

    /// Render template using object, appending the text to `output`
    ///
    /// Every token, section, partial and block appends to the one string of the whole render,
    /// rather than returning a string of its own for the caller to append again
    func render(context: MustacheContext, into output: inout String) {
        if let indentation = context.indentation, indentation != "" {
            var context = context
            // Indented partials look at what this template printed so far, token by token
            var string = ""
            for token in tokens {
                if case .contentType(let contentType) = token {
                    context = context.withContentType(contentType)
                    continue
                }
                var renderedString = ""
                self.renderToken(token, context: context, into: &renderedString)
                // if rendered string is not empty and we are on a new line
                if !renderedString.isEmpty, string.last == "\n" {
                    string += indentation
                }
                string += renderedString
            }
            output += string
        } else {
            self.renderTokens(from: 0, context: context, into: &output)
        }
    }

    /// Renders the tokens from `start` on with `context` as it is given (a copy of the context
    /// for each render counted a reference to each of its fields); a content type token renders
    /// the rest with the changed context
    func renderTokens(from start: Int, context: MustacheContext, into output: inout String) {
        if let memo = context.memo, self.tokens.count - start >= 2 {
            self.renderTokensInRuns(from: start, context: context, memo: memo, into: &output)
            return
        }
        var index = start
        let count = self.tokens.count
        while index < count {
            if case .contentType(let contentType) = self.tokens[index] {
                self.renderTokens(from: index + 1, context: context.withContentType(contentType), into: &output)
                return
            }
            self.renderToken(self.tokens[index], context: context, into: &output)
            index += 1
        }
    }

    func renderToken(_ token: Token, context: MustacheContext, into output: inout String) {
        switch token {
        case .text(let text):
            output += text

        case .variable(let variable, let transforms):
            if let (child, traits) = getChildAndTraits(named: variable, transforms: transforms, context: context) {
                if traits.isKnown {
                    if traits.isTemplate {
                        (child as! MustacheTemplate).render(context: context, into: &output)
                    } else if let renderable = traits.renderable {
                        output += context.contentType.escapeText(renderable.renderText(of: child))
                    } else if traits.isLambda {
                        output += self.renderLambda(child as! MustacheLambda, parameter: "", context: context)
                    } else {
                        output += context.contentType.escapeText(String(describing: child))
                    }
                    return
                }
                if let template = child as? MustacheTemplate {
                    template.render(context: context, into: &output)
                } else if let renderable = child as? MustacheCustomRenderable {
                    output += context.contentType.escapeText(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    output += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    output += context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let (child, traits) = getChildAndTraits(named: variable, transforms: transforms, context: context) {
                if traits.isKnown {
                    if let renderable = traits.renderable {
                        output += renderable.renderText(of: child)
                    } else if traits.isLambda {
                        output += self.renderUnescapedLambda(child as! MustacheLambda, parameter: "", context: context)
                    } else {
                        output += String(describing: child)
                    }
                    return
                }
                if let renderable = child as? MustacheCustomRenderable {
                    output += renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    output += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    output += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            // The value found is used where it is: copying an `Any` into an optional and back went
            // through its type's value witnesses
            guard let (child, traits) = self.getChildAndTraits(named: variable, transforms: transforms, context: context) else { return }
            if traits.isKnown, !traits.isLambda {
                return self.renderSection(child, with: template, context: context, traits: traits, into: &output)
            }
            if let lambda = child as? MustacheLambda {
                output += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
                return
            }
            self.renderSection(child, with: template, context: context, into: &output)

        case .invertedSection(let variable, let transforms, let template):
            let found = self.getChildAndTraits(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(found?.child, with: template, context: context, traits: found?.traits, into: &output)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            // The blocks come from the templates that include this one: a memo cannot follow them
            context.memo?.usedOutside()
            if let override = context.inherited?[name] {
                override.render(context: context.withBlockExpansion(indented: indented), into: &output)
            } else {
                defaultTemplate.render(context: context.withBlockExpansion(indented: indented), into: &output)
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            output += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        output += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &output)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: Name(name), transforms: [], context: context)
            guard let childName = child as? String else {
                return
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            output += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        output += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &output)
            }

        case .contentType:
            // Changes the context of the tokens after it (`render(context:into:)`)
            break

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        var string = ""
        self.renderSection(child, with: template, context: context, into: &string)
        return string
    }

    /// Render a section, appending to `output`; `traits` are `child`'s when the caller has them
    func renderSection(
        _ child: Any?,
        with template: MustacheTemplate,
        context: MustacheContext,
        traits: MustacheTypeTraits? = nil,
        into output: inout String
    ) {
        if let child {
            let traits = traits ?? context.types.traits(of: child)
            if traits.isKnown, let list = traits.memoizableList, let memo = context.memo {
                list.renderSection(of: child, with: template, context: context, memo: memo, into: &output)
                return
            }
            if traits.isKnown, let sequence = traits.sequence {
                sequence.renderSection(of: child, with: template, context: context, into: &output)
                return
            }
            if traits.isKnown, traits.isBool {
                if withKnownValue(of: child, as: Bool.self, { $0 }) { template.render(context: context, into: &output) }
                return
            }
            if traits.isKnown {
                if let renderable = traits.renderable, renderable.isNull(child) { return }
                if let memo = context.memo, let memoizable = traits.memoizable, let key = memoizable.memoKey(of: child) {
                    memo.render(template, key: key, level: context.depth, isListItem: false, context: context, into: &output) {
                        template.render(context: context.withObject(child), into: &$0)
                    }
                    return
                }
                template.render(context: context.withObject(child), into: &output)
                return
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderSection(with: template, context: context, into: &output)
        case let bool as Bool:
            if bool { template.render(context: context, into: &output) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            break
        case .some(let value):
            template.render(context: context.withObject(value), into: &output)
        case .none:
            break
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderInvertedSection(
        _ child: Any?,
        with template: MustacheTemplate,
        context: MustacheContext,
        traits: MustacheTypeTraits? = nil,
        into output: inout String
    ) {
        if let child {
            let traits = traits ?? context.types.traits(of: child)
            if traits.isKnown, let sequence = traits.sequence {
                sequence.renderInvertedSection(of: child, with: template, context: context, into: &output)
                return
            }
            if traits.isKnown, traits.isBool {
                if !withKnownValue(of: child, as: Bool.self, { $0 }) { template.render(context: context, into: &output) }
                return
            }
            if traits.isKnown {
                if let renderable = traits.renderable, renderable.isNull(child) { template.render(context: context, into: &output) }
                return
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderInvertedSection(with: template, context: context, into: &output)
        case let bool as Bool:
            if !bool { template.render(context: context, into: &output) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            template.render(context: context, into: &output)
        case .some:
            break
        case .none:
            template.render(context: context, into: &output)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        context.memo?.usedOutside()
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.top, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        context.memo?.usedOutside()
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.top, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: Name, transforms: [String], context: MustacheContext) -> Any? {
        self.getChildAndTraits(named: name, transforms: transforms, context: context)?.child
    }

    /// The child object named `name`, with its type's traits: the renderer asks the type table
    /// once per value it prints or renders a section for, not again after the look-up
    func getChildAndTraits(named name: Name, transforms: [String], context: MustacheContext) -> (child: Any, traits: MustacheTypeTraits)? {
        func _getImmediateChild(named name: String, from object: Any, traits: MustacheTypeTraits) -> Any? {
            self.immediateChild(named: name, from: object, traits: traits)
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            var traits = context.types.traits(of: object)
            if !traits.isKnown || traits.isLambda, let lambda = object as? MustacheLambda {
                context.memo?.usedOutside()
                guard let result = lambda("") else { return nil }
                object = result
                traits = context.types.traits(of: object)
            }
            guard let childObject = _getImmediateChild(named: name, from: object, traits: traits) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        func _getChildInStack(named names: ArraySlice<String>) -> Any? {
            guard let name = names.first else { return context.top }
            // Each level is read in place: a copy of a stack entry counted a reference to its
            // object and another to its parent, at every level of every look-up
            return context.stack.withLevels(below: context.depth) { levels in
                var level = levels.count - 1
                while level >= 0 {
                    let child =
                        if let parent = levels[level].parent {
                            parent.child(named: name)
                        } else {
                            _getImmediateChild(named: name, from: levels[level].object, traits: context.types.traits(of: levels[level].object))
                        }
                    if case .some(let childObject) = consume child {
                        if let memo = context.memo {
                            memo.found(atLevel: level)
                            if memo.isRecording(above: level) {
                                memo.recordersFound(name: name, atLevel: level, key: memoKey(of: childObject, types: context.types), isFound: true)
                            }
                        }
                        return _getChild(named: names.dropFirst(), from: childObject)
                    }
                    level -= 1
                }
                // Not found anywhere: the answer depends on every level
                context.memo?.found(name: name, atLevel: -1, key: nil)
                return nil
            }
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        let found: Any?
        if name.isCurrentObject {
            context.memo?.usedObject(atLevel: context.depth - 1)
            found = context.top
        } else if name.text.isEmpty, !transforms.isEmpty {
            context.memo?.usedSequenceContext(atLevel: context.depth - 1)
            found = context.sequenceContext
        } else if name.isLocal {
            context.memo?.usedObject(atLevel: context.depth - 1)
            found = _getChild(named: name.components[...], from: context.top)
        } else {
            found = _getChildInStack(named: name.components[...])
        }

        // skip transforms if child is nil; the value found is moved, not copied (each copy of an
        // `Any` is a call through its type's value witnesses)
        guard case .some(var child) = consume found else {
            return nil
        }
        var traits = context.types.traits(of: child)
        if !traits.isKnown || traits.isCustomRepresentation, let custom = child as? MustacheCustomRepresentation {
            guard let representation = custom.representation else { return nil }
            child = representation
            traits = context.types.traits(of: child)
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                traits = context.types.traits(of: child)
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return (child, traits)
    }

    /// The child named `name` of `object` (not up the stack), whose type's traits are `traits`
    func immediateChild(named name: String, from object: Any, traits: MustacheTypeTraits) -> Any? {
        if traits.isKnown, !traits.isCustomRepresentation {
            if let parent = traits.parent { return parent.child(of: object, named: name) }
            return Mirror(reflecting: object).getValue(forKey: name)
        }
        let object: Any? =
            if let custom = object as? MustacheCustomRepresentation {
                custom.representation
            } else {
                object
            }
        if let customBox = object as? MustacheParent {
            return customBox.child(named: name)
        } else if let object {
            let mirror = Mirror(reflecting: object)
            return mirror.getValue(forKey: name)
        } else {
            return nil
        }
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
