using System.Globalization;
using System.Text;

namespace DocPipeline.Lao.Extraction;

/// <summary>
/// The citation a report needs, in Lao: type, issuer, number, date with the Lao month name,
/// e.g. `ຄຳແນະນຳ ຂອງ ຄະນະປະຈຳພັກແຂວງວຽງຈັນ ເລກທີ 042/ຄປ.ວຈ, ລົງວັນທີ 08 ທັນວາ 2023`.
/// Missing parts are left out, never invented. A document of no known type is cited by its title (the heading
/// line), so that a citation is never only a number or a page.
/// </summary>
public static class CitationText
{
    /// <summary>The citation of a document another one cites, from what extraction found around its number.</summary>
    public static string Format(Reference reference) => Format(reference.Type, reference.Issuer, reference.Number, reference.Date);

    public static string Format(string? type, string? issuer, string? number, DateOnly? date, int? page = null, string? title = null)
    {
        var sb = new StringBuilder();
        void Part(string text) { if (sb.Length > 0) sb.Append(' '); sb.Append(text); }
        if (!string.IsNullOrWhiteSpace(type)) Part(type);
        else if (!string.IsNullOrWhiteSpace(title)) Part(title);
        if (!string.IsNullOrWhiteSpace(issuer)) Part((sb.Length > 0 ? "ຂອງ " : "") + issuer);
        if (!string.IsNullOrWhiteSpace(number)) Part("ເລກທີ " + number);
        if (date is { } d)
        {
            if (sb.Length > 0) sb.Append(',');
            Part($"ລົງວັນທີ {d.Day.ToString("00", CultureInfo.InvariantCulture)} {LaoMonths.Names[d.Month - 1]} {d.Year.ToString(CultureInfo.InvariantCulture)}");
        }
        if (page is { } p)
        {
            if (sb.Length > 0) sb.Append(',');
            Part($"ໜ້າ {p.ToString(CultureInfo.InvariantCulture)}");
        }
        return sb.ToString();
    }
}
