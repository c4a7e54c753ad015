import Foundation
import KhetTUI
import Testing

@Suite struct ThemeLoadingTests {
  @Test func earlierFoldersWinOverLaterOnesAndBuiltIns() throws {
    let user = try TemporaryFolder()
    let checkout = try TemporaryFolder()
    try user.write(themeJSON(name: "light", roles: #"{"normal": {"fg": "red"}}"#), to: "light.json")
    try checkout.write(
      themeJSON(name: "light", roles: #"{"normal": {"fg": "blue"}}"#), to: "light.json")
    try checkout.write(themeJSON(name: "extra"), to: "extra.json")
    let directories = [user.path, checkout.path]
    #expect(
      try Theme.load(named: "light", from: directories).palette.colors[.normal]?.foreground == .red)
    #expect(try Theme.load(named: "extra", from: directories).name == "extra")
    #expect(
      try Theme.load(named: "high-contrast", from: directories)
        == Theme.load(named: "high-contrast", from: []))
  }

  @Test func aBrokenFileIsAnErrorNamingIt() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("{\"khet\": \"theme\",\n  \"schema\": 1,,\n}", to: "light.json")
    do {
      _ = try Theme.load(named: "light", from: [folder.path])
      Issue.record("a broken light.json was skipped")
    } catch {
      guard case .syntax(let file, let line, let column, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(file == path)
      #expect(line == 2)
      #expect(column == 15)
      #expect(error.description.hasPrefix(path + ":2:15: not valid JSON"))
    }
  }

  @Test func unknownNamesListWhatIsAvailable() throws {
    let folder = try TemporaryFolder()
    try folder.write(themeJSON(name: "mine"), to: "mine.json")
    #expect(
      throws: ThemeError.notFound(name: "nope", available: Theme.available(in: [folder.path]))
    ) {
      try Theme.load(named: "nope", from: [folder.path])
    }
    do {
      _ = try Theme.load(named: "nope", from: [folder.path])
    } catch {
      #expect(error.description.hasPrefix("no theme named \"nope\"; available: default, "))
      #expect(error.description.contains("mine"))
    }
  }

  @Test func namesThatArePathsAreRefused() {
    for name in ["", "../secret", "a/b", ".hidden", ".json"] {
      #expect(throws: ThemeError.invalidName(name)) { try Theme.load(named: name, from: []) }
    }
    #expect((try? Theme.load(named: "light.json", from: []))?.name == "light")
  }

  @Test func availableIsSortedWithBuiltInsAndNoRepeats() throws {
    let folder = try TemporaryFolder()
    try folder.write(themeJSON(name: "zebra"), to: "zebra.json")
    try folder.write(themeJSON(name: "light"), to: "light.json")
    try folder.write("not a theme", to: "notes.txt")
    try folder.write("{}", to: ".hidden.json")
    try folder.folder("folder.json")
    let names = Theme.available(in: [folder.path, folder.path + "/missing"])
    #expect(names == (Theme.builtInNames + ["zebra"]).sorted())
    #expect(Theme.available(in: []) == Theme.builtInNames)
  }

  @Test func unreadableFilesSayWhy() throws {
    guard getuid() != 0 else { return }  // root reads anything
    let folder = try TemporaryFolder()
    let path = try folder.write(themeJSON(name: "locked"), to: "locked.json")
    chmod(path, 0)
    do {
      _ = try Theme.load(named: "locked", from: [folder.path])
      Issue.record("read an unreadable file")
    } catch {
      guard case .unreadable(let file, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(file == path)
    }
  }

  @Test func searchDirectoriesUseXDGThenTheCheckout() throws {
    let executable = ThemeTestSupport.packageRoot + "/.build/debug/khet"
    let xdg = Theme.searchDirectories(
      environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/sok"], executablePath: executable)
    #expect(xdg == ["/cfg/khet/themes", ThemeTestSupport.themesFolder])
    let home = Theme.searchDirectories(
      environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/sok"], executablePath: nil)
    #expect(home == ["/home/sok/.config/khet/themes"])
    #expect(Theme.searchDirectories(environment: [:], executablePath: "/nowhere/bin/khet") == [])
  }

  @Test func theCheckoutIsFoundThroughSymbolicLinks() throws {
    let folder = try TemporaryFolder()
    try folder.write(themeJSON(name: "default"), to: "checkout/themes/default.json")
    let binary = try folder.write("", to: "checkout/.build/release/khet")
    try folder.folder("bin")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/bin/khet", withDestinationPath: binary)
    let found = Theme.searchDirectories(environment: [:], executablePath: folder.path + "/bin/khet")
    #expect(
      found.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } == [
        URL(fileURLWithPath: folder.path + "/checkout/themes").resolvingSymlinksInPath().path
      ])
  }

  @Test func theTestBinaryFindsThisCheckout() {
    let found = Theme.searchDirectories(environment: [:])
    #expect(found == [ThemeTestSupport.themesFolder])
  }
}
