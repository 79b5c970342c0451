using System.Data.Common;

namespace DocPipeline.Archive.Jobs;

/// <summary>A job row as both backends select it: the same columns in the same order; only how times are stored differs.</summary>
internal static class JobRows
{
    public const string Columns =
        "id, sha256, file_name, original_path, state, attempts, pages_done, document_id, stage, message, failed_path, created_at, updated_at";

    public static List<Job> ReadAll(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> time)
    {
        var jobs = new List<Job>();
        while (reader.Read())
        {
            jobs.Add(new Job(
                reader.GetInt64(0),
                Text(reader, 1),
                reader.GetString(2),
                Text(reader, 3),
                reader.GetString(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetInt64(7),
                Text(reader, 8),
                Text(reader, 9),
                Text(reader, 10),
                time(reader, 11),
                time(reader, 12)));
        }
        return jobs;
    }

    /// <summary>The status from `SELECT state, count(*) FROM jobs GROUP BY state` (read to its end here) and two job lists.</summary>
    public static QueueStatus Status(DbCommand countsByState, Func<IReadOnlyList<Job>> running, Func<IReadOnlyList<Job>> recentFailures)
    {
        var counts = new Dictionary<string, int>();
        using (var reader = countsByState.ExecuteReader())
            while (reader.Read()) counts[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1));
        int Count(string state) => counts.GetValueOrDefault(state);
        return new QueueStatus(
            Count(JobState.Intake) + Count(JobState.Queued), running(), Count(JobState.Failed), Count(JobState.Duplicate), recentFailures());
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
