/// A console over byte streams: reads answers with a `read` function and writes prompts with a
/// `write` function.
///
/// `settle new` connects it to standard input and standard error; tests connect it to bytes in
/// memory. Input is read in chunks and split at `\n` (a `\r` before it is dropped), so answers
/// piped in all at once are taken one line per question.
public final class StreamConsole: WizardConsole {
  private let read: (Int) -> [UInt8]
  private let output: ([UInt8]) -> Void
  private var buffer: [UInt8] = []
  private var start = 0
  private var isAtEnd = false
  /// How text is decorated (see `ConsoleStyle.detect`).
  public let style: ConsoleStyle
  /// Whether each line read is written back after its prompt, so a transcript of piped answers
  /// reads like a conversation (a terminal echoes typed answers by itself).
  public let echoesInput: Bool

  /// The longest line accepted; longer input is cut into lines of this size.
  public static let maximumLineLength = 1 << 20

  /// Creates a console.
  /// - Parameters:
  ///   - read: reads up to the given number of bytes; an empty result means the end of input.
  ///   - write: receives the prompt text's UTF-8 bytes.
  ///   - style: whether to decorate text for a terminal.
  ///   - echoesInput: whether to write each line read back to `write` (for input that is not a terminal).
  public init(
    read: @escaping (Int) -> [UInt8], write: @escaping ([UInt8]) -> Void, style: ConsoleStyle = .plain,
    echoesInput: Bool = false
  ) {
    self.read = read
    self.output = write
    self.style = style
    self.echoesInput = echoesInput
  }

  /// Creates a console that answers from `input` and collects prompts with `write` (for tests
  /// and scripts).
  public convenience init(input: [UInt8], write: @escaping ([UInt8]) -> Void, echoesInput: Bool = true) {
    var remaining = input[...]
    self.init(
      read: { count in
        let chunk = Array(remaining.prefix(count))
        remaining = remaining.dropFirst(chunk.count)
        return chunk
      }, write: write, echoesInput: echoesInput)
  }

  public func readLine() -> [UInt8]? {
    let line = nextLine()
    if echoesInput, let line { output(line + [0x0A]) }
    return line
  }

  private func nextLine() -> [UInt8]? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        var line = Array(buffer[start..<newline])
        start = newline + 1
        compact()
        if line.last == 0x0D { line.removeLast() }
        return line
      }
      if buffer.count - start >= StreamConsole.maximumLineLength {
        let line = Array(buffer[start..<(start + StreamConsole.maximumLineLength)])
        start += StreamConsole.maximumLineLength
        compact()
        return line
      }
      if isAtEnd {
        guard start < buffer.count else { return nil }
        // A last line without a line break still counts as an answer.
        let line = Array(buffer[start...])
        start = buffer.count
        compact()
        return line
      }
      let chunk = read(4096)
      if chunk.isEmpty { isAtEnd = true } else { buffer += chunk }
    }
  }

  public func write(_ text: String) { output(Array(text.utf8)) }

  private func compact() {
    if start > 65536 || start == buffer.count {
      buffer.removeFirst(start)
      start = 0
    }
  }
}
