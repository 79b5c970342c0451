using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Extraction.Evaluation;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;
using Xunit.Abstractions;

namespace DocPipeline.Lao.Tests;

/// <summary>
/// Extraction over the labeled set `corpus/extraction` (the same figures as `./docpipeline bench extraction`):
/// printed, and held at 0.95 precision and recall for references, their dates and dates.
/// </summary>
public class ExtractionLabeledSetTests(ITestOutputHelper output)
{
    private const double Target = 0.95;

    [Fact]
    public void Precision_and_recall_over_the_labeled_set()
    {
        var engine = new LaoTextEngine();
        var extractor = new DirectiveExtractor();
        var score = new ExtractionScore(engine.Normalize);
        var cases = Directory.EnumerateFiles(Repo.Corpus("extraction"), "*.txt").Order(StringComparer.Ordinal)
            .Select(txt => LabeledDirective.Parse(Path.GetFileNameWithoutExtension(txt), File.ReadAllText(txt), File.ReadAllText(Path.ChangeExtension(txt, ".json"))))
            .ToList();
        foreach (var c in cases) score.Add(c, extractor.Extract(engine.Normalize(c.Text)));

        foreach (string line in score.Report().Concat(score.Misses)) output.WriteLine(line);
        Assert.True(cases.Count >= 40, $"{cases.Count} labeled cases");
        Assert.All(new[] { score.References, score.ReferenceDates, score.Dates }, pr =>
        {
            Assert.InRange(pr.Precision, Target, 1.0);
            Assert.InRange(pr.Recall, Target, 1.0);
        });
    }

    [Fact]
    public void A_malformed_label_names_its_case() =>
        Assert.Contains("broken-case", Assert.Throws<FormatException>(() => LabeledDirective.Parse("broken-case", "text", "{ \"references\": ")).Message);
}
