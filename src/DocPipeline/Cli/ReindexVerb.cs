using System.CommandLine;
using System.Text.Json;
using DocPipeline.Archive;
using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Originals;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Hosting;
using DocPipeline.Lao.Text;
using DocPipeline.Pipeline;
using DocPipeline.Views;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocPipeline.Cli;

/// <summary>
/// `reindex [--data DIR]`: rebuilds the catalog and its Lucene index from the archived originals' analysis
/// sidecars, without OCR. The raw page text goes through today's text chain and extraction again,
/// so improvements to either reach the whole archive. Documents keep their IDs. A searchable PDF
/// missing beside an original is made from the stored word boxes (existing ones are kept). Staff corrections,
/// accounts and the audit log are carried over, and each correction is applied again over the new reading. The new catalog
/// is built beside the old one and replaces it once complete; stop `serve` first. A document whose
/// sidecar cannot be read is listed as failed, with the original to ingest again (exit code 1).
/// </summary>
internal static class ReindexVerb
{
    private const int BatchSize = 200;

    public static Command Command()
    {
        var command = Verb.Create("reindex", "Rebuilds the catalog and index from the archived originals' extracted text (no OCR), keeping document IDs; makes missing searchable PDFs. Stop serve first.",
            "reindex --data /srv/archive",
            SettingOptions.Data(), SettingOptions.Catalog(), SettingOptions.Originals(), SettingOptions.Any());
        command.SetAction(r => Run(SettingOptions.Configuration(r), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        using var services = AppServices.ForExistingArchive(configuration);
        var options = services.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
        var originals = services.GetRequiredService<IOriginalStore>();
        var textEngine = services.GetRequiredService<LaoTextEngine>();
        var analyzer = services.GetRequiredService<DocumentAnalyzer>();
        if (options.CatalogOnPostgres) return RebuildIndex(services, options, output);

        var known = KnownDocuments(options.CatalogPath, errors);
        string building = options.CatalogPath + ".reindex";
        DeleteDatabase(building);
        int indexed = 0, failed = 0, searchable = 0;
        var done = new HashSet<string>(); // rebuilt, or already reported as failed
        using (var store = new SqliteDocumentStore(building, services.GetRequiredService<SearchAnalyzer>(), textEngine))
        {
            // Corrections, accounts and the audit log first: each document is written with its corrections applied.
            if (File.Exists(options.CatalogPath)) store.CopyStaffTablesFrom(options.CatalogPath);
            // Made on the new catalog: the service provider's store would open the old one, which an upgrade must not need.
            var ingestor = new Ingestor(analyzer, store, originals, services.GetRequiredService<SearchablePdfs>(),
                services.GetService<Microsoft.Extensions.Logging.ILogger<Ingestor>>());
            // Documents that keep an ID first, so a new one never takes an ID an old one still needs.
            var documents = originals.WithSidecar(Ingestor.AnalysisSidecar)
                .Select(sha => (Sha: sha, Known: known.TryGetValue(sha, out var k) ? k : Remembered(originals, sha)))
                .OrderBy(d => d.Known.Id == 0).ThenBy(d => d.Known.Id);
            foreach (var batch in documents.Chunk(BatchSize))
            {
                var ready = new List<NewDocument>();
                foreach (var (sha, old) in batch)
                {
                    try
                    {
                        var stored = JsonSerializer.Deserialize<DocumentAnalysis>(originals.ReadSidecar(sha, Ingestor.AnalysisSidecar)!, Json.Line)
                            ?? throw new JsonException("The sidecar is empty.");
                        var analysis = analyzer.Reread(stored);
                        // Made at ingest; made here only when missing (an archive from before, a failure then).
                        if (originals.FindSidecar(sha, SearchablePdfs.Sidecar) is null && originals.Find(sha) is { } original
                            && ingestor.WriteSearchablePdf(analysis, original)) searchable++;
                        ready.Add(Ingestor.ToNewDocument(analysis, originals.Find(sha) ?? "") with
                        {
                            Id = old.Id == 0 ? null : old.Id,
                            AddedAt = old.Id == 0 ? null : old.AddedAt,
                        });
                    }
                    catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
                    {
                        failed++;
                        done.Add(sha);
                        Failed(output, null, sha, old.Id == 0 ? null : old.Id, $"Its analysis sidecar cannot be read ({e.Message}); the document is left out of the index: ingest {originals.Find(sha) ?? "its original"} again to restore it.");
                    }
                }
                foreach (var (document, id) in ready.Zip(store.AddBatch(ready)))
                {
                    done.Add(document.Sha256);
                    if (id is not null) { indexed++; continue; }
                    failed++;
                    Failed(output, document.FileName, document.Sha256, document.Id, "Its ID or content is already in the new catalog.");
                }
            }
            store.Checkpoint();
        }
        foreach (var (sha, old) in known.Where(k => !done.Contains(k.Key)))
        {
            failed++;
            Failed(output, null, sha, old.Id, "No readable analysis sidecar beside its original: ingest the file again to restore it.");
        }
        // The worker's queue lives in the same file: carried over, so no queued or failed file is forgotten (on PostgreSQL it stays there).
        if (File.Exists(options.CatalogPath) && !options.CatalogOnPostgres) new SqliteJobQueue(building).CopyFrom(options.CatalogPath);
        SqliteConnection.ClearAllPools();
        DeleteDatabase(options.CatalogPath); // the old write-ahead log must not be replayed into the new file
        File.Move(building, options.CatalogPath);
        // The index built beside the new catalog goes with it (an index left of the old catalog would be rebuilt anyway: it names its catalog).
        Directory.Move(SqliteDocumentStore.IndexPath(building), SqliteDocumentStore.IndexPath(options.CatalogPath));
        output.WriteLine(Json.Write(new { status = "reindexed", documents = indexed, failed, searchablePdfsMade = searchable }));
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }

    /// <summary>
    /// On PostgreSQL the catalog is shared and stays as it is (other nodes read it, workers write it): only this node's
    /// index is built again, from the catalog's changes.
    /// </summary>
    private static int RebuildIndex(ServiceProvider services, DocPipelineOptions options, TextWriter output)
    {
        if (Directory.Exists(options.IndexPath)) Directory.Delete(options.IndexPath, recursive: true);
        var store = services.GetRequiredService<CatalogStore>(); // opening it indexes the whole catalog
        store.Checkpoint();
        output.WriteLine(Json.Write(new { status = "reindexed", documents = store.IndexedCount(), failed = 0, searchablePdfsMade = 0 }));
        return CommandLine.Ok;
    }

    private static void Failed(TextWriter output, string? file, string sha256, long? id, string error) =>
        output.WriteLine(Json.Write(new FileOutcome(FileOutcome.Failed, file, sha256, id, Stage: "reindex", Error: error)));

    /// <summary>The ID and date written beside the original at ingest, for a catalog that was lost; (0, default) when none.</summary>
    private static (long Id, DateTimeOffset AddedAt) Remembered(IOriginalStore originals, string sha256)
    {
        try
        {
            return originals.ReadSidecar(sha256, Ingestor.IdentitySidecar) is { } json
                && JsonSerializer.Deserialize<Ingestor.ArchivedIdentity>(json, Json.Line) is { } identity
                ? (identity.Id, identity.AddedAt) : default;
        }
        catch (JsonException) { return default; }
    }

    /// <summary>IDs and dates of the documents in the current catalog (any index version), by SHA-256.</summary>
    private static Dictionary<string, (long Id, DateTimeOffset AddedAt)> KnownDocuments(string catalog, TextWriter errors)
    {
        var known = new Dictionary<string, (long, DateTimeOffset)>();
        if (!File.Exists(catalog)) return known;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = catalog, Mode = SqliteOpenMode.ReadOnly }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, sha256, added_at FROM documents";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                known[reader.GetString(1)] = (reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (SqliteException e)
        {
            errors.WriteLine($"docpipeline: the old catalog cannot be read ({e.Message}); documents get new IDs.");
        }
        return known;
    }

    /// <summary>A catalog file, its write-ahead log and the Lucene index derived from it.</summary>
    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        if (Directory.Exists(SqliteDocumentStore.IndexPath(path))) Directory.Delete(SqliteDocumentStore.IndexPath(path), recursive: true);
    }
}
