using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Hosting;

/// <summary>
/// Settings, bound from appsettings.json, DOCPIPELINE_* environment variables and command-line
/// options (the Microsoft.Extensions conventions). Section "DocPipeline".
/// </summary>
public sealed class DocPipelineOptions
{
    public const string Section = "DocPipeline";

    /// <summary>The value of <see cref="Catalog"/> that keeps everything in the embedded SQLite file.</summary>
    public const string SqliteCatalog = "sqlite";

    /// <summary>Archive root: originals, catalog, inbox, failed files. --data, else $DOCPIPELINE_DATA, else ./data.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The watched folder; DATA/inbox when not set.</summary>
    public string? Inbox { get; set; }

    /// <summary>Where files that fail go, each with its reason; DATA/failed when not set (on a cluster, one folder all nodes share).</summary>
    public string? Failed { get; set; }

    /// <summary>Folder of .traineddata models; the project's tessdata/ when run by the launcher, else Debian's.</summary>
    public string? Tessdata { get; set; }

    /// <summary>The recognition model: the project's own Lao model; `lao` is Debian's stock model.</summary>
    public string OcrLanguage { get; set; } = TessdataLocator.ProjectModel;

    /// <summary>Lao digits read again against glyph templates of the official fonts (for models that cannot read them).</summary>
    public bool DigitReader { get; set; } = true;

    /// <summary>
    /// Ink on a line that no recognized word covers is read again for a number (digits, /, issuer letters). Off: with the
    /// project's model, which reads Lao digits, it recovered nothing on the held-out corpus and cost 7% more time.
    /// </summary>
    public bool RereadDroppedInk { get; set; }

    /// <summary>
    /// Words read with confidence under 50 read again alone on their own box; the new reading kept when it is 30 surer,
    /// holds Lao letters and no fewer lexicon words (<see cref="Ocr.Rereading.UnsureWords"/>).
    /// </summary>
    public bool RereadUnsureWords { get; set; } = true;

    /// <summary>Words in Latin script read again, on their own box, with this model.</summary>
    public string LatinLanguage { get; set; } = "eng";

    /// <summary>Latin-looking words (and unsure words beside them) read again with <see cref="LatinLanguage"/>.</summary>
    public bool RereadLatin { get; set; } = true;


    /// <summary>
    /// PerPage: each page one block unless Tesseract's layout analysis finds text blocks side by side (header blocks,
    /// columns), then block by block with tables and form rows whole. SingleBlock or Auto force one reading for all pages.
    /// </summary>
    public PageLayout OcrLayout { get; set; } = PageLayout.PerPage;

    /// <summary>Colour scans reduced to black ink (coloured paper, stamps and signatures dropped) before OCR.</summary>
    public bool OcrInkByColour { get; set; } = true;

    /// <summary>Ruled lines, table grids and dotted leaders erased before OCR (and used to keep rows together).</summary>
    public bool OcrEraseRules { get; set; } = true;

    /// <summary>Pages lit unevenly (phone photos, shadows) flattened with Leptonica's background normalization before OCR.</summary>
    public bool OcrFlattenLight { get; set; }

    /// <summary>Skewed pages straightened with Leptonica's skew search before OCR.</summary>
    public bool OcrDeskew { get; set; } = true;

    /// <summary>Checkbox squares (and their ticks) found and erased before OCR, so they are not read as letters.</summary>
    public bool OcrEraseCheckboxes { get; set; } = true;

    /// <summary>Pale watermarks and background patterns whitened before OCR.</summary>
    public bool OcrWhitenPaleBackground { get; set; }

    /// <summary>Grey paper (the page's median level between 120 and 230) brought to white before OCR.</summary>
    public bool OcrWhitenGreyPaper { get; set; } = true;

    /// <summary>Pages whose letters are few pixels tall (phone photos, low-resolution scans) enlarged twice before OCR.</summary>
    public bool OcrEnlargeSmallPrint { get; set; } = true;

    /// <summary>OCR lines that are not language (no lexicon words, confidence far below the page's) left out of the text and counted as noise.</summary>
    public bool OcrDropGarbageLines { get; set; } = true;

    /// <summary>Specks dropped before lines are found (Tesseract's heavy noise removal); off: it cost more than it saved on the tuning corpus.</summary>
    public bool OcrNoiseRemoval { get; set; }

    /// <summary>A page with more isolated specks than this per million pixels is cleaned by a 3×3 median before OCR; 0 never.</summary>
    public double DespeckleAbove { get; set; } = 300;

    /// <summary>Pages OCR'd at once; Tesseract runs one thread per page.</summary>
    public int OcrWorkers { get; set; } = Environment.ProcessorCount;

    public int PageTimeoutSeconds { get; set; } = 180;
    public int MaxPages { get; set; } = 500;
    public long MaxPixelsPerPage { get; set; } = 80_000_000;
    public long MaxFileSizeBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>The Lao word list that judges PDF text layers (hunspell-lo).</summary>
    public string Lexicon { get; set; } = "/usr/share/hunspell/lo_LA.dic";

    /// <summary>The Lao TrueType font embedded for the searchable PDF's invisible text (fonts-lao's Phetsarath OT).</summary>
    public string SearchablePdfFont { get; set; } = "/usr/share/fonts/truetype/lao/Phetsarath_OT.ttf";

    /// <summary>The sRGB ICC profile of the searchable PDF's PDF/A output intent (icc-profiles-free).</summary>
    public string SrgbProfile { get; set; } = "/usr/share/color/icc/sRGB.icc";

    /// <summary>
    /// Pages whose mean OCR confidence is under this are flagged for review. With the project's model, on the tuning
    /// corpus, pages read at about 8% CER score 65–73 and pages under 5% score 78 or more.
    /// </summary>
    public int ReviewConfidence { get; set; } = 75;

    /// <summary>Seconds between rescans of the inbox (events are missed on network shares).</summary>
    public double InboxPollSeconds { get; set; } = 10;

    /// <summary>A file is taken once its size and time have not changed for this long.</summary>
    public double InboxSettleSeconds { get; set; } = 2;

    /// <summary>Pure polling, no file-system events: for network shares whose events are unreliable.</summary>
    public bool InboxPolling { get; set; }

    /// <summary>
    /// Documents processed at once. They share the <see cref="OcrWorkers"/> page slots, so one more
    /// document than cores keeps every core busy while a document is between pages (text,
    /// extraction, its searchable PDF, the index) without more pages in memory.
    /// </summary>
    public int ParallelDocuments { get; set; } = Environment.ProcessorCount + 1;

    /// <summary>Attempts at one file (transient errors, crashes while reading it) before it goes to failed/.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>On shutdown, how long a running document may take to finish before it is put back in the queue.</summary>
    public double ShutdownGraceSeconds { get; set; } = 20;

    /// <summary>
    /// Where the catalog (documents, corrections, accounts, audit) and the job queue live: `sqlite` (the default:
    /// DATA/catalog.db, one machine) or an Npgsql connection string (`Host=db.example;Database=archive;Username=docpipeline;Password=…`):
    /// a PostgreSQL database that nodes on several machines share, each keeping its own search index in its DATA.
    /// </summary>
    public string Catalog { get; set; } = SqliteCatalog;

    /// <summary>Where originals and their sidecars are kept, by content; DATA/originals when not set. A folder all nodes mount when they share a catalog.</summary>
    public string? Originals { get; set; }

    /// <summary>On PostgreSQL: how long a running job stays a worker's without renewal (renewed every third of it); a
    /// killed worker's job is taken by another after this.</summary>
    public double JobLeaseSeconds { get; set; } = 60;

    /// <summary>
    /// From this many documents, one search reads the index's segments in parallel, one per core (the bulk-load merge
    /// leaves as many): on an idle machine a common word over a million documents waits about a third less; the CPU a
    /// query costs is about the same. Smaller indexes gained nothing and paid more CPU. 0: every search on one thread.
    /// </summary>
    public int SearchInParallelFrom { get; set; } = Archive.FullText.LuceneIndex.ParallelFrom;

    /// <summary>Wrong passwords in a row that lock an account for <see cref="LockoutMinutes"/>.</summary>
    public int LockoutFailures { get; set; } = 5;

    public double LockoutMinutes { get; set; } = 15;

    /// <summary>How long a login lasts without use (the cookie slides while it is used).</summary>
    public double LoginHours { get; set; } = 8;

    public bool CatalogOnPostgres => !string.IsNullOrWhiteSpace(Catalog) && !Catalog.Trim().Equals(SqliteCatalog, StringComparison.OrdinalIgnoreCase);

    public TimeSpan JobLease => TimeSpan.FromSeconds(JobLeaseSeconds);

    public string InboxPath => Inbox ?? Path.Combine(DataDirectory, "inbox");
    public string OriginalsPath => Originals ?? Path.Combine(DataDirectory, "originals");
    public string FailedPath => Failed ?? Path.Combine(DataDirectory, "failed");
    public string CatalogPath => Path.Combine(DataDirectory, "catalog.db");

    /// <summary>This node's search index, on either backend: it names the catalog it was built from, and is rebuilt for another.</summary>
    public string IndexPath => Path.Combine(DataDirectory, "catalog.lucene");

    /// <summary>The keys that protect login cookies, so that a login outlives a restart of `serve`.</summary>
    public string KeysPath => Path.Combine(DataDirectory, "keys");
}
