using DocPipeline.Archive.Benchmarking;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;
using DocPipeline.Testing;
using Xunit.Abstractions;

namespace DocPipeline.Archive.Tests;

/// <summary>The search benchmark at a small size: every kind of query it times finds documents. Speed is measured by `bench search`, not here.</summary>
public sealed class SearchBenchmarkTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    [Fact]
    public void Every_query_kind_of_the_benchmark_finds_documents()
    {
        var report = new SearchBenchmarkRun(new SearchAnalyzer(new IcuWordSegmenter()), new LaoTextEngine()).Run(_scratch.Path, documents: 600, queriesPerKind: 20);
        foreach (var l in report.Latencies) output.WriteLine($"{l.Kind}: p50 {l.P50Milliseconds:0.0} ms, p99 {l.P99Milliseconds:0.0} ms, {l.MeanHits:0.0} hits, e.g. {l.Example}");
        Assert.Equal(600, report.Documents);
        Assert.Equal(60, report.DamagedDocuments);
        Assert.True(report.IndexBytes > 0 && report.IngestSeconds > 0);
        Assert.Equal(5, report.Latencies.Count);
        Assert.All(report.Latencies, l => Assert.True(l.MeanHits >= 1, $"{l.Kind} found {l.MeanHits} documents on average, e.g. {l.Example}"));
    }

    [Fact]
    public void Synthetic_directives_are_the_same_for_the_same_seed_and_carry_their_facts()
    {
        var a = new SyntheticDirectives(1000, seed: 9).Generate(50).ToList();
        var b = new SyntheticDirectives(1000, seed: 9).Generate(50).ToList();
        Assert.Equal(a.Select(d => d.Text), b.Select(d => d.Text));
        var last = a[^1];
        Assert.Contains("ເລກທີ " + last.Facts.DocumentNumber, last.Text);
        Assert.All(last.Facts.References, r => Assert.Contains(r.Number, last.Text));
    }

    [Fact]
    public void Ocr_damage_applies_the_measured_confusions()
    {
        Assert.Equal("ຜະແນກ", new OcrDamage(Confusion.PhoToPho).Apply("ພະແນກ"));
        Assert.Equal("ຕັງ", new OcrDamage(Confusion.DroppedTone).Apply("ຕັ້ງ"));
        Assert.Equal("ຫັງສື", new OcrDamage(Confusion.NoToHo).Apply("ໜັງສື"));
        Assert.Equal("ຄໍາ", new OcrDamage(Confusion.SaraAmSplit).Apply("ຄຳ"));
        Assert.Equal("ຄຳແນະນຳ 042/ດປ.ວວ", new OcrDamage(Confusion.IssuerCode).Apply("ຄຳແນະນຳ 042/ຄປ.ວຈ"));
    }

    public void Dispose() => _scratch.Dispose();
}
