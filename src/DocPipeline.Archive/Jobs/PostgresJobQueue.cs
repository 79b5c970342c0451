using DocPipeline.Archive.Postgres;
using Npgsql;

namespace DocPipeline.Archive.Jobs;

/// <summary>
/// The job queue in a PostgreSQL database that workers on several machines share. A worker takes the oldest due
/// job with `FOR UPDATE SKIP LOCKED`, so two workers never take the same one, and holds it under a lease it renews
/// (<see cref="RenewLeases"/>); a job whose lease ran out (its worker killed or cut off) is taken again by the next
/// worker that asks, one more attempt counted. A running job changes state only by the worker holding its lease: a
/// worker that lost its lease and wakes up late changes nothing. Times are the server's clock, never a node's.
/// </summary>
public sealed class PostgresJobQueue(PostgresCatalog catalog, JobLease lease) : IJobQueue
{
    private const string Columns = JobRows.Columns;

    /// <summary>
    /// The jobs a state change may touch: queued, or in intake or running and held by this worker, or by nobody any
    /// more (its lease ran out, as when a worker recovers a dead one's intake).
    /// </summary>
    private const string Mine = "state = 'queued' OR (state IN ('intake', 'running') AND (lease_owner = @owner OR lease_until < now()))";

    private readonly NpgsqlDataSource _db = catalog.DataSource;

    public Job? Active(string sha256) =>
        Query("WHERE sha256 = @sha AND state IN ('intake', 'queued', 'running')", ("sha", sha256)).FirstOrDefault();

    public Job BeginIntake(string sha256, string fileName) => Query($"""
        INSERT INTO jobs (sha256, file_name, state, lease_owner, lease_until, created_at, updated_at)
        VALUES (@sha, @name, 'intake', @owner, now() + @lease, now(), now())
        RETURNING {Columns}
        """, ("sha", sha256), ("name", fileName), ("owner", lease.Owner), ("lease", lease.Duration)).Single();

    public void Queued(long id, string originalPath) =>
        Execute($"""
            UPDATE jobs SET state = 'queued', original_path = @path, lease_owner = NULL, lease_until = NULL, updated_at = now()
            WHERE id = @id AND state = 'intake' AND ({Mine})
            """, ("id", id), ("path", originalPath), ("owner", lease.Owner));

    public Job? TakeNext() => Query($"""
        UPDATE jobs SET state = 'running', attempts = attempts + 1, pages_done = 0,
            lease_owner = @owner, lease_until = now() + @lease, updated_at = now()
        WHERE id = (
            SELECT id FROM jobs
            WHERE (state = 'queued' AND (not_before IS NULL OR not_before <= now())) OR (state = 'running' AND lease_until < now())
            ORDER BY id LIMIT 1
            FOR UPDATE SKIP LOCKED)
        RETURNING {Columns}
        """, ("owner", lease.Owner), ("lease", lease.Duration)).FirstOrDefault();

    public void Progress(long id, int pagesDone) =>
        Execute("""
            UPDATE jobs SET pages_done = @pages, lease_until = now() + @lease, updated_at = now()
            WHERE id = @id AND state = 'running' AND lease_owner = @owner
            """, ("id", id), ("pages", pagesDone), ("lease", lease.Duration), ("owner", lease.Owner));

    public void Indexed(long id, long documentId) =>
        Execute($"""
            UPDATE jobs SET state = 'indexed', document_id = @doc, stage = NULL, message = NULL, lease_until = NULL, updated_at = now()
            WHERE id = @id AND ({Mine})
            """, ("id", id), ("doc", documentId), ("owner", lease.Owner));

    public void RetryLater(long id, DateTimeOffset notBefore, string reason) =>
        Execute($"""
            UPDATE jobs SET state = 'queued', not_before = @after, message = @why, lease_owner = NULL, lease_until = NULL, updated_at = now()
            WHERE id = @id AND ({Mine})
            """, ("id", id), ("after", notBefore.UtcDateTime), ("why", reason), ("owner", lease.Owner));

    public void Failed(long id, string stage, string message, string? failedPath) =>
        Execute($"""
            UPDATE jobs SET state = 'failed', stage = @stage, message = @message, failed_path = @failed, lease_until = NULL, updated_at = now()
            WHERE id = @id AND ({Mine})
            """, ("id", id), ("stage", stage), ("message", message), ("failed", failedPath), ("owner", lease.Owner));

    public void RecordDuplicate(string sha256, string fileName, long? documentId, string message) =>
        Execute("""
            INSERT INTO jobs (sha256, file_name, state, document_id, message, created_at, updated_at)
            VALUES (@sha, @name, 'duplicate', @doc, @message, now(), now())
            """, ("sha", sha256), ("name", fileName), ("doc", documentId), ("message", message));

    public void RecordRejected(string fileName, string stage, string message, string failedPath) =>
        Execute("""
            INSERT INTO jobs (file_name, state, stage, message, failed_path, created_at, updated_at)
            VALUES (@name, 'failed', @stage, @message, @failed, now(), now())
            """, ("name", fileName), ("stage", stage), ("message", message), ("failed", failedPath));

    /// <summary>Only jobs whose lease ran out: the others belong to workers still alive elsewhere.</summary>
    public int RequeueInterrupted() =>
        Execute("""
            UPDATE jobs SET state = 'queued', lease_owner = NULL, lease_until = NULL, updated_at = now()
            WHERE state = 'running' AND lease_until < now()
            """);

    public int RenewLeases() =>
        Execute("UPDATE jobs SET lease_until = now() + @lease WHERE state IN ('intake', 'running') AND lease_owner = @owner",
            ("lease", lease.Duration), ("owner", lease.Owner));

    public IReadOnlyList<Job> InterruptedIntakes() => Query("WHERE state = 'intake' AND lease_until < now() ORDER BY id");

    public IReadOnlyList<Job> InState(string state) => Query("WHERE state = @state ORDER BY id", ("state", state));

    public QueueStatus Status(int recentFailures)
    {
        using var connection = _db.OpenConnection();
        using var counts = Command(connection, "SELECT state, count(*) FROM jobs GROUP BY state", []);
        return JobRows.Status(counts,
            () => Query(connection, "WHERE state = 'running' ORDER BY id"),
            () => Query(connection, "WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT @n", ("n", recentFailures)));
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = _db.OpenConnection();
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private List<Job> Query(string sqlOrWhere, params (string Name, object? Value)[] parameters)
    {
        using var connection = _db.OpenConnection();
        return Query(connection, sqlOrWhere, parameters);
    }

    /// <summary>Runs a statement returning job rows; a bare WHERE clause selects from jobs.</summary>
    private static List<Job> Query(NpgsqlConnection connection, string sqlOrWhere, params (string Name, object? Value)[] parameters)
    {
        string sql = sqlOrWhere.StartsWith("WHERE", StringComparison.Ordinal) ? $"SELECT {Columns} FROM jobs {sqlOrWhere}" : sqlOrWhere;
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        return JobRows.ReadAll(reader, (row, column) => row.GetFieldValue<DateTimeOffset>(column));
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
