using System.Data.Common;
using DocPipeline.Archive.FullText;

namespace DocPipeline.Archive.Catalog;

/// <summary>One connection and two prepared statements for the whole of a search (a connection per hit cost more than the search).</summary>
internal sealed class CatalogReader : ICatalogReader
{
    private readonly DbConnection _connection;
    private readonly DbCommand _document, _pages;

    internal CatalogReader(DbConnection connection)
    {
        _connection = connection;
        _document = Sql.Command(connection, $"SELECT {DocumentRows.Columns} FROM documents WHERE id = @id", ("@id", 0L));
        _pages = Sql.Command(connection, $"SELECT {PageRows.Columns} FROM pages WHERE document_id = @id ORDER BY number", ("@id", 0L));
    }

    public DocumentSummary? Get(long id)
    {
        _document.Parameters[0].Value = id;
        using var reader = _document.ExecuteReader();
        return reader.Read() ? DocumentRows.Read(reader, 0) : null;
    }

    public IReadOnlyList<StoredPage> Pages(long id)
    {
        _pages.Parameters[0].Value = id;
        return PageRows.Read(_pages);
    }

    public void Dispose()
    {
        _document.Dispose();
        _pages.Dispose();
        _connection.Dispose();
    }
}

/// <summary>Reads page rows into <see cref="StoredPage"/> records.</summary>
internal static class PageRows
{
    internal const string Columns = "number, text, raw_text, origin, confidence";

    internal static List<StoredPage> Read(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var pages = new List<StoredPage>();
        while (reader.Read())
            pages.Add(new StoredPage(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? reader.GetString(1) : reader.GetString(2),
                reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        return pages;
    }
}
