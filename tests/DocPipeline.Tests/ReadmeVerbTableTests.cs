using System.CommandLine;
using System.Text.RegularExpressions;
using DocPipeline.Testing;

namespace DocPipeline.Tests;

/// <summary>
/// README's verb table is checked against the command definitions: each verb's first column is the synopsis made from
/// its arguments and options, so a verb or an option added, renamed or removed fails here until the README says so.
/// </summary>
public sealed partial class ReadmeVerbTableTests
{
    /// <summary>Options every verb that uses them shares, described once under the table rather than in each row.</summary>
    private static readonly HashSet<string> Shared = ["--DocPipeline", "--tessdata", "--lang", "--catalog", "--originals"];

    [Fact]
    public void Each_verb_has_a_row_whose_synopsis_is_made_from_its_definition()
    {
        var expected = VerbTree.Leaves().Select(Synopsis).ToList();
        var rows = File.ReadLines(Path.Combine(Repo.Root, "README.md"))
            .Select(l => Row().Match(l)).Where(m => m.Success)
            .Select(m => m.Groups[1].Value.Replace("\\|", "|")).ToList();
        Assert.True(expected.SequenceEqual(rows),
            "README's verb table differs from the definitions; its first column should read, in this order:\n" + string.Join('\n', expected.Select(e => $"| `{e.Replace("|", "\\|")}` |")));
    }

    [Fact]
    public void The_shared_options_are_described_under_the_table()
    {
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        Assert.All(Shared, name => Assert.Contains($"`{name}", readme));
    }

    /// <summary>`search QUERY... [--limit N] … [--json]`: the name, the arguments, then each option with its value's name.</summary>
    private static string Synopsis((string Path, Command Command) verb)
    {
        var parts = new List<string> { verb.Path };
        foreach (var a in verb.Command.Arguments)
        {
            string name = (a.HelpName ?? a.Name) + (a.Arity.MaximumNumberOfValues > 1 ? "..." : "");
            parts.Add(a.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name);
        }
        foreach (var o in verb.Command.Options.Where(o => !Shared.Contains(o.Name)))
            parts.Add(o.ValueType == typeof(bool) ? $"[{o.Name}]" : $"[{o.Name} {o.HelpName}]");
        return string.Join(' ', parts);
    }

    /// <summary>A row of the verb table: its first cell, in backticks, begins with a verb.</summary>
    [GeneratedRegex(@"^\| `((?:analyze|ingest|search|show|cite|serve|worker|status|reindex|eval|bench|completion|review|edit|users|audit)\b[^`]*)` \|")]
    private static partial Regex Row();
}
