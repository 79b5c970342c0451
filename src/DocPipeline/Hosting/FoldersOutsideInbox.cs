using Microsoft.Extensions.Options;

namespace DocPipeline.Hosting;

/// <summary>
/// The worker reads the inbox with its subfolders, so no folder it writes into may lie inside it: files moved to
/// `failed/` would be taken in again as new input, and the archive's originals or catalog reported as duplicates or
/// failures, round after round. Checked when the worker starts, with the setting to change in the message.
/// </summary>
internal sealed class FoldersOutsideInbox : IValidateOptions<DocPipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, DocPipelineOptions options)
    {
        string inbox = Folder(options.InboxPath);
        var inside = new (string What, string Option, string Path)[]
            {
                ("failed folder", "--failed", options.FailedPath),
                ("originals folder", "--originals", options.OriginalsPath),
                ("data folder", "--data", options.DataDirectory),
            }
            .Where(f => Folder(f.Path).StartsWith(inbox, StringComparison.Ordinal))
            .Select(f => $"The {f.What} ({Path.GetFullPath(f.Path)}) is inside the inbox ({Path.GetFullPath(options.InboxPath)}), " +
                         $"which the worker reads with its subfolders: what is put there would be taken in again. Give {f.Option} a folder outside the inbox, or --inbox another folder.")
            .ToList();
        return inside.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(inside);
    }

    // A full path ending in a separator, so that /srv/inbox2 is not taken for a folder inside /srv/inbox.
    private static string Folder(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
}
