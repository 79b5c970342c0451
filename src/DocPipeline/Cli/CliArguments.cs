namespace DocPipeline.Cli;

/// <summary>
/// A verb's arguments: positional values and `--name value` / `--flag` options. Options that
/// configure the host (--data, --inbox, --urls) are also passed to configuration.
/// </summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> Flags = ["--json", "--help", "--poll", "--once", "--no-progress", "--checked"];

    public IReadOnlyList<string> Positional { get; }
    private readonly Dictionary<string, string?> _options;

    private CliArguments(List<string> positional, Dictionary<string, string?> options)
    {
        Positional = positional;
        _options = options;
    }

    public static CliArguments Parse(IEnumerable<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var e = args.GetEnumerator();
        bool onlyPositional = false;
        while (e.MoveNext())
        {
            string a = e.Current;
            if (onlyPositional || !a.StartsWith("--") || a == "-") { positional.Add(a); continue; }
            if (a == "--") { onlyPositional = true; continue; }
            int eq = a.IndexOf('=');
            if (eq > 0) { options[a[..eq]] = a[(eq + 1)..]; continue; }
            if (Flags.Contains(a)) { options[a] = null; continue; }
            if (!e.MoveNext()) throw new UsageException($"Option {a} needs a value.");
            options[a] = e.Current;
        }
        return new CliArguments(positional, options);
    }

    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The option names given, for verbs that refuse an unknown one.</summary>
    public IEnumerable<string> OptionNames => _options.Keys;

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public int GetInt(string name, int fallback)
    {
        string? v = Get(name);
        if (v is null) return fallback;
        return int.TryParse(v, out int n) && n > 0 ? n : throw new UsageException($"{name} takes a positive whole number, not '{v}'.");
    }

    public DateOnly? GetDate(string name)
    {
        string? v = Get(name);
        if (v is null) return null;
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", out var d)) return d;
        if (int.TryParse(v, out int year) && year is > 1900 and < 2200)
            return name == "--to" ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        throw new UsageException($"{name} takes a date as yyyy-MM-dd or a year, not '{v}'.");
    }
}

/// <summary>The command line is wrong: the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
