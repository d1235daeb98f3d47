import PDFWriter
import TypesetLayout

/// Writes the outline (bookmarks) tree (ISO 32000-1 §12.3.3) with named destinations.
enum OutlineWriter {
  /// The number of descendants shown when `entry` is open (its children, plus the visible
  /// descendants of open children).
  static func visibleDescendants(_ entry: OutlineEntry) -> Int {
    entry.children.reduce(0) { $0 + 1 + ($1.isOpen ? visibleDescendants($1) : 0) }
  }

  /// Writes the outline root `root` and every item; refs are allocated in pre-order.
  static func write(_ entries: [OutlineEntry], root: PDFRef, to file: inout PDFFileWriter) {
    let refs = allocate(entries, in: &file)
    let count = entries.reduce(0) { $0 + 1 + ($1.isOpen ? visibleDescendants($1) : 0) }
    file.writeDictionary(root) { d in
      d.set("Type", name: "Outlines")
      if let first = refs.first, let last = refs.last {
        d.set("First", reference: first.ref)
        d.set("Last", reference: last.ref)
      }
      d.set("Count", integer: count)
    }
    writeItems(entries, refs: refs, parent: root, to: &file)
  }

  private struct Node {
    var ref: PDFRef
    var children: [Node]
  }

  private static func allocate(_ entries: [OutlineEntry], in file: inout PDFFileWriter) -> [Node] {
    entries.map { entry in
      let ref = file.allocateRef()
      return Node(ref: ref, children: allocate(entry.children, in: &file))
    }
  }

  private static func writeItems(_ entries: [OutlineEntry], refs: [Node], parent: PDFRef, to file: inout PDFFileWriter) {
    for (i, entry) in entries.enumerated() {
      let node = refs[i]
      file.writeDictionary(node.ref) { d in
        d.set("Title", text: entry.title)
        d.set("Parent", reference: parent)
        if i > 0 { d.set("Prev", reference: refs[i - 1].ref) }
        if i + 1 < refs.count { d.set("Next", reference: refs[i + 1].ref) }
        if let first = node.children.first, let last = node.children.last {
          d.set("First", reference: first.ref)
          d.set("Last", reference: last.ref)
          let visible = visibleDescendants(entry)
          d.set("Count", integer: entry.isOpen ? visible : -visible)
        }
        d.set("Dest", literal: Array(entry.anchor.utf8))
      }
      writeItems(entry.children, refs: node.children, parent: node.ref, to: &file)
    }
  }
}
