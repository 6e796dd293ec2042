//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// An object on the context stack, with what looking up a name in it needs,
/// worked out once, when it is pushed, rather than at every look-up
struct MustacheStackEntry {
    let object: Any
    /// The object as a `MustacheParent`; nil when it is not one, or when it has a custom
    /// representation (which is then asked for at every look-up, as before)
    let parent: MustacheParent?

    init(_ object: Any, types: MustacheTypeCache) {
        self.object = object
        let traits = types.traits(of: object)
        if traits.isKnown {
            self.parent = traits.isCustomRepresentation ? nil : traits.parent?.parent(of: object)
        } else {
            self.parent = object is MustacheCustomRepresentation ? nil : object as? MustacheParent
        }
    }
}

/// The objects on a render's context stack, shared by all of the render's contexts
///
/// A context is the stack's first `depth` levels. Sections render depth first, so when a context
/// pushes an object, the levels above its depth belong to contexts that are done with: the push
/// writes over them instead of copying the levels below into a new array (a copy of every entry,
/// two existentials each, at every section and list item, and as many destroyed afterwards)
final class MustacheStack {
    /// Levels at or above a context's depth may be stale; only `levels(below:)` reads them
    @exclusivity(unchecked) private var entries: [MustacheStackEntry]

    init(_ entry: MustacheStackEntry) {
        self.entries = [entry]
    }

    /// Puts `entry` at level `depth`, over whatever a finished context left there; the entry is
    /// moved in (copying it went through its two existentials' value witnesses)
    func push(_ entry: consuming MustacheStackEntry, at depth: Int) {
        if depth < self.entries.count {
            self.entries[depth] = consume entry
        } else {
            self.entries.append(consume entry)
        }
    }

    /// The object at level `level`
    func object(at level: Int) -> Any {
        self.entries[level].object
    }

    /// Calls `body` with the levels below `depth`, read in place
    func withLevels<Result>(below depth: Int, _ body: (UnsafeBufferPointer<MustacheStackEntry>) -> Result) -> Result {
        self.entries.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<depth])) }
    }
}

/// A content type, boxed: an existential of any size in the context made every context a value
/// copied and destroyed through its type's value witnesses, field by field
final class MustacheContentTypeBox: Sendable {
    let value: MustacheContentType

    init(_ value: MustacheContentType) {
        self.value = value
    }

    /// The default, HTML, given to every render and partial
    static let html = MustacheContentTypeBox(HTMLContentType())
}

/// Context while rendering mustache tokens
struct MustacheContext {
    /// The render's stack, of which this context is the first `depth` levels
    let stack: MustacheStack
    let depth: Int
    let sequenceContext: MustacheSequenceContext?
    let indentation: String?
    let inherited: [String: MustacheTemplate]?
    let contentTypeBox: MustacheContentTypeBox
    var contentType: MustacheContentType { self.contentTypeBox.value }
    let library: MustacheLibrary?
    let reloadPartials: Bool
    /// What the types met so far answered to dynamic casts, for the whole render (for every
    /// render given the same memo)
    let types: MustacheTypeCache
    /// Section bodies remembered across renders; nil when the caller gave none
    let memo: MustacheRenderMemo?

    /// initialize context with a single objectt
    init(_ object: Any, library: MustacheLibrary? = nil, reloadPartials: Bool = false, memo: MustacheRenderMemo? = nil) {
        let types = memo?.types ?? MustacheTypeCache()
        self.memo = memo
        self.types = types
        self.stack = MustacheStack(MustacheStackEntry(object, types: types))
        self.depth = 1
        self.sequenceContext = nil
        self.indentation = nil
        self.inherited = nil
        self.contentTypeBox = .html
        self.library = library
        self.reloadPartials = reloadPartials
    }

    private init(
        stack: MustacheStack,
        depth: Int,
        sequenceContext: MustacheSequenceContext?,
        indentation: String?,
        inherited: [String: MustacheTemplate]?,
        contentType: MustacheContentTypeBox,
        library: MustacheLibrary? = nil,
        reloadPartials: Bool,
        types: MustacheTypeCache,
        memo: MustacheRenderMemo?
    ) {
        self.types = types
        self.memo = memo
        self.stack = stack
        self.depth = depth
        self.sequenceContext = sequenceContext
        self.indentation = indentation
        self.inherited = inherited
        self.contentTypeBox = contentType
        self.library = library
        self.reloadPartials = reloadPartials
    }

    /// The object on top of the stack (the current object, `.`)
    var top: Any { self.stack.object(at: self.depth - 1) }

    /// return context with object add to stack
    func withObject(_ object: Any) -> MustacheContext {
        self.stack.push(MustacheStackEntry(object, types: self.types), at: self.depth)
        return .init(
            stack: self.stack,
            depth: self.depth + 1,
            sequenceContext: nil,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentTypeBox,
            library: self.library,
            reloadPartials: self.reloadPartials,
            types: self.types,
            memo: self.memo
        )
    }

    /// return context with indent and parameter information for invoking a partial
    func withPartial(indented: String?, inheriting: [String: MustacheTemplate]?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        let inherits: [String: MustacheTemplate]?
        if let inheriting {
            if let originalInherits = self.inherited {
                inherits = originalInherits.merging(inheriting) { value, _ in value }
            } else {
                inherits = inheriting
            }
        } else {
            inherits = self.inherited
        }
        return .init(
            stack: self.stack,
            depth: self.depth,
            sequenceContext: nil,
            indentation: indentation,
            inherited: inherits,
            contentType: .html,
            library: self.library,
            reloadPartials: self.reloadPartials,
            types: self.types,
            memo: self.memo
        )
    }

    /// return context with indent information for invoking an inheritance block
    func withBlockExpansion(indented: String?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        return .init(
            stack: self.stack,
            depth: self.depth,
            sequenceContext: nil,
            indentation: indentation,
            inherited: self.inherited,
            contentType: self.contentTypeBox,
            library: self.library,
            reloadPartials: self.reloadPartials,
            types: self.types,
            memo: self.memo
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withSequence(_ object: Any, sequenceContext: MustacheSequenceContext) -> MustacheContext {
        self.stack.push(MustacheStackEntry(object, types: self.types), at: self.depth)
        return .init(
            stack: self.stack,
            depth: self.depth + 1,
            sequenceContext: sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentTypeBox,
            library: self.library,
            reloadPartials: self.reloadPartials,
            types: self.types,
            memo: self.memo
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withContentType(_ contentType: MustacheContentType) -> MustacheContext {
        self.withContentType(MustacheContentTypeBox(contentType))
    }

    func withContentType(_ contentType: MustacheContentTypeBox) -> MustacheContext {
        .init(
            stack: self.stack,
            depth: self.depth,
            sequenceContext: self.sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: contentType,
            library: self.library,
            reloadPartials: self.reloadPartials,
            types: self.types,
            memo: self.memo
        )
    }
}
