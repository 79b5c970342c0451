using System.Collections.Concurrent;

namespace DocPipeline.Ocr.Tesseract;

/// <summary>
/// Engines are expensive to initialize (the model loads) and not thread-safe: the pool hands
/// one to each concurrent caller and keeps it for the next.
/// </summary>
public sealed class TesseractEnginePool(string tessdataPath, string language, PageLayout layout = PageLayout.SingleBlock, bool heavyNoiseRemoval = false) : IDisposable
{
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly ConcurrentBag<TesseractEngine> _all = [];

    public string Language => language;

    public T Use<T>(Func<TesseractEngine, T> work)
    {
        if (!_idle.TryTake(out var engine))
        {
            engine = new TesseractEngine(tessdataPath, language, layout, heavyNoiseRemoval);
            _all.Add(engine);
        }
        try { return work(engine); }
        finally { _idle.Add(engine); }
    }

    public void Dispose()
    {
        foreach (var engine in _all) engine.Dispose();
    }
}
