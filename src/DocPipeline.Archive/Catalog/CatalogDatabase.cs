using System.Data.Common;

namespace DocPipeline.Archive.Catalog;

/// <summary>
/// What differs between the catalog's two databases, and nothing else: how a connection is opened, how a duplicate
/// is told from another failure, how a new document gets its ID, and how changes are numbered in commit order.
/// Every statement of the catalog is written once, for both (<see cref="Sql"/>).
/// </summary>
public abstract class CatalogDatabase : IDisposable
{
    /// <summary>An open connection, ready for the catalog's statements.</summary>
    internal abstract DbConnection Open();

    /// <summary>The insert broke a unique key (the content, an ID, an account name is already there).</summary>
    internal abstract bool IsDuplicate(DbException e);

    /// <summary>The ID of an inserted document: the one given (`@id`, a reindex) or a new one.</summary>
    internal abstract string NewDocumentId { get; }

    /// <summary>After a document was inserted with an ID of its own: new IDs are taken above it.</summary>
    internal virtual void ReserveId(DbConnection connection, long id) { }

    /// <summary>
    /// Called in a writing transaction just before its rows of `changes` are inserted: the index reads changes by
    /// sequence number, so a number must never become visible after a higher one (<see cref="Postgres.PostgresDocumentStore"/>).
    /// SQLite writes one transaction at a time, so there numbers commit in order by themselves.
    /// </summary>
    internal virtual void OrderChanges(DbConnection connection) { }

    /// <summary>What the catalog's schema says it is: the index remembers it, and rebuilds itself for another catalog.</summary>
    internal string Identify()
    {
        using var connection = Open();
        using var command = Sql.Command(connection, "SELECT id FROM catalog");
        return (string)command.ExecuteScalar()!;
    }

    public virtual void Dispose() { }
}
