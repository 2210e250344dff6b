// The method choices of AgileCore as command-line arguments: one grammar, read by the Core types.

import AgileCore
import ArgumentParser

extension ExpressibleByArgument where Self: MethodChoiceText {
    public init?(argument: String) {
        guard let value = try? Self(parsing: argument) else { return nil }
        self = value
    }

    public var defaultValueDescription: String { description }

    /// Reads an option's value, for `@Option(transform:)`: a bad value fails with the reason,
    /// which ArgumentParser prints after "The value '…' is invalid for '--option <method>'".
    static func argument(_ text: String) throws -> Self {
        do {
            return try Self(parsing: text)
        } catch {
            throw MethodArgumentError(reason: error.reason)
        }
    }
}

extension Imputation: ExpressibleByArgument {}
extension Treatment: ExpressibleByArgument {}
extension Normalisation: ExpressibleByArgument {}
extension Aggregation: ExpressibleByArgument {}
extension WinmaxRange: ExpressibleByArgument {}
extension UnitScreening: ExpressibleByArgument {}

/// Why an option's method choice cannot be read, as ArgumentParser shows it.
struct MethodArgumentError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
