/// File paths as people type or drop them into a terminal.
enum TypedPath {
  /// The path with what terminals add taken off: surrounding quotes (`'My Invoice.pdf'`),
  /// backslash escapes (`My\ Invoice.pdf`, from drag and drop), a `file://` prefix, and a leading
  /// `~/` expanded to the home folder.
  static func normalized(_ typed: String, homeDirectory: String?) -> String {
    var text = typed
    if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
      text = String(text.dropFirst().dropLast())
    } else if text.contains("\\") {
      var unescaped = ""
      var escaping = false
      for ch in text {
        if escaping {
          unescaped.append(ch)
          escaping = false
        } else if ch == "\\" {
          escaping = true
        } else {
          unescaped.append(ch)
        }
      }
      text = unescaped
    }
    if text.hasPrefix("file://") { text = String(text.dropFirst("file://".count)) }
    if let homeDirectory, text == "~" || text.hasPrefix("~/") {
      text = homeDirectory + text.dropFirst()
    }
    return text
  }
}
