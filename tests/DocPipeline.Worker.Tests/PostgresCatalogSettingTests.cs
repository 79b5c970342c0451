using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Postgres;
using DocPipeline.Cli;
using DocPipeline.Hosting;
using DocPipeline.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Worker.Tests;

/// <summary>`DocPipeline:Catalog` (`--catalog`) picks the queue's backend; a wrong value is refused with the reason.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCatalogSettingTests(PostgresServer server) : IDisposable
{
    private readonly ScratchFolder _data = new();

    [Fact]
    public void The_default_is_the_sqlite_file_and_a_connection_string_is_postgres()
    {
        Assert.IsType<SqliteJobQueue>(Queue(null));
        Assert.IsType<SqliteJobQueue>(Queue("SQLite"));
        Assert.IsType<PostgresJobQueue>(Queue(server.NewDatabase()));
    }

    [Fact]
    public async Task Status_with_catalog_shows_the_shared_queue()
    {
        string database = server.NewDatabase();
        using (var catalog = PostgresCatalog.Open(database))
        {
            var queue = new PostgresJobQueue(catalog, JobLease.ForThisProcess(TimeSpan.FromMinutes(1)));
            queue.Queued(queue.BeginIntake("ab12", "ໜັງສືແຈ້ງ 'ທີ 1'.pdf").Id, "/archive/ab12.pdf");
        }
        Directory.CreateDirectory(Path.Combine(_data.Path, "originals"));
        var (exit, output, errors) = await Run("status", "--json", "--data", _data.Path, "--catalog", database);
        Assert.True(exit == CommandLine.Ok, errors);
        Assert.Contains("ໜັງສືແຈ້ງ 'ທີ 1'.pdf", output);
        Assert.False(File.Exists(Path.Combine(_data.Path, "catalog.db")) && SqliteHasJobs(), "the queue is not in the SQLite file");
    }

    [Theory]
    [InlineData("sqllite", "neither `sqlite` nor an Npgsql connection string")]
    [InlineData("Host=/nowhere/at/all;Database=archive;Username=docpipeline;Timeout=2", "cannot be opened")]
    public async Task A_wrong_catalog_is_refused_with_what_to_check(string catalog, string reason)
    {
        Directory.CreateDirectory(Path.Combine(_data.Path, "originals"));
        var (exit, _, errors) = await Run("status", "--data", _data.Path, "--catalog", catalog);
        Assert.Equal(CommandLine.Setup, exit);
        Assert.Contains(reason, errors);
    }

    public void Dispose() => _data.Dispose();

    private IJobQueue Queue(string? catalog)
    {
        var settings = new Dictionary<string, string?> { ["DocPipeline:DataDirectory"] = _data.Path };
        if (catalog is not null) settings["DocPipeline:Catalog"] = catalog;
        using var services = AppServices.ForVerb(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.GetRequiredService<IJobQueue>();
    }

    private bool SqliteHasJobs()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data.Path, "catalog.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'jobs'";
        return (long)command.ExecuteScalar()! > 0;
    }

    private static async Task<(int Exit, string Output, string Errors)> Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = await CommandLine.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
