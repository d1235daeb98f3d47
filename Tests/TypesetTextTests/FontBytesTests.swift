import Foundation
import Testing

@testable import TypesetText

/// Font files mapped in place (`FontBytes`) against files read into memory.
@Suite struct FontBytesTests {
  @Test func mappedFileHoldsTheFileBytes() throws {
    let path = Fixtures.book.font(at: 0).path
    let read = try #require(FileBytes.read(path))
    let mapped = try #require(FontBytes(mapping: path))
    #expect(mapped.count == read.count)
    #expect(mapped.array == read)
    #expect(FontBytes(copying: read).array == read)
  }

  @Test func fontFromAMappedFileEqualsFontFromBytes() throws {
    let path = Fixtures.book.font(at: 0).path
    let mapped = try Font(path: path)
    let copied = try Font(data: try #require(FileBytes.read(path)), path: path)
    #expect(mapped.id == copied.id)
    #expect(mapped.data == copied.data)
    #expect(mapped.glyphCount == copied.glyphCount && mapped.unitsPerEm == copied.unitsPerEm)
    for scalar in "Statement – شركة".unicodeScalars {
      let g = mapped.glyph(for: scalar)
      #expect(g == copied.glyph(for: scalar))
      if let g { #expect(mapped.advance(of: g) == copied.advance(of: g)) }
    }
    #expect(mapped.withUnsafeBytes { Array($0.prefix(4)) } == [0, 1, 0, 0])
  }

  @Test func missingOrEmptyFilesAreNotMapped() throws {
    #expect(FontBytes(mapping: "/nonexistent/settle-font.ttf") == nil)
    #expect(FontBytes.contents(of: "/nonexistent/settle-font.ttf") == nil)
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("settle-empty-\(getpid()).ttf")
    try Data().write(to: empty)
    defer { try? FileManager.default.removeItem(at: empty) }
    #expect(FontBytes(mapping: empty.path) == nil)  // nothing to map: read instead
    #expect(FontBytes.contents(of: empty.path)?.count == 0)
    #expect(throws: FontError.self) { try Font(path: empty.path) }
    #expect(FontBytes(mapping: FileManager.default.temporaryDirectory.path) == nil)  // a folder
  }
}
