import KhetCore
import KhetStore

extension FuzzTarget {
  /// The real data-directory loader on a workspace with one file replaced by the input.
  ///
  /// The first byte chooses the file (`LoaderBench.files`), the rest is its new content; the
  /// other files are those of a small valid workspace (`FuzzWorkspace`). Checks: `Store.validate`
  /// returns a workspace or `.invalid` with problems, never crashes, hangs or fails otherwise;
  /// every problem names a file of the workspace and, except a few about the whole file, a line
  /// and column inside that file's text; a workspace it returns has no dangling reference;
  /// `Store.load` returns the same records from the JSON files and again from the snapshot it
  /// wrote; status roll-ups of it compute.
  public static let loader = FuzzTarget(
    name: "loader", summary: "Store.validate and Store.load with one data file fuzzed",
    run: { bytes throws(InvariantFailure) in try LoaderBench.shared.run(bytes) })
}
