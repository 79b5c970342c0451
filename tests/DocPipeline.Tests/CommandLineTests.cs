using System.CommandLine;
using DocPipeline.Cli;
using DocPipeline.Testing;

namespace DocPipeline.Tests;

/// <summary>
/// The command line refuses what it does not understand and helps with each verb. Every verb is taken from the one
/// definition (<see cref="CommandLine.Definition"/>), so a verb added there is covered here without a new test.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    /// <summary>Every verb as typed (`bench ocr` included), with a value for each argument it needs.</summary>
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in VerbTree.Leaves()) data.Add(path);
        return data;
    }

    [Theory, MemberData(nameof(Verbs))]
    public async Task Help_on_each_verb_exits_0_and_lists_its_options_and_an_example(string verb)
    {
        var command = Find(verb);
        foreach (string help in new[] { "--help", "-h" })
        {
            var (exit, lines, _) = await Cli.Run([.. verb.Split(' '), help]);
            string text = string.Join('\n', lines);
            Assert.Equal(CommandLine.Ok, exit);
            Assert.All(command.Options, o => Assert.Contains(o.Name, text));
            Assert.Contains("Example:\n  ./docpipeline " + verb, text);
        }
    }

    [Theory, MemberData(nameof(Verbs))]
    public async Task A_misspelled_option_on_each_verb_exits_2_and_names_the_right_one(string verb)
    {
        var command = Find(verb);
        Assert.All(command.Options, o => Assert.StartsWith("--", o.Name));
        foreach (var option in command.Options)
        {
            string typo = Misspelled(option.Name);
            var (exit, lines, errors) = await Cli.Run([.. verb.Split(' '), .. Arguments(command), typo, "x"]);
            Assert.True(exit == CommandLine.Usage, $"{verb} {typo}: exit {exit}\n{errors}");
            Assert.Empty(lines);
            var suggested = errors.Split('\n').SkipWhile(l => !l.Contains("Did you mean")).Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Trim());
            Assert.True(suggested.Contains(option.Name), $"{verb} {typo}: no suggestion of {option.Name}:\n{errors}");
        }
    }

    [Theory]
    [InlineData("--dta")]
    [InlineData("--date")]
    [InlineData("--Data")]
    [InlineData("-data")]
    [InlineData("-d")]
    [InlineData("--data-dir")]
    public async Task A_data_typo_never_creates_an_archive(string typo)
    {
        string file = _scratch.File("ແຈ້ງການ.txt");
        File.WriteAllText(file, "ແຈ້ງການ ເລກທີ 15/ສສ");
        string archive = _scratch.File("archive");
        string defaultArchive = Path.GetFullPath("data");
        bool defaultExisted = Directory.Exists(defaultArchive);
        var (exit, lines, errors) = await Cli.Run("ingest", file, typo, archive);
        Assert.True(exit == CommandLine.Usage, $"{typo}: exit {exit}\n{errors}");
        Assert.Empty(lines);
        Assert.False(Directory.Exists(archive), $"{typo} created {archive}");
        Assert.Equal(defaultExisted, Directory.Exists(defaultArchive));
        if (typo.StartsWith("--", StringComparison.Ordinal)) Assert.Contains("--data", errors);
    }

    [Theory]
    [InlineData("search", "ແລະ")]
    [InlineData("show", "1")]
    [InlineData("cite", "1")]
    [InlineData("status")]
    [InlineData("reindex")]
    public async Task A_data_folder_that_holds_no_archive_is_refused_by_the_verbs_that_read_one(params string[] verb)
    {
        string typo = _scratch.File("archvie");
        var (exit, _, errors) = await Cli.Run([.. verb, "--data", typo]);
        Assert.Equal(CommandLine.Setup, exit);
        Assert.Contains("No archive in", errors);
        Assert.False(Directory.Exists(typo));
    }

    [Fact]
    public async Task A_setting_is_taken_only_in_its_explicit_form_and_only_when_it_exists_and_its_value_fits()
    {
        string file = _scratch.File("a.txt");
        File.WriteAllText(file, "ແຈ້ງການ");
        var (ok, _, _) = await Cli.Run("analyze", file, "--json", "--DocPipeline:MaxPages=50", "--DocPipeline:OcrLayout=Auto");
        Assert.Equal(CommandLine.Ok, ok);
        foreach (var (setting, says) in new[]
        {
            ("--DocPipeline:MaxPage=50", "no setting 'MaxPage'"),
            ("--DocPipeline:MaxPages=many", "MaxPages takes a whole number"),
            ("--DocPipeline:OcrLayout=columns", "SingleBlock or Auto"),
            ("--DocPipeline:MaxPages", "needs a value"),
            ("--MaxPages=50", "--MaxPages"), // the old accidental form: any --word was a configuration key
        })
        {
            var (exit, lines, errors) = await Cli.Run("analyze", file, "--json", setting);
            Assert.True(exit == CommandLine.Usage, $"{setting}: exit {exit}\n{errors}");
            Assert.Empty(lines);
            Assert.Contains(says, errors);
        }
    }

    [Fact]
    public async Task Version_and_completion_come_from_the_same_definition()
    {
        var (version, lines, _) = await Cli.Run("--version");
        Assert.Equal(CommandLine.Ok, version);
        Assert.Matches(@"^\d+\.\d+", lines.Single());
        var (exit, script, _) = await Cli.Run("completion", "bash");
        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains(script, l => l.Contains("[suggest:"));
        var (_, options, _) = await Cli.Run("[suggest:26]", "docpipeline search ແລະ --li");
        Assert.Contains("--limit", options);
    }

    [Fact]
    public async Task No_verb_prints_help_and_exits_2_and_an_unknown_verb_names_the_nearest()
    {
        var (none, _, help) = await Cli.Run();
        Assert.Equal(CommandLine.Usage, none);
        Assert.Contains("ingest", help);
        var (exit, _, errors) = await Cli.Run("serch", "ແລະ");
        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains("search", errors);
    }

    private static Command Find(string verb) => VerbTree.Leaves().Single(v => v.Path == verb).Command;

    /// <summary>A value for each argument, enough to parse (the misspelled option stops the verb before it runs).</summary>
    private static IEnumerable<string> Arguments(Command command) =>
        command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0).Select(a => a.Name switch { "ID" => "1", "SHELL" => "bash", _ => "input.pdf" });

    /// <summary>The name with one letter dropped from its middle: `--limit` → `--limt`.</summary>
    private static string Misspelled(string name)
    {
        int at = 2 + (name.Length - 2) / 2;
        return name.Remove(at, 1);
    }

    public void Dispose() => _scratch.Dispose();
}
