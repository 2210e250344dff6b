// The toolkit's version: a constant of the source, so a fresh clone renders the same pages.

/// The version of the AGILE toolkit (semantic versioning), as `agile --version` prints it,
/// recorded with every scoring run and shown in the footer of every page of the run's site.
///
/// It is a constant of the source, not read from git or the clock: the same source gives the
/// same bytes on any machine. Raise it with a release.
public enum AgileVersion {
    /// This toolkit's version.
    public static let current = "0.13.0"
}
