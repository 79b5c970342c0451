using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Tests;

/// <summary>Issuer lines damaged by OCR read as the known issuer they are near, never as a different one.</summary>
public class IssuerNameTests
{
    private const string Motto = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ\n";
    private readonly LaoTextEngine _engine = new();

    [Theory]
    [InlineData("ກະຊວງກະສິກຳ ແລະ ປ່າໃມ້", "ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້")]              // ໄ read as ໃ
    [InlineData("ກະຊວງພາຍໄນ", "ກະຊວງພາຍໃນ")]                                 // ໃ read as ໄ
    [InlineData("ກະຊວງສຶກສາທິການ ແລະ ກີລາ", "ກະຊວງສຶກສາທິການ ແລະ ກິລາ")]       // ິ read as ີ
    [InlineData("ກະຊວງໂຍທາທິການ ແລະ ຂົນສົງ", "ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ")]      // a tone mark lost
    [InlineData("ແຂວງຫຼວງພະບາງ ພະແນກສາທາລະນະສຸກ", "ແຂວງຫຼວງພະບາງ ພະແນກສາທາລະນະສຸກ")] // known, the department kept
    [InlineData("ແຂວງຫຼວງຜະບາງ ພະແນກສາທາລະນະສຸກ", "ແຂວງຫຼວງພະບາງ ພະແນກສາທາລະນະສຸກ")] // ພ read as ຜ, the department kept
    [InlineData("ກະຊວງການເງີນ ກົມພາສີ", "ກະຊວງການເງິນ ກົມພາສີ")]
    [InlineData("ບໍລິສັດ ດາວ ຈຳກັດ", "ບໍລິສັດ ດາວ ຈຳກັດ")]                       // near no known issuer: as read
    [InlineData("ກະຊວງ", "ກະຊວງ")]                                              // too little to tell which ministry
    public void Damaged_issuer_lines_are_read_as_the_known_issuer(string read, string expected) =>
        Assert.Equal(expected, IssuerNames.PublishedOnly.Resolve(_engine.Normalize(read)));

    [Fact]
    public void Two_known_issuers_a_letter_apart_are_never_swapped()
    {
        var issuers = new IssuerNames(["ສຳນັກງານ ພບ", "ສຳນັກງານ ພນ"]);
        Assert.Equal("ສຳນັກງານ ພນ", issuers.Resolve("ສຳນັກງານ ພນ"));
        Assert.Equal("ສຳນັກງານ ພບ", issuers.Resolve("ສຳນັກງານ ພບ"));
        // ມ looks like both ບ and ນ: which office is meant cannot be told, so the line stays as read.
        Assert.Equal("ສຳນັກງານ ພມ", issuers.Resolve("ສຳນັກງານ ພມ"));
    }

    [Fact]
    public void A_learned_issuer_is_read_through_damage()
    {
        var issuers = new IssuerNames(["ບໍລິສັດ ພູສີ ກໍ່ສ້າງ ຈຳກັດ", "12/ຄປ", "ກ"]);
        Assert.Equal("ບໍລິສັດ ພູສີ ກໍ່ສ້າງ ຈຳກັດ", issuers.Resolve("ບໍລິສັດ ຜູສີ ກໍສ້າງ ຈຳກັດ"));
        Assert.DoesNotContain("12/ຄປ", issuers.Names);
        Assert.DoesNotContain("ກ", issuers.Names);
    }

    [Fact]
    public void A_header_with_a_damaged_issuer_a_lost_ທີ_and_a_misread_code_is_read_whole()
    {
        var facts = new DirectiveExtractor().Extract(_engine.Normalize(Motto
            + "ກະຊວງກະສິກຳ ແລະ ປ່າໃມ້\nເລກ ໐໔໕/ກປ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທ ໑໒ ມີນາ ໒໐໒໔\nຄຳແນະນຳ\nວ່າດ້ວຍການປູກເຂົ້າ\n"));
        Assert.Equal(("045/ກປ", new DateOnly(2024, 3, 12), "ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້"), (facts.DocumentNumber, facts.DocumentDate, facts.Issuer));
        Assert.Equal("ຄຳແນະນຳ", facts.DocumentType);
    }

    [Theory]
    [InlineData("ເລກທ ໐໖໗/ພສ", "067/ພສ")]
    [InlineData("ເລກທີ ໐໖໗/໙ສ", "067/ພສ")]   // ພ read as ໙
    [InlineData("ເລກທີ່ 123/໗ປ", "123/ກປ")]   // ກ read as ໗
    [InlineData("ແລກຫີ 201/ພນ", "201/ພນ")]
    public void Number_after_a_damaged_label_or_with_a_digit_for_a_letter(string line, string expected)
    {
        var facts = new DirectiveExtractor().Extract(_engine.Normalize(Motto + "ແຂວງຫຼວງພະບາງ\n" + line + "\nຫຼວງພະບາງ, ວັນທີ ໔ ພະຈິກ ໒໐໒໔\nຄຳສັ່ງ\n"));
        Assert.Equal((expected, new DateOnly(2024, 11, 4)), (facts.DocumentNumber, facts.DocumentDate));
    }

    [Fact]
    public void A_place_and_date_line_with_its_label_damaged_dates_a_header_without_a_number()
    {
        var facts = new DirectiveExtractor().Extract(_engine.Normalize(Motto + "ກະຊວງພາຍໃນ\nນະຄອນຫຼວງວຽງຈັນ, ວນທີ 18 ຕຸລາ 2024\nແຈ້ງການ\n"));
        Assert.Equal((new DateOnly(2024, 10, 18), "ກະຊວງພາຍໃນ"), (facts.DocumentDate, facts.Issuer));
    }

    [Fact]
    public void A_sentence_that_mentions_a_number_is_no_number_line()
    {
        var facts = new DirectiveExtractor().Extract(_engine.Normalize(Motto + "ກະຊວງພາຍໃນ\nເລກທີ 201/ພນ\nນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 18 ຕຸລາ 2024\nແຈ້ງການ\n"
            + "ໃຫ້ສົ່ງໝາຍເລກ 12/ພນ ຄືນ\n"));
        Assert.Equal("201/ພນ", facts.DocumentNumber);
    }
}

/// <summary>Header damage of fonts the model never saw (the layout pages m01, m05): letters dropped in each word.</summary>
public class DamagedHeaderTests
{
    private readonly LaoTextEngine _engine = new();

    [Fact]
    public void A_long_issuer_damaged_in_every_word_is_read_word_by_word()
    {
        Assert.Equal("ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ",
            IssuerNames.PublishedOnly.Resolve(_engine.Normalize("ກະຊວງຖະເແໜຼງຂ່າວ, ວັດທະນະາຳ ແລະ ຈ່ອງາ່ຽວ")));
        // Words glued and a digit read for a letter (ສິ່ງ as ສ໑), the department after kept.
        Assert.Equal("ກະຊວງຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ ກົມຄຸ້ມຄອງນ້ຳ",
            IssuerNames.PublishedOnly.Resolve(_engine.Normalize("ກະຊວງຊັບພະຍາກອນທ່າມະຊາດ ແລະສ1ແວດລ້ອມ ກົມຄຸ້ມຄອງນ້ຳ")));
        // A word more is another wording, maybe another body: left as read.
        Assert.Equal("ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ການທ່ອງທ່ຽວ ແລະ ກິລາ",
            IssuerNames.PublishedOnly.Resolve("ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ການທ່ອງທ່ຽວ ແລະ ກິລາ"));
    }

    [Fact]
    public void A_line_too_damaged_for_the_name_alone_is_read_through_its_own_numbers_code()
    {
        const string read = "ກະຊວງຖະເແຫຼງຂ່າວ, ວັດທະນະາຳ ແລະ່ອງາກ່ຽວ"; // the last word's two ທ lost (m05 with the stage-2 model)
        Assert.Equal(read, IssuerNames.PublishedOnly.Resolve(read));
        Assert.Equal("ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ", IssuerNames.PublishedOnly.Resolve(read, "073/ຖວທ"));
        // A code that is not the name's initials, or of two letters only, proves nothing.
        Assert.Equal(read, IssuerNames.PublishedOnly.Resolve(read, "073/ຖວນ"));
        Assert.Equal(read, IssuerNames.PublishedOnly.Resolve(read, "073/ຖວ"));
        // Within the share only: a line a third wrong stays as read, code or not.
        Assert.Equal("ກະຊວງຖະເແຫຼງ ກົມສື່ມວນຊົນ", IssuerNames.PublishedOnly.Resolve("ກະຊວງຖະເແຫຼງ ກົມສື່ມວນຊົນ", "073/ຖວທ"));
    }

    [Fact]
    public void The_own_numbers_code_reaches_the_issuer_through_extraction()
    {
        var facts = new DirectiveExtractor().Extract(_engine.Normalize(
            "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ\n"
            + "ກະຊວງຖະເແຫຼງຂ່າວ, ວັດທະນະາຳ ແລະ່ອງາກ່ຽວ\nເລກທີ 073/ຖວທ, ວັນທີ 20 ມິຖຸນາ 2025\nແຈ້ງການ\n"));
        Assert.Equal("ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ", facts.Issuer);
        Assert.Equal("073/ຖວທ", facts.DocumentNumber);
    }

    [Theory]
    [InlineData("ດສະາ", 5)]     // ພຶດສະພາ with ພຶ and ພ dropped
    [InlineData("ກໍລະກດ", 7)]   // a vowel dropped: within the distance already
    public void A_month_name_with_letters_dropped_is_still_its_month(string read, int month) =>
        Assert.Equal(month, LaoMonths.Read(read)[0].Month);

    [Theory]
    [InlineData("ສະ")]          // too short to tell
    [InlineData("ກາ")]
    [InlineData("ນາ")]          // in ມີນາ and ກັນຍາ … : too little kept
    public void Too_little_of_a_month_is_no_month(string read) => Assert.Empty(LaoMonths.Read(read));

    [Fact]
    public void A_code_with_a_vowel_inside_is_read_as_the_known_code_it_is_near()
    {
        Assert.Equal("43/ສພຊ", IssuerCodes.PublishedOnly.Repair("43/ສາມຊ", new HashSet<string>()));
        Assert.Equal("43/ກາຮ", IssuerCodes.PublishedOnly.Repair("43/ກາຮ", new HashSet<string>())); // near no known code
    }

    [Theory]
    [InlineData("ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ", "ຖວທ")]
    [InlineData("ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ", "ຮສ")]
    [InlineData("ກະຊວງພາຍໃນ", null)]
    public void An_issuers_initials(string issuer, string? initials) => Assert.Equal(initials, IssuerCodes.InitialsOf(issuer));

    [Fact]
    public void The_own_number_is_checked_against_the_issuers_initials()
    {
        const string header = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\nກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ\nເລກທີ ໐໗໓/{0}, ວັນທີ ໒໐ ມິຖຸນາ ໒໐໒໕\nແຈ້ງການ\n";
        Assert.Equal("073/ຖວທ", new DirectiveExtractor().Extract(_engine.Normalize(string.Format(header, "ຖວນ"))).DocumentNumber);
        // Not a look-alike of the initials: the code is what it says.
        Assert.Equal("073/ຖວກ", new DirectiveExtractor().Extract(_engine.Normalize(string.Format(header, "ຖວກ"))).DocumentNumber);
    }
}
