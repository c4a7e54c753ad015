/// How the sample turns an indicator's typical target into plausible targets and monthly
/// results: seasonal shapes (floods in September–October, the Covid-19 wave of 2021) and a
/// unit's steady performance, with noise.
enum SampleFigures {
  static func target(_ spec: SampleIndicators.Spec, size: Double, year: Int) -> Double {
    let m = spec.indicator.measure
    switch m {
    case .percent:
      return min(100, (spec.base + (year == 2022 ? 3 : 0)).rounded())
    case .days:
      return max(1, (spec.base * (year == 2022 ? 0.9 : 1)).rounded())
    case .count, .riel:
      let growth = spec.indicator.direction == .higherIsBetter ? 1.08 : 0.9
      return max(1, (spec.base * size * (year == 2022 ? growth : 1)).rounded())
    }
  }

  static func result(
    _ spec: SampleIndicators.Spec, target: Double, skill: Double, month: Int, year: Int,
    rng: inout SampleRandom
  ) -> Double {
    let indicator = spec.indicator
    let noise = rng.double(in: 0.85...1.15)
    let better = indicator.direction == .higherIsBetter ? skill : 2 - skill
    switch indicator.rollUp {
    case .sum:
      let season = seasonal(indicator.sector, month: month, year: year)
      return max(0, (target / 12 * better * season * noise).rounded())
    case .average:
      return clamp(indicator.measure, target * better * noise)
    case .latest:
      let ramp = 0.9 + 0.1 * Double(month) / 12
      return clamp(indicator.measure, target * better * ramp * rng.double(in: 0.97...1.03))
    }
  }

  static func seasonal(_ sector: SectorID, month: Int, year: Int) -> Double {
    switch sector.rawValue {
    case "humanitarian": return [9, 10, 11].contains(month) ? 2.2 : 0.7
    case "covid19": return year == 2021 && (4...8).contains(month) ? 1.6 : 0.85
    case "sanitation": return (6...10).contains(month) ? 1.2 : 0.85
    default: return 1
    }
  }

  static func clamp(_ measure: Measure, _ value: Double) -> Double {
    let rounded = (value * 10).rounded() / 10
    switch measure {
    case .percent: return min(100, max(0, rounded))
    case .count: return max(0, value.rounded())
    case .days, .riel: return max(0, rounded)
    }
  }
}
