using System.CommandLine;
using System.Diagnostics;
using System.Text;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;

namespace DocPipeline.Bench;

/// <summary>
/// `bench text [--mb N]`: throughput of the Lao text engine on a few MB of realistic pages (the
/// corpus directives, repeated with the damage seen in OCR and imported text: ໍ+າ, ຫນ, tone
/// before vowel, Myanmar digits, a Khmer line, spaces inside words, broken lines).
/// Reports MB/s of UTF-8 input for spelling normalization, page cleaning and ICU segmentation.
/// </summary>
internal static class TextBenchmark
{
    public static Command Command()
    {
        var mb = new Option<int>("--mb") { HelpName = "N", Description = "megabytes of pages to run through (default 4)", DefaultValueFactory = _ => 4 };
        mb.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--mb takes a positive whole number."); });
        var command = Cli.Verb.Create("text", "Lao text engine throughput: normalization, page cleaning, segmentation (MB/s).", "bench text --mb 8",
            mb);
        command.SetAction(r => Run(r.GetValue(mb), r.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(int megabytes, TextWriter output)
    {
        var pages = RealisticPages(megabytes * 1_000_000);
        double mb = pages.Sum(p => Encoding.UTF8.GetByteCount(p)) / 1e6;
        output.WriteLine($"text: {pages.Count} pages, {mb:0.0} MB UTF-8, {Environment.ProcessorCount} cores, one thread");

        var engine = new LaoTextEngine();
        var segmenter = new IcuWordSegmenter();
        var clean = pages.Select(p => engine.CleanPage(p, 1).Text).ToList();
        Report(output, "normalize (spelling chain)", mb, () => { foreach (var p in pages) engine.Normalize(p); });
        Report(output, "clean page (noise, layout, spelling)", mb, () => { int i = 0; foreach (var p in pages) engine.CleanPage(p, ++i); });
        double cleanMb = clean.Sum(p => Encoding.UTF8.GetByteCount(p)) / 1e6;
        Report(output, "segment (ICU words, protected tokens)", cleanMb, () => { foreach (var p in clean) segmenter.Words(p); });
        var analyzer = new SearchAnalyzer(segmenter);
        Report(output, "search forms (words + keys)", cleanMb, () => { foreach (var p in clean) analyzer.Analyze(p); });
        return 0;
    }

    /// <summary>Best of three timed runs after one warm-up.</summary>
    private static void Report(TextWriter output, string what, double mb, Action run)
    {
        run();
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        output.WriteLine($"  {what,-40} {mb / best,8:0.0} MB/s  ({best * 1000:0} ms for {mb:0.0} MB)");
    }

    private static List<string> RealisticPages(int bytes)
    {
        var sources = Directory.GetFiles(Path.Combine(RepoFolder.Root(), "corpus", "source"), "*.txt").Order().Select(File.ReadAllText).ToList();
        var random = new Random(42);
        var pages = new List<string>();
        int total = 0;
        while (total < bytes)
        {
            var page = new StringBuilder();
            for (int k = 0; k < 4; k++) page.Append(Damage(sources[random.Next(sources.Count)], random)).Append("\n\n");
            string text = page.ToString();
            pages.Add(text);
            total += Encoding.UTF8.GetByteCount(text);
        }
        return pages;
    }

    /// <summary>The spellings and damage that the engine repairs, at random places.</summary>
    private static string Damage(string text, Random random)
    {
        var sb = new StringBuilder(text.Length + 64);
        foreach (string line in text.Split('\n'))
        {
            string l = line;
            if (random.Next(3) == 0) l = l.Replace("ຳ", "ໍາ").Replace("ໜ", "ຫນ").Replace("ໝ", "ຫມ").Replace("ຫຼ", "ຫລ");
            if (random.Next(4) == 0) l = l.Replace("\u0EB4\u0EC9", "\u0EC9\u0EB4").Replace("\u0EB1\u0EC9", "\u0EC9\u0EB1");
            if (random.Next(6) == 0) l = l.Replace("0", "၀").Replace("1", "၁").Replace("2", "၂");
            if (random.Next(8) == 0 && l.Length > 10) l = l.Insert(l.Length / 2, " ");
            if (random.Next(10) == 0 && l.Length > 20) l = l.Insert(l.Length / 2, "\n");
            sb.Append(l).Append('\n');
            if (random.Next(40) == 0) sb.Append("ក្រសួងអប់រំ យុវជន និងកីឡា បានចេញសេចក្តីណែនាំ\n");
        }
        return sb.ToString();
    }
}
