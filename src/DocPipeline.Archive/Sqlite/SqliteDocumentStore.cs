using System.Data.Common;
using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.FullText;
using DocPipeline.Lao.Text;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Sqlite;

/// <summary>
/// The embedded catalog in one SQLite file (WAL mode, a connection per operation), and the Lucene index
/// derived from it in a folder beside it (<see cref="IndexPath"/>).
/// </summary>
/// <param name="ranking">How word searches rank their spelling grades (tiers unless a measurement asks otherwise).</param>
/// <param name="parallelFrom">From how many documents one search reads the index's segments in parallel (<see cref="LuceneIndex"/>); 0: never.</param>
public sealed class SqliteDocumentStore(string databasePath, SearchAnalyzer analyzer, LaoTextEngine textEngine, WordRanking ranking = WordRanking.Tiers,
    int parallelFrom = LuceneIndex.ParallelFrom)
    : CatalogStore(new SqliteDatabase(databasePath), IndexPath(databasePath), analyzer, textEngine, ranking, parallelFrom)
{
    /// <summary>Where the index of a catalog file lives: `catalog.db` → `catalog.lucene/`.</summary>
    public static string IndexPath(string databasePath) => Path.ChangeExtension(Path.GetFullPath(databasePath), ".lucene");

    /// <summary>
    /// Copies what staff added (corrections, checked documents, accounts, tokens, the audit log) from another catalog file
    /// into this new one, before its documents are written so that they are written corrected. Columns are matched by
    /// name, so a catalog of an older version gives what it has.
    /// </summary>
    public void CopyStaffTablesFrom(string otherDatabasePath)
    {
        using var connection = Open();
        Sql.Execute(connection, "ATTACH DATABASE @other AS other", ("@other", otherDatabasePath));
        using (var transaction = connection.BeginTransaction())
        {
            foreach (string table in Schema.CarriedOver)
            {
                var columns = ColumnsOf(connection, "main", table).Intersect(ColumnsOf(connection, "other", table)).ToList();
                if (columns.Count == 0) continue;
                string list = string.Join(", ", columns);
                Sql.Execute(connection, $"INSERT INTO main.{table} ({list}) SELECT {list} FROM other.{table}");
            }
            transaction.Commit();
        }
        Sql.Execute(connection, "DETACH DATABASE other");
    }

    private static List<string> ColumnsOf(DbConnection connection, string schema, string table)
    {
        using var command = Sql.Command(connection, "SELECT name FROM pragma_table_info(@table, @schema)", ("@table", table), ("@schema", schema));
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read()) columns.Add(reader.GetString(0));
        return columns;
    }

    /// <summary>After a bulk load: folds the write-ahead log into the file (so it can be copied or moved alone) and merges the index.</summary>
    public override void Checkpoint()
    {
        using (var connection = Open()) Sql.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        base.Checkpoint();
    }
}

/// <summary>The catalog file: created on first use, opened with the pragmas every connection needs.</summary>
internal sealed class SqliteDatabase : CatalogDatabase
{
    private const int Constraint = 19; // SQLITE_CONSTRAINT: a unique key (sha256, id, an account name) already present
    private readonly string _connectionString;

    internal SqliteDatabase(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Schema.Ensure((SqliteConnection)connection, databasePath);
    }

    internal override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Sql.Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;");
        return connection;
    }

    internal override bool IsDuplicate(DbException e) => e is SqliteException { SqliteErrorCode: Constraint };

    internal override string NewDocumentId => "@id"; // an INTEGER PRIMARY KEY given NULL takes the next ID

    public override void Dispose() => SqliteConnection.ClearAllPools();
}
