//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

extension MustacheTemplate {
    /// The name of a variable or section, split at its dots once, when the template is parsed.
    ///
    /// Rendering used to split the name for every look-up; a template rendered many times
    /// split the same names again each time.
    struct Name: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// The name as written in the template
        let text: String
        /// The name's parts between dots ("a.b" -> ["a", "b"], ".a" -> ["a"], "." -> [])
        let components: [String]
        /// "." : the current object
        let isCurrentObject: Bool
        /// Starts with a "." : looked up in the current object only, not up the context stack
        let isLocal: Bool

        init(_ text: String) {
            self.text = text
            self.components = text.split(separator: ".").map { String($0) }
            self.isCurrentObject = text == "."
            self.isLocal = text.first == "."
        }

        init(stringLiteral value: String) {
            self.init(value)
        }

        var description: String { self.text }

        static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.text == rhs.text
        }
    }
}
