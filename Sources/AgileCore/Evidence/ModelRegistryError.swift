// The error of a model registry in which two models answer to the same name.

/// Two models of a registry that answer to the same name.
public struct ModelRegistryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var model: String
    public var other: String

    public var description: String {
        "the name \"\(name)\" of model \(model) is already a name of model \(other) (names compare without case, spaces, '-' and '_')"
    }
}
