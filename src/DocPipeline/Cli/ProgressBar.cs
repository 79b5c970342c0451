namespace DocPipeline.Cli;

/// <summary>
/// One redrawn line on a terminal: files done of all, the current file and its pages. Only made
/// when stderr is a terminal, so pipes and logs never see it.
/// </summary>
internal sealed class ProgressBar(TextWriter terminal, int total)
{
    private const int Width = 24;
    private readonly Lock _drawing = new();

    public static ProgressBar? ForTerminal(TextWriter errors, int total, bool enabled) =>
        enabled && total > 1 && !Console.IsErrorRedirected
            ? new ProgressBar(errors, total)
            : null;

    public void Show(int done, string file, int pagesDone)
    {
        int filled = total == 0 ? Width : done * Width / total;
        string pages = pagesDone switch { 0 => "", 1 => ", 1 page", _ => $", {pagesDone} pages" };
        string line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {file}{pages}";
        int room = Math.Max(20, SafeWindowWidth() - 1);
        if (line.Length > room) line = line[..room];
        lock (_drawing) terminal.Write("\r" + line.PadRight(room));
    }

    public void Clear()
    {
        lock (_drawing) terminal.Write("\r" + new string(' ', Math.Max(20, SafeWindowWidth() - 1)) + "\r");
    }

    private static int SafeWindowWidth()
    {
        try { return Console.WindowWidth > 0 ? Console.WindowWidth : 80; }
        catch (IOException) { return 80; }
    }
}
