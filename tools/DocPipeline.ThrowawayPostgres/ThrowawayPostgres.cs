using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DocPipeline.ThrowawayPostgres;

/// <summary>
/// A throwaway PostgreSQL 15 (Debian's postgresql-15) for a test assembly or one benchmark run: a cluster made by initdb
/// in a temporary folder, listening on a Unix socket in that folder only (no TCP at all), stopped and deleted on
/// dispose. The server refuses to run as root, so when run as root every server command runs as the postgres user, who
/// owns the folder. Durability is off: nothing here outlives the run. Each test class (or benchmark run) takes a fresh
/// database of its own (<see cref="NewDatabase"/>).
/// </summary>
public class ThrowawayPostgres : IDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private const string ServiceUser = "postgres";
    private readonly string _folder = Directory.CreateTempSubdirectory("docpipeline-pg-").FullName;
    private readonly string _cluster;
    private readonly int _port = FreePort();
    private int _databases;

    public ThrowawayPostgres()
    {
        if (!File.Exists(Path.Combine(Bin, "pg_ctl")))
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({Bin}/pg_ctl): `./docpipeline test` installs postgresql-15 (apt-get install postgresql-15).");
        _cluster = Path.Combine(_folder, "cluster");
        try
        {
            if (Environment.IsPrivilegedProcess) Run("chown", "-R", $"{ServiceUser}:", _folder);
            RunServerTool("initdb", "-D", _cluster, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            File.AppendAllText(Path.Combine(_cluster, "postgresql.conf"), $"""

                listen_addresses = ''
                unix_socket_directories = '{_folder}'
                port = {_port}
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                max_connections = 60
                shared_buffers = 16MB
                """);
            RunServerTool("pg_ctl", "-D", _cluster, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "30", "start");
        }
        catch
        {
            string log = Path.Combine(_folder, "server.log");
            string detail = File.Exists(log) ? File.ReadAllText(log) : "";
            Dispose();
            if (detail.Length > 0) throw new InvalidOperationException("PostgreSQL did not start:\n" + detail);
            throw;
        }
    }

    /// <summary>The connection string of the server's own `postgres` database.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string NewDatabase()
    {
        string name = $"scratch_{Interlocked.Increment(ref _databases)}";
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(_cluster, "postmaster.pid")))
        {
            try { RunServerTool("pg_ctl", "-D", _cluster, "-m", "immediate", "-w", "stop"); }
            catch (InvalidOperationException) { } // already gone
        }
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = _folder, // a folder: the Unix socket in it
        Port = _port,
        Username = "postgres",
        Database = database,
    }.ConnectionString;

    private static void RunServerTool(string tool, params string[] arguments)
    {
        string program = Path.Combine(Bin, tool);
        if (Environment.IsPrivilegedProcess) Run("runuser", ["-u", ServiceUser, "--", program, .. arguments]);
        else Run(program, arguments);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors}{output.Result}");
    }

    /// <summary>A port nobody listens on: it names the socket file, and keeps the server from clashing with another.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
