using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;

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
