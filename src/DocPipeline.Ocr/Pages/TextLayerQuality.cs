namespace DocPipeline.Ocr.Pages;

/// <summary>
/// Whether a PDF page's own text layer can be kept instead of OCR: it must hold a fair amount
/// of letters, mostly Lao or Latin (not another script from a scanner's OCR, not garbage).
/// </summary>
public static class TextLayerQuality
{
    public static bool IsUsable(string text)
    {
        int letters = 0, good = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c) && !(c >= '\u0EB0' && c <= '\u0ECD')) continue;
            letters++;
            if ((c >= '\u0E80' && c <= '\u0EFF') || c < '\u0250') good++;
        }
        return letters >= 20 && good >= letters * 0.8;
    }
}
