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
    /// Render section using template, appending to `output`
    func renderSection(with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        var sequenceContext = MustacheSequenceContext(first: true)

        var iterator = makeIterator()
        guard var currentObject = iterator.next() else { return }

        while let object = iterator.next() {
            Self.renderItem(currentObject, with: template, sequenceContext: sequenceContext, context: context, into: &output)
            currentObject = object
            sequenceContext.first = false
            sequenceContext.index += 1
        }

        sequenceContext.last = true
        Self.renderItem(currentObject, with: template, sequenceContext: sequenceContext, context: context, into: &output)
    }

    /// One item of the section; repeated from the memo when an earlier render made it
    private static func renderItem(
        _ item: Any,
        with template: MustacheTemplate,
        sequenceContext: MustacheSequenceContext,
        context: MustacheContext,
        into output: inout String
    ) {
        if let memo = context.memo, let memoizable = context.types.traits(of: item).memoizable,
            let key = memoizable.memoKey(of: item)
        {
            memo.render(template, key: key, level: context.depth, isListItem: true, context: context, into: &output) {
                template.render(context: context.withSequence(item, sequenceContext: sequenceContext), into: &$0)
            }
            return
        }
        template.render(context: context.withSequence(item, sequenceContext: sequenceContext), into: &output)
    }

    /// Render inverted section using template, appending to `output`
    func renderInvertedSection(with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        var iterator = makeIterator()
        if iterator.next() == nil {
            template.render(context: context.withObject(self), into: &output)
        }
    }
}

extension Array: MustacheSequence {}
extension Set: MustacheSequence {}
extension ReversedCollection: MustacheSequence {}
