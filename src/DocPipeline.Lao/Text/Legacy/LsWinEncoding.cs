namespace DocPipeline.Lao.Text.Legacy;

/// <summary>
/// The "LSWin" coding convention (Lao Script for Windows): the one Lao ANSI convention in wide
/// use in Laos, drawn by Saysettha Lao, Chanthabouli Lao and the other fonts listed in
/// <see cref="LegacyLaoFonts"/>. Lao letters sit in the upper half (0xA1–0xFD), ASCII is kept as
/// it is, and a few glyphs draw a vowel with its tone already on it (ິ້ ີ້ ຶ່ ັ້ ໍ່), which we spell
/// as the two Unicode marks. Two heights of each of ່ and ້ exist (over a bare consonant, over a
/// vowel); both are the same tone in Unicode. ນ has two codes: 0xDF in the current fonts, 0xAD
/// (the soft hyphen) in older ones.
///
/// Sources (public facts; the table below is written here, in the order of the Lao alphabet):
/// - laoscript.net, "Conversion of Lao Text from Other Coding Conventions" (LaoScript 8 guide):
///   the conventions and which fonts use LSWin (Saysettha Lao, Chanthabouli Lao) versus Unicode
///   (Saysettha OT, DokChampa), Lao 95, Lao 2000, IBM-STENO, Alice, SengChanh.
/// - P. Phissamay, N. Durrani, T. Duangsavanh, "Lao Encoding Dilemma and Moving onto Unicode"
///   (PAN Localization, STEA Laos): ASCII-based Lao encodings and their conversion to Unicode.
/// - github.com/jvongxay/laofont, ascii_unicode.go: a Saysettha (LSWin) code → Unicode table,
///   whose codes the table below follows.
/// </summary>
public static class LsWinEncoding
{
    public static LegacyLaoEncoding Instance { get; } = new("LSWin", new Dictionary<byte, string>
    {
        // Consonants
        [0xA1] = "ກ", [0xA2] = "ຂ", [0xA3] = "ຄ", [0xA4] = "ງ", [0xA5] = "ຈ", [0xA6] = "ສ", [0xA7] = "ຊ",
        [0xA8] = "ຍ", [0xA9] = "ດ", [0xAA] = "ຕ", [0xAB] = "ຖ", [0xEA] = "ທ", [0xDF] = "ນ", [0xAD] = "ນ",
        [0xAE] = "ບ", [0xAF] = "ປ", [0xB0] = "ຜ", [0xB1] = "ຝ", [0xB2] = "ພ", [0xB3] = "ຟ", [0xB4] = "ມ",
        [0xB5] = "ຢ", [0xEB] = "ຣ", [0xEC] = "ລ", [0xB8] = "ວ", [0xB9] = "ຫ", [0xBA] = "ອ", [0xBB] = "ຮ",
        [0xCE] = "ໜ", [0xCF] = "ໝ", [0xCD] = "ຫຼ",
        // Vowels written on the line
        [0xBD] = "ະ", [0xBE] = "າ", [0xBF] = "ຳ", [0xBC] = "ຽ",
        [0xC0] = "ເ", [0xC1] = "ແ", [0xC2] = "ໂ", [0xC3] = "ໃ", [0xC4] = "ໄ",
        // Vowels above and below, subscript lo
        [0xF1] = "ັ", [0xF2] = "ິ", [0xF3] = "ີ", [0xF4] = "ຶ", [0xF5] = "ື", [0xF6] = "ົ", [0xF0] = "ໍ",
        [0xF7] = "ຸ", [0xF8] = "ູ", [0xF9] = "ຼ",
        // Tone marks: high (over a vowel) and low (over a bare consonant) glyphs
        [0xFA] = "່", [0xC8] = "່", [0xFB] = "້", [0xC9] = "້", [0xFC] = "໊", [0xFD] = "໋",
        // A vowel and its tone in one glyph (Windows-1252 ‡ ˜ ™ š and Ò)
        [0x87] = "ຶ່", [0x98] = "ັ້", [0x99] = "ິ້", [0x9A] = "ີ້", [0xD2] = "ໍ່",
    });
}
