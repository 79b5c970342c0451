using System.CommandLine;
using DocPipeline.Archive.Staff;
using DocPipeline.Hosting;
using DocPipeline.Staff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocPipeline.Cli;

/// <summary>`users ACTION [NAME] [--role ROLE] [--json]`'s arguments, checked.</summary>
public sealed record UsersArguments(string Action, string? Name, Role? Role, bool Json);

/// <summary>
/// `users add NAME --role reader|clerk|admin` (the password read from standard input, never from the command line),
/// `users list [--json]`, `users remove NAME`, `users role NAME --role ROLE`, `users password NAME`, `users unlock NAME`,
/// `users token NAME` (prints a new API token for scripts, once).
/// </summary>
internal static class UsersVerb
{
    public static Command Command() => Verb.Create("users",
        "Accounts and roles for the web page: reader (search, read, cite), clerk (also upload, correct, retry), admin (also accounts and the audit log).",
        "users add somphone --role admin",
        Action("add", "Adds an account; the password is read from standard input, never from the command line.", "users add somphone --role clerk", named: true, role: true),
        Action("list", "The accounts, their roles and whether they are locked.", "users list --json", named: false, role: false, json: true),
        Action("remove", "Removes an account; its sessions and tokens stop at once.", "users remove somphone", named: true, role: false),
        Action("role", "Gives an account another role.", "users role somphone --role reader", named: true, role: true),
        Action("password", "Sets a new password, read from standard input.", "users password somphone", named: true, role: false),
        Action("unlock", "Unlocks an account locked after repeated wrong passwords.", "users unlock somphone", named: true, role: false),
        Action("token", "Prints a new API token for scripts (shown once; send it as Authorization: Bearer TOKEN).", "users token somphone", named: true, role: false));

    private static Command Action(string action, string description, string example, bool named, bool role, bool json = false)
    {
        var name = Verb.One("NAME", "the account's name");
        var roleOption = new Option<string>("--role") { HelpName = "ROLE", Description = "reader, clerk or admin", Required = true };
        roleOption.AcceptOnlyFromAmong("reader", "clerk", "admin");
        var jsonOption = new Option<bool>("--json") { Description = "one JSON object per account" };
        var parts = new List<Symbol>();
        if (named) parts.Add(name);
        if (role) parts.Add(roleOption);
        if (json) parts.Add(jsonOption);
        parts.Add(SettingOptions.Data());
        parts.Add(SettingOptions.Catalog());
        parts.Add(SettingOptions.Any());
        var command = Verb.Create(action, description, example, [.. parts]);
        command.SetAction(r => Run(
            new UsersArguments(action, named ? r.GetValue(name) : null, role ? Checked(r.GetValue(roleOption)!) : null, json && r.GetValue(jsonOption)),
            SettingOptions.Configuration(r), Console.In, r.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(UsersArguments users, IConfiguration configuration, TextReader input, TextWriter output)
    {
        using var services = AppServices.ForVerb(configuration);
        return new UserAdministration(services.GetRequiredService<AccountService>()).Run(users, input, output, new Actor(Environment.UserName, "command line"));
    }

    private static Role Checked(string role)
    {
        try { return AccountService.ParseRole(role); }
        catch (AccountRefusedException e) { throw new UsageException(e.Message); }
    }
}

/// <summary>What `users` does, on the account service.</summary>
internal sealed class UserAdministration(AccountService accounts)
{
    public int Run(UsersArguments users, TextReader input, TextWriter output, Actor actor)
    {
        try
        {
            switch (users.Action)
            {
                case "list":
                    foreach (var a in accounts.List().Select(a => Views.UserView.From(a, DateTimeOffset.UtcNow)))
                        output.WriteLine(users.Json
                            ? Json.Write(a) // the shape of GET /api/users
                            : $"{a.Name}\t{a.Role}{(a.Locked ? "\tlocked" : "")}");
                    break;
                case "add":
                    accounts.Add(users.Name!, users.Role!.Value, Password(input), actor);
                    output.WriteLine($"added {users.Name} ({RoleNames.Of(users.Role.Value)})");
                    break;
                case "remove":
                    accounts.Remove(users.Name!, actor);
                    output.WriteLine($"removed {users.Name}");
                    break;
                case "role":
                    accounts.SetRole(users.Name!, users.Role!.Value, actor);
                    output.WriteLine($"{users.Name} is now {RoleNames.Of(users.Role.Value)}");
                    break;
                case "password":
                    accounts.SetPassword(users.Name!, Password(input), actor);
                    output.WriteLine($"new password for {users.Name}");
                    break;
                case "unlock":
                    accounts.Unlock(users.Name!, actor);
                    output.WriteLine($"unlocked {users.Name}");
                    break;
                case "token":
                    output.WriteLine(accounts.IssueToken(users.Name!, actor));
                    break;
            }
            return CommandLine.Ok;
        }
        catch (AccountRefusedException e) { throw new UsageException(e.Message); }
    }

    /// <summary>The first line of standard input: typed at a prompt without echo on a terminal, or piped by a script.</summary>
    private static string Password(TextReader input)
    {
        if (ReferenceEquals(input, Console.In) && !Console.IsInputRedirected)
        {
            Console.Error.Write("Password: ");
            var typed = new System.Text.StringBuilder();
            for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
                if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
                else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
            Console.Error.WriteLine();
            return typed.ToString();
        }
        return input.ReadLine() ?? throw new UsageException("Give the password on standard input (one line).");
    }
}
