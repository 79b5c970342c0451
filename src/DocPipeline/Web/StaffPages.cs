using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using DocPipeline.Staff;
using DocPipeline.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DocPipeline.Web;

public sealed record MeView(string? Name, string? Role, bool Accounts);

/// <summary>An administrator's change to an account: a new account (name, role, password), a new role, a new password, or an unlock.</summary>
public sealed record UserChange(string? Name = null, string? Role = null, string? Password = null, bool Unlock = false);

/// <summary>
/// What the staff pages ask: who is logged in, corrections (PUT /api/documents/{id}), the review queue, a document's
/// history, the audit log and the accounts. Plain records out, as in <see cref="ArchiveView"/>.
/// </summary>
public sealed class StaffPages(ICorrectionStore corrections, IReviewQueue review, IAuditLog audit, AccountService accounts,
    CorrectionInput input, ArchiveView archive, IOptions<DocPipelineOptions> options)
{
    public MeView Me(ClaimsPrincipal user) => new(user.Identity?.Name, user.Identity?.IsAuthenticated == true ? RoleNames.Of(StaffRoles.Of(user)) : null, !accounts.None);

    /// <summary>
    /// Applies a correction sent as JSON: identity fields by name (`number`, `date` as yyyy-MM-dd, `type`, `issuer`,
    /// `title`, `subject`; null or "" for none), `pages` as {"2": "text"}; `{}` marks the document checked.
    /// </summary>
    public IResult Correct(long id, JsonElement body, Actor actor)
    {
        if (body.ValueKind != JsonValueKind.Object) return Results.BadRequest(new { error = "Send a JSON object of the fields to correct." });
        var identity = new Dictionary<string, string?>();
        var pages = new Dictionary<int, string>();
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name == "pages" && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var page in property.Value.EnumerateObject())
                {
                    if (!int.TryParse(page.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || page.Value.ValueKind != JsonValueKind.String)
                        return Results.BadRequest(new { error = $"pages takes page numbers with their text, not '{page.Name}'." });
                    pages[n] = page.Value.GetString()!;
                }
            }
            else if (IdentityFields.All.Contains(property.Name) && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null)
                identity[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.GetString();
            else
                return Results.BadRequest(new { error = $"'{property.Name}' cannot be corrected; send {string.Join(", ", IdentityFields.All)} or pages." });
        }
        try
        {
            return corrections.Correct(id, input.From(identity, pages), actor) is null
                ? Results.NotFound(new { error = $"No document {id}." })
                : Results.Ok(archive.Document(id));
        }
        catch (CorrectionRefusedException e) { return Results.BadRequest(new { error = e.Message }); }
    }

    public IReadOnlyList<ReviewItemView> Review() =>
        review.ReviewQueue(options.Value.ReviewConfidence).Select(ReviewItemView.From).ToList();

    public IReadOnlyList<AuditView> History(long id) => Audit(id, 500);

    public IReadOnlyList<AuditView> Audit(long? document, int limit) =>
        audit.Read(document, limit).Select(AuditView.From).ToList();

    public IReadOnlyList<UserView> Users() =>
        accounts.List().Select(a => UserView.From(a, DateTimeOffset.UtcNow)).ToList();

    public IResult AddUser(UserChange change, Actor actor) => Account(() =>
        accounts.Add(change.Name ?? "", AccountService.ParseRole(change.Role), change.Password ?? "", actor));

    public IResult ChangeUser(string name, UserChange change, Actor actor) => Account(() =>
    {
        if (change.Role is not null) accounts.SetRole(name, AccountService.ParseRole(change.Role), actor);
        if (change.Password is not null) accounts.SetPassword(name, change.Password, actor);
        if (change.Unlock) accounts.Unlock(name, actor);
    });

    public IResult RemoveUser(string name, Actor actor) => Account(() =>
    {
        if (string.Equals(name, actor.Name, StringComparison.OrdinalIgnoreCase))
            throw new AccountRefusedException("You cannot remove your own account; another administrator can.");
        accounts.Remove(name, actor);
    });

    /// <summary>Runs an account change; the accounts after it, or 400 with the reason it was refused.</summary>
    private IResult Account(Action change)
    {
        try { change(); }
        catch (AccountRefusedException e) { return Results.BadRequest(new { error = e.Message }); }
        return Results.Ok(Users());
    }

}
