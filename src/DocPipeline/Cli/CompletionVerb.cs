using System.CommandLine;

namespace DocPipeline.Cli;

/// <summary>
/// `completion bash`: a shell function that asks the program itself what may come next, through System.CommandLine's
/// `[suggest]` directive, so completions always follow the verbs and options defined here.
/// </summary>
internal static class CompletionVerb
{
    private const string Bash = """
        # DocPipeline completion for bash: eval "$(./docpipeline completion bash)"
        _docpipeline_complete() {
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _docpipeline_complete docpipeline ./docpipeline
        """;

    public static Command Command()
    {
        var shell = new Argument<string>("SHELL") { HelpName = "bash", Description = "the shell" }.AcceptOnlyFromAmong("bash");
        var command = Verb.Create("completion", "Prints the shell completion script for verbs and options.", "completion bash >> ~/.bashrc",
            shell);
        command.SetAction(r =>
        {
            r.InvocationConfiguration.Output.WriteLine(Bash);
            return CommandLine.Ok;
        });
        return command;
    }
}
