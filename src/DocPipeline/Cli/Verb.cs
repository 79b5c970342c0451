using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace DocPipeline.Cli;

/// <summary>What every verb is made of: a command with a description and an example, and positional arguments that refuse options.</summary>
internal static class Verb
{
    public const string Program = "./docpipeline";

    /// <summary>A verb whose help says what it does and shows one example, with its arguments and options.</summary>
    public static Command Create(string name, string description, string example, params Symbol[] parts)
    {
        var command = new WithExample(name, description, example);
        foreach (var part in parts)
        {
            if (part is Argument argument) command.Arguments.Add(argument);
            else if (part is Option option) command.Options.Add(option);
            else command.Subcommands.Add((Command)part);
        }
        return command;
    }

    /// <summary>
    /// FILE... arguments: a value that looks like an option (`--dta`, `-d`) is not taken as a file but left to the
    /// parser, which reports it as unknown and names the nearest real option. A file whose name begins with `-`
    /// is given as `./-name`.
    /// </summary>
    public static Argument<string[]> Files(string name, string description) => Refusing(new Argument<string[]>(name)
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    }, LooksLikeAnyOption);

    /// <summary>Words of a query: `-word` excludes a word, so only `--name` is taken for a (misspelled) option.</summary>
    public static Argument<string[]> Words(string name, string description) => Refusing(new Argument<string[]>(name)
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    }, LooksLikeLongOption);

    /// <summary>One value (an ID, a folder); an option-looking one is left to the parser as above.</summary>
    public static Argument<string> One(string name, string description) => Refusing(new Argument<string>(name)
    {
        Description = description,
    }, LooksLikeAnyOption);

    /// <summary>The help of the library, then the verb's example.</summary>
    public static void ShowExamples(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpThenExample((HelpAction)help.Action!);
    }

    private sealed class WithExample(string name, string description, string example) : Command(name, description)
    {
        public string Example { get; } = example;
    }

    private sealed class HelpThenExample(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parsed)
        {
            help.Invoke(parsed);
            if (parsed.CommandResult.Command is WithExample verb)
                parsed.InvocationConfiguration.Output.WriteLine($"Example:\n  {Program} {verb.Example}\n");
            return CommandLine.Ok;
        }
    }

    /// <summary>`./docpipeline bench ocr`: the verb as typed, for messages.</summary>
    public static string PathOf(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c && c.Command is not RootCommand; r = c.Parent) names.Insert(0, c.Command.Name);
        return string.Join(' ', [Program, .. names]);
    }

    private static Argument<T> Refusing<T>(Argument<T> argument, Func<string, bool> isOption)
    {
        argument.CustomParser = result =>
        {
            int taken = result.Tokens.TakeWhile(t => !isOption(t.Value)).Count();
            if (taken < result.Tokens.Count) result.OnlyTake(taken); // the rest become unmatched tokens: an error with a suggestion
            var values = result.Tokens.Take(taken).Select(t => t.Value).ToArray();
            return typeof(T) == typeof(string[]) ? (T)(object)values : (T)(object)values.FirstOrDefault()!;
        };
        return argument;
    }

    private static bool LooksLikeLongOption(string value) => value.StartsWith("--", StringComparison.Ordinal) && value.Length > 2;

    private static bool LooksLikeAnyOption(string value) => value.StartsWith('-') && value.Length > 1;
}
