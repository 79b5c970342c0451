namespace DocPipeline.Testing;

/// <summary>
/// A directive as secretariats write them in Word: the motto in the header (its last word typed
/// in the legacy Saysettha Lao font), the issuer and the number side by side in a table, the
/// title, a whole paragraph in Saysettha Lao, a citation, a page break, an article in mixed
/// fonts, and a footer. <see cref="Pages"/> is the text each page must read as, exactly.
/// </summary>
public static class BornDigitalDirective
{
    public const string Legacy = "Saysettha Lao", Unicode = "Phetsarath OT";

    public static readonly string[] Pages =
    [
        """
        ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ
        ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ
        ກະຊວງການເງິນ
        ເລກທີ 042/ກງ
        ກົມຄຸ້ມຄອງເອກະສານ
        ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 15 ມີນາ 2023
        ຂໍ້ຕົກລົງ
        ວ່າດ້ວຍການຄຸ້ມຄອງເອກະສານຂອງລັດ
        - ອີງຕາມ ດຳລັດ ເລກທີ 303/ນຍ, ລົງວັນທີ 26 ກັນຍາ 2011;

        """,
        """
        ມາດຕາ 1 ຈຸດປະສົງ: ຂໍ້ຕົກລົງສະບັບນີ້ ກຳນົດຫຼັກການ ແລະ ມາດຕະການ ກ່ຽວກັບການເກັບຮັກສາເອກະສານ.
        ກະຊວງການເງິນ, ຖະໜົນລ້ານຊ້າງ, ໂທ: 021 412 401

        """,
    ];

    public static void WriteDocx(string path) => WordFile.Write(path,
        header:
        [
            [new("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ")],
            [new("ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ", Unicode), Old("ວັດທະນະຖາວອນ")],
        ],
        body:
        [
            new[] { new[] { "ກະຊວງການເງິນ", "ເລກທີ 042/ກງ" }, new[] { "ກົມຄຸ້ມຄອງເອກະສານ", "ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 15 ມີນາ 2023" } },
            new WordRun[] { new("ຂໍ້ຕົກລົງ") },
            new WordRun[] { Old("ວ່າດ້ວຍການຄຸ້ມຄອງເອກະສານຂອງລັດ") },
            new WordRun[] { new("- ອີງຕາມ ດຳລັດ ເລກທີ 303/ນຍ, ລົງວັນທີ 26 ກັນຍາ 2011;") },
            null,
            new WordRun[] { new("ມາດຕາ 1 ຈຸດປະສົງ: "), Old("ຂໍ້ຕົກລົງສະບັບນີ້ ກຳນົດຫຼັກການ"), new(" ແລະ ມາດຕະການ ກ່ຽວກັບການເກັບຮັກສາເອກະສານ.", Unicode) },
        ],
        footer: [[new("ກະຊວງການເງິນ, ຖະໜົນລ້ານຊ້າງ, ໂທ: 021 412 401")]]);

    /// <summary>How many characters the legacy runs hold (each one a Lao letter or mark, or a space).</summary>
    public static int LegacyLetters => new[] { "ວັດທະນະຖາວອນ", "ວ່າດ້ວຍການຄຸ້ມຄອງເອກະສານຂອງລັດ", "ຂໍ້ຕົກລົງສະບັບນີ້ ກຳນົດຫຼັກການ" }
        .Sum(s => LegacyLao.AsSaysetthaLao(s).Count(c => c != ' '));

    private static WordRun Old(string lao) => new(LegacyLao.AsSaysetthaLao(lao), Legacy);
}
