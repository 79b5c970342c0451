using DocPipeline.Archive.Staff;
using DocPipeline.Staff;

namespace DocPipeline.Views;

// The JSON shapes of the staff concepts, one each, written alike by the command line (`review --json`,
// `audit --json`, `users list --json`) and the web API (`/api/review`, `/api/audit`, `/api/users`).

public sealed record ReviewReasonView(string Code, string Detail);

/// <summary>A document to check, with its score (the reasons' weights summed) and the reasons, worst first.</summary>
public sealed record ReviewItemView(long Id, string File, string? DocumentNumber, string? DocumentDate, string? DocumentType, string? Title, int Score, IReadOnlyList<ReviewReasonView> Reasons)
{
    public static ReviewItemView From(ReviewItem item) => new(
        item.Document.Id, item.Document.FileName, item.Document.Number, Dates.Iso(item.Document.Date), item.Document.Type, item.Document.Title,
        item.Score, item.Reasons.Select(r => new ReviewReasonView(r.Code, r.Detail)).ToList());
}

public sealed record AuditView(DateTimeOffset At, string User, string? Address, string Action, long? Document, string? Field, string? OldValue, string? NewValue)
{
    public static AuditView From(AuditEntry e) => new(e.At, e.User, e.Address, e.Action, e.DocumentId, e.Field, e.OldValue, e.NewValue);
}

public sealed record UserView(string Name, string Role, bool Locked, int FailedLogins, DateTimeOffset CreatedAt)
{
    public static UserView From(Account a, DateTimeOffset now) => new(a.Name, RoleNames.Of(a.Role), a.IsLocked(now), a.FailedLogins, a.CreatedAt);
}
