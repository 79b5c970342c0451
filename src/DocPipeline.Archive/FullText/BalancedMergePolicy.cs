using Lucene.Net.Index;

namespace DocPipeline.Archive.FullText;

/// <summary>
/// Lucene's tiered merges for the index as it grows, and a forced merge (<see cref="LuceneIndex.Merge"/>, after a bulk
/// load) into segments of about equal size: the segments of one search are read in parallel, and the search takes as
/// long as its largest segment. The tiered policy's own forced merge left, of 100,000 directives, two segments of 69% and 31%.
/// </summary>
internal sealed class BalancedMergePolicy : TieredMergePolicy
{
    public override MergeSpecification? FindForcedMerges(SegmentInfos infos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        var eligible = infos.Where(segmentsToMerge.ContainsKey).ToList();
        if (eligible.Count <= maxSegmentCount) return null;
        // While merges run, the writer asks again as each one ends: the segments it is still merging are not spread again.
        var merging = m_writer.Get().MergingSegments;
        if (eligible.Any(merging.Contains)) return null;
        var groups = Groups(eligible.Select(Size).ToList(), maxSegmentCount);
        var merges = new MergeSpecification();
        foreach (var group in groups.Where(g => g.Count > 1)) merges.Add(new OneMerge(group.Select(i => eligible[i]).ToList()));
        return merges.Merges.Count > 0 ? merges : null;
    }

    /// <summary>
    /// Segments (by size) dealt into at most <paramref name="count"/> groups of about equal total: largest first, each
    /// to the group with the least so far. The indices of each group's segments.
    /// </summary>
    internal static List<List<int>> Groups(IReadOnlyList<long> sizes, int count)
    {
        var groups = Enumerable.Range(0, Math.Max(1, count)).Select(_ => (Total: 0L, Members: new List<int>())).ToList();
        foreach (int segment in Enumerable.Range(0, sizes.Count).OrderByDescending(i => sizes[i]))
        {
            int least = Enumerable.Range(0, groups.Count).MinBy(g => groups[g].Total);
            groups[least] = (groups[least].Total + sizes[segment], groups[least].Members);
            groups[least].Members.Add(segment);
        }
        return groups.Select(g => g.Members).Where(m => m.Count > 0).ToList();
    }
}
