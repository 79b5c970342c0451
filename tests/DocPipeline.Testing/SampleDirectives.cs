namespace DocPipeline.Testing;

/// <summary>Small directives written for tests, shared by the test projects.</summary>
public static class SampleDirectives
{
    /// <summary>
    /// A born-digital company regulation of the kind extraction misses: a number without an issuer code, no date, a
    /// company as issuer. It lands on the review queue, and staff correct it.
    /// </summary>
    public const string CompanyRegulation = """
        ບໍລິສັດ ລາວພັດທະນາ ຈຳກັດຜູ້ດຽວ
        ເລກທີ 0026
        ກົດລະບຽບ ວ່າດ້ວຍ ການນຳໃຊ້ຍານພາຫະນະ
        """;
}
