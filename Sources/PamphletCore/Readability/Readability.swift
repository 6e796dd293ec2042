// Temporary stand-in until the readability engine lands (same API).
public struct ReadabilityReport: Sendable, Equatable {
    public var words = 0, sentences = 0, syllables = 0, polysyllables = 0
    public var fleschKincaidGrade = 0.0
    public var fleschReadingEase = 0.0
    public var smogGrade = 0.0
    public var longestSentences: [Sentence] = []
    public var hardestWords: [HardWord] = []
    public struct Sentence: Sendable, Equatable { public var text: String; public var line: Int; public var words: Int }
    public struct HardWord: Sendable, Equatable { public var word: String; public var syllables: Int; public var plainer: String? }
}
public enum Readability { public static func analyze(_ blocks: [ProseBlock]) -> ReadabilityReport { ReadabilityReport() } }
