// How a long use case tells its caller how far it has come.

/// Called, from any thread, as a long step goes on: the step's name (`replications`,
/// `sensitivity runs`, `report`), the units done and the total. The command line draws a
/// progress bar from it; a library user may pass `nil`.
public typealias StepProgress = @Sendable (_ step: String, _ done: Int, _ total: Int) -> Void
