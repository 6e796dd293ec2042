//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// What a value's content is, for remembering how a section renders it
///
/// Two values with equal keys must render alike: the key's `scope` is an object of the
/// caller's (kept alive by the key), and within one scope `index` names one content.
public struct MustacheMemoKey: Hashable {
    let scope: AnyObject
    let index: Int

    public init(scope: AnyObject, index: Int) {
        self.scope = scope
        self.index = index
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.scope === rhs.scope && lhs.index == rhs.index
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(self.scope))
        hasher.combine(self.index)
    }
}

/// A value a section may render once per memo and then repeat (a menu entry, a list item
/// shown on many pages). Only structs, enums and `MustacheClassTraitsByType` classes are asked (see `MustacheTypeTraits`).
public protocol MustacheMemoizable {
    /// Nil when this value's rendering must not be remembered
    var memoKey: MustacheMemoKey? { get }
}

/// Section bodies already rendered for memoizable values, across renders
///
/// Give the same memo to many renders (`MustacheLibrary.render(_:withTemplate:memo:)`), on one
/// thread at a time. A section body rendered for a value with a `memoKey` is remembered only
/// when nothing in it looked outside that value: every name was found in the value or in what
/// the body pushed above it, no lambda ran, no inheritance block was expanded, and a list item
/// did not ask for its place in the list (`first()`, `index()`). Otherwise it renders each time.
public final class MustacheRenderMemo {
    struct Key: Hashable {
        let template: ObjectIdentifier
        let value: MustacheMemoKey
        let contentType: ObjectIdentifier
        let indentation: String?
        let isListItem: Bool
    }

    private struct Watch {
        /// The stack level the value sits at (a list's items, or the object pushed)
        let level: Int
        let isListItem: Bool
        var isPure = true
    }

    // A memo is used by one thread at a time (see above): no exclusivity checks, which every
    // name looked up paid through `found(atLevel:)`
    @exclusivity(unchecked) private var outputs: [Key: (text: String, template: MustacheTemplate.Identity)] = [:]
    @exclusivity(unchecked) private var watches: [Watch] = []
    /// The type table (`MustacheTypeCache`) of every render given this memo: what a type
    /// answers to casts depends on the type alone, so renders on one thread can share it
    let types = MustacheTypeCache()

    public init() {}

    /// The length in UTF-8 code units of the last text rendered with this memo, to reserve
    /// room for the next (`MustacheTemplate.render(_:library:memo:)`)
    var lastOutputLength = 0

    /// How many section renders are remembered
    public var count: Int { self.outputs.count }

    /// Renders `body` for `value` at stack level `level` onto the end of `output`, or appends
    /// what it rendered before; returns the body's text when it is remembered (nil when it
    /// looked outside the value)
    @discardableResult
    func render(
        _ body: MustacheTemplate,
        key: MustacheMemoKey,
        level: Int,
        isListItem: Bool,
        context: MustacheContext,
        into output: inout String,
        render: (inout String) -> Void
    ) -> String? {
        let key = Key(
            template: ObjectIdentifier(body.identity),
            value: key,
            contentType: ObjectIdentifier(type(of: context.contentType)),
            indentation: context.indentation,
            isListItem: isListItem
        )
        if let known = self.outputs[key] {
            output += known.text
            return known.text
        }
        self.watches.append(Watch(level: level, isListItem: isListItem))
        // The body's text is what it adds to the end of `output` (an offset in UTF-8 code units)
        let start = output.utf8.count
        render(&output)
        let watch = self.watches.removeLast()
        // The template is kept so that its identity is not reused while the key exists
        if watch.isPure {
            let text = String(output[output.utf8.index(output.utf8.startIndex, offsetBy: start)...])
            self.outputs[key] = (text, body.identity)
            return text
        }
        return nil
    }

    /// The texts a section body printed for a list's items the last time, by place in the list
    /// (`MustacheMemoizableList`); one slot per body, content type and indentation
    final class ListSlot {
        /// The body, so that its identity is not reused while the slot exists
        let template: MustacheTemplate.Identity
        var keys: [MustacheMemoKey?] = []
        /// Nil where the item's body looked outside the item (or had no key)
        var texts: [String?] = []
        /// Set while a list renders through the slot
        var isInUse = false

        init(template: MustacheTemplate.Identity) {
            self.template = template
        }
    }

    struct ListSlotKey: Hashable {
        let template: ObjectIdentifier
        let contentType: ObjectIdentifier
        let indentation: String?
    }

    @exclusivity(unchecked) private var listSlots: [ListSlotKey: ListSlot] = [:]

    /// The slot of lists rendered with `body` in this context, marked in use; nil when an
    /// enclosing render of the same body is using it
    func listSlot(_ body: MustacheTemplate, context: MustacheContext) -> ListSlot? {
        let key = ListSlotKey(
            template: ObjectIdentifier(body.identity),
            contentType: ObjectIdentifier(type(of: context.contentType)),
            indentation: context.indentation
        )
        let slot: ListSlot
        if let known = self.listSlots[key] {
            guard !known.isInUse else { return nil }
            slot = known
        } else {
            slot = ListSlot(template: body.identity)
            self.listSlots[key] = slot
        }
        slot.isInUse = true
        return slot
    }

    /// Runs being recorded (`MustacheRuns`), innermost last; their bases never decrease
    @exclusivity(unchecked) private var recorders: [MustacheRunRecorder] = []
    /// The runs of each template and content type (`runs(of:contentType:)`), found by the two
    /// objects' addresses in an open-addressed table: every template rendered (each section
    /// body, each list item's) asks for its runs, and a dictionary hashed both identities each time
    @exclusivity(unchecked) private var runsTable: [MustacheRuns?] = Array(repeating: nil, count: 256)
    @exclusivity(unchecked) private var runsCount = 0

    /// The runs of `template` rendered with `contentType`
    func runs(of template: MustacheTemplate, contentType: MustacheContentType) -> MustacheRuns {
        let contentTypeID = ObjectIdentifier(type(of: contentType))
        let mask = self.runsTable.count - 1
        var slot = Self.runsSlot(template.identity, contentTypeID) & mask
        while let known = self.runsTable[slot] {
            if known.template === template.identity, known.contentType == contentTypeID { return known }
            slot = (slot + 1) & mask
        }
        let runs = MustacheRuns(template: template.identity, contentType: contentTypeID, tokens: template.tokens.count)
        self.runsTable[slot] = runs
        self.runsCount += 1
        // At most half full, so probes stay short
        if self.runsCount * 2 > self.runsTable.count {
            let old = self.runsTable
            self.runsTable = Array(repeating: nil, count: old.count * 2)
            for case let known? in old {
                var slot = Self.runsSlot(known.template, known.contentType) & (self.runsTable.count - 1)
                while self.runsTable[slot] != nil { slot = (slot + 1) & (self.runsTable.count - 1) }
                self.runsTable[slot] = known
            }
        }
        return runs
    }

    @inline(__always)
    private static func runsSlot(_ template: MustacheTemplate.Identity, _ contentType: ObjectIdentifier) -> Int {
        // The addresses themselves (`hashValue` would hash them again): the identity's multiplied
        // by a large odd constant, whose high bits mix all of its bits; metadata addresses are
        // aligned, so the content type's bits above the alignment
        let address = UInt(bitPattern: ObjectIdentifier(template)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: (address >> 40) ^ (UInt(bitPattern: contentType) >> 4))
    }

    func beginRun(base: Int) {
        self.recorders.append(MustacheRunRecorder(base: base))
    }

    var runIsPure: Bool { self.recorders[self.recorders.count - 1].isPure }

    var runDependencyCount: Int { self.recorders[self.recorders.count - 1].dependencies.count }

    func endRun() -> MustacheRunRecorder {
        self.recorders.removeLast()
    }

    /// Whether a section body or a run is being watched for what it looks up
    var isListening: Bool { !self.watches.isEmpty || !self.recorders.isEmpty }

    /// Whether a run being recorded started above stack level `level` (a name found there is its dependency)
    @inline(__always)
    func isRecording(above level: Int) -> Bool {
        guard let last = self.recorders.last else { return false }
        return level < last.base
    }

    /// The name `name` was found at stack level `level` (-1: nowhere) and gave a value with the
    /// key `key`: runs that started above it depend on it, or end when the value has no key
    func found(name: String, atLevel level: Int, key: MustacheMemoKey?) {
        self.found(atLevel: level)
        self.recordersFound(name: name, atLevel: level, key: key, isFound: level >= 0)
    }

    func recordersFound(name: String, atLevel level: Int, key: MustacheMemoKey?, isFound: Bool) {
        var index = self.recorders.count - 1
        while index >= 0, level < self.recorders[index].base {
            if level == -1 {
                self.recorders[index].add(name, key: nil)
            } else if let key, isFound {
                self.recorders[index].add(name, key: key)
            } else {
                self.recorders[index].isPure = false
            }
            index -= 1
        }
    }

    /// The object at stack level `level` itself was used (`{{.}}`, `{{.name}}`): runs that started above it end
    func usedObject(atLevel level: Int) {
        var index = self.recorders.count - 1
        while index >= 0, level < self.recorders[index].base {
            self.recorders[index].isPure = false
            index -= 1
        }
    }

    /// A name was found at stack level `level` (-1: nowhere): bodies of values above it looked outside
    @inline(__always)
    func found(atLevel level: Int) {
        guard !self.watches.isEmpty else { return }
        var index = self.watches.count - 1
        while index >= 0, self.watches[index].level > level {
            self.watches[index].isPure = false
            index -= 1
        }
    }

    /// The list item at stack level `level` was asked its place in the list
    func usedSequenceContext(atLevel level: Int) {
        for index in self.watches.indices where self.watches[index].isListItem && self.watches[index].level >= level {
            self.watches[index].isPure = false
        }
        self.usedObject(atLevel: level)
    }

    /// Something whose result the memo cannot follow ran (a lambda, an inherited block)
    func usedOutside() {
        for index in self.watches.indices {
            self.watches[index].isPure = false
        }
        for index in self.recorders.indices {
            self.recorders[index].isPure = false
        }
    }
}
