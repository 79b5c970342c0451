using System.Text;

namespace DocPipeline.ModelTools;

/// <summary>
/// Lines for the second training stage, the same for the same seed: mostly the lines a directive's reference numbers
/// stand on (`ເລກທີ ໐໔໒/ຄປ.ວຈ`, `ສະບັບເລກທີ …, ລົງວັນທີ …`, `ເລກທີ/ສັນຍາລັກ …`, dates), with issuer codes made of any
/// letters as well as the known ones, so the model learns the letters after the slash rather than a list of codes;
/// lines of Lao digits heavy in ໖ ໗ ໘ (the digits that look like ພ, ກ and ດ); and a share of stage 1's ordinary lines,
/// so the model does not forget the rest. On the tuning pages the numbers were lost at the code letters (ນຍ → ນບ,
/// ຈຂ → ໓ຂ, ພສ → ໙ສ, ສທ read as Latin) and by a space inside the digits, not at the digits themselves.
/// </summary>
public sealed class ReferenceText(IReadOnlyList<string> lexicon, int seed, bool latin)
{
    // Consonants issuer abbreviations are made of (ໜ ໝ ຫຼ too), the look-alikes of the digits among them.
    private const string CodeLetters = "ກຂຄງຈຊຍດຕຖທນບປຜຝພຟມຢຣລວສຫອຮໜໝ";

    private readonly Random _random = new(seed);
    private readonly TrainingText _ordinary = new(lexicon, seed + 1000, latin);

    public IEnumerable<string> Lines(int count)
    {
        for (int i = 0; i < count; i++) yield return TrainingText.Canonical(Line());
    }

    private string Line() => _random.Next(20) switch
    {
        < 11 => ReferenceLine(),
        < 14 => DigitLine(),
        _ => _ordinary.Line(),
    };

    private string ReferenceLine() => _random.Next(9) switch
    {
        0 => $"ເລກທີ {Reference()}",
        1 => $"ເລກທີ: {Reference()}.",
        2 => $"ເລກທີ {Reference()} {_ordinary.Pick(TrainingText.Places)}, ວັນທີ {_ordinary.Date()}",
        3 => $"ສະບັບເລກທີ {Reference()}, ລົງວັນທີ {_ordinary.Date()}",
        4 => $"- ອີງຕາມ {_ordinary.Pick(TrainingText.Types)} {_ordinary.Words(_random.Next(1, 4))} ສະບັບເລກທີ {Reference()}, ລົງວັນທີ {_ordinary.Date()};",
        5 => $"- ອີງຕາມ {_ordinary.Pick(TrainingText.Types)} ເລກທີ {Reference()}, ລົງວັນທີ {_ordinary.Date()}",
        6 => $"ເລກທີ/ສັນຍາລັກ {Reference()}",
        7 => $"{_ordinary.Pick(TrainingText.Places)}, ວັນທີ {_ordinary.Date()}",
        _ => latin && _random.Next(2) == 0
            ? $"No. {_ordinary.AsciiNumber()}/{_ordinary.Pick(TrainingText.LatinCodes)}, {_ordinary.Date()}"
            : $"{_ordinary.Pick(TrainingText.Types)} ເລກທີ {Reference()} {_ordinary.Words(_random.Next(2, 5))}",
    };

    private string Reference() => $"{_ordinary.Number()}/{Code()}";

    private string Code()
    {
        string code = _random.Next(3) == 0 ? _ordinary.Pick(TrainingText.Issuers).Code : Letters(_random.Next(2, 5));
        if (_random.Next(5) == 0) code += "." + Letters(2);
        return _random.Next(6) == 0 ? code + "." : code;
    }

    private string Letters(int count)
    {
        var letters = new StringBuilder();
        for (int i = 0; i < count; i++) letters.Append(CodeLetters[_random.Next(CodeLetters.Length)]);
        return letters.ToString();
    }

    // Numbers, dates and bare digit runs in Lao digits, ໖ ໗ ໘ drawn three times as often as the others.
    private string DigitLine()
    {
        const string weighted = "໐໑໒໓໔໕໖໗໘໙໖໗໘໖໗໘";
        var line = new StringBuilder();
        int groups = _random.Next(3, 8);
        for (int g = 0; g < groups; g++)
        {
            if (g > 0) line.Append(_random.Next(4) == 0 ? ", " : " ");
            int length = _random.Next(1, 6);
            for (int i = 0; i < length; i++) line.Append(weighted[_random.Next(weighted.Length)]);
            if (_random.Next(4) == 0) line.Append('/').Append(Letters(_random.Next(2, 4)));
        }
        return line.ToString();
    }
}
