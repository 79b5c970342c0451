using System.CommandLine;

namespace DocPipeline.Cli;

/// <summary>The ID argument of the verbs that take one archived document.</summary>
internal static class DocumentId
{
    public static Argument<long> Argument() => new("ID")
    {
        Description = "the document's ID, as search prints it",
        CustomParser = r =>
        {
            if (long.TryParse(r.Tokens.Single().Value, out long id) && id > 0) return id;
            r.AddError($"Give one document ID (a number, as search prints it), not '{r.Tokens.Single().Value}'.");
            return 0;
        },
    };

    public static UsageException NotFound(long id) => new($"No document with ID {id} in the archive.");
}
