//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// What rendering asks of a value's type, answered with dynamic casts once per type and
/// render instead of at every value printed or looked up.
///
/// A cast to a protocol looks up the type's conformances (on Linux about a thousand
/// instructions, hit or miss), and a template asks the same few types the same questions
/// at every name. Only types whose answers depend on the type alone are remembered:
/// structs and enums other than `Optional` and `AnyHashable` (whose casts look at the
/// value inside), and classes that conform to `MustacheClassTraitsByType`. Other class
/// instances, optionals and the rest are cast each time, as before.
struct MustacheTypeTraits {
    /// False when the value must be cast each time; the other fields are then unset
    let isKnown: Bool
    let isCustomRepresentation: Bool
    let parent: (any MustacheParent.Type)?
    let renderable: (any MustacheCustomRenderable.Type)?
    let isTemplate: Bool
    let isLambda: Bool
    /// Set for a sequence type, to reach its items without a cast to `MustacheSequence`
    let sequence: (any MustacheSequence.Type)?
    let isBool: Bool
    /// Set when a section may remember how it renders a value of this type
    let memoizable: (any MustacheMemoizable.Type)?
    /// Set for a list whose items may be memoizable (`MustacheMemoizableList`)
    let memoizableList: (any MustacheMemoizableList.Type)?

    static var unknown: MustacheTypeTraits { MustacheTypeTraits() }

    private init() {
        self.isKnown = false
        self.isCustomRepresentation = false
        self.parent = nil
        self.renderable = nil
        self.isTemplate = false
        self.isLambda = false
        self.sequence = nil
        self.isBool = false
        self.memoizable = nil
        self.memoizableList = nil
    }

    init(_ value: Any, type: Any.Type) {
        let known =
            (!(type is AnyObject.Type) || type is MustacheClassTraitsByType.Type) && !(value is AnyOptional)
            && type != AnyHashable.self
        self.isKnown = known
        self.isCustomRepresentation = known && value is MustacheCustomRepresentation
        self.parent = known ? type as? any MustacheParent.Type : nil
        self.renderable = known ? type as? any MustacheCustomRenderable.Type : nil
        self.isTemplate = known && type == MustacheTemplate.self
        self.isLambda = known && type == MustacheLambda.self
        self.sequence = known ? type as? any MustacheSequence.Type : nil
        self.isBool = known && type == Bool.self
        self.memoizable = known ? type as? any MustacheMemoizable.Type : nil
        self.memoizableList = known ? type as? any MustacheMemoizableList.Type : nil
    }
}

/// A class whose answers to the renderer's dynamic casts depend on its class alone, so
/// that they are remembered per render as a struct's are (`MustacheTypeTraits`).
///
/// Any class written in Swift qualifies; a class whose instances a cast may look inside
/// (a Foundation object bridged to a Swift value, a box of another value) does not.
/// The class is the instance's own (`type(of:)`): subclasses are remembered each on its own.
public protocol MustacheClassTraitsByType: AnyObject {}

/// The traits of the types met during one render, or the renders given one memo (a few)
///
/// Found by the type's metadata address in a small open-addressed table: a search of a list
/// compared a dozen addresses a look-up, and every name looked up asks for two or three types.
final class MustacheTypeCache {
    // Read and written only by the render that owns the table (one thread): no exclusivity
    // checks, which cost more than the search itself
    // Made at the first type: a render without a memo makes a table of its own
    @exclusivity(unchecked) private var types: [ObjectIdentifier?] = []
    @exclusivity(unchecked) private var traits: [MustacheTypeTraits] = []
    @exclusivity(unchecked) private var count = 0
    /// More types than this in one render (or in the renders sharing a memo) are cast each time
    private static let capacity = 64
    /// Twice the capacity, a power of two: probes stay short
    private static let slots = 128

    func traits(of value: Any) -> MustacheTypeTraits {
        let type = Swift.type(of: value)
        let id = ObjectIdentifier(type)
        if self.types.isEmpty {
            self.types = Array(repeating: nil, count: Self.slots)
            self.traits = Array(repeating: .unknown, count: Self.slots)
        }
        // Metadata addresses are aligned: the bits above the alignment spread types over the slots
        let address = unsafeBitCast(type, to: UInt.self)
        var slot = Int(truncatingIfNeeded: (address >> 4) ^ (address >> 11)) & (Self.slots - 1)
        while let known = self.types[slot] {
            if known == id { return self.traits[slot] }
            slot = (slot + 1) & (Self.slots - 1)
        }
        guard self.count < Self.capacity else { return .unknown }
        let found = MustacheTypeTraits(value, type: type)
        self.types[slot] = id
        self.traits[slot] = found
        self.count += 1
        return found
    }
}

/// Calls `body` with the value in `object` as a `T`, the type the type table found for it (its
/// entries are keyed by the value's dynamic type)
///
/// When the existential holds a `T` itself, the value is reached by opening the existential,
/// which compares two metadata pointers, instead of a dynamic cast, which searches the runtime's
/// tables each time. Otherwise (an `Any` inside the `Any`, or a subclass of the class that
/// declared the conformance) it is cast as before.
@inline(__always)
func withKnownValue<T, R>(of object: Any, as _: T.Type, _ body: (T) -> R) -> R {
    func open<U>(_ value: U) -> R {
        guard U.self == T.self else { return body(value as! T) }
        return withUnsafePointer(to: value) { body(UnsafeRawPointer($0).assumingMemoryBound(to: T.self).pointee) }
    }
    return open(object)
}

extension MustacheParent {
    /// The child of `object`, which is a `Self`, reached without a cast
    static func child(of object: Any, named name: String) -> Any? {
        withKnownValue(of: object, as: Self.self) { $0.child(named: name) }
    }

    /// `object`, which is a `Self`, as a `MustacheParent`, without searching its conformances
    static func parent(of object: Any) -> MustacheParent {
        withKnownValue(of: object, as: Self.self) { $0 }
    }
}

extension MustacheSequence {
    /// Renders a section for `object`, which is a `Self`, appending to `output`
    static func renderSection(of object: Any, with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        withKnownValue(of: object, as: Self.self) { $0.renderSection(with: template, context: context, into: &output) }
    }

    /// Renders an inverted section for `object`, which is a `Self`, appending to `output`
    static func renderInvertedSection(
        of object: Any,
        with template: MustacheTemplate,
        context: MustacheContext,
        into output: inout String
    ) {
        withKnownValue(of: object, as: Self.self) { $0.renderInvertedSection(with: template, context: context, into: &output) }
    }
}

extension MustacheMemoizable {
    /// The memo key of `object`, which is a `Self`
    static func memoKey(of object: Any) -> MustacheMemoKey? {
        withKnownValue(of: object, as: Self.self) { $0.memoKey }
    }
}

extension MustacheCustomRenderable {
    /// The text of `object`, which is a `Self`
    static func renderText(of object: Any) -> String {
        withKnownValue(of: object, as: Self.self) { $0.renderText }
    }

    /// Whether `object`, which is a `Self`, is null
    static func isNull(_ object: Any) -> Bool {
        withKnownValue(of: object, as: Self.self) { $0.isNull }
    }
}
