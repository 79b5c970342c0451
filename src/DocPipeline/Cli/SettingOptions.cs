using System.CommandLine;
using System.CommandLine.Parsing;
using System.ComponentModel;
using System.Reflection;
using DocPipeline.Hosting;
using Microsoft.Extensions.Configuration;

namespace DocPipeline.Cli;

/// <summary>
/// The options that configure a run rather than the verb: the archive folder, the inbox, the models, the web
/// address, and any other setting in one explicit form, `--DocPipeline:KEY=VALUE` (a key of
/// <see cref="DocPipelineOptions"/>, its value checked against the setting's type). Nothing else on a
/// command line ever reaches configuration.
/// </summary>
internal static class SettingOptions
{
    private const string Section = DocPipelineOptions.Section;

    /// <summary>An option whose value is one configuration key's value.</summary>
    private sealed class Keyed(string name, string key) : Option<string>(name)
    {
        public string Key { get; } = key;
    }

    /// <summary>Every setting that `--DocPipeline:KEY=VALUE` may set, with the type its value must convert to.</summary>
    private static readonly Dictionary<string, Type> Settings = typeof(DocPipelineOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .Select(p => (p.Name, p.PropertyType))
        .Append((Name: "AccessToken", PropertyType: typeof(string))) // read by the web layer's access gate
        .ToDictionary(p => p.Name, p => p.PropertyType, StringComparer.OrdinalIgnoreCase);

    public static Option<string> Data() => Setting("--data", nameof(DocPipelineOptions.DataDirectory), "DIR",
        "the archive folder (else $DOCPIPELINE_DATA, else ./data)");

    public static Option<string> Catalog() => Setting("--catalog", nameof(DocPipelineOptions.Catalog), "sqlite|CONNECTION",
        "where the catalog and queue live: sqlite (default, in DATA) or an Npgsql connection string to a shared PostgreSQL");

    public static Option<string> Originals() => Setting("--originals", nameof(DocPipelineOptions.Originals), "DIR",
        "where originals are kept (else DATA/originals); one folder all nodes mount");

    public static Option<string> Inbox() => Setting("--inbox", nameof(DocPipelineOptions.Inbox), "DIR", "the watched folder (else DATA/inbox)");

    public static Option<string> Failed() => Setting("--failed", nameof(DocPipelineOptions.Failed), "DIR",
        "where files that fail go, with their reasons (else DATA/failed); on a cluster, one folder all nodes share");

    public static Option<string> Tessdata() => Setting("--tessdata", nameof(DocPipelineOptions.Tessdata), "DIR", "folder of .traineddata models");

    public static Option<string> Lang() => Setting("--lang", nameof(DocPipelineOptions.OcrLanguage), "MODEL",
        "the recognition model (default docpipeline-lao; lao is Debian's stock model)");

    public static Option<string> Urls() => new Keyed("--urls", "urls") { HelpName = "URL", Description = $"where to listen (default {ServeVerb.DefaultUrl}; others need accounts)" };

    public static Option<bool> Poll() => new("--poll") { Description = "rescan the inbox only, no file events (network shares)" };

    /// <summary>`--DocPipeline:MaxPages=50`: the library splits the name at the colon, so the value is `MaxPages=50`.</summary>
    public static Option<string[]> Any()
    {
        var option = new Option<string[]>("--" + Section)
        {
            HelpName = "KEY=VALUE",
            Description = $"any setting for this run, written --{Section}:KEY=VALUE (e.g. --{Section}:MaxPages=50; README: Configuration)",
        };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (Check(token.Value) is { } problem) result.AddError(problem);
        });
        option.CompletionSources.Add(_ => Settings.Keys.Order(StringComparer.Ordinal).Select(k => k + "="));
        return option;
    }

    /// <summary>The configuration of this run: files and environment as always, then what this command line set.</summary>
    public static IConfigurationRoot Configuration(ParseResult parsed)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in parsed.CommandResult.Children.OfType<OptionResult>().Where(r => !r.Implicit))
        {
            if (result.Option is Keyed keyed) overrides[keyed.Key] = result.GetValueOrDefault<string>();
            else if (result.Option.Name == "--poll" && result.GetValueOrDefault<bool>()) overrides[$"{Section}:{nameof(DocPipelineOptions.InboxPolling)}"] = "true";
            else if (result.Option.Name == "--" + Section)
                foreach (string pair in result.GetValueOrDefault<string[]>())
                    overrides[$"{Section}:{pair[..pair.IndexOf('=')]}"] = pair[(pair.IndexOf('=') + 1)..];
        }
        return AppConfiguration.Build(overrides);
    }

    private static Option<string> Setting(string name, string property, string helpName, string description) =>
        new Keyed(name, $"{Section}:{property}") { HelpName = helpName, Description = description };

    /// <summary>Why `KEY=VALUE` cannot be a setting, or null when it can.</summary>
    private static string? Check(string pair)
    {
        int eq = pair.IndexOf('=');
        if (eq <= 0) return $"--{Section}:{pair} needs a value: --{Section}:KEY=VALUE, e.g. --{Section}:MaxPages=50.";
        string key = pair[..eq], value = pair[(eq + 1)..];
        if (!Settings.TryGetValue(key, out var type))
            return $"There is no setting '{key}'. Settings: {string.Join(", ", Settings.Keys.Order(StringComparer.Ordinal))}.";
        try
        {
            if (type != typeof(string)) _ = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException || e.InnerException is FormatException or OverflowException)
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            return $"{key} takes {(t.IsEnum ? string.Join(" or ", Enum.GetNames(t)) : TypeName(t))}, not '{value}'.";
        }
    }

    private static string TypeName(Type type) => type switch
    {
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(int) || t == typeof(long) => "a whole number",
        var t when t == typeof(double) => "a number",
        var t => t.Name,
    };
}
