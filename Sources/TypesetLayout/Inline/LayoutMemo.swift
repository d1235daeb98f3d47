import Synchronization

/// Set paragraphs shared by the documents of one run, such as the packets of a batch: headings,
/// labels and wording that every document repeats word for word are broken into lines once.
///
/// A paragraph's lines depend only on its spans, style, link and width (`RepeatedLayoutKey`),
/// so lines set for one document are the lines any other would set: the output is the same with
/// or without a memo. A paragraph is kept the second time it is seen (most paragraphs hold names
/// and amounts and never repeat), and at most `maximumEntries` are kept; after that, documents
/// set the rest themselves. Thread-safe: one memo serves several layouts at once.
public final class LayoutMemo: Sendable {
  /// At most this many set paragraphs are kept.
  public let maximumEntries: Int

  private struct State: ~Copyable {
    var paragraphs: [RepeatedLayoutKey: SetParagraph] = [:]
    /// Fingerprints of paragraphs seen once (bounded like the paragraphs, four times over).
    var seen: Set<Int> = []
  }

  private let state = Mutex(State())

  /// A memo keeping up to `maximumEntries` paragraphs.
  public init(maximumEntries: Int = 4_096) {
    self.maximumEntries = max(0, maximumEntries)
  }

  /// How many set paragraphs are kept.
  public var count: Int { state.withLock { $0.paragraphs.count } }

  /// The lines of the paragraph `key` names, when a document of this run set them.
  func paragraph(_ key: RepeatedLayoutKey) -> SetParagraph? {
    state.withLock { $0.paragraphs[key] }
  }

  /// Keeps `paragraph` for `key` when the key was offered before and there is room.
  func remember(_ paragraph: SetParagraph, for key: RepeatedLayoutKey) {
    let fingerprint = key.hashValue
    state.withLock { state in
      guard state.paragraphs.count < maximumEntries else { return }
      if state.seen.contains(fingerprint) {
        state.paragraphs[key] = paragraph
      } else if state.seen.count < 4 * maximumEntries {
        state.seen.insert(fingerprint)
      }
    }
  }
}
