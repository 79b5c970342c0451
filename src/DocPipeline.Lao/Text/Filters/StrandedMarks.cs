using System.Text;

namespace DocPipeline.Lao.Text.Filters;

/// <summary>
/// A combining mark (vowel above or below, tone mark, ໌, ຼ) belongs to the consonant before it.
/// One stranded at the start of a word, after a space, a zero-width space, punctuation, a digit or
/// a leading vowel has no consonant to sit on: OCR debris or a typing slip, dropped. A mark after
/// another Lao letter (`າັນວາ`, where OCR read ທ as າ) is kept: it is evidence of the damaged
/// letter that extraction's fuzzy matching needs. A tone mark
/// typed after the ຳ of a consonant is kept: <see cref="LaoSpelling"/> moves it before the ຳ.
/// Spaces that OCR put between a consonant and its mark are removed earlier
/// (<see cref="SpacesInsideWords"/>), so those marks are not lost here.
/// </summary>
public sealed class StrandedMarks : ITextFilter
{
    private enum Carrier { None, Consonant, SaraAmOfConsonant, OtherLetter }

    public string Apply(string text)
    {
        if (!HasStranded(text)) return text;
        var sb = new StringBuilder(text.Length);
        var carrier = Carrier.None;
        foreach (char c in text)
        {
            if (!LaoScript.IsCombiningMark(c)) { carrier = Next(carrier, c); sb.Append(c); }
            else if (Carries(carrier, c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static Carrier Next(Carrier carrier, char c) =>
        LaoScript.IsConsonant(c) ? Carrier.Consonant
        : c == LaoScript.SaraAm ? (carrier == Carrier.Consonant ? Carrier.SaraAmOfConsonant : Carrier.None)
        : LaoScript.IsLeadingVowel(c) ? Carrier.None
        : LaoScript.IsLaoLetter(c) ? Carrier.OtherLetter
        : Carrier.None;

    private static bool Carries(Carrier carrier, char mark) =>
        carrier is Carrier.Consonant or Carrier.OtherLetter || (carrier == Carrier.SaraAmOfConsonant && LaoScript.IsToneMark(mark));

    private static bool HasStranded(string text)
    {
        var carrier = Carrier.None;
        foreach (char c in text)
        {
            if (!LaoScript.IsCombiningMark(c)) carrier = Next(carrier, c);
            else if (!Carries(carrier, c)) return true;
        }
        return false;
    }
}
