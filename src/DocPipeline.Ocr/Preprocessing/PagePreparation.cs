using DocPipeline.Ocr.Native;
using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>Which page analysis steps run before OCR (each measured on the tuning corpus; see README, OCR).</summary>
public sealed record PreparationSteps(bool InkByColour = true, bool EraseRules = true, double DespeckleAbove = 300, bool FlattenLight = false, bool Deskew = true, bool EraseCheckboxes = true, bool WhitenPaleBackground = false, bool WhitenGreyPaper = true, bool EnlargeSmallPrint = true);

/// <summary>
/// Page analysis before OCR, in order: colour reduced to ink (<see cref="InkByColour"/>), grey paper brought to white
/// (<see cref="GreyPaper"/>), small print enlarged (<see cref="SmallPrint"/>), a pale background pattern
/// whitened and uneven light flattened when asked (<see cref="PaleBackground"/>, <see cref="UnevenLight"/>: off, they
/// made tuning pages worse), skew straightened (<see cref="Deskew"/>), rules, grids and leaders erased
/// (<see cref="RulesAndLeaders"/>), checkboxes erased (<see cref="Checkboxes"/>), specks cleaned
/// (<see cref="Despeckle"/>). Each step passes the page on untouched when it finds nothing to do.
/// </summary>
public sealed class PagePreparation(PreparationSteps steps)
{
    private readonly Despeckle? _despeckle = steps.DespeckleAbove > 0 ? new Despeckle(steps.DespeckleAbove) : null;

    public PreparedPage Prepare(PixHandle page)
    {
        var owned = new List<IDisposable>();
        var image = page;
        IReadOnlyList<PixelBox> joins = [];
        Turn? turn = null;
        double enlarged = 1;
        try
        {
            if (steps.InkByColour && InkByColour.Reduce(image) is { } ink) { owned.Add(ink); image = ink; }
            if (steps.WhitenGreyPaper && GreyPaper.Whiten(image) is { } paper) { owned.Add(paper); image = paper; }
            if (steps.EnlargeSmallPrint && SmallPrint.Enlarge(image) is { } big) { owned.Add(big.Image); image = big.Image; enlarged = big.Factor; }
            if (steps.WhitenPaleBackground && PaleBackground.Whiten(image) is { } whitened) { owned.Add(whitened); image = whitened; }
            if (steps.FlattenLight && UnevenLight.Flatten(image) is { } flat) { owned.Add(flat); image = flat; }
            if (steps.Deskew && Preprocessing.Deskew.Straighten(image) is { } straight) { owned.Add(straight.Image); image = straight.Image; turn = straight.Turn; }
            if (steps.EraseRules && Leptonica.PixGetDepth(image) == 8 && RulesAndLeaders.Find(image) is { } rules)
            {
                owned.Add(rules);
                image = rules.Erased;
                joins = rules.Joins;
            }
            if (steps.EraseCheckboxes && Checkboxes.Erase(image) is { } boxes) { owned.Add(boxes.Image); image = boxes.Image; }
            if (_despeckle?.Clean(image) is { } clean) { owned.Add(clean); image = clean; }
            return new PreparedPage(image, joins, owned, turn, enlarged);
        }
        catch
        {
            foreach (var o in owned) o.Dispose();
            throw;
        }
    }
}

/// <summary>
/// The image OCR reads (the source page itself when no step changed it) and where grids and leader rows joined
/// text (<see cref="RulesAndLeaders"/>). Word boxes read on it are in the source page's coordinates unless the page
/// was enlarged (by the factor <c>enlarged</c>) or straightened: <see cref="ToSource"/> puts them back.
/// </summary>
public sealed class PreparedPage(PixHandle image, IReadOnlyList<PixelBox> joins, IReadOnlyList<IDisposable> owned, Turn? turn = null, double enlarged = 1) : IDisposable
{
    public PixHandle Image => image;
    public IReadOnlyList<PixelBox> Joins => joins;

    /// <summary>A reading of <see cref="Image"/> with its boxes on the page as scanned.</summary>
    /// <remarks>The turn was made on the enlarged page: it is undone first.</remarks>
    public OcrResult ToSource(OcrResult read)
    {
        var straight = turn?.ToSource(read) ?? read;
        return enlarged != 1 ? Enlargement.ToSource(straight, enlarged) : straight;
    }

    public void Dispose()
    {
        foreach (var o in owned) o.Dispose();
    }
}
