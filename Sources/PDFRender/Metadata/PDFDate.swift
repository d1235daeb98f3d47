/// A UTC calendar instant from seconds since 1970, formatted for PDF and XMP.
///
/// Pure integer arithmetic (Howard Hinnant's civil-from-days), so no time zone, locale or
/// Foundation calendar can change the output.
struct PDFDate: Hashable {
  var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

  init(secondsSince1970 t: Int64) {
    var days = t / 86_400
    var secs = t % 86_400
    if secs < 0 { secs += 86_400; days -= 1 }
    hour = Int(secs / 3600)
    minute = Int(secs % 3600 / 60)
    second = Int(secs % 60)
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = Int(doy - (153 * mp + 2) / 5 + 1)
    month = Int(mp < 10 ? mp + 3 : mp - 9)
    year = Int(yoe + era * 400 + (month <= 2 ? 1 : 0))
  }

  private func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }

  /// `D:YYYYMMDDHHmmSS+00'00'` (ISO 32000-1 §7.9.4).
  var pdfString: String {
    "D:" + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(hour, 2) + pad(minute, 2) + pad(second, 2) + "+00'00'"
  }

  /// `YYYY-MM-DDTHH:mm:SS+00:00` (XMP, ISO 8601).
  var xmpString: String {
    pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2) + "+00:00"
  }
}
