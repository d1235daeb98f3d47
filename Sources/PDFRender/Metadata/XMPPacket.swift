import TypesetLayout

/// The document's XMP metadata packet (ISO 16684-1), mirroring the Info dictionary as PDF/A
/// requires (ISO 19005-2 §6.6.2.3), plus the PDF/A identification schema.
enum XMPPacket {
  static let producer = "Settle PDFRender"

  static func make(_ metadata: DocumentMetadata, conformance: PDFConformance, documentID: String) -> [UInt8] {
    let date = PDFDate(secondsSince1970: metadata.creationDate).xmpString
    var x = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
    x += "  <rdf:Description rdf:about=\"\"\n"
    x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
    x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
    x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
    x += "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\""
    if conformance.isArchival { x += "\n    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"" }
    x += ">\n"
    x += "   <dc:format>application/pdf</dc:format>\n"
    if !metadata.title.isEmpty {
      x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(metadata.title))</rdf:li></rdf:Alt></dc:title>\n"
    }
    if !metadata.author.isEmpty {
      x += "   <dc:creator><rdf:Seq><rdf:li>\(escape(metadata.author))</rdf:li></rdf:Seq></dc:creator>\n"
    }
    if !metadata.subject.isEmpty {
      x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(metadata.subject))</rdf:li></rdf:Alt></dc:description>\n"
    }
    if !metadata.language.isEmpty {
      x += "   <dc:language><rdf:Bag><rdf:li>\(escape(metadata.language))</rdf:li></rdf:Bag></dc:language>\n"
    }
    if !metadata.keywords.isEmpty {
      x += "   <pdf:Keywords>\(escape(keywords(metadata)))</pdf:Keywords>\n"
    }
    x += "   <pdf:Producer>\(escape(producer))</pdf:Producer>\n"
    if !metadata.creator.isEmpty {
      x += "   <xmp:CreatorTool>\(escape(metadata.creator))</xmp:CreatorTool>\n"
    }
    x += "   <xmp:CreateDate>\(date)</xmp:CreateDate>\n"
    x += "   <xmp:ModifyDate>\(date)</xmp:ModifyDate>\n"
    x += "   <xmp:MetadataDate>\(date)</xmp:MetadataDate>\n"
    x += "   <xmpMM:DocumentID>uuid:\(documentID)</xmpMM:DocumentID>\n"
    if let part = conformance.part {
      x += "   <pdfaid:part>\(part)</pdfaid:part>\n"
      x += "   <pdfaid:conformance>B</pdfaid:conformance>\n"
    }
    x += "  </rdf:Description>\n"
    x += " </rdf:RDF>\n"
    x += "</x:xmpmeta>\n"
    x += "<?xpacket end=\"w\"?>"
    return Array(x.utf8)
  }

  /// The keywords as one string, the same in Info and XMP.
  static func keywords(_ metadata: DocumentMetadata) -> String { metadata.keywords.joined(separator: ", ") }

  static func escape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        // XML 1.0 forbids most C0 controls; drop them rather than emit an unreadable packet.
        if c.value < 0x20 && c != "\t" && c != "\n" && c != "\r" { continue }
        out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
