//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// A list whose items may each say what they render like (`MustacheMemoizable`): with a memo,
/// a section over it repeats, item by item, what the same section body printed for the item
/// at the same place in the list the last time, when that item had the same key
///
/// Asked through the type table (`MustacheTypeTraits`), so a section over a `[Any]` or a list
/// of classes takes the old path.
protocol MustacheMemoizableList {
    /// Renders a section over `object`, which is a `Self`, appending to `output`
    static func renderSection(
        of object: Any,
        with template: MustacheTemplate,
        context: MustacheContext,
        memo: MustacheRenderMemo,
        into output: inout String
    )
}

extension Array: MustacheMemoizableList where Element: MustacheMemoizable {
    static func renderSection(
        of object: Any,
        with template: MustacheTemplate,
        context: MustacheContext,
        memo: MustacheRenderMemo,
        into output: inout String
    ) {
        withKnownValue(of: object, as: Self.self) { $0.renderMemoizedSection(with: template, context: context, memo: memo, into: &output) }
    }

    /// Each item's text comes from the list's slot when the item at that place had the same key
    /// last time (one comparison, no look-up in the memo's table); otherwise it is rendered as
    /// `renderSection(with:context:into:)` renders it, through the memo, and the slot keeps its
    /// text for the next list
    func renderMemoizedSection(with template: MustacheTemplate, context: MustacheContext, memo: MustacheRenderMemo, into output: inout String) {
        // Only values are asked for their keys, as the type table asks them (a class's instance
        // may be of a subclass that answers otherwise); a slot in use by an enclosing render of
        // the same body (a recursive partial) is not shared
        guard !(Element.self is AnyObject.Type), let slot = memo.listSlot(template, context: context) else {
            self.renderSection(with: template, context: context, into: &output)
            return
        }
        defer { slot.isInUse = false }
        if slot.keys.count != self.count {
            slot.keys = Array<MustacheMemoKey?>(repeating: nil, count: self.count)
            slot.texts = Array<String?>(repeating: nil, count: self.count)
        }
        let last = self.count - 1
        for position in self.indices {
            // Read in place: `self[position]` copied the whole item, in this unspecialized code
            // through its type's value witnesses, to read its key
            let key = self.withUnsafeBufferPointer { $0[position].memoKey }
            if let key, let known = slot.keys[position], known == key, let text = slot.texts[position] {
                output += text
                continue
            }
            var sequenceContext = MustacheSequenceContext(first: position == 0, last: position == last)
            sequenceContext.index = position
            let item: Any = self[position]
            if let key {
                let text = memo.render(template, key: key, level: context.depth, isListItem: true, context: context, into: &output) {
                    template.render(context: context.withSequence(item, sequenceContext: sequenceContext), into: &$0)
                }
                slot.keys[position] = key
                slot.texts[position] = text
            } else {
                template.render(context: context.withSequence(item, sequenceContext: sequenceContext), into: &output)
                slot.keys[position] = nil
                slot.texts[position] = nil
            }
        }
    }
}
