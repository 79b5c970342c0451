namespace DocPipeline.Bench;

/// <summary>
/// A benchmark could not measure (a worker did not start, exited, or the pages did not end in time): one line saying
/// what happened and what to try, printed instead of figures (exit code 1).
/// </summary>
internal sealed class BenchmarkFailedException(string message) : Exception(message);
