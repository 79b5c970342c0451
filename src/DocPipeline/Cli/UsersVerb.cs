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
    private static readonly string[] Actions = ["add", "list", "remove", "role", "password", "unlock", "token"];

    public static int Run(CliArguments args, IConfiguration configuration, TextReader input, TextWriter output)
    {
        var users = Parse(args);
        using var services = AppServices.ForVerb(configuration);
        return new UserAdministration(services.GetRequiredService<AccountService>()).Run(users, input, output, new Actor(Environment.UserName, "command line"));
    }

    internal static UsersArguments Parse(CliArguments args)
    {
        string action = args.Positional.Count > 0 ? args.Positional[0] : throw new UsageException($"users takes one of: {string.Join(", ", Actions)}.");
        if (!Actions.Contains(action)) throw new UsageException($"users does not know '{action}'; it takes one of: {string.Join(", ", Actions)}.");
        string? name = args.Positional.Count > 1 ? args.Positional[1] : null;
        if (action != "list" && name is null) throw new UsageException($"users {action} needs an account name.");
        if (args.Positional.Count > 2 && action == "role" && !args.Has("--role")) // `users role NAME clerk` reads as naturally
            return new UsersArguments(action, name, Checked(args.Positional[2]), args.Has("--json"));
        Role? role = args.Get("--role") is { } r ? Checked(r) : null;
        if (action is "add" or "role" && role is null) throw new UsageException($"users {action} needs --role reader, clerk or admin.");
        return new UsersArguments(action, name, role, args.Has("--json"));
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
                    foreach (var a in accounts.List())
                        output.WriteLine(users.Json
                            ? Json.Write(new { name = a.Name, role = RoleNames.Of(a.Role), locked = a.IsLocked(DateTimeOffset.UtcNow), failedLogins = a.FailedLogins, createdAt = a.CreatedAt })
                            : $"{a.Name}\t{RoleNames.Of(a.Role)}{(a.IsLocked(DateTimeOffset.UtcNow) ? "\tlocked" : "")}");
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
