namespace DocPipeline.Pipeline;

/// <summary>Names in a folder that overwrite nothing: `scan.pdf`, then `scan (1).pdf`, `scan (2).pdf`, …</summary>
public static class FreeNames
{
    /// <summary>A free path for <paramref name="name"/> in <paramref name="folder"/>; a name is also taken when its companion (name + suffix) exists.</summary>
    public static string In(string folder, string name, string companionSuffix = "")
    {
        string target = Path.Combine(folder, name);
        for (int n = 1; File.Exists(target) || (companionSuffix.Length > 0 && File.Exists(target + companionSuffix)); n++)
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}");
        return target;
    }
}
