using DocPipeline.Testing;

namespace DocPipeline.Worker.Tests;

/// <summary>The test classes that share this assembly's throwaway PostgreSQL server (started once, removed after).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
