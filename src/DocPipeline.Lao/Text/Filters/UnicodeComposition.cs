using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>NFC. Never NFKC: it splits ຳ, ໜ and ໝ apart.</summary>
public sealed class UnicodeComposition : ITextFilter
{
    public string Apply(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
