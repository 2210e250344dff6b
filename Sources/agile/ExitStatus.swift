// The exit status of `agile` for each kind of failure, as the README documents them.

import AgileIO
import AgileUseCases
import ArgumentParser

/// How `agile` ends:
///
/// | status | meaning |
/// |---|---|
/// | 0 | done |
/// | 1 | data refused: bad input (`InputError`), a registry or method that cannot be scored |
/// | 2 | a store problem (`StoreError`): not a store, damaged, newer, read only, busy |
/// | 3 | an output problem (`SiteFolderError`, `OutputError`): a folder refused, a file not written |
/// | 64 | usage, as ArgumentParser gives it: an unknown option, a bad argument, `ValidationError`; weights asked for that cannot be used (`WeightError`) |
enum ExitStatus {
    /// A store that cannot be opened, read or written.
    static let store = ExitCode(2)
    /// An output (report site, export file) that cannot be written where it was asked for.
    static let output = ExitCode(3)

    /// The status of `error` when it is a store or an output problem; `nil` leaves the status to
    /// ArgumentParser (64 for usage errors, the code of a thrown `ExitCode`, 1 for any other
    /// error, which is bad data or a method that cannot be applied).
    static func code(for error: any Error) -> ExitCode? {
        if StoreError.isStoreFailure(error) { return store }
        if error is SiteFolderError || error is OutputError { return output }
        if error is WeightError { return .validationFailure }
        return nil
    }
}
