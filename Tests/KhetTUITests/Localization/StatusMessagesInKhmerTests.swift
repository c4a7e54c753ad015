import KhetCore
import KhetLocale
import Testing

@testable import KhetTUI

/// What the status line says after a key, in Khmer with Khmer digits: the screens' messages
/// come from the catalogue like their labels.
@Suite struct StatusMessagesInKhmerTests {
  typealias G = ScreenGrid
  typealias F = DashboardFixtures

  static func message(after keys: [Key], _ language: Language = .khmer) -> String? {
    G.state(language, keys, width: 80, height: 24).message?.text
  }

  @Test func reviewMessages() {
    let first = Self.message(after: [.character("6"), .character("["), .character("[")])
    #expect(first == "គ្មានតួលេខមុនឆ្នាំ២០២១ទេ")
    #expect(
      Self.message(after: [.character("6"), .character("["), .character("[")], .english)
        == "no figures before 2021")
    let enter = Self.message(after: [.character("6"), .enter])
    #expect(enter?.hasPrefix("Enter លើអង្គភាព") == true, "\(enter ?? "")")
  }

  @Test func unitsAndTasksMessages() {
    #expect(Self.message(after: [.character("2"), .backspace]) == "នៅថ្នាក់ខ្ពស់បំផុតហើយ៖ ខេត្តព្រៃវែង")
    #expect(
      Self.message(after: [.character("2"), .backspace], .english)
        == "already at the top: Prey Veng Province")
    var state = G.state(.khmer, [.character("5")], width: 80, height: 24)
    state.readOnlyReason = "ទិន្នន័យត្រូវបានចាក់សោ"
    F.press(&state, .character("x"))
    #expect(state.message?.text == "មិនអាចរក្សាទុកបានទេ៖ ទិន្នន័យត្រូវបានចាក់សោ")
    #expect(state.message?.isError == true)
  }

  @Test func meetingsMessages() throws {
    #expect(Self.message(after: [.character("7"), .character("]")]) == "កិច្ចប្រជុំឆ្នាំ២០២៣")
    // The first meeting of the year was held: it cannot be moved.
    let state = G.state(.khmer, [.character("7"), .character("m")], width: 80, height: 24)
    let meeting = try #require(state.selectedMeeting)
    #expect(meeting.status == .held)
    let number = Localizer.khmer.figure(String(meeting.number))
    #expect(state.message?.text.hasPrefix("កិច្ចប្រជុំ #\(number) បានប្រជុំ") == true)
    #expect(state.message?.isError == true)
    #expect(
      AppState.refusal(of: .moveMeeting, meeting)
        == "meeting #\(meeting.number) is held; only a planned meeting can be moved")
  }
}
