namespace DocPipeline.Lao.Extraction;

/// <summary>Lao month names and the variant spellings met in archives (LAO-NOTES.md).</summary>
public static class LaoMonths
{
    /// <summary>The standard name of each month, January first.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"];

    private static readonly (string Spelling, int Month)[] Variants =
    [
        ("ມົກກະລາ", 1), ("ມົກກະຣາ", 1), ("ມີນາຄົມ", 3), ("ມິນາ", 3), ("ເມຖຸນາ", 6), ("ຕຸລາຄົມ", 10),
    ];

    /// <summary>Every spelling with its month number, longest first so that a regex alternation prefers it.</summary>
    public static IEnumerable<(string Spelling, int Month)> AllSpellings() =>
        Names.Select((n, i) => (n, i + 1)).Concat(Variants).OrderByDescending(v => v.Item1.Length);

    public static int? Parse(string spelling)
    {
        foreach (var (s, m) in AllSpellings()) if (s == spelling) return m;
        return null;
    }
}
