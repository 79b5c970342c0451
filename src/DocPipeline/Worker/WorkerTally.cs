namespace DocPipeline.Worker;

/// <summary>What this worker process is doing, for its heartbeat: jobs running now, pages read since it started.</summary>
public sealed class WorkerTally
{
    private int _running;
    private long _pages;

    public int JobsRunning => Volatile.Read(ref _running);

    public long PagesDone => Interlocked.Read(ref _pages);

    public void JobStarted() => Interlocked.Increment(ref _running);

    public void JobEnded() => Interlocked.Decrement(ref _running);

    public void PagesRead(int pages) => Interlocked.Add(ref _pages, pages);
}
