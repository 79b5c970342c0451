using System.Data.Common;
using System.Globalization;
using DocPipeline.Archive.Staff;

namespace DocPipeline.Archive.Catalog;

/// <summary>
/// Corrections in the catalog: the document row and pages take the corrected value, `corrections` keeps it with the
/// machine's reading (keyed by content, so `reindex` applies it again), the audit log gets old and new value, and a
/// row of `changes` makes the index replace the document. A corrected page also has what the document cites read
/// again from its text. All in one transaction.
/// </summary>
internal sealed class CatalogCorrections(CatalogStore store) : ICorrectionStore
{
    public DocumentSummary? Correct(long id, Correction correction, Actor actor)
    {
        var identity = correction.Identity.Select(f => (Page: 0, f.Key, Value: IdentityColumns.Checked(f.Key, f.Value))).ToList();
        bool changed = false, pageChanged = false;
        using (var connection = store.Open())
        using (var transaction = connection.BeginTransaction())
        {
            if (CatalogStore.Get(connection, id) is not { } document) return null;
            foreach (int page in correction.Pages.Keys.Where(p => !IdentityColumns.PageExists(connection, id, p)))
                throw new CorrectionRefusedException($"Document {id} has no page {page}.");
            var pages = correction.Pages.Select(p => (Page: p.Key, Key: IdentityFields.PageText, Value: (string?)p.Value.Trim()));
            string at = Sql.Now();
            foreach (var (page, field, value) in identity.Concat(pages))
            {
                string? old = IdentityColumns.Read(connection, id, page, field);
                if (old == value || (page != 0 && old?.Trim() == value)) continue; // a page saved unchanged but for its edges
                changed = true;
                pageChanged |= page != 0;
                var (corrected, machine) = MachineValue(connection, document.Sha256, page, field);
                if (!corrected) machine = old;
                if (value == machine)
                    Sql.Execute(connection, "DELETE FROM corrections WHERE sha256 = @sha AND page = @p AND field = @f",
                        ("@sha", document.Sha256), ("@p", page), ("@f", field));
                else
                    Sql.Execute(connection, """
                        INSERT INTO corrections (sha256, page, field, value, machine_value, corrected_by, corrected_at) VALUES (@sha, @p, @f, @v, @m, @by, @at)
                        ON CONFLICT (sha256, page, field) DO UPDATE SET value = @v, corrected_by = @by, corrected_at = @at
                        """, ("@sha", document.Sha256), ("@p", page), ("@f", field), ("@v", value), ("@m", machine), ("@by", actor.Name), ("@at", at));
                IdentityColumns.Set(connection, id, page, field, value);
                CatalogAuditLog.Append(connection, at, actor, AuditActions.Correct, id, page == 0 ? field : $"page {page}", old, value);
            }
            Sql.Execute(connection, """
                INSERT INTO reviews (sha256, reviewed_by, reviewed_at) VALUES (@sha, @by, @at)
                ON CONFLICT (sha256) DO UPDATE SET reviewed_by = @by, reviewed_at = @at
                """, ("@sha", document.Sha256), ("@by", actor.Name), ("@at", at));
            if (pageChanged) CitedReferences.ReadAgain(connection, id);
            if (changed) store.RecordCorrected(connection, id);
            else CatalogAuditLog.Append(connection, at, actor, AuditActions.Checked, id);
            transaction.Commit();
        }
        if (changed) store.CatchUp();
        return store.Get(id);
    }

    public IReadOnlyList<StoredCorrection> Corrections(long id)
    {
        using var connection = store.Open();
        using var command = Sql.Command(connection, """
            SELECT k.page, k.field, k.value, k.machine_value, k.corrected_by, k.corrected_at
            FROM corrections k JOIN documents d ON d.sha256 = k.sha256 WHERE d.id = @id ORDER BY k.page, k.field
            """, ("@id", id));
        using var reader = command.ExecuteReader();
        var list = new List<StoredCorrection>();
        while (reader.Read())
            list.Add(new StoredCorrection(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4),
                Sql.ParseInstant(reader.GetString(5))));
        return list;
    }

    /// <summary>What the machine read, kept from the first correction of that value; not found when it was never corrected.</summary>
    private static (bool Found, string? Value) MachineValue(DbConnection connection, string sha256, int page, string field)
    {
        using var command = Sql.Command(connection, "SELECT machine_value, 1 FROM corrections WHERE sha256 = @sha AND page = @p AND field = @f",
            ("@sha", sha256), ("@p", page), ("@f", field));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (true, reader.IsDBNull(0) ? null : reader.GetString(0)) : (false, null);
    }
}
