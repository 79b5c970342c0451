using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;

namespace DocPipeline.Lao.Tests;

/// <summary>Dates in every form they are written in, damaged month names, and what is not a date.</summary>
public class ExtractionDateTests
{
    private readonly LaoTextEngine _engine = new();

    private IReadOnlyList<FoundDate> Find(string text) => new DateFinder().Find(Digits.ToAscii(_engine.Normalize(text)));

    [Theory]
    [InlineData("ວັນທີ 3 ກັນຍາ 2021", 2021, 9, 3)]
    [InlineData("ວັນທີ3 ກັນຍາ 2021", 2021, 9, 3)]
    [InlineData("ລົງວັນທີ 15 ມັງກອນ 2019", 2019, 1, 15)]
    [InlineData("ລົງວັນທີ 15 ເດືອນມັງກອນ 2019", 2019, 1, 15)]
    [InlineData("ວັນທີ 7 ເດືອນ ພະຈິກ ປີ 2023", 2023, 11, 7)]
    [InlineData("ວັນທີ 8 ທັນວາ2023", 2023, 12, 8)]
    [InlineData("ວັນທີ 26 ມິຖຸນາ, 2015", 2015, 6, 26)]
    [InlineData("ວັນທີ 05/03/2024", 2024, 3, 5)]
    [InlineData("ວັນທີ 26/12/2014", 2014, 12, 26)]
    [InlineData("ວັນທີ 05.03.2015", 2015, 3, 5)]
    [InlineData("ວັນທີ 7-4-2015", 2015, 4, 7)]
    [InlineData("ວັນທີ ໑໕/໐໘/໒໐໒໒", 2022, 8, 15)]
    [InlineData("ວັນທີ 21 ເດືອນ 12 ປີ 2020", 2020, 12, 21)]
    [InlineData("ວັນທີ ໒໖ ກັນຍາ ພ.ສ. ໒໕໕໔", 2011, 9, 26)]
    [InlineData("ວັນທີ 12 ກຸມພາ 2566", 2023, 2, 12)]
    [InlineData("ລົງວັນທີ ພ.ຈ. 26, 2020", 2020, 11, 26)]
    [InlineData("ວັນທີ 15 ກ.ພ. 2021", 2021, 2, 15)]
    [InlineData("ວັນທີ 9 ມົກກະລາ 1995", 1995, 1, 9)]
    [InlineData("ວັນທີ 1 ມົກກະຣາ 1999", 1999, 1, 1)]
    [InlineData("ວັນທີ 20 ມີນາຄົມ 2001", 2001, 3, 20)]
    [InlineData("ວັນທີ 2 ມິນາ 2003", 2003, 3, 2)]
    [InlineData("ວັນທີ 14 ເມຖຸນາ 2005", 2005, 6, 14)]
    [InlineData("ວັນທີ 30 ຕຸລາຄົມ 2007", 2007, 10, 30)]
    [InlineData("ທ່າແຂກ, ວັນທີ ໒ ກັນ:ງາ ໒໐໒໕", 2025, 9, 2)] // a stamp's edge read as a colon inside the month
    [InlineData("ລົງວັນທີ 1 9 ກໍລະກົດ 2022", 2022, 7, 19)]   // OCR's space inside a labelled day (digits from a fallback font)
    [InlineData("ລົງວັນທີ 14 ກັນຍາ 201 8", 2018, 9, 14)]     // … inside the year
    [InlineData("ວັນທີ 4 5 ມັງກອນ 2020", 2020, 1, 5)]        // no 45th: the digit next to the month is the day
    [InlineData("ມາດຕາ 3 5 ມັງກອນ 2020", 2020, 1, 5)]        // unlabelled: digits apart are not one day
    public void Reads_each_form(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Assert.Single(Find(text)).Date);

    [Fact]
    public void All_twelve_months()
    {
        for (int m = 1; m <= 12; m++)
            Assert.Equal(new DateOnly(2022, m, 1), Assert.Single(Find($"ວັນທີ 1 {LaoMonths.Names[m - 1]} 2022")).Date);
    }

    [Fact]
    public void A_range_is_dated_by_its_first_day_and_keeps_its_last()
    {
        var date = Assert.Single(Find("ແຕ່ວັນທີ 10-12 ເມສາ 2023 ທີ່ແຂວງຫຼວງພະບາງ"));
        Assert.Equal(new DateOnly(2023, 4, 10), date.Date);
        Assert.Equal(new DateOnly(2023, 4, 12), date.End);
    }

    [Theory]
    [InlineData("26 ກັນບາ 2011", 9)]   // ຍ read as ບ
    [InlineData("21 າັນວາ 2020", 12)]  // ທ lost
    [InlineData("15 ມັງກອບ 2019", 1)]  // ນ read as ບ
    [InlineData("8 ທັນວ 2023", 12)]    // final າ lost
    [InlineData("4 ກໍລະກິດ 2014", 7)]  // vowel changed
    public void Damaged_month_names_are_read_with_less_confidence(string text, int month)
    {
        var date = Assert.Single(Find(text));
        Assert.Equal(month, date.Date.Month);
        Assert.InRange(date.Confidence, 0.7, 0.99);
    }

    [Theory]
    [InlineData("ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ ໗ ສິງາກາ ໒໐໒໔", 2024, 8, 7)] // Noto Serif's ຫ read as າກ (tuning page d06)
    [InlineData("ລົງວັນທີ 12 ກມພ 2019", 2019, 2, 12)]                  // two of five letters lost
    [InlineData("ວັນທີ: 3 ພຶດສະບາຍ 2021", 2021, 5, 3)]
    public void A_labelled_date_reads_a_month_name_damaged_further(string text, int year, int month, int day)
    {
        var date = Assert.Single(Find(text));
        Assert.Equal(new DateOnly(year, month, day), date.Date);
        Assert.InRange(date.Confidence, 0.5, 0.75);
    }

    [Theory]
    [InlineData("໗ ສິງາກາ ໒໐໒໔")]                 // no label: the strict limit
    [InlineData("ວັນທີ 5 ເດືອນ 2024")]             // no month name
    [InlineData("ກ່ອນວັນທີ 12 ຂອງປີ 2024")]         // a word that is no month
    public void A_label_does_not_make_a_date_of_any_word(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("ລົງວັນທີ ໓ ມີນາ ໖໐໒໐", 2020, 3, 3)] // ໒ read as ໖ (tuning page l04, under a stamp)
    [InlineData("ວັນທີ 15 ທັນວາ 4019", 2019, 12, 15)]
    public void A_year_whose_first_digit_is_misread_is_this_century(string text, int year, int month, int day)
    {
        var date = Assert.Single(Find(text));
        Assert.Equal(new DateOnly(year, month, day), date.Date);
        Assert.Equal(0.7, date.Confidence, 2);
    }

    [Fact]
    public void Exact_month_names_are_certain() => Assert.Equal(1.0, Assert.Single(Find("ວັນທີ 3 ກັນຍາ 2021")).Confidence);

    [Fact]
    public void Numeric_dates_that_read_both_ways_keep_the_other_reading()
    {
        var date = Assert.Single(Find("ວັນທີ 05/03/2024"));
        Assert.Equal([new DateOnly(2024, 5, 3)], date.Alternatives!);
        Assert.Empty(Assert.Single(Find("ວັນທີ 26/12/2014")).Alternatives!);
    }

    [Theory]
    [InlineData("ແຜນການປີ 2021")]
    [InlineData("ຜົນການຈັດຕັ້ງປະຕິບັດ 6 ເດືອນຕົ້ນປີ 2024")]
    [InlineData("ແຜນການ 5 ປີ (2021-2025)")]
    [InlineData("ສົກປີ 2022-2023")]
    [InlineData("ກ່ອນວັນທີ 5 ຂອງເດືອນຖັດໄປ")]
    [InlineData("ກຳນົດໄລຍະເວລາ 3 ເດືອນ 2024")]
    [InlineData("ວັນທີ 31 ກຸມພາ 2023")]
    [InlineData("ໄດ້ຄະແນນ 92,5/100")]
    [InlineData("ວັນທີ 3 ມີນາ 6120")]
    [InlineData("ເລກທີ 1.500.000 ກີບ")]
    public void Years_periods_and_impossible_dates_are_not_dates(string text) => Assert.Empty(Find(text));
}
