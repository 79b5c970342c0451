using Npgsql;

namespace DocPipeline.Archive.Postgres;

/// <summary>
/// The tables the archive keeps in PostgreSQL, as numbered steps. `schema_version` holds the last step applied; a
/// program opening the database applies the steps it knows beyond that, in one transaction under an advisory lock,
/// so nodes starting together upgrade it once. A database from a newer program is refused, never altered.
/// Version 1: the job queue, with the lease a running worker renews. Version 2: the workers and their heartbeats.
/// Version 3: the catalog itself (<see cref="CatalogTables"/>).
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Taken for the duration of an upgrade; any constant the archive owns.</summary>
    private const long UpgradeLock = 0x446F_6350_6970_65; // "DocPipe"

    private static readonly string[] Steps =
    [
        """
        CREATE TABLE jobs (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            sha256 text,
            file_name text NOT NULL,
            original_path text,
            state text NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            pages_done integer NOT NULL DEFAULT 0,
            document_id bigint,
            stage text,
            message text,
            failed_path text,
            not_before timestamptz,
            lease_owner text,
            lease_until timestamptz,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE UNIQUE INDEX jobs_one_active_per_sha256 ON jobs(sha256) WHERE state IN ('intake', 'queued', 'running');
        CREATE INDEX jobs_state ON jobs(state, not_before, id);
        """,
        """
        CREATE TABLE workers (
            owner text PRIMARY KEY,
            host text NOT NULL,
            pid integer NOT NULL,
            run text NOT NULL,
            started timestamptz NOT NULL,
            last_heartbeat timestamptz NOT NULL,
            jobs_running integer NOT NULL,
            pages_done bigint NOT NULL,
            lease interval NOT NULL
        );
        """,
        CatalogTables.Create,
    ];

    /// <summary>The version this program writes.</summary>
    internal static int Version => Steps.Length;

    /// <summary>Brings the database to <see cref="Version"/>; returns the version it had.</summary>
    internal static int Upgrade(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock({UpgradeLock})");
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)");
        using var read = new NpgsqlCommand("SELECT max(version) FROM schema_version", connection);
        int found = read.ExecuteScalar() is int v ? v : 0;
        if (found > Version)
            throw new CatalogVersionException(
                $"The PostgreSQL catalog has schema version {found}; this DocPipeline knows up to {Version}. Run a newer DocPipeline against it.");
        for (int step = found; step < Version; step++) Execute(connection, Steps[step]);
        if (found < Version)
        {
            Execute(connection, "DELETE FROM schema_version");
            Execute(connection, $"INSERT INTO schema_version (version) VALUES ({Version})");
        }
        transaction.Commit();
        return found;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>The catalog was written by a program newer than this one.</summary>
public sealed class CatalogVersionException(string message) : Exception(message);
