using DocPipeline.Archive.Staff;
using DocPipeline.Lao.Text;

namespace DocPipeline.Staff;

/// <summary>
/// What a clerk typed, put in the form the machine's values have, so a corrected value is searched, linked and cited like
/// one that was read: Lao text in its canonical spelling, a number's digits in ASCII (`໐໔໒/ຄປ.ວຈ` → `042/ຄປ.ວຈ`).
/// An empty value means "none". The date is checked by the catalog (yyyy-MM-dd).
/// </summary>
public sealed class CorrectionInput(LaoTextEngine text)
{
    public Correction From(IReadOnlyDictionary<string, string?> identity, IReadOnlyDictionary<int, string>? pages = null) => new(
        identity.ToDictionary(f => f.Key, f => Value(f.Key, f.Value)),
        (pages ?? new Dictionary<int, string>()).ToDictionary(p => p.Key, p => text.Normalize(p.Value)));

    private string? Value(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        return field switch
        {
            IdentityFields.Date => value,
            IdentityFields.Number => Digits.ToAscii(text.Normalize(value)).Trim(),
            _ => text.Normalize(value).Trim(),
        };
    }
}
