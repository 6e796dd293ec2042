//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Runs of a template's tokens remembered with what they looked up outside themselves
///
/// With a memo, a template's tokens are rendered in runs: a run is recorded while its tokens
/// render, with the names they found below the run (in the objects on the stack when the run
/// started) and the memo keys (`MustacheMemoizable`) of the values those names gave. It ends
/// before the first token that looked outside at anything else: a value without a key, the
/// current object or a list item's place, a lambda, an inheritance block. The next render of
/// the template at the same token looks the run's names up again; when each gives a value
/// with the same key (or is missing again), the run's text is appended and its tokens skipped.
/// A site's header and footer read only per-language values (`site`, `t`, `links`), so on
/// every page after the first of its language they are one look-up per name and one append.
final class MustacheRuns {
    /// A name found below a run, and the key of the value it gave; nil: the name was found nowhere
    struct Dependency {
        let name: String
        let key: MustacheMemoKey?
    }

    struct Run {
        /// The token after the run
        let end: Int
        let dependencies: [Dependency]
        let text: String
    }

    /// The template, so that its identity is not reused while its runs are kept
    let template: MustacheTemplate.Identity
    /// The content type's type (`ObjectIdentifier`) the template renders with
    let contentType: ObjectIdentifier
    // A memo's runs are used by one thread at a time (`MustacheRenderMemo`): no exclusivity checks
    /// Per token: the runs recorded from it (a few, one per language say)
    @exclusivity(unchecked) var runs: [[Run]]
    /// Per token: how many times a run from it ended too soon to be kept
    @exclusivity(unchecked) var failures: [UInt8]

    /// Runs kept per token; an older one is forgotten for a new one
    static let runsPerToken = 4
    /// After this many runs from a token were too short to keep, none is recorded from it again
    static let failuresBeforeGivingUp: UInt8 = 8

    init(template: MustacheTemplate.Identity, contentType: ObjectIdentifier, tokens: Int) {
        self.template = template
        self.contentType = contentType
        self.runs = Array(repeating: [], count: tokens)
        self.failures = Array(repeating: 0, count: tokens)
    }
}

/// What a run being recorded found below itself
struct MustacheRunRecorder {
    /// The stack level of the first object pushed inside the run: names found below it are the run's dependencies
    let base: Int
    var dependencies: [MustacheRuns.Dependency] = []
    var isPure = true

    mutating func add(_ name: String, key: MustacheMemoKey?) {
        for dependency in self.dependencies where dependency.name == name { return }
        self.dependencies.append(.init(name: name, key: key))
    }
}

extension MustacheTemplate {
    /// Renders the tokens from `start` on, in runs remembered by `memo` (`MustacheRuns`)
    func renderTokensInRuns(from start: Int, context: MustacheContext, memo: MustacheRenderMemo, into output: inout String) {
        let count = self.tokens.count
        // A template that starts by choosing its content type (each of Pamphlet's does) finds its
        // runs under that content type only
        if start < count, case .contentType(let contentType) = self.tokens[start] {
            self.renderTokens(from: start + 1, context: context.withContentType(contentType), into: &output)
            return
        }
        let runs = memo.runs(of: self, contentType: context.contentType)
        var index = start
        while index < count {
            if case .contentType(let contentType) = self.tokens[index] {
                self.renderTokens(from: index + 1, context: context.withContentType(contentType), into: &output)
                return
            }
            if let end = self.replayRun(runs, at: index, context: context, memo: memo, into: &output) {
                index = end
                continue
            }
            if runs.failures[index] >= MustacheRuns.failuresBeforeGivingUp {
                self.renderToken(self.tokens[index], context: context, into: &output)
                index += 1
                continue
            }
            // Record a run from `index`: render tokens while none looked outside at anything without a key
            memo.beginRun(base: context.depth)
            let startOffset = output.utf8.count
            var end = index
            var endOffset = startOffset
            var dependencies = 0
            var endedOnToken = false
            while end < count {
                if case .contentType = self.tokens[end] { break }
                self.renderToken(self.tokens[end], context: context, into: &output)
                guard memo.runIsPure else {
                    endedOnToken = true
                    break
                }
                end += 1
                endOffset = output.utf8.count
                dependencies = memo.runDependencyCount
            }
            let recorder = memo.endRun()
            if end - index >= 2 {
                let utf8 = output.utf8
                let text = String(
                    Substring(utf8[utf8.index(utf8.startIndex, offsetBy: startOffset)..<utf8.index(utf8.startIndex, offsetBy: endOffset)])
                )
                runs.add(
                    MustacheRuns.Run(end: end, dependencies: Array(recorder.dependencies[..<dependencies]), text: text),
                    at: index
                )
            } else {
                // Nothing kept from this token: after a few tries, its tokens render on their own
                runs.failures[index] &+= 1
            }
            index = endedOnToken ? end + 1 : end
        }
    }

    /// Appends the first of the runs recorded from token `index` whose names give values with
    /// the same keys as when it was recorded, and returns the token after it; nil when none does
    private func replayRun(_ runs: MustacheRuns, at index: Int, context: MustacheContext, memo: MustacheRenderMemo, into output: inout String) -> Int? {
        let count = runs.runs[index].count
        guard count > 0 else { return nil }
        for candidate in 0..<count {
            let matches = runs.runs[index][candidate].dependencies.withUnsafeBufferPointer { dependencies in
                for dependency in dependencies {
                    let (level, key) = self.keyOfName(dependency.name, context: context)
                    // A dependency without a key was found nowhere, and must still be
                    let same = if let expected = dependency.key { key == expected } else { level == -1 }
                    guard same else { return false }
                }
                return true
            }
            guard matches else { continue }
            // What encloses the run (a section body remembered for its value, a run being
            // recorded) hears of the names it looked up, as if its tokens had rendered
            if memo.isListening {
                for dependency in runs.runs[index][candidate].dependencies {
                    memo.found(name: dependency.name, atLevel: self.keyOfName(dependency.name, context: context).level, key: dependency.key)
                }
            }
            output += runs.runs[index][candidate].text
            return runs.runs[index][candidate].end
        }
        return nil
    }

    /// The stack level where `name` is found (-1: nowhere) and the memo key of its value
    private func keyOfName(_ name: String, context: MustacheContext) -> (level: Int, key: MustacheMemoKey?) {
        context.stack.withLevels(below: context.depth) { levels in
            var level = levels.count - 1
            while level >= 0 {
                let child =
                    if let parent = levels[level].parent {
                        parent.child(named: name)
                    } else {
                        self.immediateChild(named: name, from: levels[level].object, traits: context.types.traits(of: levels[level].object))
                    }
                if let child {
                    return (level, memoKey(of: child, types: context.types))
                }
                level -= 1
            }
            return (-1, nil)
        }
    }
}

/// The memo key of `value`, asked through the type table (nil for types it does not know)
func memoKey(of value: Any, types: MustacheTypeCache) -> MustacheMemoKey? {
    let traits = types.traits(of: value)
    guard traits.isKnown, let memoizable = traits.memoizable else { return nil }
    return memoizable.memoKey(of: value)
}

extension MustacheRuns {
    func add(_ run: Run, at index: Int) {
        if self.runs[index].count >= Self.runsPerToken { self.runs[index].removeFirst() }
        self.runs[index].append(run)
    }
}
