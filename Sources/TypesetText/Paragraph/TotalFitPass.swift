/// One pass of Knuth–Plass total-fit breaking at a fixed badness threshold.
///
/// Keeps the classic active list: each active node is a feasible break that can still start a
/// line. A node leaves the list when the line from it becomes overfull (it only gets longer), or
/// at a forced break. For each breakpoint only the best node per (line class, fitness class) is
/// added, so the list stays bounded by the number of breakpoints that fit on one line and the
/// pass is about linear in the paragraph length.
struct TotalFitPass {
  /// A feasible break, linked to the best break before it.
  private struct Node {
    var position: Int
    var line: Int
    var fitness: LineFit.Fitness
    var totalDemerits: Int
    var start: ParagraphTotals
    var isFlagged: Bool
    var previous: Int?
  }

  /// The best way found so far to reach the current breakpoint, per line class and fitness.
  private struct Candidate {
    var lineKey: Int
    var fitness: LineFit.Fitness
    var totalDemerits: Int
    var from: Int
  }

  /// Added to every line's badness before squaring (TeX's `\linepenalty`), so that among equally
  /// good layouts the one with fewer lines wins.
  static let linePenalty = 10

  /// Demerits of a line whose `linePenalty + badness` reaches 10000 (TeX caps there).
  static let cappedDemerits = 100_000_000

  let items: [ParagraphItem]
  let sums: ParagraphSums
  let parameters: LineBreakParameters
  let threshold: Int

  /// The break positions of the best solution, or nil when no solution stays within `threshold`.
  func run() -> [Int]? {
    guard !items.isEmpty else { return [] }
    var nodes: [Node] = [
      Node(
        position: -1, line: 0, fitness: .decent, totalDemerits: 0, start: ParagraphTotals(),
        isFlagged: false, previous: nil)
    ]
    var active: [Int] = [0]
    var survivors: [Int] = []
    var candidates: [Candidate] = []
    let lastIndex = items.count - 1
    // With looseness, solutions of different line counts must stay apart; without it, lines past
    // the last explicit width are interchangeable and may be merged.
    let mergedLine = parameters.looseness == 0 ? max(parameters.lineWidths.count - 1, 0) : Int.max

    for position in 0...lastIndex where sums.isBreakpoint(position) {
      var cost = 0
      var isFlagged = false
      if case .penalty(_, let penaltyCost, let flagged) = items[position] {
        cost = penaltyCost
        isFlagged = flagged
      }
      let isForced = cost <= ParagraphItem.forcingCost || position == lastIndex
      survivors.removeAll(keepingCapacity: true)
      candidates.removeAll(keepingCapacity: true)

      for index in active {
        let node = nodes[index]
        let natural = sums.line(from: node.start, toBreakAt: position)
        let fit = LineFit(natural: natural, target: parameters.width(ofLine: node.line).microPoints)
        if fit.isOverfull { continue }  // deactivate: later lines from here only get longer
        if !isForced { survivors.append(index) }
        guard fit.badness <= threshold else { continue }

        var demerits = Self.lineDemerits(badness: fit.badness, cost: cost)
        if isFlagged && node.isFlagged { demerits += parameters.flaggedDemerits }
        if abs(fit.fitness.rawValue - node.fitness.rawValue) > 1 { demerits += parameters.fitnessDemerits }
        let total = node.totalDemerits + demerits
        let lineKey = min(node.line + 1, mergedLine)
        if let existing = candidates.firstIndex(where: { $0.lineKey == lineKey && $0.fitness == fit.fitness }) {
          if total < candidates[existing].totalDemerits {
            candidates[existing].totalDemerits = total
            candidates[existing].from = index
          }
        } else {
          candidates.append(Candidate(lineKey: lineKey, fitness: fit.fitness, totalDemerits: total, from: index))
        }
      }

      swap(&active, &survivors)
      if !candidates.isEmpty {
        let start = sums.after(breakAt: position)
        candidates.sort { ($0.lineKey, $0.fitness.rawValue) < ($1.lineKey, $1.fitness.rawValue) }
        for candidate in candidates {
          let from = nodes[candidate.from]
          active.append(nodes.count)
          nodes.append(
            Node(
              position: position, line: from.line + 1, fitness: candidate.fitness,
              totalDemerits: candidate.totalDemerits, start: start, isFlagged: isFlagged,
              previous: candidate.from))
        }
      }
      if active.isEmpty { return nil }
    }

    // After the final (forced) break, the active list holds exactly the nodes ending there.
    let finals = active.filter { nodes[$0].position == lastIndex }
    guard let chosen = choose(among: finals, in: nodes) else { return nil }
    var breaks: [Int] = []
    var cursor: Int? = chosen
    while let index = cursor, nodes[index].position >= 0 {
      breaks.append(nodes[index].position)
      cursor = nodes[index].previous
    }
    return breaks.reversed()
  }

  /// The final node with the fewest demerits, or with `looseness`, the one whose line count is
  /// closest to optimal + looseness (fewest demerits among equals), as TeX does.
  private func choose(among finals: [Int], in nodes: [Node]) -> Int? {
    guard var best = finals.first else { return nil }
    for index in finals.dropFirst() where nodes[index].totalDemerits < nodes[best].totalDemerits {
      best = index
    }
    guard parameters.looseness != 0 else { return best }
    let target = nodes[best].line + parameters.looseness
    var chosen = best
    for index in finals {
      let distance = abs(nodes[index].line - target)
      let chosenDistance = abs(nodes[chosen].line - target)
      if distance < chosenDistance
        || (distance == chosenDistance && nodes[index].totalDemerits < nodes[chosen].totalDemerits)
      {
        chosen = index
      }
    }
    return chosen
  }

  /// Demerits of one line: (linePenalty + badness)² plus or minus the penalty's cost squared.
  static func lineDemerits(badness: Int, cost: Int) -> Int {
    let base = linePenalty + badness
    var demerits = base >= 10_000 ? cappedDemerits : base * base
    if cost >= 0 {
      demerits += cost * cost
    } else if cost > ParagraphItem.forcingCost {
      demerits -= cost * cost
    }
    return demerits
  }
}
