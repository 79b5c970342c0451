using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace DocPipeline.Worker.Tests;

/// <summary>A job row as the test reads it straight from the catalog file.</summary>
internal sealed record JobRow(long Id, string? Sha256, string FileName, string State, long? DocumentId, string? Stage, string? Message, string? FailedPath);

/// <summary>What is on disk and in the catalog of a data folder, read without the program's own classes.</summary>
internal sealed class ArchiveState(string dataDirectory)
{
    public string Inbox => Path.Combine(dataDirectory, "inbox");
    public string Failed => Path.Combine(dataDirectory, "failed");
    private string Originals => Path.Combine(dataDirectory, "originals");

    public List<(long Id, string Sha256, string FileName)> Documents() =>
        Rows("SELECT id, sha256, file_name FROM documents", r => (r.GetInt64(0), r.GetString(1), r.GetString(2)));

    public long Scalar(string sql) => Rows(sql, r => r.GetInt64(0)).Single();

    /// <summary>The document ids the Lucene index holds (live documents of its last commit), one entry per indexed document.</summary>
    public List<long> IndexedIds()
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(dataDirectory, "catalog.lucene"));
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        var ids = new List<long>();
        for (int doc = 0; doc < reader.MaxDoc; doc++)
            if (live is null || live.Get(doc)) ids.Add(long.Parse(reader.Document(doc).Get("id"), System.Globalization.CultureInfo.InvariantCulture));
        return ids;
    }

    /// <summary>The catalog sequence number the index's last commit says it holds.</summary>
    public long IndexedSequence()
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(dataDirectory, "catalog.lucene"));
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return long.Parse(reader.IndexCommit.UserData["catalog_sequence"], System.Globalization.CultureInfo.InvariantCulture);
    }

    public List<JobRow> Jobs() => Rows(
        "SELECT id, sha256, file_name, state, document_id, stage, message, failed_path FROM jobs ORDER BY id",
        r => new JobRow(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetString(3),
            r.IsDBNull(4) ? null : r.GetInt64(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6),
            r.IsDBNull(7) ? null : r.GetString(7)));

    public string PageText(string fileName) =>
        string.Join("\n", Rows("SELECT p.text FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.file_name = $f ORDER BY p.number",
            r => r.GetString(0), ("$f", fileName)));

    /// <summary>Originals in the archive (not sidecars, not unfinished copies), by the SHA-256 in their name.</summary>
    public List<string> ArchivedOriginals() => !Directory.Exists(Originals) ? [] :
        Directory.EnumerateFiles(Originals, "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName).OfType<string>()
            .Where(n => !n.Contains(".sidecar.") && !n.EndsWith(".incoming") && !n.EndsWith(".tmp"))
            .ToList();

    public List<string> LeftoverCopies() => !Directory.Exists(Originals) ? [] :
        Directory.EnumerateFiles(Originals, "*", SearchOption.AllDirectories).Where(n => n.EndsWith(".incoming") || n.EndsWith(".tmp")).ToList();

    /// <summary>Files still in the inbox that the worker should take (ignored names excepted).</summary>
    public List<string> InboxFiles() => !Directory.Exists(Inbox) ? [] :
        Directory.EnumerateFiles(Inbox, "*", SearchOption.AllDirectories).Where(f => !Pipeline.IgnoredFiles.IsIgnored(f)).ToList();

    public bool Drained() =>
        File.Exists(Path.Combine(dataDirectory, "catalog.db")) && InboxFiles().Count == 0
        && Scalar("SELECT count(*) FROM jobs WHERE state IN ('intake', 'queued', 'running')") == 0;

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read, params (string, object)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "catalog.db")};Mode=ReadOnly;Default Timeout=30");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
