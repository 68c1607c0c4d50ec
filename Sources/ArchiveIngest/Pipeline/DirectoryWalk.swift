#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Lists the files of a folder tree with `readdir`, whose entries say whether they are folders:
/// no `stat` and no attribute dictionary per file, which made listing a folder of 20,000
/// articles with `FileManager`'s enumerator a visible part of a whole ingest.
///
/// Hidden entries (a name starting with ".") are skipped with everything under them. Symbolic
/// links are listed as files and read through, never followed as folders (no loops).
enum DirectoryWalk {
    /// Appends the path of every file under `root`, and of every folder under it that cannot be
    /// listed to `unreadable`; false when `root` itself cannot be listed.
    static func files(under root: String, into found: inout [String], unreadable: inout [String]) -> Bool {
        guard let dir = opendir(root) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = root + "/" + name
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                if !files(under: path, into: &found, unreadable: &unreadable) { unreadable.append(path) }
            } else {
                found.append(path)
            }
        }
        return true
    }
}
