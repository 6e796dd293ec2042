//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Protocol for objects that can be rendered as a sequence in Mustache
public protocol MustacheSequence: Sequence {}

extension MustacheSequence {
    /// Render section using template
    func renderSection(with template: MustacheTemplate, context: MustacheContext) -> String {
        var string = ""
        var sequenceContext = MustacheSequenceContext(first: true)

        var iterator = makeIterator()
        guard var currentObject = iterator.next() else { return "" }

        while let object = iterator.next() {
            string += Self.renderItem(currentObject, with: template, sequenceContext: sequenceContext, context: context)
            currentObject = object
            sequenceContext.first = false
            sequenceContext.index += 1
        }

        sequenceContext.last = true
        string += Self.renderItem(currentObject, with: template, sequenceContext: sequenceContext, context: context)

        return string
    }

    /// One item of the section; repeated from the memo when an earlier render made it
    private static func renderItem(
        _ item: Any,
        with template: MustacheTemplate,
        sequenceContext: MustacheSequenceContext,
        context: MustacheContext
    ) -> String {
        if let memo = context.memo, let memoizable = context.types.traits(of: item).memoizable,
            let key = memoizable.memoKey(of: item)
        {
            return memo.render(template, key: key, level: context.stack.count, isListItem: true, context: context) {
                template.render(context: context.withSequence(item, sequenceContext: sequenceContext))
            }
        }
        return template.render(context: context.withSequence(item, sequenceContext: sequenceContext))
    }

    /// Render inverted section using template
    func renderInvertedSection(with template: MustacheTemplate, context: MustacheContext) -> String {
        var iterator = makeIterator()
        if iterator.next() == nil {
            return template.render(context: context.withObject(self))
        }
        return ""
    }
}

extension Array: MustacheSequence {}
extension Set: MustacheSequence {}
extension ReversedCollection: MustacheSequence {}
