using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Jobs;

/// <summary>
/// The job queue as a table in the catalog's SQLite file (WAL, a connection per operation).
/// Each state change is one statement, so a kill -9 leaves every job in a state it had.
/// </summary>
public sealed class SqliteJobQueue : IJobQueue
{
    private const string Columns = JobRows.Columns;

    private const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS jobs (
            id INTEGER PRIMARY KEY,
            sha256 TEXT,
            file_name TEXT NOT NULL,
            original_path TEXT,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            pages_done INTEGER NOT NULL DEFAULT 0,
            document_id INTEGER,
            stage TEXT,
            message TEXT,
            failed_path TEXT,
            not_before TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS jobs_one_active_per_sha256 ON jobs(sha256) WHERE state IN ('intake', 'queued', 'running');
        CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state, not_before, id);
        """;

    private readonly string _connectionString;

    public SqliteJobQueue(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        // The timeout also bounds how long a statement waits for the catalog's writer (SQLITE_BUSY).
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30 }.ToString();
        Execute(Create);
    }

    /// <summary>Copies every job of another catalog file into this one (reindex builds a new file).</summary>
    public void CopyFrom(string otherDatabasePath)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "ATTACH DATABASE $other AS other";
        command.Parameters.AddWithValue("$other", otherDatabasePath);
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        command.CommandText = "SELECT COUNT(*) FROM other.sqlite_master WHERE type = 'table' AND name = 'jobs'";
        if ((long)command.ExecuteScalar()! > 0)
        {
            command.CommandText = "INSERT INTO jobs SELECT * FROM other.jobs";
            command.ExecuteNonQuery();
        }
        command.CommandText = "DETACH DATABASE other";
        command.ExecuteNonQuery();
    }

    public Job? Active(string sha256) =>
        Query($"WHERE sha256 = $sha AND state IN ('intake', 'queued', 'running')", ("$sha", sha256)).FirstOrDefault();

    public Job BeginIntake(string sha256, string fileName) => Query($"""
        INSERT INTO jobs (sha256, file_name, state, created_at, updated_at) VALUES ($sha, $name, 'intake', $now, $now)
        RETURNING {Columns}
        """, ("$sha", sha256), ("$name", fileName), ("$now", Now())).Single();

    public void Queued(long id, string originalPath) =>
        Execute("UPDATE jobs SET state = 'queued', original_path = $path, updated_at = $now WHERE id = $id",
            ("$id", id), ("$path", originalPath), ("$now", Now()));

    public Job? TakeNext()
    {
        string now = Now();
        return Query($"""
            UPDATE jobs SET state = 'running', attempts = attempts + 1, pages_done = 0, updated_at = $now
            WHERE id = (SELECT id FROM jobs WHERE state = 'queued' AND (not_before IS NULL OR not_before <= $now) ORDER BY id LIMIT 1)
            RETURNING {Columns}
            """, ("$now", now)).FirstOrDefault();
    }

    public void Progress(long id, int pagesDone) =>
        Execute("UPDATE jobs SET pages_done = $pages, updated_at = $now WHERE id = $id AND state = 'running'",
            ("$id", id), ("$pages", pagesDone), ("$now", Now()));

    public void Indexed(long id, long documentId) =>
        Execute("UPDATE jobs SET state = 'indexed', document_id = $doc, stage = NULL, message = NULL, updated_at = $now WHERE id = $id",
            ("$id", id), ("$doc", documentId), ("$now", Now()));

    public void RetryLater(long id, DateTimeOffset notBefore, string reason) =>
        Execute("UPDATE jobs SET state = 'queued', not_before = $after, message = $why, updated_at = $now WHERE id = $id",
            ("$id", id), ("$after", Stamp(notBefore)), ("$why", reason), ("$now", Now()));

    public void Failed(long id, string stage, string message, string? failedPath) =>
        Execute("UPDATE jobs SET state = 'failed', stage = $stage, message = $message, failed_path = $failed, updated_at = $now WHERE id = $id",
            ("$id", id), ("$stage", stage), ("$message", message), ("$failed", failedPath), ("$now", Now()));

    public void RecordDuplicate(string sha256, string fileName, long? documentId, string message) =>
        Execute("""
            INSERT INTO jobs (sha256, file_name, state, document_id, message, created_at, updated_at)
            VALUES ($sha, $name, 'duplicate', $doc, $message, $now, $now)
            """, ("$sha", sha256), ("$name", fileName), ("$doc", documentId), ("$message", message), ("$now", Now()));

    public void RecordRejected(string fileName, string stage, string message, string failedPath) =>
        Execute("""
            INSERT INTO jobs (file_name, state, stage, message, failed_path, created_at, updated_at)
            VALUES ($name, 'failed', $stage, $message, $failed, $now, $now)
            """, ("$name", fileName), ("$stage", stage), ("$message", message), ("$failed", failedPath), ("$now", Now()));

    public int RequeueInterrupted() =>
        Execute("UPDATE jobs SET state = 'queued', updated_at = $now WHERE state = 'running'", ("$now", Now()));

    public IReadOnlyList<Job> InterruptedIntakes() => InState(JobState.Intake);

    public IReadOnlyList<Job> InState(string state) => Query("WHERE state = $state ORDER BY id", ("$state", state));

    public QueueStatus Status(int recentFailures)
    {
        using var connection = Open();
        using var counts = Command(connection, "SELECT state, count(*) FROM jobs GROUP BY state", []);
        return JobRows.Status(counts,
            () => Query(connection, "WHERE state = 'running' ORDER BY id"),
            () => Query(connection, "WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT $n", ("$n", recentFailures)));
    }

    /// <summary>One machine: a job left running is resumed by <see cref="RequeueInterrupted"/> when the worker starts again.</summary>
    public int RenewLeases() => 0;

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var durability = Command(connection, "PRAGMA synchronous = NORMAL", [])) durability.ExecuteNonQuery(); // WAL: safe against crashes
        return connection;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open();
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private List<Job> Query(string sqlOrWhere, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open();
        return Query(connection, sqlOrWhere, parameters);
    }

    /// <summary>Runs a statement returning job rows; a bare WHERE clause selects from jobs.</summary>
    private static List<Job> Query(SqliteConnection connection, string sqlOrWhere, params (string Name, object? Value)[] parameters)
    {
        string sql = sqlOrWhere.StartsWith("WHERE", StringComparison.Ordinal) ? $"SELECT {Columns} FROM jobs {sqlOrWhere}" : sqlOrWhere;
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        return JobRows.ReadAll(reader, (row, column) => DateTimeOffset.Parse(row.GetString(column), CultureInfo.InvariantCulture));
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    // Fixed-width UTC stamps compare correctly as text.
    private static string Now() => Stamp(DateTimeOffset.UtcNow);

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
