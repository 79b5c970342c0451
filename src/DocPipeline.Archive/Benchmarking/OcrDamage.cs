using System.Text;
using DocPipeline.Lao.Text;

namespace DocPipeline.Archive.Benchmarking;

/// <summary>The confusions measured on Tesseract's Lao model (see LAO-NOTES.md), applied to text.</summary>
[Flags]
public enum Confusion
{
    None = 0,
    PhoToPho = 1,        // ພ → ຜ
    DroppedTone = 2,     // ຕັ້ງ → ຕັງ
    NoToHo = 4,          // ໜ, ໝ → ຫ
    SaraAmSplit = 8,     // ຳ → ໍ + າ
    IssuerCode = 16,     // in reference numbers: ຄ → ດ, ຈ → ວ
    All = PhoToPho | DroppedTone | NoToHo | SaraAmSplit | IssuerCode,
}

/// <summary>
/// Damages Lao text the way OCR does, each occurrence with the given probability (1 = always),
/// the same for the same seed. Issuer-code damage touches only the code after `N/`.
/// </summary>
public sealed class OcrDamage(Confusion confusions, double rate = 1.0, int seed = 7)
{
    private readonly Random _random = new(seed);

    public string Apply(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool inCode = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '/' && i > 0 && char.IsDigit(text[i - 1])) inCode = true;
            else if (!LaoScript.IsLao(c) && c != '.') inCode = false;
            if (inCode && c is 'ຄ' or 'ຈ' && Has(Confusion.IssuerCode)) { sb.Append(c == 'ຄ' ? 'ດ' : 'ວ'); continue; }
            if (inCode) { sb.Append(c); continue; }
            switch (c)
            {
                case 'ພ' when Has(Confusion.PhoToPho): sb.Append('ຜ'); break;
                case 'ໜ' or 'ໝ' when Has(Confusion.NoToHo): sb.Append('ຫ'); break;
                case 'ຳ' when Has(Confusion.SaraAmSplit): sb.Append('ໍ').Append('າ'); break;
                case >= '\u0EC8' and <= '\u0ECB' when Has(Confusion.DroppedTone): break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private bool Has(Confusion confusion) => confusions.HasFlag(confusion) && (rate >= 1 || _random.NextDouble() < rate);
}
