/// The left context of the UAX #14 pair rules, carried from one scalar to the next.
///
/// A "unit" is a scalar together with the combining marks and ZWJs that LB9 attaches to it; rules
/// from LB11 on look at units. The space-skipping rules (LB8, LB14–LB17) look at the last unit
/// that is not a space; LB21a looks one unit further back; LB25 and LB30a keep a little history.
struct LineBreakState {
  /// The class of the previous scalar as it is, before LB9/LB10 (LB4–LB9 look at scalars).
  private var previousScalarClass: LineBreakClass
  /// The class of the previous unit after LB9 and LB10.
  private var previousClass: LineBreakClass
  /// The table entry of the previous unit's base scalar (for the LB30 and LB30b flags).
  private var previousEntry: LineBreakTable.Entry
  /// The class of the unit before the previous one (LB21a), if any.
  private var classBeforePrevious: LineBreakClass?
  /// The class of the last unit that is not SP (LB8, LB14–LB17).
  private var lastNonSpaceClass: LineBreakClass
  /// Number of regional indicators ending at the previous unit (LB30a pairs them).
  private var regionalIndicatorCount: Int
  /// Whether the previous unit ends `NU (NU | SY | IS)*` (LB25).
  private var isInNumber: Bool
  /// Whether the previous unit ends `NU (NU | SY | IS)* (CL | CP)` (LB25).
  private var isAfterClosedNumber: Bool

  /// Starts with the first scalar of the text (LB2: nothing before it can break).
  init(first entry: LineBreakTable.Entry) {
    let scalarClass = entry.lineBreakClass
    // LB10: a combining mark or ZWJ at the start of the text is AL.
    let unitClass = Self.isAttachable(scalarClass) ? .alphabetic : scalarClass
    previousScalarClass = scalarClass
    previousClass = unitClass
    previousEntry = entry
    classBeforePrevious = nil
    lastNonSpaceClass = unitClass
    regionalIndicatorCount = unitClass == .regionalIndicator ? 1 : 0
    isInNumber = unitClass == .numeric
    isAfterClosedNumber = false
  }

  /// Decides the position before `entry` and moves past it.
  ///
  /// - Parameter lookahead: the class of the unit after `entry`, asked only by LB25.
  mutating func advance(
    to entry: LineBreakTable.Entry, lookahead: () -> LineBreakClass?
  ) -> LineBreakAction {
    let scalarClass = entry.lineBreakClass
    let previousScalar = previousScalarClass
    previousScalarClass = scalarClass

    // LB4, LB5: hard line terminators.
    if previousScalar == .mandatoryBreak { return settle(.mandatory, scalarClass, entry) }
    if previousScalar == .carriageReturn {
      if scalarClass == .lineFeed { return settle(.prohibited, scalarClass, entry) }
      return settle(.mandatory, scalarClass, entry)
    }
    if previousScalar == .lineFeed || previousScalar == .nextLine {
      return settle(.mandatory, scalarClass, entry)
    }
    // LB6: no break before a hard line break.
    switch scalarClass {
    case .mandatoryBreak, .carriageReturn, .lineFeed, .nextLine:
      return settle(.prohibited, scalarClass, entry)
    // LB7: no break before spaces or ZW.
    case .space, .zeroWidthSpace:
      return settle(.prohibited, scalarClass, entry)
    default: break
    }
    // LB8: break after ZW, even with spaces between.
    if lastNonSpaceClass == .zeroWidthSpace { return settle(.allowed, scalarClass, entry) }
    // LB8a: no break after ZWJ.
    let afterJoiner = previousScalar == .zeroWidthJoiner
    // LB9: a combining mark or ZWJ joins the unit before it, unless that is a line break, space or ZW.
    if Self.isAttachable(scalarClass) {
      switch previousScalar {
      case .mandatoryBreak, .carriageReturn, .lineFeed, .nextLine, .space, .zeroWidthSpace: break
      default: return .prohibited  // the unit (and so the state) is unchanged
      }
    }
    // LB10: any remaining CM or ZWJ is AL.
    let current = Self.isAttachable(scalarClass) ? LineBreakClass.alphabetic : scalarClass
    if afterJoiner { return settle(.prohibited, current, entry) }
    return settle(pairAction(current: current, entry: entry, lookahead: lookahead), current, entry)
  }

  /// Rules LB11 to LB31 between the previous unit and a unit of class `current`.
  private func pairAction(
    current: LineBreakClass, entry: LineBreakTable.Entry, lookahead: () -> LineBreakClass?
  ) -> LineBreakAction {
    let previous = previousClass
    // Fast path for the most common pair, letter after letter: no rule before LB28 involves AL
    // on both sides (and with `previous` AL the space-skipping rules see AL too), so LB28 decides.
    if previous == .alphabetic && current == .alphabetic { return .prohibited }
    // LB11: no break around WJ.
    if current == .wordJoiner || previous == .wordJoiner { return .prohibited }
    // LB12: no break after GL.
    if previous == .glue { return .prohibited }
    // LB12a: no break before GL, except after spaces and hyphens.
    if current == .glue && previous != .space && previous != .breakAfter && previous != .hyphen {
      return .prohibited
    }
    // LB13: no break before closing punctuation, "!", "/" or infix separators.
    switch current {
    case .closePunctuation, .closeParenthesis, .exclamation, .infixSeparator, .symbolAllowingBreakAfter:
      return .prohibited
    default: break
    }
    // LB14: no break after OP, even with spaces between.
    if lastNonSpaceClass == .openPunctuation { return .prohibited }
    // LB15: QU SP* × OP.
    if lastNonSpaceClass == .quotation && current == .openPunctuation { return .prohibited }
    // LB16: (CL | CP) SP* × NS.
    if (lastNonSpaceClass == .closePunctuation || lastNonSpaceClass == .closeParenthesis)
      && current == .nonstarter
    {
      return .prohibited
    }
    // LB17: B2 SP* × B2.
    if lastNonSpaceClass == .breakOpportunityBeforeAndAfter && current == .breakOpportunityBeforeAndAfter {
      return .prohibited
    }
    // LB18: break after spaces.
    if previous == .space { return .allowed }
    // LB19: no break around quotation marks.
    if current == .quotation || previous == .quotation { return .prohibited }
    // LB20: break around contingent breaks.
    if current == .contingentBreak || previous == .contingentBreak { return .allowed }
    // LB21: no break before BA, HY, NS or after BB.
    switch current {
    case .breakAfter, .hyphen, .nonstarter: return .prohibited
    default: break
    }
    if previous == .breakBefore { return .prohibited }
    // LB21a: no break after a Hebrew letter followed by a hyphen.
    if classBeforePrevious == .hebrewLetter && (previous == .hyphen || previous == .breakAfter) {
      return .prohibited
    }
    // LB21b: SY × HL.
    if previous == .symbolAllowingBreakAfter && current == .hebrewLetter { return .prohibited }
    // LB22: no break before IN.
    if current == .inseparable { return .prohibited }
    // LB23: letters and digits stick together.
    if Self.isLetter(previous) && current == .numeric { return .prohibited }
    if previous == .numeric && Self.isLetter(current) { return .prohibited }
    // LB23a: PR × (ID | EB | EM); (ID | EB | EM) × PO.
    if previous == .prefixNumeric && Self.isIdeographicLike(current) { return .prohibited }
    if Self.isIdeographicLike(previous) && current == .postfixNumeric { return .prohibited }
    // LB24: (PR | PO) × (AL | HL); (AL | HL) × (PR | PO).
    if Self.isAffix(previous) && Self.isLetter(current) { return .prohibited }
    if Self.isLetter(previous) && Self.isAffix(current) { return .prohibited }
    // LB25: numeric sequences (Example 7 form, see `LineBreaker`).
    if numericSequenceContinues(previous: previous, current: current, lookahead: lookahead) {
      return .prohibited
    }
    // LB26: Korean syllable blocks.
    switch (previous, current) {
    case (.hangulLeadingJamo, .hangulLeadingJamo), (.hangulLeadingJamo, .hangulVowelJamo),
      (.hangulLeadingJamo, .hangulLVSyllable), (.hangulLeadingJamo, .hangulLVTSyllable),
      (.hangulVowelJamo, .hangulVowelJamo), (.hangulVowelJamo, .hangulTrailingJamo),
      (.hangulLVSyllable, .hangulVowelJamo), (.hangulLVSyllable, .hangulTrailingJamo),
      (.hangulTrailingJamo, .hangulTrailingJamo), (.hangulLVTSyllable, .hangulTrailingJamo):
      return .prohibited
    default: break
    }
    // LB27: Korean syllable blocks as ideographs next to PO / PR.
    if Self.isHangul(previous) && current == .postfixNumeric { return .prohibited }
    if previous == .prefixNumeric && Self.isHangul(current) { return .prohibited }
    // LB28: no break between letters.
    if Self.isLetter(previous) && Self.isLetter(current) { return .prohibited }
    // LB29: IS × (AL | HL).
    if previous == .infixSeparator && Self.isLetter(current) { return .prohibited }
    // LB30: (AL | HL | NU) × OP and CP × (AL | HL | NU), for non-East-Asian brackets only.
    if (Self.isLetter(previous) || previous == .numeric) && current == .openPunctuation
      && !entry.isEastAsianWide
    {
      return .prohibited
    }
    if previous == .closeParenthesis && !previousEntry.isEastAsianWide
      && (Self.isLetter(current) || current == .numeric)
    {
      return .prohibited
    }
    // LB30a: regional indicators pair up.
    if previous == .regionalIndicator && current == .regionalIndicator && regionalIndicatorCount % 2 == 1 {
      return .prohibited
    }
    // LB30b: EB × EM, and an unassigned pictographic code point × EM.
    if current == .emojiModifier
      && (previous == .emojiBase || previousEntry.isUnassignedPictographic)
    {
      return .prohibited
    }
    // LB31: break everywhere else.
    return .allowed
  }

  /// LB25 in the Example 7 form.
  private func numericSequenceContinues(
    previous: LineBreakClass, current: LineBreakClass, lookahead: () -> LineBreakClass?
  ) -> Bool {
    switch current {
    case .numeric:
      if Self.isAffix(previous) || previous == .openPunctuation || previous == .hyphen { return true }
      return isInNumber
    case .infixSeparator, .symbolAllowingBreakAfter, .closePunctuation, .closeParenthesis:
      return isInNumber
    case .postfixNumeric, .prefixNumeric:
      return isInNumber || isAfterClosedNumber
    case .openPunctuation, .hyphen:
      return Self.isAffix(previous) && lookahead() == .numeric
    default:
      return false
    }
  }

  /// Records the decision's unit as the new left context and passes the action through.
  private mutating func settle(
    _ action: LineBreakAction, _ current: LineBreakClass, _ entry: LineBreakTable.Entry
  ) -> LineBreakAction {
    let unitClass = Self.isAttachable(current) ? LineBreakClass.alphabetic : current
    let wasInNumber = isInNumber
    isInNumber =
      unitClass == .numeric
      || (wasInNumber && (unitClass == .symbolAllowingBreakAfter || unitClass == .infixSeparator))
    isAfterClosedNumber = wasInNumber && (unitClass == .closePunctuation || unitClass == .closeParenthesis)
    regionalIndicatorCount = unitClass == .regionalIndicator ? regionalIndicatorCount + 1 : 0
    classBeforePrevious = previousClass
    previousClass = unitClass
    previousEntry = entry
    if unitClass != .space { lastNonSpaceClass = unitClass }
    return action
  }

  private static func isAttachable(_ lineBreakClass: LineBreakClass) -> Bool {
    lineBreakClass == .combiningMark || lineBreakClass == .zeroWidthJoiner
  }

  private static func isLetter(_ lineBreakClass: LineBreakClass) -> Bool {
    lineBreakClass == .alphabetic || lineBreakClass == .hebrewLetter
  }

  private static func isAffix(_ lineBreakClass: LineBreakClass) -> Bool {
    lineBreakClass == .prefixNumeric || lineBreakClass == .postfixNumeric
  }

  private static func isIdeographicLike(_ lineBreakClass: LineBreakClass) -> Bool {
    lineBreakClass == .ideographic || lineBreakClass == .emojiBase || lineBreakClass == .emojiModifier
  }

  private static func isHangul(_ lineBreakClass: LineBreakClass) -> Bool {
    switch lineBreakClass {
    case .hangulLeadingJamo, .hangulVowelJamo, .hangulTrailingJamo, .hangulLVSyllable, .hangulLVTSyllable:
      return true
    default:
      return false
    }
  }
}
