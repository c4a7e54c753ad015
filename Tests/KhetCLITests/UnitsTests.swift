import Foundation
import Testing

/// `khet units`, and naming units and sectors by name.
@Suite struct UnitsTests {
  @Test func unitsJSONListsTheWholeProvince() throws {
    let box = try Sandbox()
    let run = try box.run("units", "--json")
    #expect(run.status == 0, "\(run)")
    let units = try run.jsonArray()
    #expect(units.count == 130)
    let ids = units.compactMap { $0.string("id") }
    #expect(Set(ids).count == 130)
    #expect(ids.first == "14", "the province comes first")
    let province = try #require(units.first { $0.string("id") == "14" })
    #expect(province.string("kind") == "province")
    #expect(province["parent"] is NSNull)
    let commune = try #require(units.first { $0.string("id") == "140101" })
    #expect(commune.string("kind") == "commune")
    #expect(commune.string("parent") == "1401")
    let name = try #require(commune["name"] as? [String: Any])
    #expect(name.string("en") == "Boeng Preah")
    #expect(scalars(name.string("km")) == scalars("បឹងព្រះ"))
    // Every parent is listed before its children.
    var seen: Set<String> = []
    for unit in units {
      if let parent = unit.string("parent") { #expect(seen.contains(parent)) }
      seen.insert(unit.string("id") ?? "")
    }
  }

  @Test func unitsTextShowsKhmerNames() throws {
    let box = try Sandbox()
    let run = try box.run("units")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("ខេត្តព្រៃវែង"), "\(run)")
    #expect(run.stdout.contains("ស្រុកបាភ្នំ"), "\(run)")
    #expect(run.stdout.contains("ឃុំបឹងព្រះ"), "\(run)")
    #expect(run.stdout.contains("140101"))
    #expect(run.stdout.contains("Boeng Preah"))
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 131, "a header and 130 units")
  }

  @Test(arguments: ["Boeng Preah", "boeng preah", "បឹងព្រះ", "ឃុំបឹងព្រះ", "140101"])
  func unitsCanBeNamed(_ name: String) throws {
    let box = try Sandbox()
    let add = try box.run("issue", "add", "--title", "Named unit", "--unit", name, "--json")
    #expect(add.status == 0, "\(add)")
    #expect(try add.jsonObject().string("unit") == "140101")
  }

  @Test(arguments: [
    ("Public services", "public-services"), ("public SERVICES", "public-services"),
    ("covid19", "covid19"), ("Humanitarian", "humanitarian"),
  ])
  func sectorsCanBeNamed(_ name: String, _ id: String) throws {
    let box = try Sandbox()
    let add = try box.run("issue", "add", "--title", "Named sector", "--sector", name, "--json")
    #expect(add.status == 0, "\(add)")
    #expect(try add.jsonObject().string("sector") == id)
  }

  @Test func statusForACommune() throws {
    let box = try Sandbox()
    let run = try box.run("status", "--unit", "140101", "--json")
    #expect(run.status == 0, "\(run)")
    let scope = try #require(try run.jsonObject()["scope"] as? [String: Any])
    #expect(scope.string("id") == "140101")
    #expect(scope.string("kind") == "commune")
  }
}
