using System.Data.Common;
using System.Globalization;

namespace DocPipeline.Archive.Catalog;

/// <summary>
/// Statements over either backend's ADO.NET connection. Parameters are written `@name`, which SQLite and Npgsql
/// both read; dates are kept as text in both catalogs (yyyy-MM-dd, instants in ISO 8601), so one row mapping serves both.
/// </summary>
internal static class Sql
{
    internal static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.Add(Parameter(command, name, value));
        return command;
    }

    internal static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    internal static int Execute(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    internal static long Count(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    internal static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDate(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Instant(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    internal static string Now() => Instant(DateTimeOffset.UtcNow);

    internal static DateTimeOffset ParseInstant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
