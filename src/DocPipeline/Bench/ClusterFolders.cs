namespace DocPipeline.Bench;

/// <summary>
/// The folders of several worker processes on one machine, laid out as on several machines: one inbox they all watch,
/// one originals folder and one failed folder they all mount, and each node's own data folder (its Lucene index; the
/// catalog is the shared PostgreSQL database). The one place that says so, for `bench workers` and the cluster tests alike.
/// </summary>
internal sealed record ClusterFolders(string Root)
{
    public string Inbox => Path.Combine(Root, "inbox");

    public string Originals => Path.Combine(Root, "originals");

    /// <summary>Where every node puts what fails, so that `status` on any node lists it.</summary>
    public string Failed => Path.Combine(Root, "failed");

    /// <summary>The data folder of node <paramref name="node"/> (0-based).</summary>
    public string Data(int node) => Path.Combine(Root, $"node-{node}");

    /// <summary>Each distinct data folder of <paramref name="nodes"/> nodes, once.</summary>
    public IReadOnlyList<string> DataFolders(int nodes) => Enumerable.Range(0, nodes).Select(Data).Distinct().ToList();

    /// <summary>What every node is told besides its --data: the folders all nodes share.</summary>
    public IReadOnlyList<string> SharedArguments => ["--inbox", Inbox, "--failed", Failed, "--originals", Originals];
}
