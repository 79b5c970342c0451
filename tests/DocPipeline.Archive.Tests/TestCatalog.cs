using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.Postgres;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

/// <summary>A catalog on the real engines (SQLite, ICU), and the one-page text documents the store tests add to it.</summary>
internal static class TestCatalog
{
    internal static SqliteDocumentStore Open(string path, LaoTextEngine engine) =>
        new(path, new SearchAnalyzer(new IcuWordSegmenter()), engine);

    /// <summary>One page of canonical text; its facts are read from the text unless given.</summary>
    internal static NewDocument TextPage(string sha256, string fileName, string text, string? rawText = null, DirectiveFacts? facts = null) =>
        new(sha256, fileName, "/archive/" + fileName, "text", facts ?? new DirectiveExtractor().Extract(text),
            [new StoredPage(1, text, rawText ?? text, "text", null)], null, null);
}

/// <summary>Where a test class keeps its catalog: the SQLite file in its folder, or a PostgreSQL database of its own.</summary>
public abstract class StoreBackend : IDisposable
{
    /// <summary>The catalog of this test, its index in <paramref name="folder"/> (a node's data folder).</summary>
    internal abstract CatalogStore Open(string folder, LaoTextEngine engine);

    /// <summary>A statement straight on the catalog's database, past the store: what a tamperer could do.</summary>
    internal abstract void Execute(string folder, string sql);

    public virtual void Dispose() { }
}

public sealed class SqliteBackend : StoreBackend
{
    internal override CatalogStore Open(string folder, LaoTextEngine engine) => TestCatalog.Open(Path.Combine(folder, "catalog.db"), engine);

    internal override void Execute(string folder, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(folder, "catalog.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>A fresh database of the assembly's server; every store opened on it is a node of the same catalog.</summary>
public sealed class PostgresBackend(PostgresServer server) : StoreBackend
{
    private readonly Lazy<PostgresCatalog> _catalog = new(() => PostgresCatalog.Open(server.NewDatabase()));

    internal PostgresCatalog Catalog => _catalog.Value;

    internal override CatalogStore Open(string folder, LaoTextEngine engine) =>
        new PostgresDocumentStore(Catalog, Path.Combine(folder, "catalog.lucene"), new SearchAnalyzer(new IcuWordSegmenter()), engine);

    internal override void Execute(string folder, string sql)
    {
        using var command = Catalog.DataSource.CreateCommand(sql);
        command.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        if (_catalog.IsValueCreated) _catalog.Value.Dispose();
    }
}

/// <summary>The test classes that share this assembly's throwaway PostgreSQL server (started once, removed after).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
