using DocPipeline.ThrowawayPostgres;

namespace DocPipeline.Testing;

/// <summary>
/// The tests' throwaway PostgreSQL server, one per test assembly (an xunit collection fixture): the same server that
/// `bench workers` starts when given no --catalog.
/// </summary>
public sealed class PostgresServer : ThrowawayPostgres.ThrowawayPostgres;
