using Npgsql;

namespace DocPipeline.Archive.Postgres;

/// <summary>
/// One PostgreSQL database shared by every node of an archive: the connection pool all its tables use, opened on
/// a schema this program has brought up to date (<see cref="PostgresSchema"/>).
/// </summary>
public sealed class PostgresCatalog : IDisposable
{
    private PostgresCatalog(NpgsqlDataSource dataSource) => DataSource = dataSource;

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The schema version the program writes.</summary>
    public static int SchemaVersion => PostgresSchema.Version;

    /// <summary>Connects and upgrades the schema; a bad connection string or an unreachable server fails here, with the server's reason.</summary>
    public static PostgresCatalog Open(string connectionString)
    {
        NpgsqlDataSource dataSource;
        try { dataSource = NpgsqlDataSource.Create(connectionString); }
        catch (ArgumentException e)
        {
            throw new CatalogUnavailableException(
                $"The catalog setting is neither `sqlite` nor an Npgsql connection string (Host=…;Database=…;Username=…): {e.Message}", e);
        }
        try
        {
            PostgresSchema.Upgrade(dataSource);
            return new PostgresCatalog(dataSource);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            dataSource.Dispose();
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            throw new CatalogUnavailableException(
                $"The PostgreSQL catalog (host {builder.Host}, database {builder.Database ?? builder.Username}) cannot be opened: {e.Message}. Check the server is running and DocPipeline:Catalog (--catalog).", e);
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    public void Dispose() => DataSource.Dispose();
}

/// <summary>The PostgreSQL catalog cannot be reached or its setting is not a connection string.</summary>
public sealed class CatalogUnavailableException(string message, Exception inner) : Exception(message, inner);
