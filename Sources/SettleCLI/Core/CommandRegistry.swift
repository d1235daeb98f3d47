/// Every `settle` command, in the order `settle --help` lists them.
///
/// To add a command, write its file in `Commands/` and add one line here.
public enum CommandRegistry {
  /// The registered commands.
  public static let commands: [any Command.Type] = [
    NewCommand.self,
    AddCommand.self,
    CheckCommand.self,
    PlanCommand.self,
    LogCommand.self,
    NoticeCommand.self,
    StatementCommand.self,
    PacketCommand.self,
    DemoCommand.self,
    BatchCommand.self,
  ]

  /// The command named `name`, if registered.
  public static func command(named name: String) -> (any Command.Type)? {
    commands.first { $0.name == name }
  }
}
