using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Archive.Jobs;

/// <summary>
/// The `workers` table of catalog.db, for the worker processes of one machine (`serve` and `worker` on one data
/// folder). Created if missing like the jobs table: the catalog's own schema version does not change.
/// </summary>
public sealed class SqliteWorkerRegistry : IWorkerRegistry
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS workers (
            owner TEXT PRIMARY KEY,
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            run TEXT NOT NULL,
            started TEXT NOT NULL,
            last_heartbeat TEXT NOT NULL,
            jobs_running INTEGER NOT NULL,
            pages_done INTEGER NOT NULL,
            lease_seconds REAL NOT NULL
        );
        """;

    private readonly string _connectionString;
    private readonly JobLease _lease;

    public SqliteWorkerRegistry(string databasePath, JobLease lease)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30 }.ToString();
        _lease = lease;
        Execute(Create);
    }

    public void Beat(int jobsRunning, long pagesDone)
    {
        var (host, pid, run) = _lease.Parts();
        Execute("""
            INSERT INTO workers (owner, host, pid, run, started, last_heartbeat, jobs_running, pages_done, lease_seconds)
            VALUES ($owner, $host, $pid, $run, $now, $now, $jobs, $pages, $lease)
            ON CONFLICT (owner) DO UPDATE SET last_heartbeat = $now, jobs_running = $jobs, pages_done = $pages
            """, ("$owner", _lease.Owner), ("$host", host), ("$pid", pid), ("$run", run), ("$now", Stamp(DateTimeOffset.UtcNow)),
            ("$jobs", jobsRunning), ("$pages", pagesDone), ("$lease", _lease.Duration.TotalSeconds));
    }

    public void Leave() => Execute("DELETE FROM workers WHERE owner = $owner", ("$owner", _lease.Owner));

    /// <summary>Each worker judged by its own lease, as on PostgreSQL; one machine, so one clock.</summary>
    public IReadOnlyList<WorkerBeat> Alive()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT host, pid, run, started, last_heartbeat, jobs_running, pages_done, lease_seconds FROM workers ORDER BY started, owner";
        using var reader = command.ExecuteReader();
        var now = DateTimeOffset.UtcNow;
        var workers = new List<WorkerBeat>();
        while (reader.Read())
        {
            var beat = new WorkerBeat(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), Parse(reader.GetString(3)),
                Parse(reader.GetString(4)), reader.GetInt32(5), reader.GetInt64(6));
            if (now - beat.LastHeartbeat <= 2 * TimeSpan.FromSeconds(reader.GetDouble(7))) workers.Add(beat);
        }
        return workers;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    // Fixed-width UTC stamps compare correctly as text, as in the jobs table.
    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string stamp) => DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture);
}
