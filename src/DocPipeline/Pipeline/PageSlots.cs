using DocPipeline.Hosting;
using Microsoft.Extensions.Options;

namespace DocPipeline.Pipeline;

/// <summary>
/// The pages being read or OCR'd at once, across every document the process works on: one slot
/// per OCR worker. A document takes a slot before it reads its next page and gives it back once
/// the page is recognized, so two documents share the cores (a one-page scan never leaves a core
/// idle while another document waits) and memory is bounded by the pages in flight, not by how
/// many documents or pages there are.
/// </summary>
public sealed class PageSlots(IOptions<DocPipelineOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.OcrWorkers));

    public int Count { get; } = Math.Max(1, options.Value.OcrWorkers);

    public void Take(CancellationToken cancellation) => _slots.Wait(cancellation);

    public void Give() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
