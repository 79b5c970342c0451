using System.Data.Common;
using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.FullText;
using DocPipeline.Lao.Text;
using Npgsql;

namespace DocPipeline.Archive.Postgres;

/// <summary>
/// The catalog in the PostgreSQL database every node shares, and this node's own Lucene index of it (in its own data
/// folder). The index follows the catalog's changes: at start it catches up (or is rebuilt, when it was built from
/// another catalog), and while the node runs it looks for changes other nodes made every <see cref="FollowEvery"/>,
/// so a document any worker stores is searchable here a moment later.
/// </summary>
public sealed class PostgresDocumentStore : CatalogStore
{
    public static readonly TimeSpan FollowEvery = TimeSpan.FromSeconds(1);

    private readonly Timer _follower;

    public PostgresDocumentStore(PostgresCatalog catalog, string indexPath, SearchAnalyzer analyzer, LaoTextEngine textEngine,
        int parallelFrom = LuceneIndex.ParallelFrom)
        : base(new PostgresDatabase(catalog), indexPath, analyzer, textEngine, parallelFrom: parallelFrom) =>
        _follower = new Timer(_ => Follow(), null, FollowEvery, FollowEvery);

    /// <summary>
    /// A failure here (the server restarting, the network cut) must not end the process from a timer thread: the
    /// changes stay in the catalog, and the next look, or the next search, indexes them.
    /// </summary>
    private void Follow()
    {
        try { CatchUp(); }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException) { }
    }

    public override void Dispose()
    {
        using (var followed = new ManualResetEvent(false))
            if (_follower.Dispose(followed)) followed.WaitOne(); // no look may run into the disposed index
        base.Dispose();
    }
}

/// <summary>The shared database (its pool owned by <see cref="PostgresCatalog"/>), as the catalog's statements need it.</summary>
internal sealed class PostgresDatabase(PostgresCatalog catalog) : CatalogDatabase
{
    /// <summary>Held from numbering a transaction's changes to its commit; any constant the archive owns.</summary>
    private const long ChangesLock = 0x446F_6343_6867_73; // "DocChgs"

    internal override DbConnection Open() => catalog.DataSource.OpenConnection();

    internal override bool IsDuplicate(DbException e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    internal override string NewDocumentId => "coalesce(@id, nextval('documents_id_seq'))";

    internal override void ReserveId(DbConnection connection, long id) =>
        Sql.Execute(connection, "SELECT setval('documents_id_seq', greatest(@id, (SELECT last_value FROM documents_id_seq)))", ("@id", id));

    /// <summary>
    /// Sequence numbers are handed out at once but become visible at commit, in whatever order transactions commit:
    /// an index that read 8 while 7 was still uncommitted would never look at 7 again. So a transaction numbers its
    /// changes only under a transaction-level advisory lock, released after its commit is visible: numbers commit in
    /// the order they were taken, and a reader that sees one sees every lower one. Writers wait only for each other's
    /// last statements (the changes are written last, just before the commit); readers never wait.
    /// </summary>
    internal override void OrderChanges(DbConnection connection) =>
        Sql.Execute(connection, $"SELECT pg_advisory_xact_lock({ChangesLock})");
}
