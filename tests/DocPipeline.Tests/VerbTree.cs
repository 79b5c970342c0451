using System.CommandLine;
using DocPipeline.Cli;

namespace DocPipeline.Tests;

/// <summary>Every verb of the one definition as typed (`bench ocr` included), in the order it is defined.</summary>
internal static class VerbTree
{
    public static IEnumerable<(string Path, Command Command)> Leaves() => Leaves(CommandLine.Definition(), "");

    private static IEnumerable<(string Path, Command Command)> Leaves(Command command, string path)
    {
        foreach (var sub in command.Subcommands)
        {
            string here = (path + " " + sub.Name).Trim();
            if (sub.Subcommands.Count == 0) yield return (here, sub);
            else foreach (var leaf in Leaves(sub, here)) yield return leaf;
        }
    }
}
