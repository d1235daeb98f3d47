/// Where an indirect object lives, from a cross-reference section or from reconstruction.
enum XRefEntry: Equatable {
  /// At a byte offset of the file.
  case offset(Int)
  /// Inside object stream `stream` at position `index`.
  case compressed(stream: Int, index: Int)
}

/// A parsed object stream: decoded bytes, the offset of its first object, and its object list.
struct ObjectStreamIndex {
  let data: [UInt8]
  let first: Int
  let members: [(number: Int, offset: Int)]
}
