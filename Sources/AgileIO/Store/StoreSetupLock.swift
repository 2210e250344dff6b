// Serialises the setting up of a store (WAL mode, migrations, countries) between processes.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore

/// An exclusive `flock` on the folder of a store, held while a process opens and sets up the
/// store.
///
/// Two processes opening a new store at once would otherwise both switch it to WAL mode (one
/// fails with "database is locked") and both run its migrations (one fails with "table already
/// exists"). The lock is on the folder, not on the database file: closing any descriptor of the
/// database file would drop SQLite's own locks on it. Writes after the set-up wait on SQLite's
/// busy timeout instead.
struct StoreSetupLock {
    private let descriptor: Int32

    /// Takes the lock on `folder`, waiting up to `timeout` seconds.
    /// - Parameter store: the store's path, for the error message.
    /// - Throws: ``StoreError`` when the folder cannot be opened or the lock is not free in time.
    init(folder: String, timeout: Double, store: String) throws(StoreError) {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw .folderNotOpened(path: store, folder: folder, reason: String(cString: strerror(errno)))
        }
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, waited < timeout else {
                close(fd)
                throw .busy(path: store, timeout: timeout)
            }
            usleep(10_000)
            waited += 0.01
        }
        descriptor = fd
    }

    /// Releases the lock.
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
