using DocPipeline.Archive.Postgres;
using Npgsql;

namespace DocPipeline.Archive.Jobs;

/// <summary>
/// The `workers` table of the shared PostgreSQL catalog; heartbeats on the server's clock, as the leases. Each row
/// keeps its worker's own lease length: nodes may be configured differently, and alive means two of its leases.
/// </summary>
public sealed class PostgresWorkerRegistry(PostgresCatalog catalog, JobLease lease) : IWorkerRegistry
{
    private readonly NpgsqlDataSource _db = catalog.DataSource;

    public void Beat(int jobsRunning, long pagesDone)
    {
        var (host, pid, run) = lease.Parts();
        Execute("""
            INSERT INTO workers (owner, host, pid, run, started, last_heartbeat, jobs_running, pages_done, lease)
            VALUES (@owner, @host, @pid, @run, now(), now(), @jobs, @pages, @lease)
            ON CONFLICT (owner) DO UPDATE SET last_heartbeat = now(), jobs_running = @jobs, pages_done = @pages
            """, ("owner", lease.Owner), ("host", host), ("pid", pid), ("run", run), ("jobs", jobsRunning), ("pages", pagesDone),
            ("lease", lease.Duration));
    }

    public void Leave() => Execute("DELETE FROM workers WHERE owner = @owner", ("owner", lease.Owner));

    public IReadOnlyList<WorkerBeat> Alive()
    {
        using var connection = _db.OpenConnection();
        using var command = new NpgsqlCommand("""
            SELECT host, pid, run, started, last_heartbeat, jobs_running, pages_done FROM workers
            WHERE last_heartbeat >= now() - 2 * lease ORDER BY started, owner
            """, connection);
        using var reader = command.ExecuteReader();
        var workers = new List<WorkerBeat>();
        while (reader.Read())
            workers.Add(new WorkerBeat(reader.GetString(0), reader.GetInt32(1), reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5), reader.GetInt64(6)));
        return workers;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = _db.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
