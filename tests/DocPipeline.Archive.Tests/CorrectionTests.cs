using System.Data.Common;
using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Archive.Staff;
using DocPipeline.Lao.Text;
using DocPipeline.Testing;

namespace DocPipeline.Archive.Tests;

/// <summary>
/// Corrections, the review queue, accounts and the audit log in the real catalog (SQLite or PostgreSQL) and index:
/// what search, the graph and the audit log see, alike on both, and what a rebuild keeps.
/// </summary>
public abstract class CorrectionTests : IDisposable
{
    private protected const string Regulation = SampleDirectives.CompanyRegulation;

    private protected const string Notice = """
        ກະຊວງສຶກສາທິການ ແລະ ກິລາ
        ເລກທີ 15/ສສ
        ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 3 ມິຖຸນາ 2022
        ແຈ້ງການ
        ວ່າດ້ວຍ ການປະຕິບັດງົບປະມານ
        - ອີງຕາມ ກົດລະບຽບ ເລກທີ 26/ບລພ, ລົງວັນທີ 10 ພຶດສະພາ 2022
        """;

    private protected readonly ScratchFolder _scratch = new();
    private protected readonly LaoTextEngine _engine = new();
    private protected readonly Actor _clerk = new("somphone", "127.0.0.1");
    private readonly StoreBackend _backend;
    private protected readonly CatalogStore _store;
    private protected readonly long _regulation, _notice;

    private protected CorrectionTests(StoreBackend backend)
    {
        _backend = backend;
        _store = backend.Open(_scratch.Path, _engine);
        _regulation = _store.Add(TestCatalog.TextPage(new string('a', 64), "regulation.txt", _engine.Normalize(Regulation)));
        _notice = _store.Add(TestCatalog.TextPage(new string('b', 64), "notice.txt", _engine.Normalize(Notice)));
    }

    private protected static Correction Identity(params (string Field, string? Value)[] fields) =>
        new(fields.ToDictionary(f => f.Field, f => f.Value), new Dictionary<int, string>());

    [Fact]
    public void A_corrected_number_and_date_are_what_search_the_graph_and_the_row_use_and_the_machine_value_is_kept()
    {
        Assert.DoesNotContain(_store.Search(new SearchRequest("26/ບລພ")), h => h.Document.Id == _regulation);
        var corrected = _store.Corrections.Correct(_regulation, Identity(("number", "26/ບລພ"), ("date", "2022-05-10"), ("type", "ກົດລະບຽບ")), _clerk)!;

        Assert.Equal("26/ບລພ", corrected.Number);
        Assert.Equal(new DateOnly(2022, 5, 10), corrected.Date);
        Assert.Equal(_regulation, _store.Search(new SearchRequest("26/ບລພ"))[0].Document.Id); // the bearer first, then who cites it
        Assert.Equal(_regulation, Assert.Single(_store.Cites(_notice)).DocumentId);
        Assert.Equal(_notice, Assert.Single(_store.CitedBy(_regulation)).Id);
        Assert.Single(_store.Search(new SearchRequest("ກົດລະບຽບ", Type: "ກົດລະບຽບ")), h => h.Document.Id == _regulation);

        var number = Assert.Single(_store.Corrections.Corrections(_regulation), c => c.Field == "number");
        Assert.Equal("26/ບລພ", number.Value);
        Assert.Equal("somphone", number.By);
        Assert.NotEqual("26/ບລພ", number.MachineValue); // what extraction read (nothing, or the bare 0026)

        var audit = _store.Audit.Read(_regulation);
        Assert.Contains(audit, e => e is { Action: "correct", Field: "date", OldValue: null, NewValue: "2022-05-10", User: "somphone", Address: "127.0.0.1" });
        Assert.Equal(2, _store.IndexedCount()); // replaced in the index, not added twice
    }

    [Fact]
    public void A_page_text_correction_is_searched_and_keeps_the_raw_ocr_text()
    {
        _store.Corrections.Correct(_notice, new Correction(new Dictionary<string, string?>(), new Dictionary<int, string> { [1] = "ແຈ້ງການ ຊ້າງເຜືອກ" }), _clerk);
        Assert.Equal(_notice, Assert.Single(_store.Search(new SearchRequest("ຊ້າງເຜືອກ"))).Document.Id);
        Assert.Empty(_store.Search(new SearchRequest("ອີງຕາມ")));
        var page = Assert.Single(_store.Pages(_notice));
        Assert.Contains("ອີງຕາມ", page.RawText);
        Assert.Contains(_store.Audit.Read(_notice), e => e.Field == "page 1");
    }

    [Fact]
    public void A_corrected_page_is_read_again_for_what_it_cites_and_the_graph_follows()
    {
        _store.Corrections.Correct(_regulation, Identity(("number", "26/ບລພ")), _clerk);
        Assert.Equal(_notice, Assert.Single(_store.CitedBy(_regulation)).Id);

        // The clerk finds that OCR read the citation's number wrong: the notice cites 29/ບລພ, not 26/ບລພ.
        string misread = _engine.Normalize(Notice.Replace("26/ບລພ", "29/ບລພ"));
        _store.Corrections.Correct(_notice, new Correction(new Dictionary<string, string?>(), new Dictionary<int, string> { [1] = misread }), _clerk);
        var cited = Assert.Single(_store.Cites(_notice));
        Assert.Equal("29/ບລພ", cited.Number);
        Assert.Null(cited.DocumentId);
        Assert.Empty(_store.CitedBy(_regulation));
        Assert.Contains(_store.Search(new SearchRequest("29/ບລພ")), h => h.Document.Id == _notice);

        // Put back as it was read: the notice cites the regulation again.
        _store.Corrections.Correct(_notice, new Correction(new Dictionary<string, string?>(), new Dictionary<int, string> { [1] = _engine.Normalize(Notice) }), _clerk);
        Assert.Equal(_regulation, Assert.Single(_store.Cites(_notice)).DocumentId);
        Assert.Equal(_notice, Assert.Single(_store.CitedBy(_regulation)).Id);
    }

    [Fact]
    public void Setting_the_machine_value_again_undoes_the_correction_and_a_bad_date_is_refused()
    {
        string? machine = _store.Get(_notice)!.Number;
        _store.Corrections.Correct(_notice, Identity(("number", "16/ສສ")), _clerk);
        _store.Corrections.Correct(_notice, Identity(("number", machine)), _clerk);
        Assert.Empty(_store.Corrections.Corrections(_notice));
        Assert.Equal(2, _store.Audit.Read(_notice).Count(e => e.Action == "correct"));
        Assert.Throws<CorrectionRefusedException>(() => _store.Corrections.Correct(_notice, Identity(("date", "3/6/2022")), _clerk));
        Assert.Throws<CorrectionRefusedException>(() => _store.Corrections.Correct(_notice, Identity(("colour", "red")), _clerk));
        Assert.Null(_store.Corrections.Correct(999, Identity(("number", "1/ກ")), _clerk));
    }

    [Fact]
    public void The_review_queue_lists_missing_values_worst_first_and_leaves_them_once_corrected()
    {
        var queue = _store.Review.ReviewQueue(75);
        var regulation = queue.Single(i => i.Document.Id == _regulation);
        Assert.Contains(regulation.Reasons, r => r.Code == ReviewReasons.NoDate);
        Assert.Equal(_regulation, queue[0].Document.Id);
        Assert.DoesNotContain(queue, i => i.Document.Id == _notice);

        _store.Corrections.Correct(_regulation, Identity(("number", "26/ບລພ"), ("date", "2022-05-10"), ("type", "ກົດລະບຽບ")), _clerk);
        Assert.DoesNotContain(_store.Review.ReviewQueue(75), i => i.Document.Id == _regulation);
    }

    [Fact]
    public void A_low_confidence_page_and_a_date_before_what_it_cites_are_listed_until_checked()
    {
        string text = _engine.Normalize("""
            ກະຊວງການເງິນ
            ເລກທີ 7/ກງ
            ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 1 ມັງກອນ 2020
            ຂໍ້ຕົກລົງ
            - ອີງຕາມ ແຈ້ງການ ເລກທີ 15/ສສ, ລົງວັນທີ 3 ມິຖຸນາ 2022
            """);
        long scan = _store.Add(new NewDocument(new string('c', 64), "scan.png", "/archive/scan.png", "png", new Lao.Extraction.DirectiveExtractor().Extract(text),
            [new StoredPage(1, text, text, "ocr", 58)], "tesseract", 58));
        var item = _store.Review.ReviewQueue(75).Single(i => i.Document.Id == scan);
        Assert.Contains(item.Reasons, r => r.Code == ReviewReasons.LowConfidence && r.Detail.Contains("58"));
        Assert.Contains(item.Reasons, r => r.Code == ReviewReasons.DatedBeforeCitation);

        _store.Corrections.Correct(scan, Correction.None, _clerk); // checked: nothing to change
        Assert.DoesNotContain(_store.Review.ReviewQueue(75), i => i.Document.Id == scan);
        Assert.Contains(_store.Audit.Read(scan), e => e.Action == AuditActions.Checked);
    }

    [Fact]
    public void The_audit_log_refuses_changes_and_deletions()
    {
        _store.Audit.Append(_clerk, AuditActions.Upload, newValue: "a.pdf");
        Assert.Contains("append-only", Assert.ThrowsAny<DbException>(() => _backend.Execute(_scratch.Path, "UPDATE audit SET user_name = 'nobody'")).Message);
        Assert.Contains("append-only", Assert.ThrowsAny<DbException>(() => _backend.Execute(_scratch.Path, "DELETE FROM audit")).Message);
        Assert.Equal("a.pdf", Assert.Single(_store.Audit.Read(null)).NewValue);
    }

    [Fact]
    public void Accounts_lock_after_the_failures_allowed_and_tokens_find_their_account()
    {
        Assert.True(_store.Accounts.Add("noy", Role.Reader, "hash"));
        Assert.False(_store.Accounts.Add("NOY", Role.Admin, "hash")); // names are case-insensitive
        var until = DateTimeOffset.UtcNow.AddMinutes(15);
        for (int i = 0; i < 4; i++) Assert.False(_store.Accounts.RecordFailedLogin("noy", 5, until)!.IsLocked(DateTimeOffset.UtcNow));
        var locked = _store.Accounts.RecordFailedLogin("noy", 5, until)!;
        Assert.True(locked.IsLocked(DateTimeOffset.UtcNow));
        Assert.Equal(0, locked.FailedLogins); // after the lock, as many tries as before
        Assert.True(_store.Accounts.Unlock("noy"));
        Assert.True(_store.Accounts.AddToken("noy", "abc"));
        Assert.Equal("noy", _store.Accounts.FindByTokenHash("abc")!.Name);
        Assert.True(_store.Accounts.Remove("noy"));
        Assert.Null(_store.Accounts.FindByTokenHash("abc"));
    }

    [Fact]
    public void Accounts_are_listed_by_name_in_one_order_whatever_the_script()
    {
        foreach (string name in new[] { "ສົມພອນ", "noy", "élise", "ບຸນມີ", "Anna" }) Assert.True(_store.Accounts.Add(name, Role.Reader, "hash"));
        Assert.Equal(["Anna", "noy", "élise", "ບຸນມີ", "ສົມພອນ"], _store.Accounts.List().Select(a => a.Name));
    }

    public void Dispose()
    {
        _store.Dispose();
        _backend.Dispose();
        _scratch.Dispose();
    }
}

/// <summary>On SQLite `reindex` writes a new catalog file and carries the staff tables over; on PostgreSQL it leaves the shared catalog as it is.</summary>
public sealed class SqliteCorrectionTests() : CorrectionTests(new SqliteBackend())
{
    [Fact]
    public void Corrections_outlive_a_rebuild_that_reads_the_documents_again()
    {
        _store.Corrections.Correct(_regulation, Identity(("number", "26/ບລພ"), ("issuer", "ບໍລິສັດ ລາວພັດທະນາ")), _clerk);
        _store.Accounts.Add("somphone", Role.Clerk, "hash");
        string rebuilt = _scratch.File("rebuilt.db");
        using (var fresh = TestCatalog.Open(rebuilt, _engine))
        {
            fresh.CopyStaffTablesFrom(_scratch.File("catalog.db"));
            fresh.Add(TestCatalog.TextPage(new string('a', 64), "regulation.txt", _engine.Normalize(Regulation)) with { Id = _regulation });
            var again = fresh.Get(_regulation)!;
            Assert.Equal("26/ບລພ", again.Number);
            Assert.Equal("ບໍລິສັດ ລາວພັດທະນາ", again.Issuer);
            Assert.Equal(_regulation, fresh.Search(new SearchRequest("26/ບລພ"))[0].Document.Id);
            Assert.NotNull(fresh.Accounts.Find("somphone"));
            Assert.Contains(fresh.Audit.Read(_regulation), e => e.Field == "number");
        }
    }

    [Fact]
    public void A_rebuild_keeps_what_a_corrected_page_cites()
    {
        string cites29 = _engine.Normalize(Notice.Replace("26/ບລພ", "29/ບລພ"));
        _store.Corrections.Correct(_notice, new Correction(new Dictionary<string, string?>(), new Dictionary<int, string> { [1] = cites29 }), _clerk);
        string rebuilt = _scratch.File("rebuilt.db");
        using var fresh = TestCatalog.Open(rebuilt, _engine);
        fresh.CopyStaffTablesFrom(_scratch.File("catalog.db"));
        fresh.Add(TestCatalog.TextPage(new string('b', 64), "notice.txt", _engine.Normalize(Notice)) with { Id = _notice });
        Assert.Equal("29/ບລພ", Assert.Single(fresh.Cites(_notice)).Number);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCorrectionTests(PostgresServer server) : CorrectionTests(new PostgresBackend(server));
