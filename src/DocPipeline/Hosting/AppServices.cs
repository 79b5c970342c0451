using DocPipeline.Archive;
using DocPipeline.Archive.Catalog;
using DocPipeline.Archive.Jobs;
using DocPipeline.Archive.Originals;
using DocPipeline.Archive.Postgres;
using DocPipeline.Archive.Sqlite;
using DocPipeline.Lao.Quality;
using DocPipeline.Lao.Extraction;
using DocPipeline.Lao.Text;
using DocPipeline.Lao.Text.Segmentation;
using DocPipeline.Ocr.Digits;
using DocPipeline.Ocr.Rereading;
using DocPipeline.Ocr.Tesseract;
using DocPipeline.Pipeline;
using DocPipeline.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocPipeline.Hosting;

/// <summary>The composition root: every verb, the worker and the web page get their parts from here.</summary>
public static class AppServices
{
    public static IServiceCollection AddDocPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocPipelineOptions>().Bind(configuration.GetSection(DocPipelineOptions.Section));
        services.AddSingleton<LaoTextEngine>();
        services.AddSingleton<IcuWordSegmenter>();
        services.AddSingleton<SearchAnalyzer>();
        // Types and issuer codes the archive holds, learned when the pipeline starts.
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
            return o.CatalogOnPostgres ? ArchiveVocabulary.Extractor(sp.GetRequiredService<PostgresCatalog>()) : ArchiveVocabulary.Extractor(o.CatalogPath);
        });
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
            return new TesseractEnginePool(TessdataLocator.Find(o.Tessdata, o.OcrLanguage), o.OcrLanguage, o.OcrLayout, o.OcrNoiseRemoval);
        });
        services.AddSingleton(_ => DigitReader.FromSheets(DigitReader.DefaultSheets));
        services.AddSingleton<DigitWords>();
        services.AddSingleton<DroppedNumbers>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
            return new LatinWords(new TesseractEnginePool(TessdataLocator.Find(o.Tessdata, o.LatinLanguage), o.LatinLanguage, PageLayout.SingleBlock));
        });
        services.AddSingleton(sp => new Lexicon(LexiconFile.Read(sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value.Lexicon)));
        services.AddSingleton<IOriginalStore>(sp =>
            new ContentAddressedOriginals(sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value.OriginalsPath));
        services.AddSingleton<CatalogStore>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
            var analyzer = sp.GetRequiredService<SearchAnalyzer>();
            var textEngine = sp.GetRequiredService<LaoTextEngine>();
            return o.CatalogOnPostgres
                ? new PostgresDocumentStore(sp.GetRequiredService<PostgresCatalog>(), o.IndexPath, analyzer, textEngine, o.SearchInParallelFrom)
                : new SqliteDocumentStore(o.CatalogPath, analyzer, textEngine, parallelFrom: o.SearchInParallelFrom);
        });
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<CatalogStore>());
        services.AddSingleton(sp => sp.GetRequiredService<CatalogStore>().Corrections);
        services.AddSingleton(sp => sp.GetRequiredService<CatalogStore>().Review);
        services.AddSingleton(sp => sp.GetRequiredService<CatalogStore>().Accounts);
        services.AddSingleton(sp => sp.GetRequiredService<CatalogStore>().Audit);
        services.AddSingleton(sp => PostgresCatalog.Open(sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value.Catalog));
        // One name for this process: the leases it holds and the heartbeat it records.
        services.AddSingleton(sp => JobLease.ForThisProcess(sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value.JobLease));
        services.AddSingleton<IJobQueue>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
            return o.CatalogOnPostgres
                ? new PostgresJobQueue(sp.GetRequiredService<PostgresCatalog>(), sp.GetRequiredService<JobLease>())
                : new SqliteJobQueue(o.CatalogPath);
        });
        services.AddSingleton<IWorkerRegistry>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
            return o.CatalogOnPostgres
                ? new PostgresWorkerRegistry(sp.GetRequiredService<PostgresCatalog>(), sp.GetRequiredService<JobLease>())
                : new SqliteWorkerRegistry(o.CatalogPath, sp.GetRequiredService<JobLease>());
        });
        services.AddSingleton<Staff.CorrectionInput>();
        services.AddSingleton<Staff.AccountService>();
        services.AddSingleton<FailedFolder>();
        services.AddSingleton<Views.StatusReport>();
        services.AddSingleton<PageSlots>();
        services.AddSingleton<DocumentAnalyzer>();
        services.AddSingleton<SearchablePdfs>();
        services.AddSingleton<Ingestor>();
        return services;
    }

    /// <summary>The watched folder: scanner, intake, job runner and the hosted worker that joins them.</summary>
    public static IServiceCollection AddInboxWorker(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<InboxScanner>();
        services.AddSingleton<InboxIntake>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<WorkerTally>();
        services.AddHostedService<InboxWorker>();
        services.AddSingleton<IValidateOptions<DocPipelineOptions>, FoldersOutsideInbox>();
        services.AddOptions<DocPipelineOptions>().ValidateOnStart();
        // The host waits for the running document's grace period, plus time to put it back in the queue.
        services.AddOptions<HostOptions>().Configure<IOptions<DocPipelineOptions>>((host, o) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(o.Value.ShutdownGraceSeconds + 10));
        return services;
    }

    /// <summary>The service provider for a command-line verb.</summary>
    public static ServiceProvider ForVerb(IConfiguration configuration) =>
        new ServiceCollection().AddDocPipeline(configuration).BuildServiceProvider();

    /// <summary>
    /// The service provider for a verb that reads an archive (search, show, cite, status, reindex): a data folder
    /// holding neither a catalog nor originals is a mistyped path, refused before anything is created there. On
    /// PostgreSQL the catalog is the server's, and the data folder only this node's index, made when missing.
    /// </summary>
    public static ServiceProvider ForExistingArchive(IConfiguration configuration)
    {
        var services = ForVerb(configuration);
        var options = services.GetRequiredService<IOptions<DocPipelineOptions>>().Value;
        if (options.CatalogOnPostgres || File.Exists(options.CatalogPath) || Directory.Exists(options.OriginalsPath)) return services;
        services.Dispose();
        throw new ArchiveMissingException($"No archive in {Path.GetFullPath(options.DataDirectory)} (no catalog.db, no originals/): check --data (or $DOCPIPELINE_DATA); ingest or serve starts an archive.");
    }
}
