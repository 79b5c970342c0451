using DocPipeline.Archive.FullText;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DocPipeline.Archive.Tests;

/// <summary>A bulk load's forced merge leaves segments of about equal size, which one search reads in parallel.</summary>
public sealed class BalancedMergeTests
{
    [Fact]
    public void Segments_are_dealt_largest_first_to_the_group_with_the_least()
    {
        var groups = BalancedMergePolicy.Groups([50, 30, 20, 10, 5, 5], 2);
        Assert.Equal(2, groups.Count);
        long[] sizes = [50, 30, 20, 10, 5, 5];
        Assert.All(groups, g => Assert.Equal(60, g.Sum(i => sizes[i])));
        Assert.Equal([[0], [1]], BalancedMergePolicy.Groups([100, 1], 2));
        Assert.Equal([[1, 0, 2]], BalancedMergePolicy.Groups([3, 7, 1], 1));
        Assert.Equal(2, BalancedMergePolicy.Groups([3, 7], 4).Count);
    }

    [Fact]
    public void A_forced_merge_into_two_leaves_two_segments_of_about_half_the_documents_each()
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = new BalancedMergePolicy() };
        using (var writer = new IndexWriter(directory, config))
        {
            int id = 0;
            foreach (int batch in new[] { 500, 300, 200, 100, 60, 40 })
            {
                for (int i = 0; i < batch; i++)
                    writer.AddDocument(new Document { new TextField("body", $"word{id % 97} word{id % 13} text{id++}", Field.Store.NO) });
                writer.Commit();
            }
            writer.ForceMerge(2);
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);
        Assert.Equal(1200, reader.NumDocs);
        Assert.All(reader.Leaves, leaf => Assert.InRange(leaf.Reader.MaxDoc, 500, 700));
    }
}
